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
};

} // namespace tp::cli
