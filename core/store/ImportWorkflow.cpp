#include "ImportWorkflow.h"

#include "io/ScenarioReader.h"
#include "rules/Evaluator.h"
#include "rules/WorkingDayCalendar.h"

namespace tp::store {

ImportWorkflow::Checked ImportWorkflow::check(const QString& path)
{
    Checked checked;
    const ScenarioReader::Result read = ScenarioReader::readFile(path);
    if (!read.ok()) {
        checked.problems = read.problems;
        return checked;
    }
    const Evaluator::Outcome outcome = Evaluator(WorkingDayCalendar::standard()).evaluate(*read.scenario);
    if (!outcome.ok()) {
        checked.problems = outcome.problems;
        return checked;
    }
    checked.scenario = read.scenario;
    return checked;
}

StoreResult<NegotiationSummary> ImportWorkflow::store(Workspace& workspace, const Checked& checked,
                                                      const QString& actor)
{
    if (!checked.ok())
        return StoreResult<NegotiationSummary>::fail(Failure::Invalid, checked.problems.value(0));
    return NegotiationStore(workspace).importScenario(*checked.scenario, actor);
}

} // namespace tp::store
