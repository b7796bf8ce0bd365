// Service areas (the Zhaoqing model): the i-th winner serves the i-th area of the winner count, and
// a tie among the winners always matters, since each position serves an area of its own.
#include "ScenarioBuilder.h"

#include "io/ScenarioReader.h"
#include "io/ScenarioWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tp;
using tp::test::ScenarioBuilder;

class TestAreas : public QObject
{
    Q_OBJECT
private slots:
    void ranking_data();
    void ranking();
    void fileRules_data();
    void fileRules();
    void writtenAndReadBack();
};

namespace {

// Areas A1..Ak for k winners, each with two places of its own ("A1-1", "A1-2").
QList<ServiceArea> areasFor(int winners)
{
    QList<ServiceArea> list;
    for (int i = 1; i <= winners; ++i)
        list.append({QStringLiteral("A%1").arg(i), {QStringLiteral("A%1-1").arg(i), QStringLiteral("A%1-2").arg(i)}});
    return list;
}

// "B1:9000 B2:8000": each bidder's total from every panel member (five members).
ScenarioBuilder scenarioFrom(const QString& scores, const QString& allocation, int maxWinners, const QString& areas,
                             const QString& votes)
{
    const QStringList items = ScenarioBuilder::ids(scores);
    ScenarioBuilder b;
    b.criteria(1).bidders(int(items.size())).panel(5);
    for (const QString& item : items) {
        const QStringList parts = item.split(QLatin1Char(':'));
        b.totals(parts[0], QList<Hundredths>(5, parts[1].toLongLong()));
    }
    b.winners(maxWinners, ScenarioBuilder::allocation(allocation));
    for (const QString& k : ScenarioBuilder::ids(areas))
        b.scenario().project.areas.insert(k.toInt(), areasFor(k.toInt()));
    b.votes(votes);
    return b;
}

QJsonObject cixi()
{
    QFile file(QStringLiteral(TP_EXAMPLES_DIR "/cixi-2014.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the Cixi example");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject area(const QString& name, const QStringList& places)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("places"), QJsonArray::fromStringList(places)}};
}

} // namespace

void TestAreas::ranking_data()
{
    QTest::addColumn<QString>("scores");
    QTest::addColumn<QString>("allocation");
    QTest::addColumn<int>("maxWinners");
    QTest::addColumn<QString>("areas");
    QTest::addColumn<QString>("votes");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("ranking");
    QTest::addColumn<QString>("tie");
    QTest::addColumn<QString>("problem");
    const QString none;
    const QString even = QStringLiteral("1:100 2:50,50 3:34,33,33");
    QTest::newRow("areas, no shares") << "B1:9000 B2:7000 B3:8000 B4:6000" << none << 3 << "3" << none << "final"
                                      << "B1:1:n:A1 B3:2:n:A2 B2:3:n:A3 B4:4:n:-" << none << none;
    QTest::newRow("areas and shares") << "B1:9000 B2:7000 B3:8000"
                                      << "1:100 2:60,40 3:60,30,10" << 3 << "3" << none << "final"
                                      << "B1:1:60:A1 B3:2:30:A2 B2:3:10:A3" << none << none;
    // Positions 2 and 3 have the same share (33) but not the same area: the tie matters.
    QTest::newRow("equal shares, no areas: tie kept")
        << "B1:9000 B2:8000 B3:8000 B4:7000" << even << 3 << none << none << "final"
        << "B1:1:34:- B2:2:33:- B3:2:33:- B4:4:0:-" << none << none;
    QTest::newRow("equal shares, two areas: tie matters")
        << "B1:9000 B2:8000 B3:8000 B4:7000" << even << 3 << "3" << none << "vote_required"
        << "B1:1:n:- B2:2:n:- B3:2:n:- B4:4:n:-"
        << "B2 B3@2-3" << none;
    QTest::newRow("tie across an area boundary, areas only")
        << "B1:9000 B2:9000 B3:8000" << none << 3 << "3" << none << "vote_required"
        << "B1:1:n:- B2:1:n:- B3:3:n:-"
        << "B1 B2@1-2" << none;
    QTest::newRow("a vote decides who serves which area") << "B1:9000 B2:9000 B3:8000" << none << 3 << "3"
                                                          << "B1 B2>B2 B2 B1 B2 B1"
                                                          << "final"
                                                          << "B2:1:n:A1:v B1:2:n:A2:v B3:3:n:A3" << none << none;
    QTest::newRow("tie straddling the last area")
        << "B1:9000 B2:8000 B3:7000 B4:7000" << none << 3 << "3" << none << "vote_required"
        << "B1:1:n:- B2:2:n:- B3:3:n:- B4:3:n:-"
        << "B3 B4@3-4" << none;
    QTest::newRow("tie after the winners does not matter")
        << "B1:9000 B2:8000 B3:7000 B4:6000 B5:6000" << none << 3 << "3" << none << "final"
        << "B1:1:n:A1 B2:2:n:A2 B3:3:n:A3 B4:4:n:- B5:4:n:-" << none << none;
    QTest::newRow("three areas, two bidders qualify")
        << "B1:9000 B2:8000" << none << 3 << "3" << none << none << none << none
        << "project.areas: has no service areas for 2 winners: 2 bidders qualify to win";
}

