#include "ScenarioBuilder.h"

#include <QTest>

using namespace tp;
using tp::test::ScenarioBuilder;

class TestQualification : public QObject
{
    Q_OBJECT
private slots:
    void reasons_data();
    void reasons();
    void warningOrderAcrossBidders();
    void scoresIgnored();
    void minimumBidders_data();
    void minimumBidders();
    void failedStopsBeforeDraw();
    void scoringWithoutScores();
    void calendarWarningsLast_data();
    void calendarWarningsLast();
};

namespace {

std::optional<QDateTime> optionalTime(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    return ScenarioBuilder::at(text);
}

} // namespace

void TestQualification::reasons_data()
{
    QTest::addColumn<bool>("withdrawn");
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<QString>("registrationDeadline");
    QTest::addColumn<QString>("registeredAt");
    QTest::addColumn<bool>("proposalsKey");  // the scenario has "proposals"
    QTest::addColumn<QString>("receivedAt"); // empty: B1 has no proposal
    QTest::addColumn<QString>("proposalDeadline");
    QTest::addColumn<int>("copies"); // -1: not given
    QTest::addColumn<int>("sealed"); // -1: not given, 0 false, 1 true
    QTest::addColumn<QString>("rejected");
    QTest::addColumn<QString>("reason"); // empty: qualified
    QTest::addColumn<QStringList>("warnings");

    const QString deadline = QStringLiteral("2014-07-29T17:00:00+08:00");
    const QString early = QStringLiteral("2014-07-25T09:30:00+08:00");
    const QString pDeadline = QStringLiteral("2014-08-04T15:00:00+08:00");
    const QString pEarly = QStringLiteral("2014-08-04T10:05:00+08:00");
    const QStringList none;

    QTest::newRow("qualified") << false << true << deadline << early << true << pEarly << pDeadline << 10 << 1
                               << QString() << QString() << none;
    QTest::newRow("withdrawn before all") << true << false << deadline << QString() << true << QString() << pDeadline
                                          << -1 << 0 << QString() << "withdrawn" << none;
    QTest::newRow("not eligible") << false << false << deadline << QString() << true << QString() << pDeadline << -1
                                  << -1 << QString() << "not_eligible" << none;
    QTest::newRow("not registered") << false << true << deadline << QString() << true << pEarly << pDeadline << -1 << -1
                                    << QString() << "not_registered" << none;
    QTest::newRow("no deadline, never registered") << false << true << QString() << QString() << false << QString()
                                                   << QString() << -1 << -1 << QString() << QString() << none;
    QTest::newRow("registered at the deadline second") << false << true << deadline << deadline << false << QString()
                                                       << QString() << -1 << -1 << QString() << QString() << none;
    QTest::newRow("registered one second late")
        << false << true << deadline << "2014-07-29T17:00:01+08:00" << false << QString() << QString() << -1 << -1
        << QString() << "late_registration" << none;
    QTest::newRow("UTC registration one hour late")
        << false << true << deadline << "2014-07-29T10:00:00Z" << false << QString() << QString() << -1 << -1
        << QString() << "late_registration" << none;
    QTest::newRow("UTC registration one second early")
        << false << true << deadline << "2014-07-29T08:59:59Z" << false << QString() << QString() << -1 << -1
        << QString() << QString() << none;
    QTest::newRow("deadline in UTC, registration in +08:00 equal")
        << false << true << "2014-07-29T09:00:00Z" << deadline << false << QString() << QString() << -1 << -1
        << QString() << QString() << none;
    QTest::newRow("registration in -05:00 late")
        << false << true << deadline << "2014-07-29T04:00:01-05:00" << false << QString() << QString() << -1 << -1
        << QString() << "late_registration" << none;
    QTest::newRow("no proposal") << false << true << deadline << early << true << QString() << pDeadline << -1 << -1
                                 << QString() << "no_proposal" << none;
    QTest::newRow("no proposals key: no proposal rules") << false << true << deadline << early << false << QString()
                                                         << pDeadline << -1 << -1 << QString() << QString() << none;
    QTest::newRow("proposal at the deadline second") << false << true << deadline << early << true << pDeadline
                                                     << pDeadline << -1 << -1 << QString() << QString() << none;
    QTest::newRow("proposal one second late")
        << false << true << deadline << early << true << "2014-08-04T15:00:01+08:00" << pDeadline << -1 << -1
        << QString() << "late_proposal" << none;
    QTest::newRow("proposal in +01:00 equal instant")
        << false << true << deadline << early << true << "2014-08-04T08:00:00+01:00" << pDeadline << -1 << -1
        << QString() << QString() << none;
    QTest::newRow("proposal in UTC late") << false << true << deadline << early << true << "2014-08-04T07:30:00Z"
                                          << pDeadline << -1 << -1 << QString() << "late_proposal" << none;
    QTest::newRow("proposal without deadline")
        << false << true << deadline << early << true << "2030-01-01T00:00:00+08:00" << QString() << -1 << -1
        << QString() << QString() << none;
    QTest::newRow("rejected") << false << true << deadline << early << true << pEarly << pDeadline << 10 << 1
                              << "unsigned"
                              << "proposal_rejected" << none;
    QTest::newRow("late before rejected") << false << true << deadline << early << true << "2014-08-05T10:00:00+08:00"
                                          << pDeadline << 10 << 1 << "unsigned"
                                          << "late_proposal" << none;
    QTest::newRow("missing copies") << false << true << deadline << early << true << pEarly << pDeadline << 9 << 1
                                    << QString() << QString() << QStringList{QStringLiteral("missing_copies:B1")};
    QTest::newRow("copies not given") << false << true << deadline << early << true << pEarly << pDeadline << -1 << 1
                                      << QString() << QString() << none;
    QTest::newRow("more copies than required") << false << true << deadline << early << true << pEarly << pDeadline
                                               << 12 << -1 << QString() << QString() << none;
    QTest::newRow("seal broken") << false << true << deadline << early << true << pEarly << pDeadline << 10 << 0
                                 << QString() << QString() << QStringList{QStringLiteral("seal_broken:B1")};
    QTest::newRow("both warnings in order")
        << false << true << deadline << early << true << pEarly << pDeadline << 3 << 0 << QString() << QString()
        << QStringList{QStringLiteral("missing_copies:B1"), QStringLiteral("seal_broken:B1")};
    QTest::newRow("no warnings for an excluded bidder")
        << false << true << deadline << early << true << pEarly << pDeadline << 3 << 0 << "late seal"
        << "proposal_rejected" << none;
}

