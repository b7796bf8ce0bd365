#pragma once

#include "CliArgs.h"
#include "CliCommand.h"

#include "model/Decimal.h"
#include "store/StoreResult.h"
#include "store/Workspace.h"

#include <QIODevice>
#include <memory>
#include <optional>

namespace tp::cli {

// What the workspace commands share: opening the workspace named by --workspace /
// TENDERPANEL_WORKSPACE / the default, reporting a store failure with its exit status, and the
// name recorded in the audit log (TENDERPANEL_ACTOR, else the login name).
class WorkspaceCli
{
public:
    // What a command does with the workspace. Only import creates one (where no file is); the
    // reading commands open it read-only, so they work on read-only media and on a workspace that
    // is refused for changes (audit verify then says why). A file of an older schema version that
    // can be written is upgraded first, as before.
    enum class Access
    {
        Read,   // list, export, audit verify, documents from an ID
        Change, // score, submit-sheet, correct, archive seal ID: the workspace must exist
        Create, // import: a missing workspace is created
    };
    static std::shared_ptr<store::Workspace> open(CliContext& context, int* exitCode, Access access);
    static int exitFor(store::Failure failure);
    static int fail(CliContext& context, store::Failure failure, const Problem& problem);
    template <typename T> static int fail(CliContext& context, const store::StoreResult<T>& result)
    {
        return fail(context, result.failure, result.problem);
    }
    static QString actor();
    // The --value of score and correct, in the form a scenario file writes a score (Decimal::parsePlain:
    // digits, at most 2 decimals; no exponent, sign "+", space or hexadecimal); on an error prints it.
    static std::optional<Hundredths> scoreValue(CliContext& context, const QString& text);
    // Parses the arguments; on a usage error prints it and returns false with *exitCode set.
    static bool parse(CliContext& context, const CliArgs& args, qsizetype positional, const QString& usage,
                      int* exitCode);
    static QString idHelp();
};

} // namespace tp::cli
