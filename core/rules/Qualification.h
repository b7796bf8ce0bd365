#pragma once

#include "Evaluation.h"
#include "model/Scenario.h"

namespace tp {

// docs/scenario-format.md, rule 1: who takes part, who is excluded and why, and the warnings about
// the qualified bidders' proposals.
class Qualification
{
public:
    struct Result
    {
        QList<Exclusion> excluded; // bidder file order
        QStringList qualified;     // bidder file order
        QStringList warnings;      // missing_copies then seal_broken, per qualified bidder
    };

    static Result apply(const Scenario& scenario);
    // The reason a bidder is excluded, or an empty string when it qualifies.
    static QString exclusionReason(const Scenario& scenario, const Bidder& bidder, const Proposal* proposal);
    // The bidders whose proposal the desk may still receive: registered in time, eligible, not
    // withdrawn, and without a recorded receipt (bidder file order).
    static QList<Bidder> awaitingProposal(const Scenario& scenario);
};

} // namespace tp
