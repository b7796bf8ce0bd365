// The score workbook's writer (ScoreWorkbook): sheet names as Excel allows them, the same bytes for
// the same input, and a failure of libxlsxwriter reported as a problem. The figures in the sheets
// are checked through LibreOffice by workbook.sh.
#include "ReportTestSupport.h"

#include "report/ScoreWorkbook.h"

#include <QTest>

using namespace tp;
using namespace tp::report;
using namespace tp::report::test;

class TestWorkbook : public QObject
{
    Q_OBJECT
private slots:
    void sheetNames_data();
    void sheetNames();
    void sameInputSameBytes();
    void everySheetNameIsAccepted();
    void failureIsAProblem();
    void rankingOnly();
};

void TestWorkbook::sheetNames_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("P1 赵明") << QStringList() << QStringLiteral("P1 赵明");
    QTest::newRow("forbidden") << QStringLiteral("P1 [a]:b*c?d/e\\f") << QStringList()
                               << QStringLiteral("P1 _a__b_c_d_e_f");
    QTest::newRow("apostrophes") << QStringLiteral("'P1'") << QStringList() << QStringLiteral("_P1_");
    QTest::newRow("empty") << QString() << QStringList() << QStringLiteral("_");
    QTest::newRow("31 characters") << QString(40, QChar(u'评')) << QStringList() << QString(31, QChar(u'评'));
    QTest::newRow("taken, ignoring case")
        << QStringLiteral("p1 x") << QStringList{QStringLiteral("P1 X")} << QStringLiteral("p1 x~2");
    QTest::newRow("taken twice") << QStringLiteral("A") << QStringList{QStringLiteral("a"), QStringLiteral("A~2")}
                                 << QStringLiteral("A~3");
    QTest::newRow("taken at the limit") << QString(31, QLatin1Char('x')) << QStringList{QString(31, QLatin1Char('x'))}
                                        << QString(29, QLatin1Char('x')) + QStringLiteral("~2");
}

void TestWorkbook::sheetNames()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, taken);
    QFETCH(QString, name);
    QCOMPARE(ScoreWorkbook::sheetName(wanted, taken), name);
}

void TestWorkbook::sameInputSameBytes()
{
    for (const QString& name : {QStringLiteral("cixi-2014"), QStringLiteral("zhaoqing-2025")}) {
        const DocumentInput input = load(name);
        Problem problem;
        const QByteArray first = ScoreWorkbook::xlsx(input, &problem);
        QVERIFY2(first.startsWith("PK\x03\x04"), qPrintable(problem.toString()));
        QCOMPARE(ScoreWorkbook::xlsx(input, &problem), first);
    }
}

void TestWorkbook::everySheetNameIsAccepted()
{
    // Members whose sheet names would be refused or the same: each gets a sheet all the same.
    DocumentInput input = load(QStringLiteral("cixi-2014"));
    input.scenario.panel[0].name = QStringLiteral("[组长]/评审:一*二?三\\") + QString(40, QChar(u'长'));
    input.scenario.panel[1].id = QStringLiteral("Summary");
    input.scenario.panel[1].name.clear();
    input.scenario.panel[2].id = QStringLiteral("NOTES");
    input.scenario.panel[2].name.clear();
    input.scenario.panel[3].name = input.scenario.panel[4].name;
    input.scenario.panel[3].id = input.scenario.panel[4].id;
    Problem problem;
    QVERIFY2(ScoreWorkbook::xlsx(input, &problem).startsWith("PK"), qPrintable(problem.toString()));
}

void TestWorkbook::failureIsAProblem()
{
    // A cell holds at most 32767 characters: libxlsxwriter refuses the title, and says so.
    DocumentInput input = load(QStringLiteral("cixi-2014"));
    input.scenario.project.title = QString(40000, QLatin1Char('x'));
    Problem problem;
    QVERIFY(ScoreWorkbook::xlsx(input, &problem).isEmpty());
    QCOMPARE(problem.where, QStringLiteral("xlsx"));
    QVERIFY2(!problem.why.isEmpty(), qPrintable(problem.toString()));
}

void TestWorkbook::rankingOnly()
{
    QVERIFY(ScoreWorkbook::hasRanking(load(QStringLiteral("cixi-2014")).evaluation));
    DocumentInput scoring = load(QStringLiteral("cixi-2014"));
    scoring.evaluation.status = EvaluationStatus::Scoring;
    scoring.evaluation.ranking.clear();
    QVERIFY(!ScoreWorkbook::hasRanking(scoring.evaluation));
}

QTEST_MAIN(TestWorkbook)
#include "tst_workbook.moc"
