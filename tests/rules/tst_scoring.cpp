#include "ScenarioBuilder.h"

#include <QTest>

using namespace tp;
using tp::test::ScenarioBuilder;

class TestScoring : public QObject
{
    Q_OBJECT
private slots:
    void trimTotals_data();
    void trimTotals();
    void criterionLevel();
    void totalLevelCriterionMeans();
    void problems_data();
    void problems();
    void excludedBidderScoresNotRequired();
    void aRepeatedCodeSharesTheFirstScores();
};

void TestScoring::trimTotals_data()
{
    QTest::addColumn<QList<qint64>>("totals"); // P1.. in hundredths
    QTest::addColumn<int>("highest");
    QTest::addColumn<int>("lowest");
    QTest::addColumn<QStringList>("droppedHighest");
    QTest::addColumn<QStringList>("droppedLowest");
    QTest::addColumn<QString>("exact"); // Fraction::exactText, hundredths
    QTest::addColumn<QString>("published");

    auto ids = [](const char* spaced) { return ScenarioBuilder::ids(QString::fromLatin1(spaced)); };
    QTest::newRow("cixi B1") << QList<qint64>{8300, 8500, 8650, 8700, 8400, 8650, 8650} << 1 << 1 << ids("P4")
                             << ids("P1") << "8570"
                             << "85.70";
    QTest::newRow("trim 2/2 on 9") << QList<qint64>{9000, 8000, 9000, 7000, 8500, 7000, 7500, 9500, 6000} << 2 << 2
                                   << ids("P8 P1") << ids("P9 P4") << "8000"
                                   << "80.00";
    QTest::newRow("trim 2/2 on 9, ties at both ends")
        << QList<qint64>{9000, 9000, 9000, 6000, 8000, 6000, 6000, 7000, 8500} << 2 << 2 << ids("P1 P2") << ids("P4 P6")
        << "7700"
        << "77.00";
    QTest::newRow("all equal") << QList<qint64>{8000, 8000, 8000, 8000, 8000} << 1 << 1 << ids("P1") << ids("P2")
                               << "8000"
                               << "80.00";
    QTest::newRow("equal highest, smallest id")
        << QList<qint64>{8000, 9000, 9000, 7000, 8500} << 1 << 1 << ids("P2") << ids("P4") << "8500"
        << "85.00";
    QTest::newRow("equal lowest, smallest id")
        << QList<qint64>{8000, 9000, 7000, 8500, 7000} << 1 << 1 << ids("P2") << ids("P3") << "23500/3"
        << "78.33";
    QTest::newRow("P10 sorts before P9") << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9900, 9900} << 1 << 1 << ids("P10")
                                         << ids("P1") << "9935/8"
                                         << "12.42";
    QTest::newRow("no trim") << QList<qint64>{8000, 8100, 8300} << 0 << 0 << QStringList() << QStringList() << "24400/3"
                             << "81.33";
    QTest::newRow("highest only") << QList<qint64>{8000, 8100, 8300} << 1 << 0 << ids("P3") << QStringList() << "8050"
                                  << "80.50";
    QTest::newRow("lowest only, two") << QList<qint64>{8000, 8100, 8300, 7000} << 0 << 2 << QStringList()
                                      << ids("P4 P1") << "8200"
                                      << "82.00";
    QTest::newRow("half up x.xx5") << QList<qint64>{9000, 8570, 8571, 8000} << 1 << 1 << ids("P1") << ids("P4")
                                   << "17141/2"
                                   << "85.71";
    QTest::newRow("just below half") << QList<qint64>{9000, 8570, 8570, 8571, 8000} << 1 << 1 << ids("P1") << ids("P5")
                                     << "25711/3"
                                     << "85.70";
    QTest::newRow("two thirds up") << QList<qint64>{9000, 8167, 8166, 8167, 8000} << 1 << 1 << ids("P1") << ids("P5")
                                   << "24500/3"
                                   << "81.67";
    QTest::newRow("minimum panel") << QList<qint64>{100, 5000, 10000} << 1 << 1 << ids("P3") << ids("P1") << "5000"
                                   << "50.00";
}

