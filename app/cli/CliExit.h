#pragma once

// The exit codes of tenderpanel-cli (docs/cli.md, "Exit status"). Plain C++: the program's own part,
// which loads no Qt, exits with them too.

namespace tp::cli {

enum Exit : int
{
    ExitOk = 0,
    ExitInvalid = 2,
    ExitVoteRequired = 3,
    ExitVerificationFailed = 4,
    ExitRefused = 5,
    ExitStorage = 6, // the disk, an output file or the workspace could not be read or written
};

} // namespace tp::cli
