#include "XlsxModule.h"
#include "ProgramModule.h"

#include <QCoreApplication>

namespace tp::report {

namespace {

struct Loaded
{
    const TpXlsxFunctions* functions = nullptr;
    QString problem; // why it could not be loaded
};

Loaded load()
{
    Loaded loaded;
    const auto entry = reinterpret_cast<TpXlsxEntry>(ProgramModule::resolve(
        QStringLiteral(TENDERPANEL_XLSX_MODULE_FILE), QStringLiteral(TENDERPANEL_XLSX_MODULE_BUILD_PATH), TP_XLSX_ENTRY,
        QCoreApplication::translate("XlsxModule", "the workbook module %1 cannot be loaded (%2)"), &loaded.problem));
    if (entry)
        loaded.functions = entry();
    return loaded;
}

} // namespace

const TpXlsxFunctions* XlsxModule::functions(QString* problem)
{
    // Loaded once; the library stays loaded for the life of the process.
    static const Loaded loaded = load();
    if (!loaded.functions)
        *problem = loaded.problem;
    return loaded.functions;
}

} // namespace tp::report
