#include "ScenarioBuilder.h"

#include <QTest>

using namespace tp;
using tp::test::ScenarioBuilder;

class TestRanking : public QObject
{
    Q_OBJECT
private slots:
    void ranking_data();
    void ranking();
    void tallies();
    void voteRequiredKeepsAppliedTallies();
    void publicationWithVoteRequired();
};

namespace {

// "B1:8000 B2:8000,8100,8200": each bidder's panel totals (a single value: every panelist gives it).
ScenarioBuilder scenarioFrom(const QString& scores, const QString& allocation, int maxWinners, const QString& precision,
                             const QString& votes)
{
    QList<QPair<QString, QList<qint64>>> bidders;
    int panelSize = 5;
    for (const QString& item : ScenarioBuilder::ids(scores)) {
        const QStringList parts = item.split(QLatin1Char(':'));
        QList<qint64> totals;
        for (const QString& v : parts[1].split(QLatin1Char(',')))
            totals.append(v.toLongLong());
        panelSize = std::max(panelSize, int(totals.size()));
        bidders.append({parts[0], totals});
    }
    ScenarioBuilder b;
    b.criteria(1).bidders(int(bidders.size())).panel(panelSize);
    for (auto& [id, totals] : bidders) {
        while (totals.size() < panelSize)
            totals.append(totals.first());
        b.totals(id, totals);
    }
    b.winners(maxWinners, ScenarioBuilder::allocation(allocation));
    b.precision(precision == QLatin1String("rounded") ? TiePrecision::Rounded : TiePrecision::Exact);
    b.votes(votes);
    return b;
}

} // namespace