void TestScoring::trimTotals()
{
    QFETCH(QList<qint64>, totals);
    QFETCH(int, highest);
    QFETCH(int, lowest);
    QFETCH(QStringList, droppedHighest);
    QFETCH(QStringList, droppedLowest);
    QFETCH(QString, exact);
    QFETCH(QString, published);

    ScenarioBuilder b;
    b.criteria(2).bidders(1).panel(int(totals.size())).trim(highest, lowest);
    b.totals(QStringLiteral("B1"), totals);
    const Evaluator::Outcome outcome = b.evaluate();
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.problems.first().toString()));
    const RankEntry& entry = outcome.evaluation->ranking.first();
    QCOMPARE(entry.droppedHighest, droppedHighest);
    QCOMPARE(entry.droppedLowest, droppedLowest);
    QCOMPARE(entry.score.exactText(), exact);
    QCOMPARE(entry.score.published(), published);
    QCOMPARE(Decimal::format(entry.published), published);
    QCOMPARE(entry.totals.size(), totals.size());
    for (int i = 0; i < totals.size(); ++i) {
        QCOMPARE(entry.totals[i].panelist, QStringLiteral("P%1").arg(i + 1));
        QCOMPARE(entry.totals[i].total, totals[i]);
    }
}

void TestScoring::criterionLevel()
{
    ScenarioBuilder b;
    b.criteria(2).bidders(1).panel(5).trim(1, 1, TrimLevel::Criterion);
    b.sheet(QStringLiteral("B1"), {{5000, 3000}, {5200, 3100}, {4800, 3300}, {5500, 3000}, {4900, 3200}});
    const Evaluator::Outcome outcome = b.evaluate();
    QVERIFY(outcome.ok());
    const RankEntry& entry = outcome.evaluation->ranking.first();
    // C1: drop P4 (55) and P3 (48): (50 + 52 + 49) / 3; C2: drop P3 (33) and P1 (30, before P4): 31.
    QCOMPARE(entry.criteria.size(), 2);
    QCOMPARE(entry.criteria[0].criterion, QStringLiteral("C1"));
    QCOMPARE(entry.criteria[0].mean, Fraction(15100, 3));
    QCOMPARE(entry.criteria[0].droppedHighest, QStringList{QStringLiteral("P4")});
    QCOMPARE(entry.criteria[0].droppedLowest, QStringList{QStringLiteral("P3")});
    QCOMPARE(entry.criteria[1].mean, Fraction(3100, 1));
    QCOMPARE(entry.criteria[1].droppedHighest, QStringList{QStringLiteral("P3")});
    QCOMPARE(entry.criteria[1].droppedLowest, QStringList{QStringLiteral("P1")});
    QCOMPARE(entry.score, Fraction(24400, 3));
    QCOMPARE(entry.score.published(), QStringLiteral("81.33"));
    // The per-panelist totals stay available for display.
    QCOMPARE(entry.totals.size(), 5);
    QCOMPARE(entry.totals[3].total, Hundredths(8500));
    QCOMPARE(entry.droppedHighest, QStringList{QStringLiteral("P4")});
    QCOMPARE(entry.droppedLowest, QStringList{QStringLiteral("P1")});

    // The same sheets trimmed by total give a different score.
    b.trim(1, 1, TrimLevel::Total);
    const QList<RankEntry> byTotal = b.evaluated().ranking;
    QCOMPARE(byTotal.size(), 1);
    QCOMPARE(byTotal.first().score, Fraction(24500, 3));
}

