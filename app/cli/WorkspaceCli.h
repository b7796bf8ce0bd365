#pragma once

#include "CliArgs.h"
#include "CliCommand.h"

#include "store/StoreResult.h"
#include "store/Workspace.h"

#include <QIODevice>
#include <memory>

namespace tp::cli {

// What the workspace commands share: opening the workspace named by --workspace /
// TENDERPANEL_WORKSPACE / the default, reporting a store failure with its exit status, and the
// name recorded in the audit log (TENDERPANEL_ACTOR, else the login name).
class WorkspaceCli
{
public:
    static std::shared_ptr<store::Workspace> open(CliContext& context, int* exitCode);
    static int exitFor(store::Failure failure);
    static int fail(CliContext& context, store::Failure failure, const Problem& problem);
    template <typename T> static int fail(CliContext& context, const store::StoreResult<T>& result)
    {
        return fail(context, result.failure, result.problem);
    }
    static QString actor();
    // Parses the arguments; on a usage error prints it and returns false with *exitCode set.
    static bool parse(CliContext& context, const CliArgs& args, qsizetype positional, const QString& usage,
                      int* exitCode);
    static QString idHelp();
};

} // namespace tp::cli
