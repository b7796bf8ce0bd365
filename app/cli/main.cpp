// tenderpanel-cli: the command line beside the GUI (docs/cli.md).
//
// The commands that render nothing (workspace, evaluate, draw, workdays) run in this program, which
// links Qt Core and Qt Sql only, so that they start without loading Qt Gui, fonts and the PDF
// libraries. Everything else (the document and archive commands, the usage, an unknown word) is run
// by the whole command line, a module of this program loaded when needed (DocumentModule.h).
#include "CliMain.h"
#include "DocumentModule.h"

int main(int argc, char* argv[])
{
    if (tp::cli::holdsCommand(argc, argv))
        return tp::cli::runCommandLine(argc, argv);
    return tp::cli::runDocumentModule(argc, argv);
}
