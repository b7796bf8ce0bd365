#pragma once

// The quick list: `tenderpanel-cli [--workspace PATH] list [--search TEXT] [--format text]` on a
// SQLite workspace of the current schema, read with SQLite's own interface before Qt is loaded, so
// that a script or a shell completion that lists the negotiations does not pay for starting the
// framework. Plain C++: no Qt.
//
// It reads only what it can print exactly as the command line's `list` would (the query and the step
// names are those of store/SummaryQuery.h) and declines everything else: JSON, --help, a usage
// error, the default workspace, a server, a missing, read-only, older, newer or foreign file, a
// search term with letters whose lower case needs Unicode's tables, text that is not UTF-8, any error
// of SQLite. The whole command line then runs the command as usual and explains what it has to.

#include <string>

namespace tp::cli {

// The output of the quick list for argv (the environment's TENDERPANEL_WORKSPACE given apart, or
// null), in `out`, and true; or false with `out` empty when the command line must run it.
bool quickList(int argc, const char* const argv[], const char* environmentWorkspace, std::string& out);

} // namespace tp::cli
