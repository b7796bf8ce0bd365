#include "ScenarioInput.h"

#include "CliArgs.h"
#include "WorkspaceCli.h"

#include "io/ScenarioReader.h"
#include "rules/Evaluator.h"
#include "rules/WorkingDayCalendar.h"
#include "store/NegotiationStore.h"

#include <QFileInfo>

namespace tp::cli {

namespace {

std::optional<Scenario> fromNegotiation(const QString& idOrCode, CliContext& context, int* exitCode)
{
    auto workspace = WorkspaceCli::open(context, exitCode, WorkspaceCli::Access::Read);
    if (!workspace)
        return std::nullopt;
    const store::NegotiationStore negotiations(*workspace);
    const auto id = negotiations.resolve(idOrCode);
    if (!id.ok()) {
        *exitCode = WorkspaceCli::fail(context, id);
        return std::nullopt;
    }
    auto scenario = negotiations.scenario(*id.value);
    if (!scenario.ok()) {
        *exitCode = WorkspaceCli::fail(context, scenario);
        return std::nullopt;
    }
    return std::move(*scenario.value);
}

} // namespace

std::optional<ScenarioInput::Parsed> ScenarioInput::parse(const QStringList& args, Source source, const QString& usage,
                                                          CliContext& context, int* exitCode)
{
    *exitCode = ExitInvalid;
    const CliArgs parsed(args, {QStringLiteral("--format")}, {});
    if (!parsed.ok()) {
        context.error(parsed.errorWhere(), parsed.error());
        return std::nullopt;
    }
    if (parsed.positional().size() != 1) {
        context.error(QString(), usage);
        return std::nullopt;
    }
    const QString format = parsed.value(QStringLiteral("--format"), QStringLiteral("json"));
    if (format != QLatin1String("json") && format != QLatin1String("text")) {
        context.error(QStringLiteral("--format"),
                      QCoreApplication::translate("ScenarioInput", "must be json or text, not \"%1\"").arg(format));
        return std::nullopt;
    }
    const QString input = parsed.positional().first();
    Parsed result;
    result.json = format == QLatin1String("json");
    // A negotiation is named by its id or code; anything that is or looks like a path is a file.
    const bool file = QFileInfo(input).isFile() || input.contains(QLatin1Char('/')) ||
                      input.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (source == Source::FileOrNegotiation && !file) {
        std::optional<Scenario> scenario = fromNegotiation(input, context, exitCode);
        if (!scenario)
            return std::nullopt;
        result.scenario = std::move(*scenario);
    } else {
        ScenarioReader::Result read = ScenarioReader::readFile(input);
        if (!read.ok()) {
            context.errors(read.problems);
            return std::nullopt;
        }
        result.scenario = std::move(*read.scenario);
    }
    Evaluator::Outcome outcome = Evaluator(WorkingDayCalendar::standard()).evaluate(result.scenario);
    if (!outcome.ok()) {
        context.errors(outcome.problems);
        return std::nullopt;
    }
    result.evaluation = std::move(*outcome.evaluation);
    *exitCode = ExitOk;
    return result;
}

} // namespace tp::cli
