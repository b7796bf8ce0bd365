#include "ScenarioBuilder.h"
#include "rules/LotDraw.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace tp;
using tp::test::ScenarioBuilder;

class TestLotDraw : public QObject
{
    Q_OBJECT
private slots:
    void seedValidity_data();
    void seedValidity();
    void cixiSeed();
    void keysAndOrder();
    void newSeed();
    void checkCommand();
    void checkCommandRunsInShell();
    void seededDrawInEvaluation();
    void manualDraw_data();
    void manualDraw();
    void invalidSeedInScenario();
};

namespace {
const QString kCixiSeed = QStringLiteral("6b1f0c2a9d4e8f7a3c5b2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a");
}

void TestLotDraw::seedValidity_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<bool>("valid");
    QTest::newRow("cixi") << kCixiSeed << true;
    QTest::newRow("zeros") << QString(64, QLatin1Char('0')) << true;
    QTest::newRow("uppercase") << kCixiSeed.toUpper() << false;
    QTest::newRow("63 chars") << kCixiSeed.left(63) << false;
    QTest::newRow("65 chars") << kCixiSeed + QLatin1Char('a') << false;
    QTest::newRow("non hex") << QString(63, QLatin1Char('a')) + QLatin1Char('g') << false;
    QTest::newRow("empty") << QString() << false;
}

void TestLotDraw::seedValidity()
{
    QFETCH(QString, seed);
    QFETCH(bool, valid);
    QCOMPARE(LotDraw::isValidSeed(seed), valid);
}

void TestLotDraw::cixiSeed()
{
    QCOMPARE(LotDraw::commitment(kCixiSeed),
             QStringLiteral("78e7ce5c04fa45725af1ab5cb12d999e1cf5640c4ea3f8b735fc7acedafd5c83"));
    QCOMPARE(LotDraw::order(kCixiSeed, ScenarioBuilder::ids(QStringLiteral("B1 B2 B3"))),
             ScenarioBuilder::ids(QStringLiteral("B3 B2 B1")));
    // The order does not depend on the order the ids are given in.
    QCOMPARE(LotDraw::order(kCixiSeed, ScenarioBuilder::ids(QStringLiteral("B2 B3 B1"))),
             ScenarioBuilder::ids(QStringLiteral("B3 B2 B1")));
}

void TestLotDraw::keysAndOrder()
{
    // sha256("abc") is the FIPS 180-2 test vector.
    QCOMPARE(LotDraw::commitment(QStringLiteral("abc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const QString k1 = LotDraw::key(kCixiSeed, QStringLiteral("B1"));
    QCOMPARE(k1, LotDraw::commitment(kCixiSeed + QStringLiteral(":B1")));
    QCOMPARE(k1.size(), 64);
    QCOMPARE(k1, k1.toLower());
    // UTF-8 ids hash as UTF-8.
    QCOMPARE(LotDraw::key(kCixiSeed, QStringLiteral("甲")),
             QString::fromLatin1(
                 QCryptographicHash::hash((kCixiSeed + QStringLiteral(":甲")).toUtf8(), QCryptographicHash::Sha256)
                     .toHex()));
    const QStringList ids = ScenarioBuilder::ids(QStringLiteral("B1 B2 B3 B4 B5 B6 B7 B8"));
    const QStringList order = LotDraw::order(kCixiSeed, ids);
    QCOMPARE(order.size(), ids.size());
    for (int i = 1; i < order.size(); ++i)
        QVERIFY(LotDraw::key(kCixiSeed, order[i - 1]) < LotDraw::key(kCixiSeed, order[i]));
    QVERIFY(LotDraw::order(kCixiSeed, {}).isEmpty());
}

void TestLotDraw::newSeed()
{
    const QString a = LotDraw::newSeed();
    const QString b = LotDraw::newSeed();
    QVERIFY(LotDraw::isValidSeed(a));
    QVERIFY(LotDraw::isValidSeed(b));
    QVERIFY(a != b);
}

void TestLotDraw::checkCommand()
{
    QCOMPARE(LotDraw::checkCommand(kCixiSeed, QStringLiteral("B1")),
             QStringLiteral("printf '%s' '") + kCixiSeed + QStringLiteral(":B1' | sha256sum"));
    QCOMPARE(LotDraw::checkCommand(QStringLiteral("ab"), QStringLiteral("O'Brien")),
             QStringLiteral("printf '%s' 'ab:O'\\''Brien' | sha256sum"));
}

void TestLotDraw::checkCommandRunsInShell()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sha256sum")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("sh")).isEmpty())
        QSKIP("sh and sha256sum are needed");
    for (const QString& id : {QStringLiteral("B3"), QStringLiteral("O'Brien"), QStringLiteral("甲 乙")}) {
        QProcess shell;
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), LotDraw::checkCommand(kCixiSeed, id)});
        QVERIFY(shell.waitForFinished(10000));
        const QString output = QString::fromUtf8(shell.readAllStandardOutput());
        QCOMPARE(output.left(64), LotDraw::key(kCixiSeed, id));
    }
}

