#include "CliArgs.h"
#include "CliCommand.h"

#include "io/EvaluationSummary.h"
#include "io/EvaluationWriter.h"
#include "io/ScenarioReader.h"
#include "rules/Evaluator.h"
#include "rules/WorkingDayCalendar.h"

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
        CliArgs parsed(args, {QStringLiteral("--format")}, {});
        if (!parsed.ok()) {
            context.error(parsed.errorWhere(), parsed.error());
            return ExitInvalid;
        }
        if (parsed.positional().size() != 1) {
            context.error(QString(), tr("evaluate takes exactly one scenario FILE (see --help)"));
            return ExitInvalid;
        }
        const QString format = parsed.value(QStringLiteral("--format"), QStringLiteral("json"));
        if (format != QLatin1String("json") && format != QLatin1String("text")) {
            context.error(QStringLiteral("--format"), tr("must be json or text, not \"%1\"").arg(format));
            return ExitInvalid;
        }
        const ScenarioReader::Result read = ScenarioReader::readFile(parsed.positional().first());
        if (!read.ok()) {
            context.errors(read.problems);
            return ExitInvalid;
        }
        const Evaluator evaluator(WorkingDayCalendar::standard());
        const Evaluator::Outcome outcome = evaluator.evaluate(*read.scenario);
        if (!outcome.ok()) {
            context.errors(outcome.problems);
            return ExitInvalid;
        }
        const Evaluation& ev = *outcome.evaluation;
        if (format == QLatin1String("json")) {
            context.out.flush();
            context.out.device()->write(EvaluationWriter::json(ev, *read.scenario));
        } else {
            context.out << EvaluationSummary::text(ev, *read.scenario);
        }
        context.out.flush();
        return ev.status == EvaluationStatus::VoteRequired ? ExitVoteRequired : ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::CmdEvaluate;
TP_REGISTER_CLI_COMMAND(CmdEvaluate)
