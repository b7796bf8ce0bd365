#include "ScoreCalculator.h"

#include "Trimmer.h"

namespace tp {

ScoreCalculator::ScoreCalculator(const QList<Panelist>& panel, const QList<Criterion>& criteria, const TrimRule& trim)
    : m_panel(panel), m_criteria(criteria), m_trim(trim)
{}

RankEntry ScoreCalculator::score(const QString& bidder, const Sheets& sheets) const
{
    RankEntry entry;
    entry.bidder = bidder;

    QList<Trimmer::Value> totals;
    for (const Panelist& panelist : m_panel) {
        const QHash<QString, Hundredths> sheet = sheets.value(panelist.id);
        Hundredths total = 0;
        for (const Criterion& criterion : m_criteria)
            total += sheet.value(criterion.id);
        totals.append({panelist.id, total});
        entry.totals.append({panelist.id, total});
    }
    const Trimmer::Result byTotal = Trimmer::trim(totals, m_trim.highest, m_trim.lowest);
    entry.droppedHighest = byTotal.droppedHighest;
    entry.droppedLowest = byTotal.droppedLowest;

    if (m_trim.level == TrimLevel::Total) {
        entry.score = Fraction(byTotal.keptSum, byTotal.keptCount);
        for (const Criterion& criterion : m_criteria) {
            Hundredths sum = 0;
            for (const QString& panelist : byTotal.kept)
                sum += sheets.value(panelist).value(criterion.id);
            CriterionResult result;
            result.criterion = criterion.id;
            result.mean = Fraction(sum, byTotal.keptCount);
            entry.criteria.append(result);
        }
    } else {
        Fraction sum;
        for (const Criterion& criterion : m_criteria) {
            QList<Trimmer::Value> values;
            for (const Panelist& panelist : m_panel)
                values.append({panelist.id, sheets.value(panelist.id).value(criterion.id)});
            const Trimmer::Result trimmed = Trimmer::trim(values, m_trim.highest, m_trim.lowest);
            CriterionResult result;
            result.criterion = criterion.id;
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
