#include "DocumentInputLoader.h"

#include "io/ScenarioReader.h"
#include "rules/Evaluator.h"
#include "rules/WorkingDayCalendar.h"

namespace tp::report {

DocumentInputLoader::Result DocumentInputLoader::fromFile(const QString& path)
{
    const ScenarioReader::Result read = ScenarioReader::readFile(path);
    if (!read.ok()) {
        Result result;
        result.problems = read.problems;
        return result;
    }
    return fromScenario(*read.scenario);
}

DocumentInputLoader::Result DocumentInputLoader::fromScenario(const Scenario& scenario, const DocumentContext& context)
{
    Result result;
    const Evaluator evaluator(WorkingDayCalendar::standard());
    const Evaluator::Outcome outcome = evaluator.evaluate(scenario);
    if (!outcome.ok()) {
        result.problems = outcome.problems;
        return result;
    }
    result.input = DocumentInput{scenario, *outcome.evaluation, context};
    return result;
}

} // namespace tp::report
