#include "ArchiveSealer.h"

#include "report/ArchiveWorkflow.h"

namespace tp::ui {

ArchiveSealer::Outcome ArchiveSealer::seal(tp::store::Workspace& workspace, qint64 id, const QString& path,
                                           const QString& actor)
{
    using Stop = tp::report::ArchiveWorkflow::Stop;
    const tp::report::ArchiveWorkflow::Outcome sealed = tp::report::ArchiveWorkflow::seal(workspace, id, path, actor);
    Outcome outcome;
    outcome.ok = sealed.ok();
    outcome.written = sealed.written;
    outcome.digest = sealed.digest;
    switch (sealed.stop) {
    case Stop::None:
        return outcome;
    case Stop::Store:
    case Stop::Invalid:
        outcome.why = tp::problemsText(sealed.problems, tp::kProblemsInMessage);
        break;
    case Stop::Unverified:
        outcome.title = tr("The audit log does not verify");
        outcome.why = tp::problemsText(sealed.problems, tp::kProblemsInMessage);
        break;
    case Stop::Refused:
        outcome.why = sealed.problems.value(0).why;
        break;
    case Stop::NotFinished:
        outcome.why = tr("the negotiation is not finished (status %1)").arg(tp::statusName(sealed.status));
        break;
    case Stop::NotWritten:
        outcome.why = tr("%1 cannot be written: %2").arg(path, sealed.writeError);
        break;
    case Stop::NotRecorded:
        outcome.title = tr("The archive is written but not recorded");
        outcome.why = sealed.problems.value(0).why;
        break;
    case Stop::NotArchived:
        outcome.title = tr("The archive is written but the negotiation is not archived");
        outcome.why = sealed.problems.value(0).why;
        break;
    }
    if (outcome.title.isEmpty())
        outcome.title = tr("The archive cannot be sealed");
    return outcome;
}

} // namespace tp::ui