void TestRanking::ranking_data()
{
    QTest::addColumn<QString>("scores");
    QTest::addColumn<QString>("allocation");
    QTest::addColumn<int>("maxWinners");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QString>("votes"); // "TIED>BALLOTS|TIED>BALLOTS", "-" a blank ballot
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("ranking");
    QTest::addColumn<QString>("winners");
    QTest::addColumn<QString>("tie"); // "B1 B2@1-2"
    QTest::addColumn<QString>("problem");

    const QString one = QStringLiteral("1:100");
    const QString upTo3 = QStringLiteral("1:100 2:60,40 3:60,30,10");

    QTest::newRow("distinct scores") << "B1:7000 B2:9000 B3:8000" << one << 1 << "exact"
                                     << ""
                                     << "final"
                                     << "B2:1:100 B3:2:0 B1:3:0"
                                     << "B2"
                                     << ""
                                     << "";
    QTest::newRow("allocation 60/30/10") << "B1:7000 B2:9000 B3:8000 B4:6000" << upTo3 << 3 << "exact"
                                         << ""
                                         << "final"
                                         << "B2:1:60 B3:2:30 B1:3:10 B4:4:0"
                                         << "B2 B3 B1"
                                         << ""
                                         << "";
    QTest::newRow("60/40 when only two qualify") << "B1:7000 B2:9000" << upTo3 << 3 << "exact"
                                                 << ""
                                                 << "final"
                                                 << "B2:1:60 B1:2:40"
                                                 << "B2 B1"
                                                 << ""
                                                 << "";
    QTest::newRow("exact: 81.67 beats 81.666...") << "B1:8000,8200,8150,8150,9000 B2:8167" << one << 1 << "exact"
                                                  << ""
                                                  << "final"
                                                  << "B2:1:100 B1:2:0"
                                                  << "B2"
                                                  << ""
                                                  << "";
    QTest::newRow("rounded: 81.666... ties 81.67") << "B1:8000,8200,8150,8150,9000 B2:8167" << one << 1 << "rounded"
                                                   << ""
                                                   << "vote_required"
                                                   << "B1:1:n B2:1:n"
                                                   << ""
                                                   << "B1 B2@1-2"
                                                   << "";
    QTest::newRow("rounded tie decided") << "B1:8000,8200,8150,8150,9000 B2:8167" << one << 1 << "rounded"
                                         << "B2 B1>B1 B1 B2 B1 -"
                                         << "final"
                                         << "B1:1:100:v B2:2:0:v"
                                         << "B1"
                                         << ""
                                         << "";
    QTest::newRow("tie straddling the winners") << "B1:9000 B2:8000 B3:8000" << upTo3 << 2 << "exact"
                                                << ""
                                                << "vote_required"
                                                << "B1:1:n B2:2:n B3:2:n"
                                                << ""
                                                << "B2 B3@2-3"
                                                << "";
    QTest::newRow("straddling tie voted") << "B1:9000 B2:8000 B3:8000" << upTo3 << 2 << "exact"
                                          << "B2 B3>B3 B3 B2"
                                          << "final"
                                          << "B1:1:60 B3:2:40:v B2:3:0:v"
                                          << "B1 B3"
                                          << ""
                                          << "";
    QTest::newRow("tie inside the winners, equal shares") << "B1:9000 B2:9000 B3:8000"
                                                          << "1:100 2:50,50" << 2 << "exact"
                                                          << ""
                                                          << "final"
                                                          << "B1:1:50 B2:1:50 B3:3:0"
                                                          << "B1 B2"
                                                          << ""
                                                          << "";
    QTest::newRow("tie inside the winners, unequal shares") << "B1:9000 B2:9000 B3:8000" << upTo3 << 2 << "exact"
                                                            << ""
                                                            << "vote_required"
                                                            << "B1:1:n B2:1:n B3:3:n"
                                                            << ""
                                                            << "B1 B2@1-2"
                                                            << "";
    QTest::newRow("tie below the winners") << "B1:9000 B2:8000 B3:8000" << one << 1 << "exact"
                                           << ""
                                           << "final"
                                           << "B1:1:100 B2:2:0 B3:2:0"
                                           << "B1"
                                           << ""
                                           << "";
    QTest::newRow("tie of everybody, one winner") << "B1:8000 B2:8000 B3:8000" << one << 1 << "exact"
                                                  << ""
                                                  << "vote_required"
                                                  << "B1:1:n B2:1:n B3:1:n"
                                                  << ""
                                                  << "B1 B2 B3@1-3"
                                                  << "";
    QTest::newRow("3-way tie over two rounds") << "B1:8000 B2:8000 B3:8000 B4:7000" << upTo3 << 3 << "exact"
                                               << "B1 B2 B3>B1 B1 B2 B3 B3|B1 B3>B3 B3 B1"
                                               << "final"
                                               << "B3:1:60:v B1:2:30:v B2:3:10:v B4:4:0"
                                               << "B3 B1 B2"
                                               << ""
                                               << "";
    QTest::newRow("3-way tie, second round missing") << "B1:8000 B2:8000 B3:8000 B4:7000" << upTo3 << 3 << "exact"
                                                     << "B1 B2 B3>B1 B1 B2 B3 B3"
                                                     << "vote_required"
                                                     << "B1:1:n B2:1:n B3:1:n B4:4:n"
                                                     << ""
                                                     << "B1 B3@1-2"
                                                     << "";
    QTest::newRow("subgroup that no longer matters") << "B1:8000 B2:8000 B3:8000"
                                                     << "1:100 2:60,40 3:50,25,25" << 3 << "exact"
                                                     << "B1 B2 B3>B1 B1 B2 B3"
                                                     << "final"
                                                     << "B1:1:50:v B2:2:25:v B3:2:25:v"
                                                     << "B1 B2 B3"
                                                     << ""
                                                     << "";
    QTest::newRow("subgroup straddling after a vote") << "B1:9000 B2:8000 B3:8000 B4:8000"
                                                      << "1:100 2:60,40 3:50,25,25" << 3 << "exact"
                                                      << "B2 B3 B4>B3 B3 B2 B4"
                                                      << "vote_required"
                                                      << "B1:1:n B2:2:n B3:2:n B4:2:n"
                                                      << ""
                                                      << "B2 B4@3-4"
                                                      << "";
    QTest::newRow("blank ballots") << "B1:8000 B2:8000" << one << 1 << "exact"
                                   << "B1 B2>B1 - - B2 B1"
                                   << "final"
                                   << "B1:1:100:v B2:2:0:v"
                                   << "B1"
                                   << ""
                                   << "";
    QTest::newRow("all blank: vote again") << "B1:8000 B2:8000" << one << 1 << "exact"
                                           << "B1 B2>- - -"
                                           << "vote_required"
                                           << "B1:1:n B2:1:n"
                                           << ""
                                           << "B1 B2@1-2"
                                           << "";
    QTest::newRow("all blank, then decided") << "B1:8000 B2:8000" << one << 1 << "exact"
                                             << "B1 B2>- - -|B2 B1>B2"
                                             << "final"
                                             << "B2:1:100:v B1:2:0:v"
                                             << "B2"
                                             << ""
                                             << "";
    QTest::newRow("equal ballots: vote again") << "B1:8000 B2:8000" << one << 1 << "exact"
                                               << "B1 B2>B1 B2 -"
                                               << "vote_required"
                                               << "B1:1:n B2:1:n"
                                               << ""
                                               << "B1 B2@1-2"
                                               << "";
    QTest::newRow("wrong vote group")
        << "B1:8000 B2:8000 B3:7000" << one << 1 << "exact"
        << "B1 B3>B1"
        << ""
        << ""
        << ""
        << ""
        << "votes[0].tied: this round must settle the tie of B1, B2 at positions 1 to 2, not a tie of B1, B3";
    QTest::newRow("wrong group in the second round")
        << "B1:8000 B2:8000 B3:8000 B4:7000" << upTo3 << 3 << "exact"
        << "B1 B2 B3>B1 B1 B2 B3 B3|B1 B2>B1"
        << ""
        << ""
        << ""
        << ""
        << "votes[1].tied: this round must settle the tie of B1, B3 at positions 1 to 2, not a tie of B1, B2";
    QTest::newRow("a bidder named twice in tied") << "B1:8000 B2:8000" << one << 1 << "exact"
                                                  << "B1 B2 B2>B1"
                                                  << ""
                                                  << ""
                                                  << ""
                                                  << ""
                                                  << "votes[0].tied: this round must settle the tie of B1, B2 at "
                                                     "positions 1 to 2, not a tie of B1, B2, B2";
    QTest::newRow("vote without a tie") << "B1:8000 B2:7000" << one << 1 << "exact"
                                        << "B1 B2>B1"
                                        << ""
                                        << ""
                                        << ""
                                        << ""
                                        << "votes[0]: there is no tie left for this round to settle";
    QTest::newRow("leftover vote") << "B1:8000 B2:8000" << one << 1 << "exact"
                                   << "B1 B2>B1|B1 B2>B2"
                                   << ""
                                   << ""
                                   << ""
                                   << ""
                                   << "votes[1]: there is no tie left for this round to settle";
    QTest::newRow("vote for a tie that does not matter") << "B1:9000 B2:8000 B3:8000" << one << 1 << "exact"
                                                         << "B2 B3>B2"
                                                         << ""
                                                         << ""
                                                         << ""
                                                         << ""
                                                         << "votes[0]: there is no tie left for this round to settle";
    QTest::newRow("ballot outside the tie") << "B1:8000 B2:8000 B3:7000" << one << 1 << "exact"
                                            << "B1 B2>B1 B3"
                                            << ""
                                            << ""
                                            << ""
                                            << ""
                                            << "votes[0].ballots[1]: B3 is not one of the tied bidders B1, B2";
    QTest::newRow("more ballots than panel members") << "B1:8000 B2:8000" << one << 1 << "exact"
                                                     << "B1 B2>B1 B1 B2 B2 B1 B2"
                                                     << ""
                                                     << ""
                                                     << ""
                                                     << ""
                                                     << "votes[0].ballots: 6 ballots but the panel has only 5 members";
}

