#pragma once

#include "CliCommand.h"

#include <QByteArray>
#include <QString>

namespace tp::cli {

// Writes the output file of a command (--out) with FileWriter: the file is complete, or a file
// already at the path is left as it was, a device is written in place and a folder is refused.
class OutputFile
{
public:
    // Returns ExitOk, or prints "error: PATH: cannot be written: WHY" and returns ExitStorage.
    static int write(CliContext& context, const QString& path, const QByteArray& bytes);
    // Prints that the file at `path` cannot be written (FileWriter's `error`) and returns ExitStorage.
    static int fail(CliContext& context, const QString& path, const QString& error);
};

} // namespace tp::cli
