#include "CliCommand.h"
#include "ScenarioInput.h"

#include "io/EvaluationSummary.h"
#include "io/EvaluationWriter.h"

namespace tp::cli {

class CmdEvaluate : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CmdEvaluate)
public:
    QString name() const override { return QStringLiteral("evaluate"); }
    QString synopsis() const override { return QStringLiteral("evaluate FILE [--format json|text]"); }
    QString summary() const override
    {
        return tr("Evaluate a scenario file: qualification, draw, trimmed scores, ranking, votes, allocation, "
                  "publication period.");
    }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("Prints the result as JSON (default) or as a readable summary (--format text).\n"
                  "Exit 0: status final, failed or scoring; 3: a tie needs the panel's anonymous vote (the result "
                  "so far is printed); 2: invalid input, one line per problem on stderr.");
    }

    int run(const QStringList& args, CliContext& context) override
    {
        int exit = ExitOk;
        const std::optional<ScenarioInput::Parsed> input =
            ScenarioInput::parse(args, ScenarioInput::Source::File,
                                 tr("evaluate takes exactly one scenario FILE (see --help)"), context, &exit);
        if (!input)
            return exit;
        const Scenario& scenario = input->scenario;
        const Evaluation& ev = input->evaluation;
        if (input->json) {
            context.out.flush();
            context.out.device()->write(EvaluationWriter::json(ev, scenario));
        } else {
            context.out << EvaluationSummary::text(ev, scenario);
        }
        context.out.flush();
        return ev.status == EvaluationStatus::VoteRequired ? ExitVoteRequired : ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::CmdEvaluate;
TP_REGISTER_CLI_COMMAND(CmdEvaluate)
