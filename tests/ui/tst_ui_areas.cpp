// Service areas in the window, driven offscreen at 1366 × 768: entered in the setup step (three areas
// of Zhaoqing with their places, applied and read back from the store; a place named twice and an
// incomplete area refused), and each winner's area on the results page and the projector, for the
// Zhaoqing 2025 example evaluated directly and imported into a workspace.
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestData.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "model/Translations.h"
#include "projector/ProjectorWindow.h"
#include "rules/Evaluator.h"
#include "rules/WorkingDayCalendar.h"
#include "steps/StepPage.h"
#include "steps/results/RankingModel.h"
#include "steps/results/ResultsPage.h"
#include "steps/setup/AllocationEditor.h"
#include "steps/setup/AreaEditor.h"
#include "steps/setup/PlaceListEditor.h"
#include "steps/setup/ProjectForm.h"
#include "steps/setup/SetupStepPage.h"
#include "store/NegotiationStore.h"
#include "store/SetupService.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tp::ui;

namespace {

// The three areas of the Zhaoqing example (tests/data/examples/zhaoqing-2025.json).
QList<tp::ServiceArea> zhaoqingAreas()
{
    return {{QStringLiteral("第一服务区域"),
             {QStringLiteral("端州区(含市直)"), QStringLiteral("鼎湖区"), QStringLiteral("高要区")}},
            {QStringLiteral("第二服务区域"),
             {QStringLiteral("四会市"), QStringLiteral("广宁县"), QStringLiteral("肇庆高新区")}},
            {QStringLiteral("第三服务区域"),
             {QStringLiteral("怀集县"), QStringLiteral("封开县"), QStringLiteral("德庆县")}}};
}

tp::Evaluation zhaoqingEvaluation(const tp::Scenario& scenario)
{
    const tp::Evaluator::Outcome outcome = tp::Evaluator(tp::WorkingDayCalendar::standard()).evaluate(scenario);
    if (!outcome.ok())
        qFatal("the Zhaoqing example does not evaluate");
    return *outcome.evaluation;
}

// Types text into a line edit as an input method would (QTest::keyClicks takes Latin-1 only).
void typeText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    edit->insert(text);
}

void clickRow(QListWidget* list, int row)
{
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
}

// Enters area `area` (1-based) of `winners` winners: its name and its places, one by one.
void enterArea(AreaEditor* editor, int winners, int area, const QString& name, const QStringList& places)
{
    QComboBox* chooser = editor->winnersChooser();
    chooser->setCurrentIndex(chooser->findData(winners));
    clickRow(editor->areaList(), area - 1);
    typeText(editor->nameField(), name);
    for (const QString& place : places) {
        typeText(editor->placesEditor()->newPlaceField(), place);
        QTest::mouseClick(editor->placesEditor()->addButton(), Qt::LeftButton);
    }
}

} // namespace

class TestUiAreas : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void editorSwitchesAward();
    void areasEnteredInSetup();
    void resultsShowAreas();
    void projectorShowsAreas();
    void importedNegotiationShowsAreas();
    void screenshots();

private:
    // A new negotiation from the blank template, its setup step on the project tab.
    SetupStepPage* newNegotiation(MainWindow& window);
    tp::Project stored(NegotiationView* view) const;

    QTemporaryDir m_dir;
};

void TestUiAreas::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

SetupStepPage* TestUiAreas::newNegotiation(MainWindow& window)
{
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    tp::Project project;
    project.title = QStringLiteral("肇庆市医疗救助经办服务项目");
    project.purchaser = QStringLiteral("肇庆市医疗保障事业管理中心");
    const auto created =
        tp::store::NegotiationStore(*window.workspace()).create(project, std::nullopt, QStringLiteral("test"));
    if (!created.ok())
        return nullptr;
    window.openNegotiation(created.value->id);
    auto* page = window.negotiationView()->page<SetupStepPage>();
    page->tabs()->setCurrentIndex(SetupStepPage::ProjectTab);
    return page;
}

tp::Project TestUiAreas::stored(NegotiationView* view) const
{
    const auto state = tp::store::SetupService(*view->context().workspace).state(view->negotiationId());
    if (!state.ok())
        qFatal("cannot read the setup: %s", qPrintable(state.problem.toString()));
    return state.value->project;
}

