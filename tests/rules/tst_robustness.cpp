#include "ScenarioBuilder.h"

#include "rules/Evaluator.h"
#include "rules/Robustness.h"
#include "rules/WorkingDayCalendar.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tp;
using tp::test::ScenarioBuilder;

// The integrity analysis: margin, the result without each member, each member's figures. The rows'
// answers are worked out by hand from the scores (see the comment of each row); a property test
// checks the result without a member against evaluating the scenario with that member removed.
class TestRobustness : public QObject
{
    Q_OBJECT
private slots:
    void analysis_data();
    void analysis();
    void notRanked_data();
    void notRanked();
    void leaveOneOutIsEvaluateWithoutTheMember();
};

namespace {

// "B1: 90 88 86 84 70; B2: ..." -> each panelist's total in points, all of it on C1.
void addTotals(ScenarioBuilder& b, const QString& rows)
{
    for (const QString& row : rows.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString bidder = row.section(QLatin1Char(':'), 0, 0).trimmed();
        QList<Hundredths> totals;
        for (const QString& v : row.section(QLatin1Char(':'), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            totals.append(Hundredths(v.toInt()) * 100);
        b.totals(bidder, totals);
    }
}

QString idList(const QStringList& ids)
{
    return ids.join(QLatin1Char(','));
}

// "B1>B2 6.00", or "none".
QString marginText(const Robustness& r)
{
    if (!r.margin)
        return QStringLiteral("none");
    return QStringLiteral("%1>%2 %3")
        .arg(r.margin->lastWinner, r.margin->firstOther, Decimal::format(r.margin->difference.roundedHundredths()));
}

// "P1:B1/B1,B2,B3; P2:tie B1,B2/B1,B2*; P3:small*": winners/ranking, "*" when changed.
QString leaveText(const Robustness& r)
{
    QStringList parts;
    for (const LeaveOneOut& l : r.leaveOneOut) {
        QString s = l.panelist + QLatin1Char(':');
        if (l.tooSmall)
            s += QStringLiteral("small");
        else if (l.winners)
            s += idList(*l.winners) + QLatin1Char('/') + idList(l.ranking);
        else
            s += QStringLiteral("tie ") + idList(l.tie) + QLatin1Char('/') + idList(l.ranking);
        if (l.changed)
            s += QLatin1Char('*');
        parts << s;
    }
    return parts.join(QStringLiteral("; "));
}

// "P1 h1 l1 2.67 3/0; ...": dropped highest, lowest, mean deviation, concordant/discordant.
QString panelistText(const Robustness& r)
{
    QStringList parts;
    for (const PanelistFigures& f : r.panelists)
        parts << QStringLiteral("%1 h%2 l%3 %4 %5/%6")
                     .arg(f.panelist)
                     .arg(f.droppedHighest)
                     .arg(f.droppedLowest)
                     .arg(Decimal::format(f.meanDeviation.roundedHundredths()))
                     .arg(f.concordant)
                     .arg(f.discordant);
    return parts.join(QStringLiteral("; "));
}

Robustness analyse(const ScenarioBuilder& b)
{
    const Evaluator evaluator(WorkingDayCalendar::standard());
    const Evaluator::Outcome outcome = evaluator.evaluate(b.build());
    if (!outcome.ok()) {
        qWarning() << ScenarioBuilder::problemOf(outcome);
        return {};
    }
    return RobustnessAnalysis::analyse(b.build(), *outcome.evaluation, evaluator);
}

} // namespace

void TestRobustness::analysis_data()
{
    QTest::addColumn<int>("panel");
    QTest::addColumn<int>("highest");
    QTest::addColumn<int>("lowest");
    QTest::addColumn<int>("maxWinners");
    QTest::addColumn<QString>("allocation");
    QTest::addColumn<QString>("totals"); // level total; empty for the criterion-level row
    QTest::addColumn<QString>("votes");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("winners");
    QTest::addColumn<QString>("margin");
    QTest::addColumn<QString>("leave");
    QTest::addColumn<QString>("panelists");

    // Scores 86 (drop P1 90, P5 70), 80 (drop P3 84, P5 60), 74 (drop P5 95, P1 70). Without any one
    // member B1 stays ahead (85/79/75 ... 87/81/73). P5 scores B3 far above the others: deviation
    // (16 + 20 + 21) / 3 = 19.00 and two of three pairs the other way round.
    QTest::newRow("trim 1 and 1, no member decides")
        << 5 << 1 << 1 << 1 << "1:100"
        << "B1: 90 88 86 84 70; B2: 80 82 84 78 60; B3: 70 72 74 76 95"
        << ""
        << "final"
        << "B1"
        << "B1>B2 6.00"
        << "P1:B1/B1,B2,B3; P2:B1/B1,B2,B3; P3:B1/B1,B2,B3; P4:B1/B1,B2,B3; P5:B1/B1,B2,B3"
        << "P1 h1 l1 2.67 3/0; P2 h0 l0 2.00 3/0; P3 h1 l0 1.33 3/0; P4 h0 l0 2.00 3/0; P5 h1 l2 19.00 1/2";

    // Trim 0: means 80 and 233/3. Without P1 B1 has 75 and B2 86.50: P1 alone carries B1.
    // Deviations: P1 (10 + 53/3) / 2 = 13.83, P2 (0 + 22/3) / 2 = 3.67, P3 (10 + 31/3) / 2 = 10.17.
    QTest::newRow("trim 0, one member's absence flips the winner")
        << 3 << 0 << 0 << 1 << "1:100"
        << "B1: 90 80 70; B2: 60 85 88"
        << ""
        << "final"
        << "B1"
        << "B1>B2 2.33"
        << "P1:B2/B2,B1*; P2:B1/B1,B2; P3:B1/B1,B2"
        << "P1 h0 l0 13.83 1/0; P2 h0 l0 3.67 0/1; P3 h0 l0 10.17 0/1";

    // Three members and trims 1 and 1: two members cannot be trimmed.
    QTest::newRow("panel too small without a member") << 3 << 1 << 1 << 1 << "1:100"
                                                      << "B1: 80 90 85; B2: 70 75 72"
                                                      << ""
                                                      << "final"
                                                      << "B1"
                                                      << "B1>B2 13.00"
                                                      << "P1:small*; P2:small*; P3:small*"
                                                      << "P1 h0 l2 3.50 1/0; P2 h2 l0 4.00 1/0; P3 h0 l0 0.00 1/0";

    // Means 81 and 79; without P4 both have 80: a tie for the one place, which the panel would vote on.
    // P1 to P3 give both bidders the same total: their pair counts neither way.
    QTest::newRow("a tie that matters without a member")
        << 4 << 0 << 0 << 1 << "1:100"
        << "B1: 80 80 80 84; B2: 80 80 80 76"
        << ""
        << "final"
        << "B1"
        << "B1>B2 2.00"
        << "P1:B1/B1,B2; P2:B1/B1,B2; P3:B1/B1,B2; P4:tie B1,B2/B1,B2*"
        << "P1 h0 l0 1.00 0/0; P2 h0 l0 1.00 0/0; P3 h0 l0 1.00 0/0; P4 h0 l0 3.00 1/0";

    // Six members, trims 2 and 2: scores 77.50, 75, 69; two winners at 60/40, so the margin is B2 over
    // B3. With five members only the median counts: without P1 or P2, B2 (80) passes B1 (75), the same
    // winners in another order; without P4 or P5, B2 and B3 tie at 70 for the second place; without P6,
    // B1 and B2 tie at 80 for places with different shares.
    QTest::newRow("trims of 2, two winners")
        << 6 << 2 << 2 << 2 << "1:100 2:60,40"
        << "B1: 90 85 80 75 70 65; B2: 60 70 80 90 100 50; B3: 74 72 70 68 66 64"
        << ""
        << "final"
        << "B1,B2"
        << "B2>B3 6.00"
        << "P1:B2,B1/B2,B1,B3*; P2:B2,B1/B2,B1,B3*; P3:B1,B2/B1,B2,B3; P4:tie B2,B3/B1,B2,B3*; "
           "P5:tie B2,B3/B1,B2,B3*; P6:tie B1,B2/B1,B2,B3*"
        << "P1 h2 l1 10.83 2/1; P2 h2 l0 5.17 2/1; P3 h0 l0 2.83 2/0; P4 h1 l0 6.17 2/1; P5 h1 l2 11.83 2/1; "
           "P6 h0 l3 14.17 2/1";

    // Both qualified bidders win: no margin; no member changes the winners.
    QTest::newRow("every bidder wins") << 3 << 0 << 0 << 2 << "1:100 2:60,40"
                                       << "B1: 80 80 80; B2: 70 70 70"
                                       << ""
                                       << "final"
                                       << "B1,B2"
                                       << "none"
                                       << "P1:B1,B2/B1,B2; P2:B1,B2/B1,B2; P3:B1,B2/B1,B2"
                                       << "P1 h0 l0 0.00 1/0; P2 h0 l0 0.00 1/0; P3 h0 l0 0.00 1/0";

    // Equal means of 80: the panel must vote. No winners yet, so every row counts as changed; the
    // margin is that of the places as they stand before the vote (bidder order): 0.00.
    QTest::newRow("vote required") << 3 << 0 << 0 << 1 << "1:100"
                                   << "B1: 90 80 70; B2: 70 80 90"
                                   << ""
                                   << "vote_required"
                                   << ""
                                   << "B1>B2 0.00"
                                   << "P1:B2/B2,B1*; P2:tie B1,B2/B1,B2*; P3:B1/B1,B2*"
                                   << "P1 h0 l0 10.00 0/0; P2 h0 l0 0.00 0/0; P3 h0 l0 10.00 0/0";

    // The same tie decided by the vote: votes count neither in the margin nor without a member.
    QTest::newRow("decided by vote") << 3 << 0 << 0 << 1 << "1:100"
                                     << "B1: 90 80 70; B2: 70 80 90"
                                     << "B1 B2>B1 B1 B2"
                                     << "final"
                                     << "B1"
                                     << "B1>B2 0.00"
                                     << "P1:B2/B2,B1*; P2:tie B1,B2/B1,B2*; P3:B1/B1,B2"
                                     << "P1 h0 l0 10.00 0/0; P2 h0 l0 0.00 0/0; P3 h0 l0 10.00 0/0";
}

void TestRobustness::analysis()
{
    QFETCH(int, panel);
    QFETCH(int, highest);
    QFETCH(int, lowest);
    QFETCH(int, maxWinners);
    QFETCH(QString, allocation);
    QFETCH(QString, totals);
    QFETCH(QString, votes);

    ScenarioBuilder b;
    b.criteria(1).bidders(3).panel(panel).minBidders(1).trim(highest, lowest);
    b.winners(maxWinners, ScenarioBuilder::allocation(allocation));
    b.scenario().bidders = b.scenario().bidders.mid(0, totals.count(QLatin1Char(';')) + 1);
    addTotals(b, totals);
    if (!votes.isEmpty())
        b.votes(votes);

    const Robustness r = analyse(b);
    QVERIFY(r.analysed);
    QTEST(statusName(r.status), "status");
    QTEST(idList(r.winners), "winners");
    QTEST(marginText(r), "margin");
    QTEST(leaveText(r), "leave");
    QTEST(panelistText(r), "panelists");
}

void TestRobustness::notRanked_data()
{
    QTest::addColumn<bool>("scored");
    QTest::addColumn<int>("minBidders");
    QTest::addColumn<QString>("status");
    QTest::newRow("scoring") << false << 1 << "scoring";
    QTest::newRow("failed") << true << 3 << "failed";
}

void TestRobustness::notRanked()
{
    QFETCH(bool, scored);
    QFETCH(int, minBidders);
    ScenarioBuilder b;
    b.criteria(1).bidders(2).panel(3).minBidders(minBidders).trim(0, 0).winners(1, {{1, {100}}});
    if (scored)
        addTotals(b, QStringLiteral("B1: 80 80 80; B2: 70 70 70"));
    const Robustness r = analyse(b);
    QTEST(statusName(r.status), "status");
    QVERIFY(!r.analysed);
    QVERIFY(!r.margin);
    QVERIFY(r.leaveOneOut.isEmpty());
    QVERIFY(r.panelists.isEmpty());
}

// Random scenarios (both levels, trims 0 to 2, several winners, ties from a coarse score scale, votes
// applied): each member's row agrees with evaluating the scenario rebuilt without that member.
void TestRobustness::leaveOneOutIsEvaluateWithoutTheMember()
{
    QRandomGenerator rng(20261204);
    const Evaluator evaluator(WorkingDayCalendar::standard());
    int compared = 0;
    int changed = 0;
    for (int round = 0; round < 300; ++round) {
        const int highest = rng.bounded(3);
        const int lowest = rng.bounded(3);
        const int panel = highest + lowest + 1 + rng.bounded(4);
        const int bidders = 2 + rng.bounded(5);
        const int criteria = 1 + rng.bounded(3);
        const int maxWinners = 1 + rng.bounded(3);
        ScenarioBuilder b;
        b.criteria(criteria, 2000).bidders(bidders).panel(panel).minBidders(1);
        b.trim(highest, lowest, rng.bounded(2) ? TrimLevel::Criterion : TrimLevel::Total);
        b.winners(maxWinners, ScenarioBuilder::allocation(QStringLiteral("1:100 2:60,40 3:60,30,10")));
        for (int i = 1; i <= bidders; ++i) {
            QList<QList<Hundredths>> rows;
            for (int p = 0; p < panel; ++p) {
                QList<Hundredths> row;
                for (int c = 0; c < criteria; ++c)
                    row.append(Hundredths(rng.bounded(5)) * 500); // 0, 5, 10, 15, 20 points: many ties
                rows.append(row);
            }
            b.sheet(QStringLiteral("B%1").arg(i), rows);
        }
        Evaluator::Outcome outcome = evaluator.evaluate(b.build());
        QVERIFY2(outcome.ok(), qPrintable(ScenarioBuilder::problemOf(outcome)));
        // Resolve any tie with votes for the lowest id, so that votes are in the scenario too.
        for (int guard = 0; guard < 10 && outcome.evaluation->status == EvaluationStatus::VoteRequired; ++guard) {
            const QStringList tied = outcome.evaluation->tie->bidders;
            QList<std::optional<QString>> ballots;
            for (int p = 0; p < panel; ++p)
                ballots.append(tied.first());
            b.scenario().votes.append({tied, ballots});
            outcome = evaluator.evaluate(b.build());
            QVERIFY2(outcome.ok(), qPrintable(ScenarioBuilder::problemOf(outcome)));
        }
        const Evaluation& ev = *outcome.evaluation;
        const Robustness r = RobustnessAnalysis::analyse(b.build(), ev, evaluator);
        QCOMPARE(r.leaveOneOut.size(), qsizetype(panel));
        for (int p = 0; p < panel; ++p) {
            const LeaveOneOut& row = r.leaveOneOut.at(p);
            const QString member = QStringLiteral("P%1").arg(p + 1);
            QCOMPARE(row.panelist, member);
            if (panel - 1 < highest + lowest + 1) {
                QVERIFY(row.tooSmall);
                QVERIFY(!row.winners);
                QVERIFY(row.changed);
                continue;
            }
            // The scenario without the member, built again from the builder's scenario.
            Scenario smaller = b.build();
            smaller.votes.clear();
            smaller.panel.removeAt(p);
            QList<ScoreEntry> kept;
            for (const ScoreEntry& s : *smaller.scores)
                if (s.panelist != member)
                    kept.append(s);
            smaller.scores = kept;
            const Evaluator::Outcome again = evaluator.evaluate(smaller);
            QVERIFY2(again.ok(), qPrintable(ScenarioBuilder::problemOf(again)));
            QStringList ranking;
            for (const RankEntry& e : again.evaluation->ranking)
                ranking << e.bidder;
            QCOMPARE(row.ranking, ranking);
            QVERIFY(!row.tooSmall);
            if (again.evaluation->status == EvaluationStatus::Final) {
                QVERIFY(row.winners);
                QCOMPARE(*row.winners, again.evaluation->winners);
                QCOMPARE(row.changed, again.evaluation->winners != ev.winners);
                QVERIFY(row.tie.isEmpty());
            } else {
                QCOMPARE(statusName(again.evaluation->status), QStringLiteral("vote_required"));
                QVERIFY(!row.winners);
                QCOMPARE(row.tie, again.evaluation->tie->bidders);
                QVERIFY(row.changed);
            }
            ++compared;
            changed += row.changed ? 1 : 0;
        }
    }
    // The random cases reach both outcomes.
    QVERIFY(compared > 500);
    QVERIFY(changed > 0 && changed < compared);
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
