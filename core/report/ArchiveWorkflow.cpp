#include "ArchiveWorkflow.h"

#include "DocumentInputLoader.h"
#include "ResultNotice.h"
#include "SealedArchive.h"
#include "io/FileWriter.h"
#include "store/ProcedureService.h"
#include "store/ScoringService.h"

namespace tp::report {

namespace {

ArchiveWorkflow::Outcome stopped(ArchiveWorkflow::Stop stop, store::Failure failure, Problems problems)
{
    ArchiveWorkflow::Outcome outcome;
    outcome.stop = stop;
    outcome.failure = failure;
    outcome.problems = std::move(problems);
    return outcome;
}

} // namespace

ArchiveWorkflow::Outcome ArchiveWorkflow::seal(const DocumentInput& input, const QString& path)
{
    Outcome outcome;
    if (!ResultNotice::canPublish(input.evaluation)) {
        outcome.stop = Stop::NotFinished;
        outcome.status = input.evaluation.status;
        return outcome;
    }
    const SealedArchive::Sealed sealed = SealedArchive::seal(input);
    if (!FileWriter::write(path, sealed.bytes, &outcome.writeError)) {
        outcome.stop = Stop::NotWritten;
        return outcome;
    }
    outcome.written = true;
    outcome.digest = sealed.digest;
    return outcome;
}

ArchiveWorkflow::Outcome ArchiveWorkflow::seal(store::Workspace& workspace, qint64 id, const QString& path,
                                               const QString& actor)
{
    store::ProcedureService procedure(workspace);
    const auto stage = procedure.stage(id);
    if (!stage.ok())
        return stopped(Stop::Store, stage.failure, {stage.problem});
    if (const auto refused = store::Procedure::checkArchive(*stage.value))
        return stopped(Stop::Refused, store::Failure::Refused, {*refused});

    const DocumentInputLoader::WorkspaceResult loaded = DocumentInputLoader::fromWorkspace(workspace, id);
    if (loaded.failure != store::Failure::None)
        return stopped(Stop::Store, loaded.failure, loaded.problems);
    if (loaded.verificationFailed)
        return stopped(Stop::Unverified, store::Failure::None, loaded.problems);
    if (!loaded.ok())
        return stopped(Stop::Invalid, store::Failure::Invalid, loaded.problems);

    Outcome outcome = seal(*loaded.input, path);
    if (!outcome.ok())
        return outcome;
    const auto recorded =
        store::ScoringService(workspace).recordDocument(id, QStringLiteral("archive"), outcome.digest, actor);
    if (!recorded.ok()) {
        outcome.stop = Stop::NotRecorded;
        outcome.failure = recorded.failure;
        outcome.problems = {recorded.problem};
        return outcome;
    }
    const auto archived = procedure.archive(id, actor);
    if (!archived.ok()) {
        outcome.stop = Stop::NotArchived;
        outcome.failure = archived.failure;
        outcome.problems = {archived.problem};
    }
    return outcome;
}

} // namespace tp::report
