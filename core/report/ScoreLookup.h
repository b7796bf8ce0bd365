#pragma once

#include "model/Scenario.h"

#include <QHash>
#include <QString>
#include <optional>

namespace tp::report {

// Every score of a scenario by member, bidder and criterion, read once: the first of each, as the
// rules read them. The documents that show one member's or one bidder's scores read them here rather
// than scanning all the scores for each cell.
class ScoreLookup
{
public:
    explicit ScoreLookup(const Scenario& scenario);

    std::optional<Hundredths> value(const QString& panelist, const QString& bidder, const QString& criterion) const;

private:
    // The codes of a score, as positions in the table of m_scores.
    struct Key
    {
        ScoreList::Code panelist;
        ScoreList::Code bidder;
        ScoreList::Code criterion;
        bool operator==(const Key& other) const
        {
            return panelist == other.panelist && bidder == other.bidder && criterion == other.criterion;
        }
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.panelist, key.bidder, key.criterion);
        }
    };
    ScoreList m_scores;
    QHash<Key, Hundredths> m_values;
};

} // namespace tp::report
