#include "DocumentSource.h"

#include "WorkspaceCli.h"

#include "report/DocumentInputLoader.h"
#include "store/AuditLog.h"
#include "store/NegotiationStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tp::cli {

namespace {

std::optional<DocumentInput> fromInput(const report::DocumentInputLoader::Result& result, CliContext& context,
                                       int* exitCode)
{
    if (!result.ok()) {
        for (const Problem& p : result.problems)
            context.error(p.where, p.why);
        *exitCode = ExitInvalid;
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return result.input;
}

} // namespace

std::optional<DocumentInput> DocumentSource::load(const QString& fileOrId, CliContext& context, int* exitCode)
{
    *exitCode = ExitInvalid;
    if (QFileInfo(fileOrId).isFile())
        return fromInput(report::DocumentInputLoader::fromFile(fileOrId), context, exitCode);

    // Not a file: the id or code of a negotiation in the workspace.
    auto workspace = WorkspaceCli::open(context, exitCode);
    if (!workspace)
        return std::nullopt;
    const store::NegotiationStore negotiations(*workspace);
    const auto id = negotiations.resolve(fileOrId);
    if (!id.ok()) {
        *exitCode = WorkspaceCli::fail(context, id);
        return std::nullopt;
    }
    const auto scenario = negotiations.scenario(*id.value);
    if (!scenario.ok()) {
        *exitCode = WorkspaceCli::fail(context, scenario);
        return std::nullopt;
    }
    DocumentContext documentContext;
    const auto summary = negotiations.summary(*id.value);
    documentContext.negotiationId = summary.ok() ? summary.value->code : QString::number(*id.value);
    // The documents carry the audit chain head, and only of a chain that verifies.
    const auto audit = store::AuditLog::verify(*workspace);
    if (!audit.ok()) {
        *exitCode = WorkspaceCli::fail(context, audit);
        return std::nullopt;
    }
    if (!audit.value->ok) {
        context.error(audit.value->problem.where, audit.value->problem.why);
        *exitCode = ExitVerificationFailed;
        return std::nullopt;
    }
    documentContext.auditHead = audit.value->head;
    return fromInput(report::DocumentInputLoader::fromScenario(*scenario.value, documentContext), context, exitCode);
}

} // namespace tp::cli
