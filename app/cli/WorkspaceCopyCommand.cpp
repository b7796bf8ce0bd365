#include "WorkspaceCli.h"

#include "store/WorkspaceCopy.h"

namespace tp::cli {

class WorkspaceCopyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCopyCommand)
public:
    QString name() const override { return QStringLiteral("workspace"); }
    QString synopsis() const override { return QStringLiteral("workspace copy SRC DST"); }
    QString summary() const override
    {
        return tr("Copy a whole workspace to a new file or an empty database, between engines or within one.");
    }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("SRC and DST are each a workspace file or a postgresql://USER@HOST:PORT/DATABASE address: a file "
                  "to a server moves the workspace to the server, a server to a file makes an offline copy or one "
                  "for the archive. --workspace is not used.\n"
                  "SRC is opened read-only (a file of an older schema version is upgraded first, as for every "
                  "reading) and its audit chain must verify before anything is written. DST must be a new file or "
                  "an empty database: one that holds anything is refused and left as it was, never overwritten or "
                  "merged. DST is created at the current schema version and takes every row of every table, the "
                  "audit events verbatim, in one transaction: on a failure an empty database is left empty and a "
                  "new file is removed. The copy is then verified and both chain heads are printed:\n"
                  "  source ok EVENTS HEAD\n"
                  "  copy ok EVENTS HEAD\n"
                  "The heads are equal, and audit verify gives the same head on both.\n"
                  "Exit 0 copied; 2 usage; 4 the audit chain of SRC does not verify (nothing written); 5 DST is not "
                  "new or not empty (nothing written); 6 SRC cannot be read or DST cannot be written (nothing "
                  "left behind).");
    }

    int run(const QStringList& args, CliContext& context) override
    {
        int exit = ExitOk;
        const CliArgs parsed(args, {}, {});
        if (!WorkspaceCli::parse(context, parsed, 3, synopsis(), &exit))
            return exit;
        if (parsed.positional().first() != QLatin1String("copy")) {
            context.error(parsed.positional().first(), tr("unknown workspace action (expected: copy)"));
            return ExitInvalid;
        }
        bool unverified = false;
        const auto copied = store::WorkspaceCopy::copy(parsed.positional().at(1), parsed.positional().at(2),
                                                       WorkspaceCli::actor(), &unverified);
        if (!copied.ok()) {
            context.error(copied.problem);
            return unverified ? ExitVerificationFailed : WorkspaceCli::exitFor(copied.failure);
        }
        context.out << "source ok " << copied.value->sourceEvents << ' ' << copied.value->sourceHead << '\n'
                    << "copy ok " << copied.value->targetEvents << ' ' << copied.value->targetHead << '\n';
        context.out.flush();
        return ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::WorkspaceCopyCommand;
TP_REGISTER_CLI_COMMAND(WorkspaceCopyCommand)