void TestScoring::totalLevelCriterionMeans()
{
    ScenarioBuilder b;
    b.criteria(2).bidders(1).panel(5);
    b.sheet(QStringLiteral("B1"), {{5000, 3000}, {5200, 3100}, {4800, 3300}, {5500, 3000}, {4900, 3200}});
    const QList<RankEntry> ranking = b.evaluated().ranking;
    QCOMPARE(ranking.size(), 1);
    const RankEntry& entry = ranking.first();
    // Totals 80, 83, 81, 85, 81: P4 and P1 dropped, P2, P3, P5 kept.
    QCOMPARE(entry.criteria[0].mean, Fraction(14900, 3));
    QCOMPARE(entry.criteria[1].mean, Fraction(3200, 1));
    QVERIFY(entry.criteria[0].droppedHighest.isEmpty());
    QCOMPARE(entry.criteria[0].mean + entry.criteria[1].mean, entry.score);
}

void TestScoring::problems_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("expected"); // Problem::toString of each, in order
    auto list = [](std::initializer_list<const char*> items) {
        QStringList result;
        for (const char* item : items)
            result.append(QString::fromUtf8(item));
        return result;
    };

    QTest::newRow("one missing") << "drop 5"
                                 << list({"scores: missing the score of panelist P3 for bidder B1 on criterion C2"});
    QTest::newRow("several missing, panel then bidder then criterion order")
        << "drop 11 drop 2 drop 0"
        << list({"scores: missing the score of panelist P1 for bidder B1 on criterion C1",
                 "scores: missing the score of panelist P2 for bidder B1 on criterion C1",
                 "scores: missing the score of panelist P3 for bidder B2 on criterion C2"});
    QTest::newRow("duplicate") << "dup 3"
                               << list({"scores[12]: a second score of panelist P2 for bidder B1 on criterion C2"});
    QTest::newRow("unknown panelist") << "panelist 0"
                                      << list({"scores[0].panelist: P9 is not a panel member",
                                               "scores: missing the score of panelist P1 for bidder B1 on "
                                               "criterion C1"});
    QTest::newRow("unknown criterion") << "criterion 1"
                                       << list({"scores[1].criterion: C9 is not a criterion",
                                                "scores: missing the score of panelist P1 for bidder B1 on "
                                                "criterion C2"});
    QTest::newRow("unknown bidder") << "bidder 2"
                                    << list({"scores[2].bidder: B9 is not a bidder",
                                             "scores: missing the score of panelist P2 for bidder B1 on "
                                             "criterion C1"});
    QTest::newRow("above maximum") << "high 4" << list({"scores[4].score: 25 is above the maximum 20 of criterion C1"});
    QTest::newRow("negative") << "negative 4" << list({"scores[4].score: -0.5 is below the minimum 0"});
    QTest::newRow("trim too large") << "trim"
                                    << list({"project.trim: dropping 2 highest and 1 lowest values needs a "
                                             "panel of at least 4, not 3"});
    QTest::newRow("no winners") << "winners" << list({"project.max_winners: must be at least 1, not 0"});
    QTest::newRow("allocation missing") << "allocation"
                                        << list({"project.allocation: needs 2 percentages for 2 winners"});
}

