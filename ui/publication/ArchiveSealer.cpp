#include "ArchiveSealer.h"

#include "report/ArchiveWorkflow.h"

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
        outcome.why = problemsText(sealed.problems);
        break;
    case Stop::Unverified:
        outcome.title = tr("The audit log does not verify");
        outcome.why = problemsText(sealed.problems);
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