void TestRanking::ranking()
{
    QFETCH(QString, scores);
    QFETCH(QString, allocation);
    QFETCH(int, maxWinners);
    QFETCH(QString, precision);
    QFETCH(QString, votes);
    QFETCH(QString, status);
    QFETCH(QString, ranking);
    QFETCH(QString, winners);
    QFETCH(QString, tie);
    QFETCH(QString, problem);

    const Evaluator::Outcome outcome = scenarioFrom(scores, allocation, maxWinners, precision, votes).evaluate();
    QCOMPARE(ScenarioBuilder::problemOf(outcome), problem);
    if (!problem.isEmpty())
        return;
    const Evaluation& e = *outcome.evaluation;
    QCOMPARE(statusName(e.status), status);
    QCOMPARE(ScenarioBuilder::ranking(e), ranking);
    QCOMPARE(e.winners, ScenarioBuilder::ids(winners));
    QCOMPARE(ScenarioBuilder::tieText(e), tie);
}

void TestRanking::tallies()
{
    const Evaluation e =
        scenarioFrom(QStringLiteral("B1:8000 B2:8000 B3:8000 B4:7000"), QStringLiteral("1:100 2:60,40 3:60,30,10"), 3,
                     QStringLiteral("exact"), QStringLiteral("B3 B2 B1>B1 B1 B3 B3 -|B1 B3>B3 - B1 B3"))
            .evaluated();
    QCOMPARE(e.ranking.size(), 4);
    QCOMPARE(e.tallies.size(), 2);
    QCOMPARE(e.tallies[0].tied, ScenarioBuilder::ids(QStringLiteral("B1 B2 B3")));
    const QList<QPair<QString, int>> first{
        {QStringLiteral("B1"), 2}, {QStringLiteral("B2"), 0}, {QStringLiteral("B3"), 2}};
    QCOMPARE(e.tallies[0].counts, first);
    QCOMPARE(e.tallies[0].blank, 1);
    const QList<QPair<QString, int>> second{{QStringLiteral("B1"), 1}, {QStringLiteral("B3"), 2}};
    QCOMPARE(e.tallies[1].counts, second);
    QCOMPARE(e.tallies[1].blank, 1);
    QCOMPARE(e.ranking[0].bidder, QStringLiteral("B3"));
    QCOMPARE(e.ranking[0].ballots, (QList<int>{2, 2}));
    QCOMPARE(e.ranking[1].ballots, (QList<int>{2, 1}));
    QCOMPARE(e.ranking[2].ballots, QList<int>{0});
    QVERIFY(e.ranking[2].decidedByVote);
    QVERIFY(e.ranking[3].ballots.isEmpty());
    QVERIFY(!e.ranking[3].decidedByVote);
}