void TestQualification::reasons()
{
    QFETCH(bool, withdrawn);
    QFETCH(bool, eligible);
    QFETCH(QString, registrationDeadline);
    QFETCH(QString, registeredAt);
    QFETCH(bool, proposalsKey);
    QFETCH(QString, receivedAt);
    QFETCH(QString, proposalDeadline);
    QFETCH(int, copies);
    QFETCH(int, sealed);
    QFETCH(QString, rejected);
    QFETCH(QString, reason);
    QFETCH(QStringList, warnings);

    ScenarioBuilder b;
    b.criteria(1).bidders(2).panel(3);
    Scenario& s = b.scenario();
    s.project.registrationDeadline = optionalTime(registrationDeadline);
    s.project.proposalDeadline = optionalTime(proposalDeadline);
    s.project.requiredCopies = 10;
    s.bidders[0].withdrawn = withdrawn;
    s.bidders[0].eligible = eligible;
    s.bidders[0].registeredAt = optionalTime(registeredAt);
    s.bidders[1].registeredAt = ScenarioBuilder::at(QStringLiteral("2014-07-01T00:00:00+08:00"));
    if (proposalsKey) {
        s.proposals = QList<Proposal>();
        if (!receivedAt.isEmpty()) {
            Proposal p;
            p.bidder = QStringLiteral("B1");
            p.receivedAt = ScenarioBuilder::at(receivedAt);
            if (copies >= 0)
                p.copies = copies;
            if (sealed >= 0)
                p.sealed = sealed == 1;
            if (!rejected.isEmpty())
                p.rejected = rejected;
            s.proposals->append(p);
        }
        Proposal other;
        other.bidder = QStringLiteral("B2");
        other.receivedAt = ScenarioBuilder::at(QStringLiteral("2014-08-01T00:00:00+08:00"));
        s.proposals->append(other);
    }

    const Evaluator::Outcome outcome = b.evaluate();
    QVERIFY(outcome.ok());
    const Evaluation& e = *outcome.evaluation;
    QCOMPARE(e.status, EvaluationStatus::Scoring);
    if (reason.isEmpty()) {
        QVERIFY(e.excluded.isEmpty());
        QCOMPARE(e.qualified, (QStringList{QStringLiteral("B1"), QStringLiteral("B2")}));
    } else {
        QCOMPARE(e.excluded.size(), 1);
        QCOMPARE(e.excluded[0].bidder, QStringLiteral("B1"));
        QCOMPARE(e.excluded[0].reason, reason);
        QCOMPARE(e.qualified, QStringList{QStringLiteral("B2")});
    }
    QCOMPARE(e.warnings, warnings);
}

