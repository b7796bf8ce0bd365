#include "VoteTallyText.h"

#include <algorithm>

namespace tp::ui {

QList<QPair<QString, int>> VoteTallyText::ordered(const tp::VoteTally& tally, const QStringList& rankOrder)
{
    QList<QPair<QString, int>> counts = tally.counts;
    const auto place = [&rankOrder](const QString& bidder) {
        const qsizetype index = rankOrder.indexOf(bidder);
        return index < 0 ? rankOrder.size() : index;
    };
    std::stable_sort(counts.begin(), counts.end(),
                     [&place](const auto& a, const auto& b) { return place(a.first) < place(b.first); });
    return counts;
}

QString VoteTallyText::ratio(const tp::VoteTally& tally, const QStringList& rankOrder)
{
    QStringList figures;
    for (const auto& count : ordered(tally, rankOrder))
        figures.append(QString::number(count.second));
    return figures.join(QLatin1Char(':'));
}

QString VoteTallyText::round(int round, const tp::VoteTally& tally, const QStringList& rankOrder)
{
    return tr("Round %1 %2").arg(round).arg(ratio(tally, rankOrder));
}

QString VoteTallyText::bidderRound(int round, const tp::VoteTally& tally, const QStringList& rankOrder,
                                   const QString& bidder)
{
    int ballots = 0;
    for (const auto& count : tally.counts) {
        if (count.first == bidder)
            ballots = count.second;
    }
    return tr("Round %1: %2 ballots (%3)").arg(round).arg(ballots).arg(ratio(tally, rankOrder));
}

QString VoteTallyText::details(int round, const tp::VoteTally& tally, const QStringList& rankOrder,
                               const NameOf& nameOf)
{
    QStringList parts;
    for (const auto& count : ordered(tally, rankOrder))
        parts.append(tr("%1 %2 ballots").arg(nameOf(count.first)).arg(count.second));
    parts.append(tr("blank ballots %1").arg(tally.blank));
    return tr("%1: %2").arg(VoteTallyText::round(round, tally, rankOrder), parts.join(tr(", ")));
}

QStringList VoteTallyText::rankOrder(const tp::Evaluation& evaluation)
{
    QStringList order;
    for (const tp::RankEntry& entry : evaluation.ranking)
        order.append(entry.bidder);
    return order;
}

} // namespace tp::ui
