#include "VoteResolver.h"

#include <QCoreApplication>

#include <algorithm>

namespace tp {

namespace {

QStringList sortedCopy(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QString listed(const QStringList& ids)
{
    return ids.join(QStringLiteral(", "));
}

// Checks one round against the tie it must settle; returns the problems found.
Problems checkRound(const VoteRound& round, int roundIndex, const Standings::Block& block, int panelSize)
{
    Problems problems;
    const QString where = QStringLiteral("votes[%1]").arg(roundIndex);
    const QStringList expected = block.bidders;
    if (sortedCopy(round.tied) != expected) {
        problems.append(
            {where + QStringLiteral(".tied"),
             QCoreApplication::translate("Evaluator", "this round must settle the tie of %1 at positions %2 to %3, "
                                                      "not a tie of %4")
                 .arg(listed(expected))
                 .arg(block.first)
                 .arg(block.last())
                 .arg(round.tied.isEmpty() ? QStringLiteral("-") : listed(round.tied))});
        return problems;
    }
    if (round.ballots.size() > panelSize)
        problems.append({where + QStringLiteral(".ballots"),
                         QCoreApplication::translate("Evaluator", "%1 ballots but the panel has only %2 members")
                             .arg(round.ballots.size())
                             .arg(panelSize)});
    for (int j = 0; j < round.ballots.size(); ++j) {
        const std::optional<QString>& ballot = round.ballots[j];
        if (ballot && !expected.contains(*ballot))
            problems.append({where + QStringLiteral(".ballots[%1]").arg(j),
                             QCoreApplication::translate("Evaluator", "%1 is not one of the tied bidders %2")
                                 .arg(*ballot, listed(expected))});
    }
    return problems;
}

} // namespace

VoteResolver::Result VoteResolver::resolve(const Standings& initial, const QList<VoteRound>& votes, int panelSize,
                                           int winners, const QList<int>& shares)
{
    Result result;
    result.standings = initial;
    int next = 0;
    for (;;) {
        const int index = result.standings.firstMattering(winners, shares);
        if (index < 0)
            break;
        const Standings::Block block = result.standings.blocks()[index];
        if (next >= votes.size()) {
            result.tie = TieOutcome{block.bidders, block.first, block.last()};
            return result;
        }
        const VoteRound& round = votes[next];
        result.problems = checkRound(round, next, block, panelSize);
        if (!result.problems.isEmpty())
            return result;

        QHash<QString, int> counts;
        VoteTally tally;
        tally.tied = block.bidders;
        for (const std::optional<QString>& ballot : round.ballots) {
            if (ballot)
                ++counts[*ballot];
            else
                ++tally.blank;
        }
        for (const QString& bidder : block.bidders) {
            tally.counts.append({bidder, counts.value(bidder)});
            result.ballots[bidder].append(counts.value(bidder));
            result.decidedByVote.insert(bidder);
        }
        result.tallies.append(tally);
        result.standings.split(index, counts);
        ++next;
    }
    for (int i = next; i < votes.size(); ++i)
        result.problems.append(
            {QStringLiteral("votes[%1]").arg(i),
             QCoreApplication::translate("Evaluator", "there is no tie left for this round to settle")});
    return result;
}

} // namespace tp
