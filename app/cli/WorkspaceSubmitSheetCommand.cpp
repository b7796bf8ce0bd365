#include "WorkspaceCli.h"

#include "store/NegotiationStore.h"
#include "store/ScoringService.h"

namespace tp::cli {

class WorkspaceSubmitSheetCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSubmitSheetCommand)
public:
    QString name() const override { return QStringLiteral("submit-sheet"); }
    QString synopsis() const override { return QStringLiteral("submit-sheet ID --panelist P"); }
    QString summary() const override { return tr("Submit and lock a panel member's score sheet (one-time scoring)."); }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("The sheet must hold a score for every qualified bidder and criterion. Afterwards \"score\" is "
                  "refused for it (exit 5); a change needs \"correct\". Prints \"submitted\" after the commit.\n") +
               WorkspaceCli::idHelp();
    }

    int run(const QStringList& args, CliContext& context) override
    {
        int exit = ExitOk;
        const CliArgs parsed(args, {QStringLiteral("--panelist")}, {});
        if (!WorkspaceCli::parse(context, parsed, 1, synopsis(), &exit))
            return exit;
        if (!parsed.has(QStringLiteral("--panelist"))) {
            context.error(QStringLiteral("--panelist"), tr("is required"));
            return ExitInvalid;
        }
        auto workspace = WorkspaceCli::open(context, &exit, WorkspaceCli::Access::Change);
        if (!workspace)
            return exit;
        const auto id = store::NegotiationStore(*workspace).resolve(parsed.positional().first());
        if (!id.ok())
            return WorkspaceCli::fail(context, id);
        const auto done =
            store::ScoringService(*workspace)
                .submitSheet(*id.value, parsed.value(QStringLiteral("--panelist")), WorkspaceCli::actor());
        if (!done.ok())
            return WorkspaceCli::fail(context, done);
        context.out << "submitted\n";
        context.out.flush();
        return ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::WorkspaceSubmitSheetCommand;
TP_REGISTER_CLI_COMMAND(WorkspaceSubmitSheetCommand)
