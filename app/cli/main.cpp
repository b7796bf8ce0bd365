// tenderpanel-cli: the command line beside the GUI (docs/cli.md).
//
// This program is plain C++ and SQLite. It runs the quick list itself (QuickList.h), and hands every
// other command to the command line in its modules (CliModules.h), which load Qt only then.
#include "../LargeAllocations.h"
#include "CliModules.h"
#include "QuickList.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>

namespace {

// Writes all of `text` to the standard output; false on an error.
bool writeAll(const std::string& text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.data() + done, text.size() - done);
        if (n > 0) {
            done += std::size_t(n);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd out{STDOUT_FILENO, POLLOUT, 0};
            ::poll(&out, 1, -1);
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    tp::app::reserveHeapInLargePages();
    std::string list;
    if (tp::cli::quickList(argc, argv, std::getenv("TENDERPANEL_WORKSPACE"), list)) {
        if (writeAll(list))
            return 0;
        // The standard output failed (a full disk): the command line runs the list again, meets the
        // same failure and reports it in the user's language with its exit status.
    }
    return tp::cli::runCoreModule(argc, argv);
}
