#include "QpdfModule.h"
#include "ProgramModule.h"

#include <QCoreApplication>

namespace tp::report {

namespace {

struct Loaded
{
    TpQpdfRewriteTextMaps entry = nullptr;
    QString problem; // why it could not be loaded
};

Loaded load()
{
    Loaded loaded;
    loaded.entry = reinterpret_cast<TpQpdfRewriteTextMaps>(ProgramModule::resolve(
        QStringLiteral(TENDERPANEL_QPDF_MODULE_FILE), QStringLiteral(TENDERPANEL_QPDF_MODULE_BUILD_PATH), TP_QPDF_ENTRY,
        QCoreApplication::translate("QpdfModule", "the PDF module %1 cannot be loaded (%2)"), &loaded.problem));
    return loaded;
}

} // namespace

QpdfModule::Outcome QpdfModule::rewriteTextMaps(const QByteArray& pdf, const QpdfTextMapRewrite& rewrite,
                                                QByteArray* out, QString* error)
{
    // Loaded once; the library stays loaded for the life of the process.
    static const Loaded loaded = load();
    if (!loaded.entry) {
        *error = loaded.problem;
        return Outcome::Failed;
    }
    std::string why;
    switch (loaded.entry(&pdf, &rewrite, out, &why)) {
    case TP_QPDF_UNCHANGED:
        return Outcome::Unchanged;
    case TP_QPDF_REWRITTEN:
        return Outcome::Rewritten;
    default:
        *error = QString::fromLocal8Bit(why.c_str());
        return Outcome::Failed;
    }
}

} // namespace tp::report
