#pragma once

#include "rules/Evaluation.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace tp::ui {

// How the panel reads the tally of a closed vote round: "Round 1 4:3". The figures are the rules
// engine's (tp::VoteTally, counted by the store when the round closed); the bidders are listed in the
// order the evaluation ranks them, so that the figure of the bidder the vote placed first comes first.
class VoteTallyText
{
    Q_DECLARE_TR_FUNCTIONS(VoteTallyText)
public:
    using NameOf = std::function<QString(const QString&)>;

    // The tally's bidders with their ballots, in the order of `rankOrder` (bidder ids as the
    // evaluation ranks them); a bidder not in it keeps the tally's own order, after the others.
    static QList<QPair<QString, int>> ordered(const tp::VoteTally& tally, const QStringList& rankOrder);
    // The ballots side by side: "4:3".
    static QString ratio(const tp::VoteTally& tally, const QStringList& rankOrder);
    // "Round 1 4:3".
    static QString round(int round, const tp::VoteTally& tally, const QStringList& rankOrder);
    // One bidder's line in round `round`: "Round 1: 4 ballots (4:3)".
    static QString bidderRound(int round, const tp::VoteTally& tally, const QStringList& rankOrder,
                               const QString& bidder);
    // The whole round, with the bidders' names and the blank ballots:
    // "Round 1 4:3: A 4 ballots, B 3 ballots, blank ballots 0".
    static QString details(int round, const tp::VoteTally& tally, const QStringList& rankOrder, const NameOf& nameOf);
    // The bidder ids of an evaluation's ranking, in its order.
    static QStringList rankOrder(const tp::Evaluation& evaluation);
};

} // namespace tp::ui
