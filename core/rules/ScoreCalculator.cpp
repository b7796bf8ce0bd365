#include "ScoreCalculator.h"

#include "Trimmer.h"

namespace tp {

ScoreCalculator::ScoreCalculator(const QList<Panelist>& panel, const QList<Criterion>& criteria, const TrimRule& trim)
    : m_panel(panel), m_criteria(criteria), m_trim(trim)
{}

RankEntry ScoreCalculator::score(const QString& bidder, const Hundredths* sheets) const
{
    RankEntry entry;
    entry.bidder = bidder;
    const qsizetype criteria = m_criteria.size();
    const auto at = [sheets, criteria](qsizetype panelist, qsizetype criterion) {
        return sheets[panelist * criteria + criterion];
    };

    QList<Trimmer::Value> totals;
    totals.reserve(m_panel.size());
    entry.totals.reserve(m_panel.size());
    for (qsizetype p = 0; p < m_panel.size(); ++p) {
        Hundredths total = 0;
        for (qsizetype c = 0; c < criteria; ++c)
            total += at(p, c);
        totals.append({m_panel[p].id, total});
        entry.totals.append({m_panel[p].id, total});
    }
    const Trimmer::Result byTotal = Trimmer::trim(totals, m_trim.highest, m_trim.lowest);
    entry.droppedHighest = byTotal.droppedHighest;
    entry.droppedLowest = byTotal.droppedLowest;

    entry.criteria.reserve(criteria);
    if (m_trim.level == TrimLevel::Total) {
        entry.score = Fraction(byTotal.keptSum, byTotal.keptCount);
        for (qsizetype c = 0; c < criteria; ++c) {
            Hundredths sum = 0;
            for (const qsizetype p : byTotal.keptIndexes)
                sum += at(p, c);
            CriterionResult result;
            result.criterion = m_criteria[c].id;
            result.mean = Fraction(sum, byTotal.keptCount);
            entry.criteria.append(result);
        }
    } else {
        Fraction sum;
        QList<Trimmer::Value> values(m_panel.size());
        for (qsizetype c = 0; c < criteria; ++c) {
            for (qsizetype p = 0; p < m_panel.size(); ++p)
                values[p] = {m_panel[p].id, at(p, c)};
            const Trimmer::Result trimmed = Trimmer::trim(values, m_trim.highest, m_trim.lowest);
            CriterionResult result;
            result.criterion = m_criteria[c].id;
            result.mean = Fraction(trimmed.keptSum, trimmed.keptCount);
            result.droppedHighest = trimmed.droppedHighest;
            result.droppedLowest = trimmed.droppedLowest;
            sum = sum + result.mean;
            entry.criteria.append(result);
        }
        entry.score = sum;
    }
    entry.published = entry.score.roundedHundredths();
    return entry;
}

} // namespace tp
