#pragma once

// tenderpanel-cli is three pieces, so that each command loads only what it needs:
//  - the program itself (main.cpp): plain C++ and SQLite, no Qt; it runs the quick list
//    (QuickList.h) and hands everything else to
//  - tenderpanel-cli-core.so: the command line with the commands that render nothing (Qt Core and
//    Qt Sql), which hands the commands it does not hold (the documents, the archive, the usage) to
//  - tenderpanel-cli-documents.so: the whole command line, with Qt Gui, fonts and the PDF code.
// The program looks for a module beside itself (the build tree), then in its installed place,
// TENDERPANEL_CLI_MODULE_DIR relative to the program's folder. Plain C++: no Qt.
#define TENDERPANEL_CLI_CORE_MODULE_FILE "tenderpanel-cli-core.so"
#define TENDERPANEL_CLI_DOCUMENTS_MODULE_FILE "tenderpanel-cli-documents.so"
#define TENDERPANEL_CLI_MODULE_ENTRY "tenderpanel_cli_main"

namespace tp::cli {

// Each loads its module and runs argv with it; if it cannot be loaded, says where and why on stderr
// and returns the storage exit status (6).
int runCoreModule(int argc, char* argv[]);
int runDocumentModule(int argc, char* argv[]);

} // namespace tp::cli
