#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestData.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "steps/StepPage.h"
#include "steps/results/RankingModel.h"
#include "steps/results/ResultsPage.h"
#include "store/AuditLog.h"
#include "store/RankingApprovals.h"
#include "store/StoreTime.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tp::ui;

class TestUiResults : public QObject
{
    Q_OBJECT

private slots:
    void rankingModel()
    {
        RankingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvaluation(UiTestData::finalEvaluation(), UiTestData::scenario());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 2 + 5 + 4);
        QCOMPARE(model.headerData(model.panelColumn(0), Qt::Horizontal).toString(), QStringLiteral("赵明"));
        QCOMPARE(model.headerData(model.publishedColumn(), Qt::Horizontal).toString(), QStringLiteral("Score"));

        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, RankingModel::kPositionColumn).toInt(), 1);
        QCOMPARE(cell(0, RankingModel::kBidderColumn).toString(), QStringLiteral("甲保险股份有限公司宁波分公司"));
        // B1: P4 88.00 dropped as highest, P3 83.00 as lowest; the others count.
        QCOMPARE(cell(0, model.panelColumn(3)).toString(), QStringLiteral("88.00"));
        QVERIFY(cell(0, model.panelColumn(3), Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(cell(0, model.panelColumn(3), Qt::ToolTipRole).toString(), QStringLiteral("Dropped: highest total"));
        QCOMPARE(cell(0, model.panelColumn(2)).toString(), QStringLiteral("83.00"));
        QVERIFY(cell(0, model.panelColumn(2), Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(cell(0, model.panelColumn(0)).toString(), QStringLiteral("85.00"));
        QVERIFY(!cell(0, model.panelColumn(0), Qt::FontRole).isValid());
        QCOMPARE(cell(0, model.exactMeanColumn()).toString(), QStringLiteral("256/3 = 85.3333…"));
        QCOMPARE(cell(0, model.publishedColumn()).toString(), QStringLiteral("85.33"));
        QCOMPARE(cell(0, model.shareColumn()).toString(), QStringLiteral("60 %"));
        QCOMPARE(cell(1, model.exactMeanColumn()).toString(), QStringLiteral("481/6 = 80.1666…"));
        QCOMPARE(cell(1, model.publishedColumn()).toString(), QStringLiteral("80.17"));
        QCOMPARE(cell(2, model.shareColumn()).toString(), QStringLiteral("0 %"));
        QCOMPARE(cell(2, model.voteColumn()).toString(), QString());
    }

    void exactMeanOfWholeHundredths()
    {
        tp::Evaluation evaluation = UiTestData::finalEvaluation();
        evaluation.ranking[0].score = tp::Fraction(8570, 1);
        evaluation.ranking[0].decidedByVote = true;
        RankingModel model;
        model.setEvaluation(evaluation, UiTestData::scenario());
        QCOMPARE(model.index(0, model.exactMeanColumn()).data().toString(), QStringLiteral("85.70"));
        QCOMPARE(model.index(0, model.voteColumn()).data().toString(), QStringLiteral("by vote"));
    }

    void finalPage()
    {
        ResultsPage page;
        page.resize(1366, 740);
        page.setEvaluation(UiTestData::finalEvaluation(), UiTestData::scenario());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(
            page.findChild<QLabel*>(QStringLiteral("resultsStatus"))->text(),
            QStringLiteral("Final ranking. Selected: 甲保险股份有限公司宁波分公司, 乙人寿保险股份有限公司宁波分公司"));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("startVote"))->isVisible());

        QCOMPARE(page.boxPlotSeries()->count(), 3);
        const QBoxSet* first = page.boxPlotSeries()->boxSets().at(0);
        QCOMPARE(first->at(QBoxSet::LowerExtreme), qreal(83));
        QCOMPARE(first->at(QBoxSet::Median), qreal(85));
        QCOMPARE(first->at(QBoxSet::UpperExtreme), qreal(88));
        const QList<QPointF> dropped = page.droppedSeries()->points();
        QCOMPARE(dropped.size(), 6);
        QVERIFY(dropped.contains(QPointF(0, 88)));
        QVERIFY(dropped.contains(QPointF(0, 83)));
        QVERIFY(dropped.contains(QPointF(2, 90)));
        QCOMPARE(page.criteriaSeries()->count(), 3);
        QCOMPARE(page.criteriaSeries()->barSets().at(0)->count(), 3);
        QCOMPARE(page.criteriaSeries()->barSets().at(0)->at(0), qreal(34));

        QSignalSpy approved(&page, &ResultsPage::rankingApproved);
        auto* approve = page.findChild<QPushButton*>(QStringLiteral("approveRanking"));
        QVERIFY(approve->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(approved.count(), 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(approved.count(), 1);
    }

    // Bidders whose names begin alike keep their own box and bar set: each label has the bidder's code,
    // and the full name is in the tooltip.
    void chartLabelsAreDistinct()
    {
        tp::Scenario scenario = UiTestData::scenario();
        scenario.bidders[0].name = QStringLiteral("中国人民财产保险股份有限公司宁波市分公司");
        scenario.bidders[1].name = QStringLiteral("中国人民财产保险股份有限公司慈溪支公司");
        scenario.bidders[2].name = QStringLiteral("中国人民财产保险股份有限公司余姚支公司");
        ResultsPage page;
        page.resize(1366, 700);
        page.setEvaluation(UiTestData::finalEvaluation(), scenario);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QBarCategoryAxis* axis = nullptr;
        for (QAbstractAxis* a : page.boxPlotView()->chart()->axes())
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(a))
                axis = categories;
        QVERIFY(axis);
        const QStringList categories = axis->categories();
        QCOMPARE(categories.size(), 3);
        QCOMPARE(QSet<QString>(categories.begin(), categories.end()).size(), 3);
        QCOMPARE(categories.at(0), QStringLiteral("B1 中国人民财产…"));
        QCOMPARE(page.boxPlotSeries()->count(), 3);
        QStringList bars;
        for (const QBarSet* set : page.criteriaSeries()->barSets())
            bars.append(set->label());
        QCOMPARE(QSet<QString>(bars.begin(), bars.end()).size(), 3);
        // Pointing at a box or a bar names the bidder in full.
        emit page.boxPlotSeries()->hovered(true, page.boxPlotSeries()->boxSets().at(1));
        QVERIFY2(page.boxPlotView()->toolTip().contains(QStringLiteral("中国人民财产保险股份有限公司慈溪支公司")),
                 qPrintable(page.boxPlotView()->toolTip()));
        emit page.criteriaSeries()->hovered(true, 0, page.criteriaSeries()->barSets().at(2));
        QVERIFY2(page.criteriaView()->toolTip().contains(QStringLiteral("中国人民财产保险股份有限公司余姚支公司")),
                 qPrintable(page.criteriaView()->toolTip()));
    }

    void tieOpensVote()
    {
        ResultsPage page;
        page.setEvaluation(UiTestData::tiedEvaluation(), UiTestData::scenario());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("resultsStatus"))
                    ->text()
                    .startsWith(QStringLiteral("Tie for positions 1–2: ")));
        RankingModel* model = page.rankingModel();
        QCOMPARE(model->index(0, model->shareColumn()).data().toString(), QStringLiteral("—"));
        QCOMPARE(model->index(0, model->voteColumn()).data().toString(), QStringLiteral("tied"));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("approveRanking"))->isVisible());
        QSignalSpy vote(&page, &ResultsPage::voteRequested);
        auto* start = page.findChild<QPushButton*>(QStringLiteral("startVote"));
        QVERIFY(start->isVisible());
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(vote.count(), 1);
        const auto tie = vote.at(0).at(0).value<tp::TieOutcome>();
        QCOMPARE(tie.bidders, (QStringList{QStringLiteral("B1"), QStringLiteral("B2")}));
        QCOMPARE(tie.first, 1);
        QCOMPARE(tie.last, 2);
    }

    // Approving the ranking says what happened (when, by whom) and leads on to the publication step.
    void approvalIsConfirmed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window(dir.filePath(QStringLiteral("approve.sqlite")));
        window.resize(1366, 768);
        window.show();
        FileDialog::setNextAnswer(QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/cixi-2014.json"));
        window.importScenario();
        QCOMPARE(window.homeView()->model()->rowCount(), 1);
        window.openNegotiation(window.homeView()->model()->idAt(0));
        NegotiationView* view = window.negotiationView();
        view->showStep(tp::store::Stage::Scoring);
        QTest::mouseClick(view->nextButton(), Qt::LeftButton);
        QTRY_COMPARE(view->navigator()->currentRow(), view->rowOf(tp::store::Stage::Result));
        auto* page = view->page(tp::store::Stage::Result);
        auto* approval = page->findChild<QLabel*>(QStringLiteral("rankingApproval"));
        auto* toPublication = page->findChild<QPushButton*>(QStringLiteral("toPublication"));
        QVERIFY(approval && toPublication);
        QVERIFY(!approval->isVisible());
        QVERIFY(!toPublication->isVisible());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("approveRanking")), Qt::LeftButton);
        QTRY_VERIFY(approval->isVisible());
        const auto stored = tp::store::RankingApprovals(*view->context().workspace).latest(view->context().id);
        QVERIFY(stored.ok() && *stored.value);
        QVERIFY2(approval->text().contains((*stored.value)->actor), qPrintable(approval->text()));
        const auto at = tp::store::StoreTime::fromText((*stored.value)->at);
        QVERIFY(at);
        QVERIFY2(approval->text().contains(at->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 qPrintable(approval->text()));
        QVERIFY(toPublication->isVisible());
        // The approval is one event of the tamper-evident record, which still verifies.
        const auto verified = tp::store::AuditLog::verify(*view->context().workspace);
        QVERIFY(verified.ok());
        QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.why));
        QTest::mouseClick(toPublication, Qt::LeftButton);
        QCOMPARE(view->navigator()->currentRow(), view->rowOf(tp::store::Stage::Publication));
    }
};

QTEST_MAIN(TestUiResults)
#include "tst_ui_results.moc"