// The winners' editor alone: the choice of award decides what is applied, a switch is an unsaved
// change until applied or reverted, and the areas of each number of winners are kept while another is shown.
void TestUiAreas::editorSwitchesAward()
{
    AllocationEditor editor;
    editor.resize(600, 500);
    const QMap<int, QList<int>> shares{{1, {100}}, {2, {60, 40}}, {3, {60, 30, 10}}};
    const QMap<int, QList<tp::ServiceArea>> stored{{3, zhaoqingAreas()}};
    editor.setAllocation(3, shares, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    using Shares = QMap<int, QList<int>>;
    using Areas = QMap<int, QList<tp::ServiceArea>>;
    QList<std::pair<Shares, Areas>> applied;
    connect(&editor, &AllocationEditor::applied, this, [&applied](int, const Shares& allocation, const Areas& areas) {
        applied.append({allocation, areas});
    });
    QCOMPARE(editor.award(), AllocationEditor::Shares);
    QVERIFY(!editor.isModified());

    // Areas only: the shares are cleared, once applied.
    editor.awardChooser()->setCurrentIndex(AllocationEditor::Areas);
    QVERIFY(editor.isModified());
    QVERIFY(editor.allocation().isEmpty());
    const QList<tp::ServiceArea> zhaoqing = zhaoqingAreas();
    for (int i = 0; i < zhaoqing.size(); ++i)
        enterArea(editor.areaEditor(), 3, i + 1, zhaoqing.at(i).name, zhaoqing.at(i).places);
    // Another number of winners shown and back: what was entered is still there.
    enterArea(editor.areaEditor(), 1, 1, QString(), {});
    QCOMPARE(editor.areaEditor()->areaList()->count(), 1);
    enterArea(editor.areaEditor(), 3, 2, zhaoqing.at(1).name, {});
    QCOMPARE(editor.areaEditor()->placesEditor()->places(), zhaoqing.at(1).places);
    QCOMPARE(editor.areas(), stored);
    QTest::mouseClick(editor.applyButton(), Qt::LeftButton);
    QCOMPARE(applied.size(), 1);
    QVERIFY(applied.at(0).first.isEmpty());
    QCOMPARE(applied.at(0).second, stored);

    // The areas as stored, in the other order of two areas; Revert brings the stored order back.
    editor.setAllocation(3, {}, stored);
    QCOMPARE(editor.award(), AllocationEditor::Areas);
    QVERIFY(!editor.isModified());
    clickRow(editor.areaEditor()->areaList(), 1);
    QTest::mouseClick(editor.areaEditor()->findChild<QPushButton*>(QStringLiteral("moveAreaUp")), Qt::LeftButton);
    QCOMPARE(editor.areas().value(3).at(0).name, QStringLiteral("第二服务区域"));
    QVERIFY(editor.isModified());
    QTest::mouseClick(editor.revertButton(), Qt::LeftButton);
    QCOMPARE(editor.areas(), stored);
    QVERIFY(!editor.isModified());

    // Shares only: the areas go.
    editor.awardChooser()->setCurrentIndex(AllocationEditor::Shares);
    QVERIFY(editor.isModified());
    QVERIFY(editor.areas().isEmpty());
    QCOMPARE(editor.allocation(), shares); // the suggested shares, to be edited
    QTest::mouseClick(editor.applyButton(), Qt::LeftButton);
    QCOMPARE(applied.size(), 2);
    QCOMPARE(applied.at(1).first, shares);
    QVERIFY(applied.at(1).second.isEmpty());
}

void TestUiAreas::areasEnteredInSetup()
{
    MainWindow window(m_dir.filePath(QStringLiteral("setup.sqlite")));
    SetupStepPage* page = newNegotiation(window);
    QVERIFY(page && page->isEditable());
    NegotiationView* view = window.negotiationView();
    AllocationEditor* allocation = page->projectForm()->allocationEditor();
    AreaEditor* areas = allocation->areaEditor();
    QCOMPARE(allocation->award(), AllocationEditor::Shares);
    QVERIFY(!areas->isVisible());

    // Three winners, each serving an area: the shares give way to the areas.
    allocation->maxWinnersField()->setValue(3);
    allocation->awardChooser()->setCurrentIndex(AllocationEditor::Areas);
    QVERIFY(areas->isVisible());
    QVERIFY(!allocation->findChild<QWidget*>(QStringLiteral("shares"))->isVisible());
    QCOMPARE(areas->winnersChooser()->count(), 3);
    QCOMPARE(areas->winnersChooser()->currentData().toInt(), 3);
    QCOMPARE(areas->areaList()->count(), 3);
    QVERIFY(allocation->applyButton()->isEnabled()); // unsaved: the shares are to go
    const QList<tp::ServiceArea> zhaoqing = zhaoqingAreas();
    for (int i = 0; i < zhaoqing.size(); ++i)
        enterArea(areas, 3, i + 1, zhaoqing.at(i).name, zhaoqing.at(i).places);
    QCOMPARE(areas->areaList()->item(1)->text(), QStringLiteral("2. 第二服务区域"));
    QCOMPARE(areas->areas(), (QMap<int, QList<tp::ServiceArea>>{{3, zhaoqing}}));
    // Fewer winners have no areas yet: the editor says so.
    QVERIFY(areas->note()->isVisible());
    QVERIFY2(areas->note()->text().contains(QStringLiteral("1, 2")), qPrintable(areas->note()->text()));

    // A place typed twice is reordered and removed like any other.
    PlaceListEditor* places = areas->placesEditor();
    typeText(places->newPlaceField(), QStringLiteral("德庆县"));
    QTest::mouseClick(places->addButton(), Qt::LeftButton);
    QCOMPARE(places->places().size(), 4);
    QVERIFY(places->upButton()->isEnabled());
    QTest::mouseClick(places->upButton(), Qt::LeftButton);
    QCOMPARE(places->places().at(2), QStringLiteral("德庆县"));
    QTest::mouseClick(places->removeButton(), Qt::LeftButton);
    QCOMPARE(places->places(), zhaoqing.at(2).places);

    QTest::mouseClick(allocation->applyButton(), Qt::LeftButton);
    tp::Project project = stored(view);
    QCOMPARE(project.maxWinners, 3);
    QVERIFY(project.allocation.isEmpty());
    QCOMPARE(project.areas, (QMap<int, QList<tp::ServiceArea>>{{3, zhaoqing}}));
    QVERIFY(!allocation->applyButton()->isEnabled());
    QCOMPARE(allocation->award(), AllocationEditor::Areas);
    QCOMPARE(view->undoStack()->undoText(), QStringLiteral("Change the winners and their service areas"));

    // A place in two areas is refused with the place and the area named; nothing is stored and what
    // was entered stays until it is corrected or reverted.
    enterArea(areas, 3, 3, QStringLiteral("第三服务区域"), {QStringLiteral("鼎湖区")});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(allocation->applyButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("project.areas.3[2].places[3]")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(
        MessageBox::lastText().contains(QStringLiteral("\"鼎湖区\" is already a place of the area \"第一服务区域\"")),
        qPrintable(MessageBox::lastText()));
    QCOMPARE(stored(view).areas, (QMap<int, QList<tp::ServiceArea>>{{3, zhaoqing}}));
    QVERIFY(areas->areas().value(3).at(2).places.contains(QStringLiteral("鼎湖区"))); // kept to be corrected
    QTest::mouseClick(allocation->revertButton(), Qt::LeftButton);
    QCOMPARE(areas->areas(), (QMap<int, QList<tp::ServiceArea>>{{3, zhaoqing}}));

    // An area without places or name is not applied; what was entered stays to be completed.
    enterArea(areas, 2, 1, QStringLiteral("北区"), {});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(allocation->applyButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("project.areas.2[0].places: must name at least one place")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("project.areas.2[1].name: must not be empty")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(stored(view).areas, (QMap<int, QList<tp::ServiceArea>>{{3, zhaoqing}}));
    QCOMPARE(areas->nameField()->text(), QStringLiteral("北区"));
    QTest::mouseClick(allocation->revertButton(), Qt::LeftButton);
    QVERIFY(!allocation->applyButton()->isEnabled());

    // Shares beside the areas, then shares only: the areas go.
    allocation->awardChooser()->setCurrentIndex(AllocationEditor::SharesAndAreas);
    QTest::mouseClick(allocation->applyButton(), Qt::LeftButton);
    project = stored(view);
    QCOMPARE(project.allocation, (QMap<int, QList<int>>{{1, {100}}, {2, {60, 40}}, {3, {60, 30, 10}}}));
    QCOMPARE(project.areas, (QMap<int, QList<tp::ServiceArea>>{{3, zhaoqing}}));
    allocation->awardChooser()->setCurrentIndex(AllocationEditor::Shares);
    QTest::mouseClick(allocation->applyButton(), Qt::LeftButton);
    QVERIFY(stored(view).areas.isEmpty());
    // Undo brings the areas back.
    window.undoAction()->trigger();
    QCOMPARE(stored(view).areas, (QMap<int, QList<tp::ServiceArea>>{{3, zhaoqing}}));
    QCOMPARE(allocation->award(), AllocationEditor::SharesAndAreas);
}

void TestUiAreas::resultsShowAreas()
{
    const tp::Scenario scenario = UiTestData::example(QStringLiteral("zhaoqing-2025"));
    const tp::Evaluation evaluation = zhaoqingEvaluation(scenario);
    QCOMPARE(evaluation.status, tp::EvaluationStatus::Final);
    QCOMPARE(evaluation.winners.size(), 3);
    ResultsPage page;
    page.resize(1366, 740);
    page.setEvaluation(evaluation, scenario);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RankingModel* model = page.rankingModel();
    // Areas and no shares: an area column, no share column.
    QCOMPARE(model->shareColumn(), -1);
    QVERIFY(model->areaColumn() > 0);
    QCOMPARE(model->columnCount(), model->voteColumn() + 1);
    QCOMPARE(model->headerData(model->areaColumn(), Qt::Horizontal).toString(), QStringLiteral("Service area"));
    const QList<tp::ServiceArea> zhaoqing = zhaoqingAreas();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex area = model->index(row, model->areaColumn());
        const QString bidder = model->index(row, 0).data(RankingModel::BidderIdRole).toString();
        const int rank = int(evaluation.winners.indexOf(bidder));
        if (rank < 0) {
            QCOMPARE(area.data().toString(), QString());
            continue;
        }
        QCOMPARE(area.data().toString(), zhaoqing.at(rank).name);
        QVERIFY2(area.data(Qt::ToolTipRole).toString().contains(zhaoqing.at(rank).places.at(1)),
                 qPrintable(area.data(Qt::ToolTipRole).toString()));
    }
    for (const QString& text : UiTestData::visibleTexts(&page)) {
        QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("null")), qPrintable(text));
    }
    // Each winner's area with its places, below the status.
    const QString details = page.findChild<QLabel*>(QStringLiteral("resultsDetails"))->text();
    const tp::Bidder* first = scenario.bidder(evaluation.winners.at(0));
    QVERIFY2(
        details.contains(QStringLiteral("%1 serves 第一服务区域: 端州区(含市直), 鼎湖区, 高要区").arg(first->name)),
        qPrintable(details));
}

