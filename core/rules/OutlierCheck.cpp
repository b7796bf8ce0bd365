#include "OutlierCheck.h"

#include "model/Int128.h"

#include <QHash>

namespace tp {

namespace {

QString cellKey(const QString& panelist, const QString& bidder, const QString& criterion)
{
    return panelist + QChar(0x1f) + bidder + QChar(0x1f) + criterion;
}

} // namespace

QList<OutlierFlag> OutlierCheck::check(const QList<Criterion>& criteria, const QStringList& bidders,
                                       const QStringList& panelists, const ScoreList& scores, int thresholdPercent)
{
    QHash<QString, Hundredths> byCell;
    for (const ScoreEntry& entry : scores)
        byCell.insert(cellKey(entry.panelist, entry.bidder, entry.criterion), entry.score);

    QList<OutlierFlag> flags;
    for (const Criterion& criterion : criteria) {
        for (const QString& bidder : bidders) {
            QList<QPair<QString, Hundredths>> given;
            for (const QString& panelist : panelists) {
                const auto it = byCell.constFind(cellKey(panelist, bidder, criterion.id));
                if (it != byCell.constEnd())
                    given.append({panelist, it.value()});
            }
            if (given.size() < 3)
                continue;
            Int128 total = 0;
            for (const auto& g : std::as_const(given))
                total += g.second;
            for (const auto& g : std::as_const(given)) {
                const Int128 others = qint64(given.size() - 1);
                const Int128 othersSum = total - g.second;
                // |score - othersSum/others| > threshold% * max  <=>  |others*score - othersSum| * 100 > t * max *
                // others
                Int128 difference = others * g.second - othersSum;
                const bool high = difference > 0;
                if (difference < 0)
                    difference = -difference;
                if (difference * 100 > Int128(thresholdPercent) * criterion.max * others) {
                    flags.append(OutlierFlag{g.first, bidder, criterion.id, g.second,
                                             Fraction(qint64(othersSum), qint64(others)), high});
                }
            }
        }
    }
    return flags;
}

} // namespace tp
