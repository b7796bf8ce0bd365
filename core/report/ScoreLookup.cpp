#include "ScoreLookup.h"

namespace tp::report {

ScoreLookup::ScoreLookup(const Scenario& scenario)
{
    if (!scenario.scores)
        return;
    m_scores = *scenario.scores;
    m_values.reserve(m_scores.size());
    for (const ScoreList::Row& row : m_scores.rows()) {
        const Key key{row.panelist, row.bidder, row.criterion};
        if (!m_values.contains(key))
            m_values.insert(key, row.score);
    }
}

std::optional<Hundredths> ScoreLookup::value(const QString& panelist, const QString& bidder,
                                             const QString& criterion) const
{
    const std::optional<ScoreList::Code> p = m_scores.find(panelist);
    const std::optional<ScoreList::Code> b = m_scores.find(bidder);
    const std::optional<ScoreList::Code> c = m_scores.find(criterion);
    if (!p || !b || !c)
        return std::nullopt;
    const auto found = m_values.constFind(Key{*p, *b, *c});
    if (found == m_values.cend())
        return std::nullopt;
    return *found;
}

} // namespace tp::report