void TestUiAreas::projectorShowsAreas()
{
    const tp::Scenario scenario = UiTestData::example(QStringLiteral("zhaoqing-2025"));
    const tp::Evaluation evaluation = zhaoqingEvaluation(scenario);
    ProjectorWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showApprovedRanking(evaluation, scenario));
    const QStringList texts = UiTestData::visibleTexts(&window);
    QVERIFY(texts.contains(QStringLiteral("Service area")));
    QVERIFY(!texts.contains(QStringLiteral("Share")));
    QVERIFY(texts.contains(QStringLiteral("第一服务区域\n端州区(含市直), 鼎湖区, 高要区")));
    QVERIFY(texts.contains(QStringLiteral("第三服务区域\n怀集县, 封开县, 德庆县")));
    for (const QString& text : texts)
        QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
    // Read from the back of the room: the places are not much smaller than the names.
    const QList<QLabel*> areas = window.findChildren<QLabel*>(QStringLiteral("rankingArea"));
    QCOMPARE(areas.size(), 4);
    for (QLabel* area : areas)
        QVERIFY(area->font().pixelSize() >= 26);

    // An area's name is shown as it is written, markup and all.
    tp::Evaluation marked = evaluation;
    marked.ranking[0].area->name = QStringLiteral("<b>第一</b>服务区域");
    QVERIFY(window.showApprovedRanking(marked, scenario));
    QCoreApplication::processEvents();
    bool literal = false;
    for (QLabel* area : window.findChildren<QLabel*>(QStringLiteral("rankingArea")))
        literal = literal || (area->text().startsWith(QStringLiteral("<b>第一</b>服务区域\n")) &&
                              area->textFormat() == Qt::PlainText);
    QVERIFY(literal);

    // With shares beside the areas, both are shown.
    tp::Scenario both = scenario;
    both.project.allocation = {{3, {50, 30, 20}}};
    const tp::Evaluation withShares = zhaoqingEvaluation(both);
    QVERIFY(window.showApprovedRanking(withShares, both));
    QCoreApplication::processEvents(); // the new cells are shown
    const QStringList bothTexts = UiTestData::visibleTexts(&window);
    QVERIFY(bothTexts.contains(QStringLiteral("Share")));
    QVERIFY(bothTexts.contains(QStringLiteral("50 %")));
    QVERIFY(bothTexts.contains(QStringLiteral("第二服务区域\n四会市, 广宁县, 肇庆高新区")));
}