void TestAreas::ranking()
{
    QFETCH(QString, scores);
    QFETCH(QString, allocation);
    QFETCH(int, maxWinners);
    QFETCH(QString, areas);
    QFETCH(QString, votes);
    QFETCH(QString, status);
    QFETCH(QString, ranking);
    QFETCH(QString, tie);
    QFETCH(QString, problem);
    const Evaluator::Outcome outcome = scenarioFrom(scores, allocation, maxWinners, areas, votes).evaluate();
    QCOMPARE(ScenarioBuilder::problemOf(outcome), problem);
    if (!problem.isEmpty())
        return;
    const Evaluation& e = *outcome.evaluation;
    QCOMPARE(statusName(e.status), status);
    QCOMPARE(ScenarioBuilder::ranking(e, true), ranking);
    QCOMPARE(ScenarioBuilder::tieText(e), tie);
}

// The format's rules for `project.areas`, on the Cixi example with max_winners 3.
void TestAreas::fileRules_data()
{
    QTest::addColumn<QJsonObject>("areas");
    QTest::addColumn<bool>("withAllocation");
    QTest::addColumn<QString>("problem"); // "" when the file is valid
    const QJsonArray three{area(QStringLiteral("一区"), {QStringLiteral("端州区"), QStringLiteral("鼎湖区")}),
                           area(QStringLiteral("二区"), {QStringLiteral("四会市"), QStringLiteral("广宁县")}),
                           area(QStringLiteral("三区"), {QStringLiteral("怀集县"), QStringLiteral("封开县")})};
    QTest::newRow("areas instead of shares") << QJsonObject{{QStringLiteral("3"), three}} << false << QString();
    QTest::newRow("areas beside shares") << QJsonObject{{QStringLiteral("3"), three}} << true << QString();
    QTest::newRow("two winners, three areas")
        << QJsonObject{{QStringLiteral("2"), three}} << false
        << QStringLiteral("project.areas.2: 2 winners serve exactly 2 areas, found 3");
    QJsonArray repeated = three;
    repeated[2] = area(QStringLiteral("三区"), {QStringLiteral("怀集县"), QStringLiteral("鼎湖区")});
    QTest::newRow("a place in two areas")
        << QJsonObject{{QStringLiteral("3"), repeated}} << false
        << QStringLiteral("project.areas.3[2].places[1]: \"鼎湖区\" is already a place of the area \"一区\"");
    QJsonArray empty = three;
    empty[1] = area(QStringLiteral("二区"), {});
    QTest::newRow("an area without places")
        << QJsonObject{{QStringLiteral("3"), empty}} << false
        << QStringLiteral("project.areas.3[1].places: must name at least one place");
    QJsonArray unnamed = three;
    unnamed[0] = area(QString(), {QStringLiteral("端州区")});
    QTest::newRow("an area without a name") << QJsonObject{{QStringLiteral("3"), unnamed}} << false
                                            << QStringLiteral("project.areas.3[0].name: must not be empty");
    QJsonArray blankPlace = three;
    blankPlace[1] = area(QStringLiteral("二区"), {QStringLiteral("四会市"), QString()});
    QTest::newRow("an empty place") << QJsonObject{{QStringLiteral("3"), blankPlace}} << false
                                    << QStringLiteral("project.areas.3[1].places[1]: must not be empty");
    QJsonArray notText = three;
    QJsonObject numbered = area(QStringLiteral("二区"), {QStringLiteral("四会市")});
    numbered.insert(QStringLiteral("places"), QJsonArray{7});
    notText[1] = numbered;
    QTest::newRow("a place that is a number")
        << QJsonObject{{QStringLiteral("3"), notText}} << false
        << QStringLiteral("project.areas.3[1].places[0]: must be a string, found a number");
    QJsonArray sameName = three;
    sameName[1] = area(QStringLiteral("一区"), {QStringLiteral("四会市")});
    QTest::newRow("two areas of one name") << QJsonObject{{QStringLiteral("3"), sameName}} << false
                                           << QStringLiteral("project.areas.3[1].name: another area is named \"一区\"");
    QTest::newRow("more winners than max_winners")
        << QJsonObject{{QStringLiteral("4"), three}} << false
        << QStringLiteral("project.areas.4: unexpected key: max_winners is 3, so the keys are \"1\" to \"3\"");
}

