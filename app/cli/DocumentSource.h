#pragma once

#include "CliCommand.h"

#include "report/DocumentInput.h"

#include <optional>

namespace tp::cli {

// The input of the document commands: a scenario FILE (an existing path) or the ID of a negotiation
// in the workspace. Both give the same DocumentInput, so the same documents.
class DocumentSource
{
public:
    // On failure prints the problems and sets *exitCode.
    static std::optional<DocumentInput> load(const QString& fileOrId, CliContext& context, int* exitCode);

    // The messages of a command of the form `COMMAND (FILE | ID) --out PATH`, in the command's words.
    struct OutUsage
    {
        QString notOneSource; // there is not exactly one FILE or ID
        QString noPath;       // --out has no path
    };
    // Reads `(FILE | ID) --out PATH` and loads the input, setting *out to PATH. On failure prints the
    // problem and sets *exitCode (ExitInvalid for the usage).
    static std::optional<DocumentInput> loadWithOut(const QStringList& args, const OutUsage& usage, CliContext& context,
                                                    QString* out, int* exitCode);
};

} // namespace tp::cli
