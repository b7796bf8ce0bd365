#pragma once

// The module that holds the whole command line, the document commands included (it links Qt Gui,
// qpdf and libqrencode). tenderpanel-cli looks for it beside itself (the build tree), then in its
// installed place, TENDERPANEL_CLI_MODULE_DIR relative to the program's folder.
#define TENDERPANEL_CLI_MODULE_FILE "tenderpanel-cli-documents.so"
#define TENDERPANEL_CLI_MODULE_ENTRY "tenderpanel_cli_main"

namespace tp::cli {

// Loads the module and runs argv with it; if it cannot be loaded, says where and why on stderr and
// returns the storage exit status (6).
int runDocumentModule(int argc, char* argv[]);

} // namespace tp::cli