void TestQualification::warningOrderAcrossBidders()
{
    ScenarioBuilder b;
    b.criteria(1).bidders(4).panel(3);
    Scenario& s = b.scenario();
    s.project.requiredCopies = 5;
    s.proposals = QList<Proposal>();
    const QDateTime t = ScenarioBuilder::at(QStringLiteral("2024-01-01T00:00:00Z"));
    // File order of proposals differs from bidder order: warnings follow the bidders.
    s.proposals->append({QStringLiteral("B3"), t, 4, false, std::nullopt});
    s.proposals->append({QStringLiteral("B1"), t, 5, false, std::nullopt});
    s.proposals->append({QStringLiteral("B2"), t, 1, true, std::nullopt});
    s.proposals->append({QStringLiteral("B4"), t, 1, false, QStringLiteral("late signature")});
    const Evaluation e = b.evaluated();
    QCOMPARE(e.warnings, (QStringList{QStringLiteral("seal_broken:B1"), QStringLiteral("missing_copies:B2"),
                                      QStringLiteral("missing_copies:B3"), QStringLiteral("seal_broken:B3")}));
    QCOMPARE(e.qualified, ScenarioBuilder::ids(QStringLiteral("B1 B2 B3")));
    QCOMPARE(e.excluded.size(), 1);
    QCOMPARE(e.excluded[0].reason, QStringLiteral("proposal_rejected"));
}

void TestQualification::scoresIgnored()
{
    ScenarioBuilder b;
    b.criteria(1).bidders(4).panel(3);
    Scenario& s = b.scenario();
    s.project.requiredCopies = 5;
    s.bidders[3].withdrawn = true;
    s.bidders[1].eligible = false;
    s.proposals = QList<Proposal>();
    const QDateTime t = ScenarioBuilder::at(QStringLiteral("2024-01-01T00:00:00Z"));
    s.proposals->append({QStringLiteral("B1"), t, 5, false, std::nullopt});
    s.proposals->append({QStringLiteral("B2"), t, 5, true, std::nullopt});
    s.proposals->append({QStringLiteral("B3"), t, 2, true, std::nullopt});
    s.proposals->append({QStringLiteral("B4"), t, 5, true, std::nullopt});
    b.totals(QStringLiteral("B1"), {8000, 8100, 8200})
        .totals(QStringLiteral("B2"), {1, 2, 3})
        .totals(QStringLiteral("B3"), {7000, 7100, 7200})
        .totals(QStringLiteral("B4"), {1, 2, 3});
    // An excluded bidder's partial sheet is ignored too, without a missing-score problem.
    s.scores->removeLast();
    const Evaluator::Outcome outcome = b.evaluate();
    QVERIFY(outcome.ok());
    const Evaluation& e = *outcome.evaluation;
    QCOMPARE(e.status, EvaluationStatus::Final);
    QCOMPARE(e.warnings, (QStringList{QStringLiteral("seal_broken:B1"), QStringLiteral("missing_copies:B3"),
                                      QStringLiteral("scores_ignored:B2"), QStringLiteral("scores_ignored:B4")}));
    QCOMPARE(e.ranking.size(), 2);
    QCOMPARE(e.winners, QStringList{QStringLiteral("B1")});
}

void TestQualification::minimumBidders_data()
{
    QTest::addColumn<int>("minBidders");
    QTest::addColumn<int>("excludedCount");
    QTest::addColumn<bool>("failed");
    QTest::newRow("exactly the minimum") << 2 << 1 << false;
    QTest::newRow("one short") << 3 << 1 << true;
    QTest::newRow("nobody qualified") << 1 << 3 << true;
    QTest::newRow("default minimum of one") << 1 << 2 << false;
}

void TestQualification::minimumBidders()
{
    QFETCH(int, minBidders);
    QFETCH(int, excludedCount);
    QFETCH(bool, failed);
    ScenarioBuilder b;
    b.criteria(1).bidders(3).panel(3).minBidders(minBidders);
    for (int i = 0; i < excludedCount; ++i)
        b.scenario().bidders[i].withdrawn = true;
    const Evaluation e = b.evaluated();
    QCOMPARE(e.status, failed ? EvaluationStatus::Failed : EvaluationStatus::Scoring);
    QCOMPARE(statusName(e.status), failed ? QStringLiteral("failed") : QStringLiteral("scoring"));
    QCOMPARE(e.reason, failed ? QStringLiteral("insufficient_bidders") : QString());
    QCOMPARE(e.excluded.size(), excludedCount);
}

