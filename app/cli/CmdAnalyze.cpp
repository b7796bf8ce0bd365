#include "CliCommand.h"
#include "ScenarioInput.h"

#include "io/RobustnessWriter.h"
#include "rules/Evaluator.h"
#include "rules/Robustness.h"
#include "rules/WorkingDayCalendar.h"

namespace tp::cli {

class CmdAnalyze : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CmdAnalyze)
public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString synopsis() const override { return QStringLiteral("analyze FILE|ID [--format json|text]"); }
    QString summary() const override
    {
        return tr("How robust a result is: the winners' margin, the result without each panel member, and how "
                  "each member scored.");
    }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("Takes a scenario FILE or the ID of a negotiation in the workspace. Prints JSON (default) or a "
                  "Chinese summary (--format text). A result still scoring or failed prints its status only.\n"
                  "Exit 0: the analysis (or the status) is printed; 2: invalid input, one line per problem on "
                  "stderr; 6: the workspace could not be read.");
    }

    int run(const QStringList& args, CliContext& context) override
    {
        int exit = ExitOk;
        const std::optional<ScenarioInput::Parsed> input = ScenarioInput::parse(
            args, ScenarioInput::Source::FileOrNegotiation,
            tr("analyze takes exactly one scenario FILE or negotiation ID (see --help)"), context, &exit);
        if (!input)
            return exit;
        const Scenario& scenario = input->scenario;
        const Robustness robustness =
            RobustnessAnalysis::analyse(scenario, input->evaluation, Evaluator(WorkingDayCalendar::standard()));
        if (input->json) {
            context.out.flush();
            context.out.device()->write(RobustnessWriter::json(robustness));
        } else {
            context.out << RobustnessWriter::text(robustness, scenario);
        }
        context.out.flush();
        return ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::CmdAnalyze;
TP_REGISTER_CLI_COMMAND(CmdAnalyze)
