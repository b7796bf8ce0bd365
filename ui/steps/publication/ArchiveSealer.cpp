#include "ArchiveSealer.h"

#include "io/FileWriter.h"
#include "report/DocumentInputLoader.h"
#include "report/ResultNotice.h"
#include "report/SealedArchive.h"
#include "store/ProcedureService.h"
#include "store/ScoringService.h"

#include <QStringList>

namespace tp::ui {

namespace {

QString problemsText(const tp::Problems& problems)
{
    QStringList lines;
    for (const tp::Problem& p : problems)
        lines.append(p.toString());
    return lines.mid(0, 10).join(QLatin1Char('\n'));
}

} // namespace

ArchiveSealer::Outcome ArchiveSealer::seal(tp::store::Workspace& workspace, qint64 id, const QString& path,
                                           const QString& actor)
{
    Outcome outcome;
    outcome.title = tr("The archive cannot be sealed");
    tp::store::ProcedureService procedure(workspace);
    const auto stage = procedure.stage(id);
    if (!stage.ok()) {
        outcome.why = stage.problem.toString();
        return outcome;
    }
    if (const auto refused = tp::store::Procedure::checkArchive(*stage.value)) {
        outcome.why = refused->why;
        return outcome;
    }

    const tp::report::DocumentInputLoader::WorkspaceResult loaded =
        tp::report::DocumentInputLoader::fromWorkspace(workspace, id);
    if (!loaded.ok()) {
        if (loaded.verificationFailed)
            outcome.title = tr("The audit log does not verify");
        outcome.why = problemsText(loaded.problems);
        return outcome;
    }
    if (!tp::report::ResultNotice::canPublish(loaded.input->evaluation)) {
        outcome.why =
            tr("the negotiation is not finished (status %1)").arg(tp::statusName(loaded.input->evaluation.status));
        return outcome;
    }

    const tp::report::SealedArchive::Sealed sealed = tp::report::SealedArchive::seal(*loaded.input);
    QString error;
    if (!tp::FileWriter::write(path, sealed.bytes, &error)) {
        outcome.why = tr("%1 cannot be written: %2").arg(path, error);
        return outcome;
    }
    outcome.written = true;
    outcome.digest = sealed.digest;

    const auto recorded =
        tp::store::ScoringService(workspace).recordDocument(id, QStringLiteral("archive"), sealed.digest, actor);
    if (!recorded.ok()) {
        outcome.title = tr("The archive is written but not recorded");
        outcome.why = recorded.problem.why;
        return outcome;
    }
    const auto archived = procedure.archive(id, actor);
    if (!archived.ok()) {
        outcome.title = tr("The archive is written but the negotiation is not archived");
        outcome.why = archived.problem.why;
        return outcome;
    }
    outcome.ok = true;
    outcome.title.clear();
    return outcome;
}

} // namespace tp::ui
