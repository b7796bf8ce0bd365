#include "Qualification.h"

namespace tp {

namespace {

bool isAfter(const QDateTime& time, const QDateTime& deadline)
{
    return time.toMSecsSinceEpoch() > deadline.toMSecsSinceEpoch();
}

const Proposal* proposalOf(const Scenario& scenario, const QString& bidder)
{
    if (!scenario.proposals)
        return nullptr;
    for (const Proposal& proposal : *scenario.proposals)
        if (proposal.bidder == bidder)
            return &proposal;
    return nullptr;
}

} // namespace

QString Qualification::exclusionReason(const Scenario& scenario, const Bidder& bidder, const Proposal* proposal)
{
    const Project& project = scenario.project;
    if (bidder.withdrawn)
        return QStringLiteral("withdrawn");
    if (!bidder.eligible)
        return QStringLiteral("not_eligible");
    if (project.registrationDeadline) {
        if (!bidder.registeredAt)
            return QStringLiteral("not_registered");
        if (isAfter(*bidder.registeredAt, *project.registrationDeadline))
            return QStringLiteral("late_registration");
    }
    if (scenario.proposals) {
        if (!proposal)
            return QStringLiteral("no_proposal");
        if (project.proposalDeadline && isAfter(proposal->receivedAt, *project.proposalDeadline))
            return QStringLiteral("late_proposal");
        if (proposal->rejected)
            return QStringLiteral("proposal_rejected");
    }
    return QString();
}

QList<Bidder> Qualification::awaitingProposal(const Scenario& scenario)
{
    // Whether a bidder may hand in a proposal is decided without the proposals.
    Scenario registered = scenario;
    registered.proposals.reset();
    QList<Bidder> list;
    for (const Bidder& bidder : scenario.bidders)
        if (!proposalOf(scenario, bidder.id) && exclusionReason(registered, bidder, nullptr).isEmpty())
            list.append(bidder);
    return list;
}

Qualification::Result Qualification::apply(const Scenario& scenario)
{
    Result result;
    for (const Bidder& bidder : scenario.bidders) {
        const Proposal* proposal = proposalOf(scenario, bidder.id);
        const QString reason = exclusionReason(scenario, bidder, proposal);
        if (!reason.isEmpty()) {
            result.excluded.append({bidder.id, reason});
            continue;
        }
        result.qualified.append(bidder.id);
        if (!proposal)
            continue;
        const std::optional<int>& required = scenario.project.requiredCopies;
        if (required && proposal->copies && *proposal->copies < *required)
            result.warnings.append(QStringLiteral("missing_copies:") + bidder.id);
        if (proposal->sealed && !*proposal->sealed)
            result.warnings.append(QStringLiteral("seal_broken:") + bidder.id);
    }
    return result;
}

} // namespace tp