void TestScoring::problems()
{
    QFETCH(QString, change);
    QFETCH(QStringList, expected);
    ScenarioBuilder b;
    b.criteria(2, 2000).bidders(2).panel(3);
    b.sheet(QStringLiteral("B1"), {{1000, 1000}, {1100, 1100}, {1200, 1200}});
    b.sheet(QStringLiteral("B2"), {{1000, 1000}, {1100, 1100}, {1200, 1200}});
    QList<ScoreEntry> scores = b.scenario().scores->toList();
    const QStringList words = ScenarioBuilder::ids(change);
    for (int i = 0; i < words.size(); ++i) {
        const QString& what = words[i];
        bool numeric = false;
        const int index = i + 1 < words.size() ? words[i + 1].toInt(&numeric) : 0;
        if (numeric)
            ++i;
        if (what == QLatin1String("drop"))
            scores.removeAt(index);
        else if (what == QLatin1String("dup"))
            scores.append(scores[index]);
        else if (what == QLatin1String("panelist"))
            scores[index].panelist = QStringLiteral("P9");
        else if (what == QLatin1String("criterion"))
            scores[index].criterion = QStringLiteral("C9");
        else if (what == QLatin1String("bidder"))
            scores[index].bidder = QStringLiteral("B9");
        else if (what == QLatin1String("high"))
            scores[index].score = 2500;
        else if (what == QLatin1String("negative"))
            scores[index].score = -50;
        else if (what == QLatin1String("trim"))
            b.trim(2, 1);
        else if (what == QLatin1String("winners"))
            b.winners(0, {});
        else if (what == QLatin1String("allocation"))
            b.winners(3, {{1, {100}}, {3, {60, 30, 10}}});
    }
    b.scenario().scores = scores;
    const Evaluator::Outcome outcome = b.evaluate();
    QVERIFY(!outcome.ok());
    QStringList got;
    for (const Problem& p : outcome.problems)
        got.append(p.toString());
    QCOMPARE(got, expected);
}

void TestScoring::excludedBidderScoresNotRequired()
{
    ScenarioBuilder b;
    b.criteria(1).bidders(2).panel(3);
    b.scenario().bidders[1].withdrawn = true;
    b.totals(QStringLiteral("B1"), {8000, 8100, 8200});
    const Evaluator::Outcome outcome = b.evaluate();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.evaluation->warnings, QStringList());
    QCOMPARE(outcome.evaluation->ranking.size(), 1);
    QCOMPARE(outcome.evaluation->ranking[0].share, std::optional<int>(100));
}

// A criterion or a qualified bidder listed twice (a scenario made by hand) gets the scores of its code
// in each place: each panelist's total counts the criterion twice, and the bidder is ranked twice.
void TestScoring::aRepeatedCodeSharesTheFirstScores()
{
    ScenarioBuilder b;
    b.criteria(2).bidders(2).panel(3);
    b.sheet(QStringLiteral("B1"), {{5000, 3000}, {5200, 3100}, {4800, 3300}});
    b.sheet(QStringLiteral("B2"), {{4000, 2000}, {4100, 2100}, {4200, 2200}});
    b.scenario().criteria.append(b.scenario().criteria[1]);
    b.scenario().bidders.append(b.scenario().bidders[1]);
    b.winners(1, {{1, {100}}});
    const Evaluator::Outcome outcome = b.evaluate();
    QVERIFY(outcome.ok());
    const QList<RankEntry>& ranking = outcome.evaluation->ranking;
    QCOMPARE(ranking.size(), 3);
    const RankEntry& first = ranking[0];
    QCOMPARE(first.bidder, QStringLiteral("B1"));
    // Totals 110, 114, 114: P1 dropped as the lowest, P2 as the highest of the equal two (smaller id).
    QCOMPARE(first.totals.size(), 3);
    QCOMPARE(first.totals[0].total, Hundredths(11000));
    QCOMPARE(first.totals[2].total, Hundredths(11400));
    QCOMPARE(first.droppedHighest, QStringList{QStringLiteral("P2")});
    QCOMPARE(first.droppedLowest, QStringList{QStringLiteral("P1")});
    QCOMPARE(first.criteria.size(), 3);
    QCOMPARE(first.criteria[2].criterion, QStringLiteral("C2"));
    QCOMPARE(first.criteria[2].mean, first.criteria[1].mean);
    QCOMPARE(first.score, Fraction(11400, 1));
    QCOMPARE(ranking[1].bidder, QStringLiteral("B2"));
    QCOMPARE(ranking[2].bidder, QStringLiteral("B2"));
    QCOMPARE(ranking[1].score, Fraction(8300, 1));
    QCOMPARE(ranking[2].score, ranking[1].score);
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
