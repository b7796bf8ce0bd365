#include "WorkspaceCli.h"

#include "store/AuditLog.h"

namespace tp::cli {

class WorkspaceAuditCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceAuditCommand)
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString synopsis() const override { return QStringLiteral("audit verify"); }
    QString summary() const override { return tr("Verify the workspace's audit chain against its tables."); }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("Checks the database file, compares its schema with the one the program's migrations create "
                  "(tables, columns, indexes, views, triggers, schema_meta rows, stored settings), recomputes the "
                  "SHA-256 chain of audit events and replays the events into the record they describe, comparing it "
                  "with the tables, so a change made behind the program's back is found. The workspace is opened "
                  "read-only.\n"
                  "Exit 0 and \"ok EVENTS HEAD-HASH\", or exit 4 naming the first bad event (or row).");
    }

    int run(const QStringList& args, CliContext& context) override
    {
        int exit = ExitOk;
        const CliArgs parsed(args, {}, {});
        if (!WorkspaceCli::parse(context, parsed, 1, synopsis(), &exit))
            return exit;
        if (parsed.positional().first() != QLatin1String("verify")) {
            context.error(parsed.positional().first(), tr("unknown audit action (expected: verify)"));
            return ExitInvalid;
        }
        auto workspace = WorkspaceCli::open(context, &exit, WorkspaceCli::Access::Read);
        if (!workspace)
            return exit;
        const auto verification = store::AuditLog::verify(*workspace);
        if (!verification.ok())
            return WorkspaceCli::fail(context, verification);
        if (!verification.value->ok) {
            context.error(verification.value->problem.where, verification.value->problem.why);
            return ExitVerificationFailed;
        }
        context.out << "ok " << verification.value->events << ' ' << verification.value->head << '\n';
        context.out.flush();
        return ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::WorkspaceAuditCommand;
TP_REGISTER_CLI_COMMAND(WorkspaceAuditCommand)
