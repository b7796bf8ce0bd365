// The robustness analysis on the results page, driven offscreen at 1366 × 768: the Cixi 2014 example
// imported into a workspace and taken to its result shows the margin, the result without each member
// and each member's figures as tenderpanel-cli analyze prints them, and a chart with one series per
// member and the final scores; the reinsurance example, whose winners change without P1, marks that
// row in words and with an icon; a negotiation still scoring offers no analysis.
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestData.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "model/Translations.h"
#include "rules/Evaluator.h"
#include "rules/WorkingDayCalendar.h"
#include "steps/StepPage.h"
#include "steps/results/ResultsPage.h"
#include "steps/results/ResultsStepPage.h"
#include "steps/results/RobustnessModels.h"
#include "steps/results/RobustnessView.h"
#include "store/NegotiationStore.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tp::ui;

namespace {

tp::Evaluation evaluate(const tp::Scenario& scenario)
{
    const tp::Evaluator::Outcome outcome = tp::Evaluator(tp::WorkingDayCalendar::standard()).evaluate(scenario);
    if (!outcome.ok())
        qFatal("the example does not evaluate");
    return *outcome.evaluation;
}

// Clicks the results page's tab that holds the robustness analysis, as the user does.
bool openRobustnessTab(ResultsPage* page)
{
    QTabWidget* tabs = page->tabs();
    const int index = tabs->indexOf(page->robustnessView());
    if (index < 0)
        return false;
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    return tabs->currentIndex() == index && page->robustnessView()->isVisible();
}

// Shows `window` at `size`, imports the Cixi 2014 example into its workspace and takes it from the
// scoring step to its result, as the user does; the results page, or null.
ResultsPage* cixiResults(MainWindow& window, const QSize& size)
{
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    FileDialog::setNextAnswer(QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/cixi-2014.json"));
    window.importScenario();
    if (window.homeView()->model()->rowCount() != 1)
        return nullptr;
    window.openNegotiation(window.homeView()->model()->idAt(0));
    NegotiationView* view = window.negotiationView();
    view->showStep(tp::store::Stage::Scoring);
    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([view] { return view->navigator()->currentRow() == view->rowOf(tp::store::Stage::Result); }))
        return nullptr;
    return view->page(tp::store::Stage::Result)->findChild<ResultsPage*>();
}

// Shows `page` at `size` with example `name` evaluated, on the robustness tab.
bool showExample(ResultsPage& page, const QString& name, const QSize& size)
{
    const tp::Scenario scenario = UiTestData::example(name);
    page.resize(size);
    page.setEvaluation(evaluate(scenario), scenario);
    page.show();
    return QTest::qWaitForWindowExposed(&page) && openRobustnessTab(&page);
}

QString cell(const QAbstractItemModel* model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

} // namespace

class TestUiRobustness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cixiInWorkspace();
    void memberChangesWinners();
    void notWhileScoring();
    void workbookExport();
    void nothingToAnalyse();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void TestUiRobustness::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestUiRobustness::cixiInWorkspace()
{
    MainWindow window(m_dir.filePath(QStringLiteral("cixi.sqlite")));
    ResultsPage* page = cixiResults(window, QSize(1366, 768));
    QVERIFY(page && page->isVisible());
    QCOMPARE(page->tabs()->currentIndex(), 0); // the ranking first
    QVERIFY(openRobustnessTab(page));

    RobustnessView* robustness = page->robustnessView();
    QVERIFY(robustness->analysed());
    QVERIFY(robustness->marginLabel()->isVisible());
    const QString margin = robustness->marginLabel()->text();
    QVERIFY2(margin.contains(QStringLiteral("6.70")), qPrintable(margin));
    QVERIFY2(margin.contains(QStringLiteral("B1 甲保险股份有限公司宁波分公司")), qPrintable(margin));
    QVERIFY2(margin.contains(QStringLiteral("B2 乙人寿保险股份有限公司宁波分公司")), qPrintable(margin));
    QVERIFY2(robustness->summaryLabel()->text().contains(QStringLiteral("stay the same")),
             qPrintable(robustness->summaryLabel()->text()));

    // Without each member: 7 rows, none changed.
    LeaveOneOutModel* leave = robustness->leaveOneOutModel();
    QAbstractItemModelTester leaveTester(leave, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(robustness->leaveOneOutView()->isVisible());
    QCOMPARE(leave->rowCount(), 7);
    for (int row = 0; row < leave->rowCount(); ++row) {
        QVERIFY(!leave->index(row, 0).data(LeaveOneOutModel::ChangedRole).toBool());
        QCOMPARE(cell(leave, row, LeaveOneOutModel::ChangedColumn), QStringLiteral("Unchanged"));
        QCOMPARE(cell(leave, row, LeaveOneOutModel::WinnersColumn), QStringLiteral("B1"));
        QCOMPARE(cell(leave, row, LeaveOneOutModel::RankingColumn), QStringLiteral("B1 > B2 > B3"));
        QVERIFY(!leave->index(row, 0).data(Qt::BackgroundRole).isValid());
    }
    QCOMPARE(cell(leave, 0, LeaveOneOutModel::MemberColumn), QStringLiteral("P1 赵明"));

    // Each member's figures, as tenderpanel-cli analyze prints them for P1 and P2.
    MemberFiguresModel* members = robustness->memberModel();
    QAbstractItemModelTester membersTester(members, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(robustness->memberView()->isVisible());
    QCOMPARE(members->rowCount(), 7);
    QCOMPARE(cell(members, 0, MemberFiguresModel::MemberColumn), QStringLiteral("P1 赵明"));
    QCOMPARE(cell(members, 0, MemberFiguresModel::DroppedHighestColumn), QStringLiteral("0"));
    QCOMPARE(cell(members, 0, MemberFiguresModel::DroppedLowestColumn), QStringLiteral("1"));
    QCOMPARE(cell(members, 0, MemberFiguresModel::MeanDeviationColumn), QStringLiteral("0.93"));
    QCOMPARE(cell(members, 0, MemberFiguresModel::ConcordantColumn), QStringLiteral("3"));
    QCOMPARE(cell(members, 0, MemberFiguresModel::DiscordantColumn), QStringLiteral("0"));
    QCOMPARE(cell(members, 1, MemberFiguresModel::MeanDeviationColumn), QStringLiteral("1.70"));
    QCOMPARE(cell(members, 1, MemberFiguresModel::ConcordantColumn), QStringLiteral("2"));
    QCOMPARE(cell(members, 1, MemberFiguresModel::DiscordantColumn), QStringLiteral("1"));
    QCOMPARE(cell(members, 3, MemberFiguresModel::DroppedHighestColumn), QStringLiteral("1"));
    // The exact mean deviation in the tooltip.
    QVERIFY(cell(members, 0, MemberFiguresModel::MeanDeviationColumn, Qt::ToolTipRole).contains(QLatin1Char('/')));

    // The chart: one series per member (named in the legend) and the final scores, bidders in rank order.
    QChart* chart = robustness->chartView()->chart();
    QVERIFY(robustness->chartView()->isVisible());
    const QList<QAbstractSeries*> series = chart->series();
    QCOMPARE(series.size(), 7 + 1);
    int scatters = 0;
    QLineSeries* final = nullptr;
    for (QAbstractSeries* s : series) {
        if (s->type() == QAbstractSeries::SeriesTypeScatter) {
            ++scatters;
            QCOMPARE(static_cast<QScatterSeries*>(s)->count(), 3);
        } else if (s->type() == QAbstractSeries::SeriesTypeLine) {
            final = static_cast<QLineSeries*>(s);
        }
    }
    QCOMPARE(scatters, 7);
    QVERIFY(final);
    QCOMPARE(final->count(), 3);
    QCOMPARE(series.first(), final); // drawn first, under the members' markers
    QCOMPARE(series.at(1)->name(), QStringLiteral("P1 赵明"));
    QCOMPARE(series.at(7)->name(), QStringLiteral("P7 郑涛"));
    QVERIFY(chart->legend()->isVisible());
    QCOMPARE(chart->legend()->markers().size(), 8);
    // Best first: the final scores do not rise from left to right.
    for (int i = 1; i < final->count(); ++i)
        QVERIFY(final->at(i).y() <= final->at(i - 1).y());
    // Pointing at a member's point names the member, the bidder and the total, written from hundredths.
    auto* p1 = static_cast<QScatterSeries*>(series.at(1));
    emit p1->hovered(p1->at(0), true);
    const QString tip = robustness->chartView()->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("P1 赵明")) && tip.contains(QStringLiteral("B1 甲保险股份有限公司宁波分公司")),
             qPrintable(tip));
    QVERIFY2(QRegularExpression(QStringLiteral("total \\d+\\.\\d\\d")).match(tip).hasMatch(), qPrintable(tip));
    emit final->hovered(final->at(0), true);
    QVERIFY2(robustness->chartView()->toolTip().contains(QStringLiteral("Final score")),
             qPrintable(robustness->chartView()->toolTip()));
    emit p1->hovered(p1->at(0), false);
    QVERIFY(robustness->chartView()->toolTip().isEmpty());
    for (const QString& text : UiTestData::visibleTexts(robustness)) {
        QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("null")), qPrintable(text));
    }
}

