#include "WorkspaceCli.h"

#include "store/NegotiationStore.h"
#include "store/ScoringService.h"

namespace tp::cli {

class WorkspaceCorrectCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCorrectCommand)
public:
    QString name() const override { return QStringLiteral("correct"); }
    QString synopsis() const override
    {
        return QStringLiteral("correct ID --panelist P --bidder B --criterion C --value V --category CAT --reason TEXT "
                              "[--leader NAME]");
    }
    QString summary() const override { return tr("Correct a score on a submitted sheet, with its ground and reason."); }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("CAT is one of the four grounds on which compiled results may be changed: summation_error, "
                  "out_of_range, objective_disagreement, abnormal_score. The correction names the panel leader "
                  "(--leader must match the leader recorded in the panel; without it, that leader is recorded), "
                  "stays in the record and the audit log. Refused (exit 5) unless the sheet is submitted and the "
                  "result is not fixed yet. Prints \"corrected OLD -> NEW\".\n") +
               WorkspaceCli::idHelp();
    }

    int run(const QStringList& args, CliContext& context) override
    {
        int exit = ExitOk;
        const QStringList required = {QStringLiteral("--panelist"),  QStringLiteral("--bidder"),
                                      QStringLiteral("--criterion"), QStringLiteral("--value"),
                                      QStringLiteral("--category"),  QStringLiteral("--reason")};
        QSet<QString> options(required.cbegin(), required.cend());
        options.insert(QStringLiteral("--leader"));
        const CliArgs parsed(args, options, {});
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
        const auto category = store::ScoringService::categoryFromName(parsed.value(QStringLiteral("--category")));
        if (!category) {
            context.error(QStringLiteral("--category"),
                          tr("\"%1\" is not one of summation_error, out_of_range, objective_disagreement, "
                             "abnormal_score")
                              .arg(parsed.value(QStringLiteral("--category"))));
            return ExitInvalid;
        }
        auto workspace = WorkspaceCli::open(context, &exit, WorkspaceCli::Access::Change);
        if (!workspace)
            return exit;
        const auto id = store::NegotiationStore(*workspace).resolve(parsed.positional().first());
        if (!id.ok())
            return WorkspaceCli::fail(context, id);
        store::CorrectionRequest request;
        request.panelist = parsed.value(QStringLiteral("--panelist"));
        request.bidder = parsed.value(QStringLiteral("--bidder"));
        request.criterion = parsed.value(QStringLiteral("--criterion"));
        request.value = *value;
        request.category = *category;
        request.reason = parsed.value(QStringLiteral("--reason"));
        request.leader = parsed.value(QStringLiteral("--leader"));
        const auto receipt = store::ScoringService(*workspace).correctScore(*id.value, request, WorkspaceCli::actor());
        if (!receipt.ok())
            return WorkspaceCli::fail(context, receipt);
        context.out << "corrected "
                    << (receipt.value->previous ? Decimal::format(*receipt.value->previous) : QStringLiteral("-"))
                    << " -> " << Decimal::format(*value) << '\n';
        context.out.flush();
        return ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::WorkspaceCorrectCommand;
TP_REGISTER_CLI_COMMAND(WorkspaceCorrectCommand)
