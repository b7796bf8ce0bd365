#include "ExampleScenario.h"
#include "rules/Evaluator.h"
#include "rules/WorkingDayCalendar.h"

#include <QJsonArray>
#include <QTest>

using namespace tp;

class TestExamples : public QObject
{
    Q_OBJECT
private slots:
    void reproducesExpected_data();
    void reproducesExpected();
    void cixiDetails();
    void tieVoteTally();
};

namespace {

QString examplePath(const QString& name)
{
    return QStringLiteral(TP_EXAMPLES_DIR "/") + name;
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

void TestExamples::reproducesExpected_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("cixi-2014") << "cixi-2014";
    QTest::newRow("reinsurance-2022") << "reinsurance-2022";
    QTest::newRow("tie-vote") << "tie-vote";
}

void TestExamples::reproducesExpected()
{
    QFETCH(QString, name);
    const Scenario scenario = test::ExampleScenario::load(examplePath(name + QStringLiteral(".json")));
    const QJsonObject expected = test::ExampleScenario::loadJson(examplePath(name + QStringLiteral(".expected.json")));
    QVERIFY(!expected.isEmpty());
    const Evaluator::Outcome outcome = Evaluator(WorkingDayCalendar::standard()).evaluate(scenario);
    QVERIFY2(outcome.ok(), qPrintable(outcome.problems.isEmpty() ? QString() : outcome.problems.first().toString()));
    const Evaluation& e = *outcome.evaluation;

    QCOMPARE(statusName(e.status), expected.value(QLatin1String("status")).toString());
    const QJsonArray excluded = expected.value(QLatin1String("excluded")).toArray();
    QCOMPARE(e.excluded.size(), excluded.size());
    for (int i = 0; i < excluded.size(); ++i) {
        QCOMPARE(e.excluded[i].bidder, excluded[i].toObject().value(QLatin1String("bidder")).toString());
        QCOMPARE(e.excluded[i].reason, excluded[i].toObject().value(QLatin1String("reason")).toString());
    }
    QCOMPARE(e.warnings, strings(expected.value(QLatin1String("warnings"))));

    if (expected.contains(QLatin1String("draw"))) {
        QVERIFY(e.draw.has_value());
        const QJsonObject draw = expected.value(QLatin1String("draw")).toObject();
        QCOMPARE(e.draw->order, strings(draw.value(QLatin1String("order"))));
        if (draw.contains(QLatin1String("commitment")))
            QCOMPARE(e.draw->commitment.value_or(QString()), draw.value(QLatin1String("commitment")).toString());
        else
            QVERIFY(!e.draw->commitment.has_value());
    } else {
        QVERIFY(!e.draw.has_value());
    }

    const QJsonArray ranking = expected.value(QLatin1String("ranking")).toArray();
    QCOMPARE(e.ranking.size(), ranking.size());
    for (int i = 0; i < ranking.size(); ++i) {
        const QJsonObject want = ranking[i].toObject();
        const RankEntry& got = e.ranking[i];
        QCOMPARE(got.bidder, want.value(QLatin1String("bidder")).toString());
        QCOMPARE(got.score.published(), want.value(QLatin1String("score")).toString());
        QCOMPARE(Decimal::format(got.published), want.value(QLatin1String("score")).toString());
        QCOMPARE(got.position, want.value(QLatin1String("position")).toInt());
        QCOMPARE(got.share.value_or(-1), want.value(QLatin1String("share")).toInt(-1));
        QCOMPARE(got.decidedByVote, want.value(QLatin1String("decided_by_vote")).toBool());
        const QJsonObject dropped = want.value(QLatin1String("dropped")).toObject();
        QCOMPARE(got.droppedHighest, strings(dropped.value(QLatin1String("highest"))));
        QCOMPARE(got.droppedLowest, strings(dropped.value(QLatin1String("lowest"))));
        const QJsonObject totals = want.value(QLatin1String("totals")).toObject();
        QCOMPARE(got.totals.size(), totals.size());
        for (const PanelTotal& total : got.totals)
            QCOMPARE(Decimal::format(total.total), totals.value(total.panelist).toString());
    }
    QCOMPARE(e.winners, strings(expected.value(QLatin1String("winners"))));

    const QJsonObject publication = expected.value(QLatin1String("publication")).toObject();
    QVERIFY(e.publication.has_value());
    QCOMPARE(e.publication->start.toString(Qt::ISODate), publication.value(QLatin1String("start")).toString());
    QCOMPARE(e.publication->end.toString(Qt::ISODate), publication.value(QLatin1String("end")).toString());
    QCOMPARE(e.publication->workingDays, publication.value(QLatin1String("working_days")).toInt());
    QVERIFY(!e.tie.has_value());
}

void TestExamples::cixiDetails()
{
    const Scenario scenario = test::ExampleScenario::load(examplePath(QStringLiteral("cixi-2014.json")));
    const Evaluator::Outcome outcome = Evaluator(WorkingDayCalendar::standard()).evaluate(scenario);
    QVERIFY(outcome.ok());
    const Evaluation& e = *outcome.evaluation;
    QCOMPARE(e.qualified, (QStringList{QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B3")}));
    QCOMPARE(e.draw->seed.value_or(QString()), *scenario.draw->seed);
    // B1: kept totals 85 + 86.5 + 84 + 86.5 + 86.5 = 428.5 over 5 = 85.70 exactly.
    QCOMPARE(e.ranking[0].score, Fraction(42850, 5));
    QCOMPARE(e.ranking[0].criteria.size(), 8);
    Fraction sum;
    for (const CriterionResult& c : e.ranking[0].criteria) {
        QVERIFY(c.droppedHighest.isEmpty());
        sum = sum + c.mean;
    }
    QCOMPARE(sum, e.ranking[0].score);
    QCOMPARE(e.publication->firstCountedDay, QDate(2014, 8, 11));
    QVERIFY(e.tallies.isEmpty());
}

void TestExamples::tieVoteTally()
{
    const Scenario scenario = test::ExampleScenario::load(examplePath(QStringLiteral("tie-vote.json")));
    const Evaluation e = Evaluator(WorkingDayCalendar::standard()).evaluate(scenario).evaluation.value_or(Evaluation());
    QCOMPARE(e.ranking.size(), 3);
    QCOMPARE(e.tallies.size(), 1);
    QCOMPARE(e.tallies[0].tied, (QStringList{QStringLiteral("B1"), QStringLiteral("B2")}));
    const QList<QPair<QString, int>> counts{{QStringLiteral("B1"), 2}, {QStringLiteral("B2"), 3}};
    QCOMPARE(e.tallies[0].counts, counts);
    QCOMPARE(e.tallies[0].blank, 0);
    QCOMPARE(e.ranking[0].ballots, QList<int>{3});
    QCOMPARE(e.ranking[1].ballots, QList<int>{2});
    QVERIFY(e.ranking[2].ballots.isEmpty());
    // Without the vote the same scenario waits for one.
    Scenario noVote = scenario;
    noVote.votes.clear();
    const Evaluation pending =
        Evaluator(WorkingDayCalendar::standard()).evaluate(noVote).evaluation.value_or(Evaluation());
    QCOMPARE(pending.status, EvaluationStatus::VoteRequired);
    QCOMPARE(pending.ranking.size(), 3);
    QCOMPARE(pending.tie->bidders, (QStringList{QStringLiteral("B1"), QStringLiteral("B2")}));
    QCOMPARE(pending.tie->first, 1);
    QCOMPARE(pending.tie->last, 2);
    QCOMPARE(pending.ranking[0].bidder, QStringLiteral("B1"));
    QCOMPARE(pending.ranking[0].position, 1);
    QCOMPARE(pending.ranking[1].position, 1);
    QCOMPARE(pending.ranking[2].position, 3);
    QVERIFY(!pending.ranking[0].share.has_value());
    QVERIFY(pending.winners.isEmpty());
    QVERIFY(pending.publication.has_value());
}

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
