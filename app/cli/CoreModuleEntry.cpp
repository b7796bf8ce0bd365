// The entry point of tenderpanel-cli-core.so (CliModules.h): the commands that render nothing run
// here with a QCoreApplication; any other word goes on to the documents module.
#include "CliMain.h"
#include "CliModules.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT int tenderpanel_cli_main(int argc, char* argv[])
{
    if (tp::cli::holdsCommand(argc, argv))
        return tp::cli::runCommandLine(argc, argv);
    return tp::cli::runDocumentModule(argc, argv);
}