void TestLotDraw::seededDrawInEvaluation()
{
    ScenarioBuilder b;
    b.criteria(1).bidders(4).panel(3).seed(kCixiSeed);
    b.scenario().bidders[3].withdrawn = true;
    const Evaluation e = b.evaluated();
    QVERIFY(e.draw.has_value());
    QCOMPARE(e.draw->commitment.value_or(QString()),
             QStringLiteral("78e7ce5c04fa45725af1ab5cb12d999e1cf5640c4ea3f8b735fc7acedafd5c83"));
    QCOMPARE(e.draw->seed.value_or(QString()), kCixiSeed);
    QCOMPARE(e.draw->order, ScenarioBuilder::ids(QStringLiteral("B3 B2 B1")));
}

void TestLotDraw::manualDraw_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("problem"); // empty: valid
    QTest::newRow("valid") << "B3 B1 B2" << QString();
    QTest::newRow("missing one") << "B3 B1"
                                 << "the order must list each qualified bidder exactly once: missing B2";
    QTest::newRow("excluded named") << "B3 B1 B2 B4"
                                    << "the order must list each qualified bidder exactly once: "
                                       "B4 is excluded (withdrawn)";
    QTest::newRow("unknown and missing") << "B3 B1 B9"
                                         << "the order must list each qualified bidder exactly once: missing B2; "
                                            "B9 is not a bidder";
    QTest::newRow("twice") << "B3 B1 B2 B1"
                           << "the order must list each qualified bidder exactly once: B1 is listed more than once";
    QTest::newRow("empty") << ""
                           << "the order must list each qualified bidder exactly once: missing B1, B2, B3";
}

void TestLotDraw::manualDraw()
{
    QFETCH(QString, order);
    QFETCH(QString, problem);
    ScenarioBuilder b;
    b.criteria(1).bidders(4).panel(3).manualOrder(ScenarioBuilder::ids(order));
    b.scenario().bidders[3].withdrawn = true;
    const Evaluator::Outcome outcome = b.evaluate();
    if (problem.isEmpty()) {
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.evaluation->draw->order, ScenarioBuilder::ids(order));
        QVERIFY(!outcome.evaluation->draw->commitment.has_value());
        QVERIFY(!outcome.evaluation->draw->seed.has_value());
    } else {
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.problems.size(), 1);
        QCOMPARE(outcome.problems[0].where, QStringLiteral("draw.order"));
        QCOMPARE(outcome.problems[0].why, problem);
    }
}

void TestLotDraw::invalidSeedInScenario()
{
    ScenarioBuilder b;
    b.criteria(1).bidders(2).panel(3).seed(QStringLiteral("XYZ"));
    const Evaluator::Outcome outcome = b.evaluate();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.problems[0].where, QStringLiteral("draw.seed"));
}

QTEST_GUILESS_MAIN(TestLotDraw)
#include "tst_lotdraw.moc"
