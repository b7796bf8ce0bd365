#include "ScoreLookup.h"

namespace tp::report {

ScoreLookup::ScoreLookup(const Scenario& scenario)
{
    if (!scenario.scores)
        return;
    m_values.reserve(scenario.scores->size());
    for (const ScoreEntry& e : *scenario.scores) {
        const Key key{e.panelist, e.bidder, e.criterion};
        if (!m_values.contains(key))
            m_values.insert(key, e.score);
    }
}

std::optional<Hundredths> ScoreLookup::value(const QString& panelist, const QString& bidder,
                                             const QString& criterion) const
{
    const auto found = m_values.constFind(Key{panelist, bidder, criterion});
    if (found == m_values.cend())
        return std::nullopt;
    return *found;
}

} // namespace tp::report