void TestQualification::failedStopsBeforeDraw()
{
    ScenarioBuilder b;
    b.criteria(1).bidders(3).panel(3).minBidders(3).publication(QDate(2024, 5, 6), 7);
    b.scenario().bidders[2].eligible = false;
    // A draw that is not a permutation and incomplete scores are not even looked at.
    b.manualOrder({QStringLiteral("B9")});
    b.totals(QStringLiteral("B1"), {1, 2, 3}).totals(QStringLiteral("B3"), {1, 2, 3});
    b.vote(QStringLiteral("B1 B2"), QStringLiteral("B1"));
    const Evaluator::Outcome outcome = b.evaluate();
    QVERIFY(outcome.ok());
    const Evaluation& e = *outcome.evaluation;
    QCOMPARE(e.status, EvaluationStatus::Failed);
    QVERIFY(!e.draw.has_value());
    QVERIFY(e.ranking.isEmpty());
    QVERIFY(e.winners.isEmpty());
    QVERIFY(!e.publication.has_value());
    QCOMPARE(e.warnings, QStringList{QStringLiteral("scores_ignored:B3")});
    QCOMPARE(e.qualified, ScenarioBuilder::ids(QStringLiteral("B1 B2")));
}

void TestQualification::scoringWithoutScores()
{
    ScenarioBuilder b;
    b.criteria(2).bidders(3).panel(5).publication(QDate(2024, 5, 6), 7);
    b.seed(QStringLiteral("6b1f0c2a9d4e8f7a3c5b2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a"));
    b.vote(QStringLiteral("B1 B2"), QStringLiteral("B1"));
    const Evaluation e = b.evaluated();
    QCOMPARE(statusName(e.status), QStringLiteral("scoring"));
    QVERIFY(e.draw.has_value());
    QCOMPARE(e.draw->order.size(), 3);
    QVERIFY(e.ranking.isEmpty());
    QVERIFY(!e.publication.has_value());
    QVERIFY(!e.tie.has_value());
}

void TestQualification::calendarWarningsLast_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<bool>("countStartDay");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QStringList>("calendarWarnings");
    QTest::newRow("covered") << QDate(2024, 9, 27) << false << QDate(2024, 9, 29) << QDate(2024, 10, 12)
                             << QStringList();
    QTest::newRow("into 2027") << QDate(2026, 12, 28) << false << QDate(2026, 12, 29) << QDate(2027, 1, 6)
                               << QStringList{QStringLiteral("calendar_not_covered:2027")};
    QTest::newRow("from 2009") << QDate(2009, 12, 30) << true << QDate(2009, 12, 30) << QDate(2010, 1, 8)
                               << QStringList{QStringLiteral("calendar_not_covered:2009")};
    QTest::newRow("2009 to 2010") << QDate(2008, 12, 31) << false << QDate(2009, 1, 1) << QDate(2009, 1, 9)
                                  << QStringList{QStringLiteral("calendar_not_covered:2009")};
}

void TestQualification::calendarWarningsLast()
{
    QFETCH(QDate, start);
    QFETCH(bool, countStartDay);
    QFETCH(QDate, first);
    QFETCH(QDate, end);
    QFETCH(QStringList, calendarWarnings);
    ScenarioBuilder b;
    b.criteria(1).bidders(3).panel(3).publication(start, 7, countStartDay);
    Scenario& s = b.scenario();
    s.bidders[2].withdrawn = true;
    s.proposals = QList<Proposal>();
    const QDateTime t = ScenarioBuilder::at(QStringLiteral("2024-01-01T00:00:00Z"));
    s.proposals->append({QStringLiteral("B1"), t, std::nullopt, false, std::nullopt});
    s.proposals->append({QStringLiteral("B2"), t, std::nullopt, true, std::nullopt});
    b.totals(QStringLiteral("B1"), {9000, 9000, 9000})
        .totals(QStringLiteral("B2"), {8000, 8000, 8000})
        .totals(QStringLiteral("B3"), {1, 1, 1});
    const Evaluation e = b.evaluated();
    QCOMPARE(e.status, EvaluationStatus::Final);
    QCOMPARE(e.warnings,
             QStringList({QStringLiteral("seal_broken:B1"), QStringLiteral("scores_ignored:B3")}) + calendarWarnings);
    QVERIFY(e.publication.has_value());
    QCOMPARE(e.publication->start, start);
    QCOMPARE(e.publication->firstCountedDay, first);
    QCOMPARE(e.publication->end, end);
    QCOMPARE(e.publication->workingDays, 7);
}

QTEST_GUILESS_MAIN(TestQualification)
#include "tst_qualification.moc"
