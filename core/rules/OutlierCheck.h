#pragma once

#include "model/Decimal.h"
#include "model/Fraction.h"
#include "model/Scenario.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tp {

// A score far from what the other panel members gave the same bidder on the same criterion.
struct OutlierFlag
{
    QString panelist;
    QString bidder;
    QString criterion;
    Hundredths score = 0;
    Fraction othersMean; // mean of the other members' scores, in hundredths
    bool high = false;   // above the others (true) or below them (false)
};

// Flags abnormally high or low scores for the panel to confirm or correct. A score is flagged when
// it differs from the mean of the other members' scores on the same criterion and bidder by more
// than thresholdPercent of the criterion maximum. Needs at least two other scores to compare with.
// Exact integer arithmetic throughout.
class OutlierCheck
{
public:
    static constexpr int kDefaultThresholdPercent = 30;

    // Flags in criteria order, then bidder order, then panel order.
    static QList<OutlierFlag> check(const QList<Criterion>& criteria, const QStringList& bidders,
                                    const QStringList& panelists, const ScoreList& scores,
                                    int thresholdPercent = kDefaultThresholdPercent);
};

} // namespace tp