void TestUiRobustness::memberChangesWinners()
{
    ResultsPage page;
    QVERIFY(showExample(page, QStringLiteral("reinsurance-2022"), QSize(1366, 700)));
    RobustnessView* robustness = page.robustnessView();
    QVERIFY2(robustness->marginLabel()->text().contains(QStringLiteral("6.67")),
             qPrintable(robustness->marginLabel()->text()));
    LeaveOneOutModel* leave = robustness->leaveOneOutModel();
    QCOMPARE(leave->rowCount(), 5);
    // Without P1 the winners come in another order: the row says so in words and with an icon, not by
    // its colour alone.
    QVERIFY(leave->index(0, 0).data(LeaveOneOutModel::ChangedRole).toBool());
    QCOMPARE(cell(leave, 0, LeaveOneOutModel::ChangedColumn), QStringLiteral("Changed"));
    QVERIFY(!leave->index(0, LeaveOneOutModel::ChangedColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(leave->index(0, LeaveOneOutModel::MemberColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(cell(leave, 0, LeaveOneOutModel::WinnersColumn), QStringLiteral("B2, B4, B1"));
    for (int row = 1; row < leave->rowCount(); ++row) {
        QVERIFY(!leave->index(row, 0).data(LeaveOneOutModel::ChangedRole).toBool());
        QCOMPARE(cell(leave, row, LeaveOneOutModel::ChangedColumn), QStringLiteral("Unchanged"));
        QVERIFY(leave->index(row, LeaveOneOutModel::ChangedColumn).data(Qt::DecorationRole).isNull());
    }
    QVERIFY2(robustness->summaryLabel()->text().contains(QStringLiteral("any one of 1 member")),
             qPrintable(robustness->summaryLabel()->text()));
    QCOMPARE(robustness->chartView()->chart()->series().size(), 5 + 1);
}

// The negotiation imported with its scores is in the scoring step: the results step shows no ranking
// and no analysis until the result is computed.
void TestUiRobustness::notWhileScoring()
{
    auto opened = tp::store::Workspace::open(m_dir.filePath(QStringLiteral("scoring.sqlite")));
    QVERIFY(opened.ok());
    tp::store::Workspace& ws = **opened.value;
    const auto imported = tp::store::NegotiationStore(ws).importScenario(
        UiTestData::example(QStringLiteral("cixi-2014")), QStringLiteral("test"));
    QVERIFY(imported.ok());
    ResultsStepPage results(nullptr);
    results.resize(1366, 700);
    results.reload(UiTestData::stepContext(ws, imported.value->id));
    results.show();
    QVERIFY(QTest::qWaitForWindowExposed(&results));
    QVERIFY(!results.resultsPage()->isVisible());
    QVERIFY(!results.resultsPage()->robustnessView()->isVisible());
    QVERIFY(results.findChild<QLabel*>(QStringLiteral("resultsProblem"))->isVisible());
    QVERIFY(!results.workbookButton()->isVisible());
    for (const QString& text : UiTestData::visibleTexts(&results)) {
        QVERIFY2(!text.contains(QStringLiteral("6.70")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Robustness")), qPrintable(text));
    }
}

// The results step writes the scores as an .xlsx workbook where the user says; the file holds the
// summary, the notes and one sheet per member (their names in the zip's directory).
void TestUiRobustness::workbookExport()
{
    MainWindow window(m_dir.filePath(QStringLiteral("workbook.sqlite")));
    ResultsPage* page = cixiResults(window, QSize(1366, 768));
    QVERIFY(page);
    auto* step = qobject_cast<ResultsStepPage*>(page->parentWidget());
    QVERIFY(step);
    QVERIFY(step->workbookButton()->isVisible());
    const QString path = m_dir.filePath(QStringLiteral("cixi-scores.xlsx"));
    FileDialog::setNextAnswer(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(step->workbookButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(path), qPrintable(MessageBox::lastText()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    QVERIFY(bytes.contains("xl/workbook.xml"));
    // Each part is named twice: in its local header and in the central directory.
    QCOMPARE(bytes.count("xl/worksheets/sheet"), 2 * (7 + 2));

    // A folder cannot be written: the reason is shown and nothing is claimed.
    FileDialog::setNextAnswer(m_dir.path());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(step->workbookButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cannot be written")), qPrintable(MessageBox::lastText()));
}

// A result still scoring (no scores in yet) has nothing to analyse: a calm message, no tables, no chart.
void TestUiRobustness::nothingToAnalyse()
{
    tp::Scenario scenario = UiTestData::example(QStringLiteral("cixi-2014"));
    scenario.scores.reset();
    const tp::Evaluation evaluation = evaluate(scenario);
    QCOMPARE(evaluation.status, tp::EvaluationStatus::Scoring);
    RobustnessView view;
    view.resize(1366, 600);
    view.setEvaluation(evaluation, scenario);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.analysed());
    QVERIFY(view.nothingLabel()->isVisible());
    QVERIFY(!view.leaveOneOutView()->isVisible());
    QVERIFY(!view.chartView()->isVisible());
    QCOMPARE(view.leaveOneOutModel()->rowCount(), 0);
    QCOMPARE(view.memberModel()->rowCount(), 0);
    QCOMPARE(view.chartView()->chart()->series().size(), 0);
}

// With TP_ROBUSTNESS_SCREENSHOTS=DIR, renders the analysis in Chinese at 1366 × 768 into DIR: the
// results step of the Cixi example in the window, and the reinsurance example's results page (run
// under xvfb-run for real fonts).
void TestUiRobustness::screenshots()
{
    const QString dir = qEnvironmentVariable("TP_ROBUSTNESS_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set TP_ROBUSTNESS_SCREENSHOTS=DIR to render the robustness analysis");
    tp::Translations::install(*qApp, QStringLiteral("zh_CN"));
    {
        MainWindow window(m_dir.filePath(QStringLiteral("screens.sqlite")));
        ResultsPage* page = cixiResults(window, QSize(1366, 728));
        QVERIFY(page && openRobustnessTab(page));
        QTest::qWait(50);
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("robustness-cixi.png"))));
    }
    {
        ResultsPage page;
        QVERIFY(showExample(page, QStringLiteral("reinsurance-2022"), QSize(1366, 640)));
        QTest::qWait(50);
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("robustness-reinsurance.png"))));
    }
    {
        // The tie of the tie-vote example before the vote: every row counts as changed.
        tp::Scenario scenario = UiTestData::example(QStringLiteral("tie-vote"));
        scenario.votes.clear();
        ResultsPage page;
        page.resize(1366, 640);
        page.setEvaluation(evaluate(scenario), scenario);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showRobustness();
        QTest::qWait(50);
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("robustness-tie.png"))));
    }
}

QTEST_MAIN(TestUiRobustness)
#include "tst_ui_robustness.moc"
