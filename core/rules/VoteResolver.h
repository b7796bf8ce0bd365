#pragma once

#include "Evaluation.h"
#include "Standings.h"
#include "model/Scenario.h"

#include <QHash>
#include <QSet>

namespace tp {

// docs/scenario-format.md, rules 6 and 7: applies the vote rounds, in order, to the ties that
// matter.
class VoteResolver
{
public:
    struct Result
    {
        Standings standings;                // after the rounds applied
        QList<VoteTally> tallies;           // the rounds applied, in order
        QHash<QString, QList<int>> ballots; // per bidder, ballots received in each round it took part in
        QSet<QString> decidedByVote;        // bidders that took part in an applied round
        std::optional<TieOutcome> tie;      // a tie that still matters and has no vote
        Problems problems;                  // votes for the wrong bidders, bad ballots, leftovers
    };

    static Result resolve(const Standings& initial, const QList<VoteRound>& votes, int panelSize, int winners,
                          const QList<int>& shares);
};

} // namespace tp
