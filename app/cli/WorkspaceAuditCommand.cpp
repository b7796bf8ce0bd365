#include "WorkspaceCli.h"

#include "store/AuditLog.h"

namespace tp::cli {

class WorkspaceAuditCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceAuditCommand)
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString synopsis() const override { return QStringLiteral("audit verify [--head HASH]..."); }
    QString summary() const override { return tr("Verify the workspace's audit chain against its tables."); }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("Checks the database file, compares its schema with the one the program's migrations create "
                  "(tables, columns, indexes, views, triggers, schema_meta rows, stored settings), recomputes the "
                  "SHA-256 chain of audit events and replays the events into the record they describe, comparing it "
                  "with the tables, so a change made behind the program's back is found. The workspace is opened "
                  "read-only.\n"
                  "--head HASH (repeatable) also proves that each head printed on a published document (the "
                  "record anchor of the result notice or of a bidder's letter, the chain head of the report; "
                  "the full 64 digits or at least the first 16) is an event of the verified chain, and prints "
                  "\"head HASH: event SEQ of EVENTS, ACTION at TIME\" for each. A head that is not in the chain "
                  "means the record was rewritten after the document was made, or the document comes from "
                  "another workspace.\n"
                  "Exit 0 and \"ok EVENTS HEAD-HASH\", or exit 4 naming the first bad event (or row) or each "
                  "head that is not in the chain; exit 6 when the workspace cannot be read.");
    }

    int run(const QStringList& args, CliContext& context) override
    {
        int exit = ExitOk;
        const QString headOption = QStringLiteral("--head");
        const CliArgs parsed(args, {}, {}, {headOption});
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
            context.error(verification.value->problem);
            return ExitVerificationFailed;
        }
        bool anchored = true;
        for (const QString& head : parsed.values(headOption)) {
            const auto found = store::AuditLog::eventWithHash(*workspace, head);
            if (!found.ok())
                return WorkspaceCli::fail(context, found.failure,
                                          {headOption + QLatin1Char(' ') + head, found.problem.why});
            if (!*found.value) {
                context.error(headOption + QLatin1Char(' ') + head,
                              tr("is not an event of this workspace's audit chain: the record was rewritten after "
                                 "the document was made, or the document comes from another workspace"));
                anchored = false;
                continue;
            }
            const store::AuditLog::Event& event = **found.value;
            context.out << tr("head %1: event %2 of %3, %4 at %5")
                               .arg(event.hash)
                               .arg(event.seq)
                               .arg(verification.value->events)
                               .arg(event.action, event.at)
                        << '\n';
        }
        if (!anchored)
            return ExitVerificationFailed;
        context.out << "ok " << verification.value->events << ' ' << verification.value->head << '\n';
        context.out.flush();
        return ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::WorkspaceAuditCommand;
TP_REGISTER_CLI_COMMAND(WorkspaceAuditCommand)