// The example imported into a workspace (the store keeps the areas): the results step and the
// projector after the approval show each winner's area.
void TestUiAreas::importedNegotiationShowsAreas()
{
    MainWindow window(m_dir.filePath(QStringLiteral("import.sqlite")));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FileDialog::setNextAnswer(QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/zhaoqing-2025.json"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.importScenario();
    QVERIFY2(window.homeView()->model()->rowCount() == 1, qPrintable(MessageBox::lastText()));
    window.openNegotiation(window.homeView()->model()->idAt(0));
    NegotiationView* view = window.negotiationView();
    QCOMPARE(view->context().scenario.project.areas.value(3), zhaoqingAreas());
    view->showStep(tp::store::Stage::Scoring);
    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    QTRY_COMPARE(view->navigator()->currentRow(), view->rowOf(tp::store::Stage::Result));
    auto* results = view->page(tp::store::Stage::Result)->findChild<ResultsPage*>();
    QVERIFY(results && results->isVisible());
    RankingModel* model = results->rankingModel();
    QVERIFY(model->areaColumn() > 0);
    QCOMPARE(model->index(0, model->areaColumn()).data().toString(), QStringLiteral("第一服务区域"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(results->findChild<QPushButton*>(QStringLiteral("approveRanking")), Qt::LeftButton);
    ProjectorWindow* projector = window.projector();
    QCOMPARE(projector->currentView(), ProjectorWindow::View::Ranking);
    QVERIFY(
        UiTestData::visibleTexts(projector).contains(QStringLiteral("第一服务区域\n端州区(含市直), 鼎湖区, 高要区")));
}

// With TP_AREAS_SCREENSHOTS=DIR, renders the area editor, the results page and the projector in
// Chinese at 1366 × 768 into DIR (run under xvfb-run for real fonts).
void TestUiAreas::screenshots()
{
    const QString dir = qEnvironmentVariable("TP_AREAS_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set TP_AREAS_SCREENSHOTS=DIR to render the service areas");
    tp::Translations::install(*qApp, QStringLiteral("zh_CN"));
    {
        MainWindow window(m_dir.filePath(QStringLiteral("screens.sqlite")));
        SetupStepPage* page = newNegotiation(window);
        QVERIFY(page);
        AllocationEditor* allocation = page->projectForm()->allocationEditor();
        allocation->maxWinnersField()->setValue(3);
        allocation->awardChooser()->setCurrentIndex(AllocationEditor::SharesAndAreas);
        const QList<tp::ServiceArea> zhaoqing = zhaoqingAreas();
        for (int i = 0; i < zhaoqing.size(); ++i)
            enterArea(allocation->areaEditor(), 3, i + 1, zhaoqing.at(i).name, zhaoqing.at(i).places);
        clickRow(allocation->areaEditor()->areaList(), 0);
        QTest::qWait(50);
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("areas-setup.png"))));
    }
    const tp::Scenario scenario = UiTestData::example(QStringLiteral("zhaoqing-2025"));
    const tp::Evaluation evaluation = zhaoqingEvaluation(scenario);
    {
        ResultsPage page;
        page.resize(1366, 700);
        page.setEvaluation(evaluation, scenario);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("areas-results.png"))));
    }
    {
        ProjectorWindow window;
        window.setProjectTitle(scenario.project.title);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showApprovedRanking(evaluation, scenario));
        QTest::qWait(50);
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("areas-projector.png"))));
    }
}

QTEST_MAIN(TestUiAreas)
#include "tst_ui_areas.moc"
