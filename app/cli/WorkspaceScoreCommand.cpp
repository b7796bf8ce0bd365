#include "WorkspaceCli.h"

#include "store/NegotiationStore.h"
#include "store/ScoringService.h"

namespace tp::cli {

class WorkspaceScoreCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceScoreCommand)
public:
    QString name() const override { return QStringLiteral("score"); }
    QString synopsis() const override
    {
        return QStringLiteral("score ID --panelist P --bidder B --criterion C --value V");
    }
    QString summary() const override { return tr("Enter one score on a panel member's sheet."); }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("Prints \"saved\" only after the value is durably committed. V is written as a scenario file "
                  "writes a score (18, 18.5: digits with at most 2 decimals, no exponent or sign \"+\") and lies "
                  "in [0, the criterion's maximum].\n"
                  "Exit 5 (refused): the draw is not recorded yet, the presentations have not begun, the sheet is "
                  "submitted (locked: use correct), scoring is over, or the bidder is excluded.\n") +
               WorkspaceCli::idHelp();
    }

    int run(const QStringList& args, CliContext& context) override
    {
        int exit = ExitOk;
        const QStringList required = {QStringLiteral("--panelist"), QStringLiteral("--bidder"),
                                      QStringLiteral("--criterion"), QStringLiteral("--value")};
        const CliArgs parsed(args, QSet<QString>(required.cbegin(), required.cend()), {});
        if (!WorkspaceCli::parse(context, parsed, 1, synopsis(), &exit))
            return exit;
        for (const QString& option : required)
            if (!parsed.has(option)) {
                context.error(option, tr("is required"));
                return ExitInvalid;
            }
        const auto value = WorkspaceCli::scoreValue(context, parsed.value(QStringLiteral("--value")));
        if (!value)
            return ExitInvalid;
        auto workspace = WorkspaceCli::open(context, &exit, WorkspaceCli::Access::Change);
        if (!workspace)
            return exit;
        const auto id = store::NegotiationStore(*workspace).resolve(parsed.positional().first());
        if (!id.ok())
            return WorkspaceCli::fail(context, id);
        const auto saved = store::ScoringService(*workspace)
                               .recordScore(*id.value, parsed.value(QStringLiteral("--panelist")),
                                            parsed.value(QStringLiteral("--bidder")),
                                            parsed.value(QStringLiteral("--criterion")), *value, WorkspaceCli::actor());
        if (!saved.ok())
            return WorkspaceCli::fail(context, saved);
        context.out << "saved\n";
        context.out.flush();
        return ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::WorkspaceScoreCommand;
TP_REGISTER_CLI_COMMAND(WorkspaceScoreCommand)