void TestAreas::fileRules()
{
    QFETCH(QJsonObject, areas);
    QFETCH(bool, withAllocation);
    QFETCH(QString, problem);
    QJsonObject file = cixi();
    QJsonObject project = file.value(QStringLiteral("project")).toObject();
    project.insert(QStringLiteral("max_winners"), 3);
    project.insert(QStringLiteral("min_bidders"), 3);
    if (withAllocation)
        project.insert(QStringLiteral("allocation"), QJsonObject{{QStringLiteral("1"), QJsonArray{100}},
                                                                 {QStringLiteral("2"), QJsonArray{60, 40}},
                                                                 {QStringLiteral("3"), QJsonArray{60, 30, 10}}});
    else
        project.remove(QStringLiteral("allocation"));
    project.insert(QStringLiteral("areas"), areas);
    file.insert(QStringLiteral("project"), project);
    const ScenarioReader::Result read = ScenarioReader::readBytes(QJsonDocument(file).toJson());
    if (problem.isEmpty()) {
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.problems.first().toString()));
        QCOMPARE(read.scenario->project.areas.value(3).size(), 3);
        QCOMPARE(read.scenario->project.allocation.isEmpty(), !withAllocation);
        return;
    }
    QVERIFY(!read.ok());
    QCOMPARE(read.problems.first().toString(), problem);
}

// The Zhaoqing example written out and read again keeps its areas and gives the same result.
void TestAreas::writtenAndReadBack()
{
    const ScenarioReader::Result read = ScenarioReader::readFile(QStringLiteral(TP_EXAMPLES_DIR "/zhaoqing-2025.json"));
    QVERIFY(read.ok());
    QCOMPARE(read.scenario->project.areas.value(3).size(), 3);
    QVERIFY(read.scenario->project.allocation.isEmpty());
    const ScenarioReader::Result again = ScenarioReader::readBytes(ScenarioWriter::write(*read.scenario));
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.problems.first().toString()));
    QCOMPARE(again.scenario->project.areas, read.scenario->project.areas);
    QVERIFY(again.scenario->project.allocation.isEmpty());
}

QTEST_GUILESS_MAIN(TestAreas)
#include "tst_areas.moc"