void TestRanking::voteRequiredKeepsAppliedTallies()
{
    const Evaluation e = scenarioFrom(QStringLiteral("B1:8000 B2:8000"), QStringLiteral("1:100"), 1,
                                      QStringLiteral("exact"), QStringLiteral("B1 B2>- -"))
                             .evaluated();
    QCOMPARE(e.status, EvaluationStatus::VoteRequired);
    QCOMPARE(e.tallies.size(), 1);
    QCOMPARE(e.tallies[0].blank, 2);
    for (const RankEntry& r : e.ranking) {
        QVERIFY(!r.decidedByVote);
        QVERIFY(r.ballots.isEmpty());
        QVERIFY(!r.share.has_value());
    }
}

void TestRanking::publicationWithVoteRequired()
{
    ScenarioBuilder b =
        scenarioFrom(QStringLiteral("B1:8000 B2:8000"), QStringLiteral("1:100"), 1, QStringLiteral("exact"), QString());
    b.publication(QDate(2024, 9, 27), 7);
    const Evaluation e = b.evaluated();
    QCOMPARE(e.status, EvaluationStatus::VoteRequired);
    QVERIFY(e.publication.has_value());
    QCOMPARE(e.publication->end, QDate(2024, 10, 12));
}

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_ranking.moc"
