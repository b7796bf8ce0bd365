#include "DocumentInputLoader.h"

#include "WorkspaceContextReader.h"
#include "io/ScenarioReader.h"
#include "rules/Evaluator.h"
#include "rules/WorkingDayCalendar.h"
#include "store/AuditLog.h"
#include "store/NegotiationStore.h"

namespace tp::report {

namespace {

void fill(std::optional<QString>& field, const QString& value)
{
    if (!field && !value.trimmed().isEmpty())
        field = value.trimmed();
}

// The context completed with what the scenario itself records (a scenario file has no workspace):
// the document details, the opening of the proposals and the draw's witnesses. What the context
// already has stays.
DocumentContext withScenarioDetails(DocumentContext c, const Scenario& s)
{
    const DocumentDetails& d = s.project.documents;
    fill(c.basis, d.basis);
    fill(c.issuer, d.issuer);
    fill(c.publicationWebsite, d.publicationWebsite);
    fill(c.challengeAddress, d.challengeAddress);
    fill(c.challengeContact, d.challengeContact);
    fill(c.contactPerson, d.contactPerson);
    fill(c.contactPhone, d.contactPhone);
    fill(c.contactAddress, d.contactAddress);
    if (!c.opening && s.opening)
        c.opening = s.opening;
    if (c.drawWitnesses.isEmpty() && s.draw)
        c.drawWitnesses = s.draw->witnesses;
    return c;
}

} // namespace

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

DocumentInputLoader::WorkspaceResult DocumentInputLoader::fromWorkspace(store::Workspace& workspace, qint64 id)
{
    WorkspaceResult result;
    auto fail = [&result](store::Failure failure, const Problem& problem) {
        result.failure = failure;
        result.problems = {problem};
        return result;
    };
    const store::NegotiationStore negotiations(workspace);
    const auto scenario = negotiations.scenario(id);
    if (!scenario.ok())
        return fail(scenario.failure, scenario.problem);
    const auto context = WorkspaceContextReader::read(workspace, id);
    if (!context.ok())
        return fail(context.failure, context.problem);
    // The documents carry the audit chain head, and only of a chain that verifies.
    const auto audit = store::AuditLog::verify(workspace);
    if (!audit.ok())
        return fail(audit.failure, audit.problem);
    if (!audit.value->ok) {
        result.verificationFailed = true;
        result.problems = {audit.value->problem};
        return result;
    }
    DocumentContext documentContext = *context.value;
    documentContext.auditHead = audit.value->head;
    const Result evaluated = fromScenario(*scenario.value, documentContext);
    result.input = evaluated.input;
    result.problems = evaluated.problems;
    return result;
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
    result.input = DocumentInput{scenario, *outcome.evaluation, withScenarioDetails(context, scenario)};
    return result;
}

} // namespace tp::report
