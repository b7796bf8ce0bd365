#pragma once

#include "Evaluation.h"
#include "model/Scenario.h"

#include <QList>

namespace tp {

// docs/scenario-format.md, rule 4: one bidder's exact score from the panel's sheets.
class ScoreCalculator
{
public:
    ScoreCalculator(const QList<Panelist>& panel, const QList<Criterion>& criteria, const TrimRule& trim);

    // Fills bidder, score, published, droppedHighest/Lowest (the panelists whose totals are dropped
    // at level total; shown for display at level criterion), totals and criteria. Requires a panel
    // larger than trim.highest + trim.lowest.
    // `sheets`: the bidder's scores, row p the sheet of panel member p (panel order), column c the score
    // on criterion c (criteria order): value [p * criteria + c], every one of them present.
    RankEntry score(const QString& bidder, const Hundredths* sheets) const;

private:
    const QList<Panelist>& m_panel;
    const QList<Criterion>& m_criteria;
    TrimRule m_trim;
};

} // namespace tp
