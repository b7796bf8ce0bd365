// The entry point of tenderpanel-cli-documents.so (CliModules.h): the whole command line, whose
// document commands get a QGuiApplication.
#include "CliMain.h"

#include <QGuiApplication>

extern "C" Q_DECL_EXPORT int tenderpanel_cli_main(int argc, char* argv[])
{
    return tp::cli::runCommandLine(argc, argv, [](int& c, char* v[]) -> std::unique_ptr<QCoreApplication> {
        return std::make_unique<QGuiApplication>(c, v);
    });
}
