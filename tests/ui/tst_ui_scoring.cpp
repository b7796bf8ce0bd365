#include "MessageBox.h"
#include "UiTestData.h"
#include "model/Decimal.h"
#include "steps/StepContext.h"
#include "steps/results/ResultsStepPage.h"
#include "steps/scoring/DoubleEntryWidget.h"
#include "steps/scoring/OutlierReviewWidget.h"
#include "steps/scoring/ScoreSheetModel.h"
#include "steps/scoring/ScoreSheetView.h"
#include "steps/scoring/ScoreSheetWidget.h"
#include "steps/scoring/ScoringStepPage.h"
#include "store/NegotiationStore.h"
#include "store/RecordReader.h"
#include "store/ScoringService.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tp::ui;

class TestUiScoring : public QObject
{
    Q_OBJECT

private:
    static QString labelText(const QWidget& widget, const QString& name)
    {
        const auto* label = widget.findChild<QLabel*>(name);
        return label ? label->text() : QString();
    }

    // Keys the whole sheet: criterion c, bidder b gets base + c*3 + b points.
    static void fillModel(ScoreSheetModel* model, int base)
    {
        for (int c = 0; c < 3; ++c) {
            for (int b = 0; b < 3; ++b)
                QVERIFY(model->setData(model->cellIndex(c, b), QString::number(base + c * 3 + b)));
        }
    }

private slots:
    void modelIsConsistent()
    {
        ScoreSheetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const tp::Scenario s = UiTestData::scenario();
        model.setSheet(QStringLiteral("P1"), s.criteria, s.bidders);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 4);
        QVERIFY(model.setData(model.cellIndex(0, 0), QStringLiteral("38.5")));
        QVERIFY(!model.setData(model.cellIndex(0, 1), QStringLiteral("40.01")));
        QVERIFY(!model.setData(model.index(model.subtotalRow(), 1), QStringLiteral("3")));
        model.setHighlightedCells({{0, 0}});
        model.setReadOnly(true);
        model.setScores({{QStringLiteral("P1"), QStringLiteral("B2"), QStringLiteral("C2"), 2500}});
        QCOMPARE(model.cellIndex(1, 1).data().toString(), QStringLiteral("25.00"));
        model.setSheet(QStringLiteral("P2"), s.criteria, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void rangeCheckedEntryAndSubtotal()
    {
        const tp::Scenario s = UiTestData::scenario();
        ScoreSheetWidget widget;
        widget.setSheet(s.panel.at(0), s.criteria, s.bidders);
        widget.resize(1200, 600);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCOMPARE(labelText(widget, QStringLiteral("sheetTitle")), QStringLiteral("Score sheet of 赵明"));
        QCOMPARE(labelText(widget, QStringLiteral("sheetProgress")), QStringLiteral("0 of 9 scores entered."));

        ScoreSheetModel* model = widget.model();
        QVERIFY(UiTestData::typeIntoCell(widget.view(), model->cellIndex(0, 0), QStringLiteral("45")));
        QCOMPARE(labelText(widget, QStringLiteral("sheetMessage")),
                 QStringLiteral("45 is above the maximum 40 of criterion C1."));
        QCOMPARE(model->cellIndex(0, 0).data().toString(), QString());

        QVERIFY(UiTestData::typeIntoCell(widget.view(), model->cellIndex(0, 0), QStringLiteral("38.5")));
        QCOMPARE(labelText(widget, QStringLiteral("sheetMessage")), QString());
        QCOMPARE(model->cellIndex(0, 0).data().toString(), QStringLiteral("38.50"));
        QVERIFY(UiTestData::typeIntoCell(widget.view(), model->cellIndex(1, 0), QStringLiteral("27.25")));
        QCOMPARE(model->index(model->subtotalRow(), 1).data().toString(), QStringLiteral("65.75"));
        QCOMPARE(model->index(model->subtotalRow(), 0).data().toString(), QStringLiteral("Subtotal"));
        QCOMPARE(labelText(widget, QStringLiteral("sheetProgress")), QStringLiteral("2 of 9 scores entered."));
        // Only two decimals can be typed: the third is refused by the editor.
        QVERIFY(UiTestData::typeIntoCell(widget.view(), model->cellIndex(2, 0), QStringLiteral("12.345")));
        QCOMPARE(model->cellIndex(2, 0).data().toString(), QStringLiteral("12.34"));
    }

    // Where the user's keys go: the editor open on the current cell, or the view.
    static QWidget* keyTarget(QAbstractItemView* view)
    {
        QWidget* editor = view->indexWidget(view->currentIndex());
        return editor ? editor : view;
    }
    // Types into the sheet as the user does (the first key opens the cell's editor).
    static void typeKeys(QAbstractItemView* view, const QString& text)
    {
        for (const QChar c : text)
            QTest::keyClick(keyTarget(view), c.toLatin1());
    }

    // A rejected value keeps its cell in editing with the text as typed and the reason beside it;
    // Enter goes down the bidder's column, then to the top of the next bidder's column.
    void rejectedEntryKeepsTheCell()
    {
        const tp::Scenario s = UiTestData::scenario();
        ScoreSheetWidget widget;
        widget.setSheet(s.panel.at(0), s.criteria, s.bidders);
        widget.resize(1366, 768);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
        ScoreSheetModel* model = widget.model();
        ScoreSheetView* view = widget.view();
        view->setFocus();
        view->setCurrentIndex(model->cellIndex(0, 0));

        typeKeys(view, QStringLiteral("38.5"));
        QTest::keyClick(keyTarget(view), Qt::Key_Return);
        QTRY_COMPARE(model->cellIndex(0, 0).data().toString(), QStringLiteral("38.50"));
        QTRY_COMPARE(view->currentIndex(), model->cellIndex(1, 0)); // the next criterion of the same bidder

        // Out of range: refused, the editor stays on the cell with "99", the reason shown.
        typeKeys(view, QStringLiteral("99"));
        QTest::keyClick(keyTarget(view), Qt::Key_Return);
        QTest::qWait(50);
        QCOMPARE(view->currentIndex(), model->cellIndex(1, 0));
        auto* editor = qobject_cast<QLineEdit*>(view->indexWidget(model->cellIndex(1, 0)));
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("99"));
        QCOMPARE(QApplication::focusWidget(), editor);
        QVERIFY(labelText(widget, QStringLiteral("sheetMessage")).contains(QStringLiteral("above the maximum")));
        QVERIFY(editor->toolTip().contains(QStringLiteral("above the maximum")));
        QCOMPARE(model->cellIndex(1, 0).data().toString(), QString());

        // Bad format: "." is not a score; still the same cell.
        editor->clear();
        typeKeys(view, QStringLiteral("."));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::qWait(50);
        QCOMPARE(view->currentIndex(), model->cellIndex(1, 0));
        QCOMPARE(view->indexWidget(model->cellIndex(1, 0)), editor);
        QCOMPARE(editor->text(), QStringLiteral("."));
        QVERIFY(labelText(widget, QStringLiteral("sheetMessage")).contains(QStringLiteral("is not a score")));

        // Corrected in place: stored, the message goes, and the cursor moves on down.
        editor->selectAll();
        typeKeys(view, QStringLiteral("27.25"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model->cellIndex(1, 0).data().toString(), QStringLiteral("27.25"));
        QCOMPARE(labelText(widget, QStringLiteral("sheetMessage")), QString());
        QCOMPARE(view->currentIndex(), model->cellIndex(2, 0));

        // At the end of the bidder's column, Enter goes to the top of the next bidder's column.
        typeKeys(view, QStringLiteral("12"));
        QTest::keyClick(keyTarget(view), Qt::Key_Return);
        QTRY_COMPARE(model->cellIndex(2, 0).data().toString(), QStringLiteral("12.00"));
        QCOMPARE(view->currentIndex(), model->cellIndex(0, 1));
        typeKeys(view, QStringLiteral("30"));
        QTest::keyClick(keyTarget(view), Qt::Key_Return);
        QTRY_COMPARE(model->cellIndex(0, 1).data().toString(), QStringLiteral("30.00"));
        QCOMPARE(view->currentIndex(), model->cellIndex(1, 1));
        QCOMPARE(labelText(widget, QStringLiteral("sheetProgress")), QStringLiteral("4 of 9 scores entered."));
    }

    void submitOnceThenLocked()
    {
        const tp::Scenario s = UiTestData::scenario();
        ScoreSheetWidget widget;
        widget.setSheet(s.panel.at(1), s.criteria, s.bidders);
        widget.setPanelProgress(2, 5);
        widget.resize(1200, 600);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy drafts(&widget, &ScoreSheetWidget::draftChanged);
        QSignalSpy submitted(&widget, &ScoreSheetWidget::sheetSubmitted);
        auto* submit = widget.findChild<QPushButton*>(QStringLiteral("submitSheet"));
        QVERIFY(submit);
        QVERIFY(!submit->isEnabled());
        fillModel(widget.model(), 20);
        QCOMPARE(drafts.count(), 9);
        QVERIFY(submit->isEnabled());
        QCOMPARE(labelText(widget, QStringLiteral("panelProgress")),
                 QStringLiteral("2 of 5 panel members have submitted their sheets."));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(!widget.isSubmitted());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("cannot be changed")));
        QCOMPARE(submitted.count(), 0);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(widget.isSubmitted());
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.at(0).at(0).toString(), QStringLiteral("P2"));
        const auto entries = submitted.at(0).at(1).value<QList<tp::ScoreEntry>>();
        QCOMPARE(entries.size(), 9);
        QCOMPARE(entries.first().score, tp::Hundredths(2000));
        QVERIFY(!submit->isEnabled());
        QCOMPARE(labelText(widget, QStringLiteral("sheetProgress")),
                 QStringLiteral("Submitted. This sheet can no longer be changed."));

        // Edits are refused after submission, through the screen and through the model.
        const QModelIndex cell = widget.model()->cellIndex(0, 0);
        QVERIFY(!(widget.model()->flags(cell) & Qt::ItemIsEditable));
        UiTestData::typeIntoCell(widget.view(), cell, QStringLiteral("1"));
        QCOMPARE(cell.data().toString(), QStringLiteral("20.00"));
        QVERIFY(!widget.model()->setData(cell, QStringLiteral("1")));
        QCOMPARE(labelText(widget, QStringLiteral("sheetMessage")),
                 QStringLiteral("This sheet has been submitted and can no longer be changed."));
        QCOMPARE(drafts.count(), 9);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        widget.submit();
        QCOMPARE(submitted.count(), 1);
    }

    void sheetShowsNoOtherMember()
    {
        const tp::Scenario s = UiTestData::scenario();
        ScoreSheetWidget widget;
        widget.setSheet(s.panel.at(0), s.criteria, s.bidders,
                        {{QStringLiteral("P1"), QStringLiteral("B1"), QStringLiteral("C1"), 3000},
                         {QStringLiteral("P2"), QStringLiteral("B1"), QStringLiteral("C2"), 1111}});
        widget.show();
        const QStringList texts = UiTestData::visibleTexts(&widget);
        QVERIFY(texts.contains(QStringLiteral("30.00")));
        QVERIFY(!texts.contains(QStringLiteral("11.11")));
        for (const tp::Panelist& other : s.panel.mid(1)) {
            for (const QString& text : texts)
                QVERIFY2(!text.contains(other.name), qPrintable(text));
        }
    }

    void doubleEntryMismatchShownUntilResolved()
    {
        const tp::Scenario s = UiTestData::scenario();
        DoubleEntryWidget widget;
        widget.setSheet(s.panel.at(2), s.criteria, s.bidders);
        widget.resize(1300, 700);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy accepted(&widget, &DoubleEntryWidget::sheetAccepted);
        auto* finishFirst = widget.findChild<QPushButton*>(QStringLiteral("finishFirstKeying"));
        auto* finishSecond = widget.findChild<QPushButton*>(QStringLiteral("finishSecondKeying"));
        auto* accept = widget.findChild<QPushButton*>(QStringLiteral("acceptSheet"));
        QVERIFY(finishFirst && finishSecond && accept);

        QVERIFY(!widget.secondView()->isVisible());
        fillModel(widget.firstModel(), 10);
        QVERIFY(
            UiTestData::typeIntoCell(widget.firstView(), widget.firstModel()->cellIndex(0, 1), QStringLiteral("38.5")));
        QVERIFY(finishFirst->isEnabled());
        QTest::mouseClick(finishFirst, Qt::LeftButton);
        QCOMPARE(widget.stage(), DoubleEntryWidget::Stage::SecondKeying);
        QVERIFY(!widget.firstView()->isVisible()); // hidden while keyed again
        QVERIFY(widget.secondView()->isVisible());

        fillModel(widget.secondModel(), 10);
        QVERIFY(UiTestData::typeIntoCell(widget.secondView(), widget.secondModel()->cellIndex(0, 1),
                                         QStringLiteral("35.8")));
        QTest::mouseClick(finishSecond, Qt::LeftButton);
        QCOMPARE(widget.stage(), DoubleEntryWidget::Stage::Comparing);
        QVERIFY(widget.firstView()->isVisible());
        QVERIFY(widget.secondView()->isVisible());

        QCOMPARE(widget.mismatchCount(), 1);
        QCOMPARE(widget.findChild<QLabel*>(QStringLiteral("mismatchSummary"))->text(),
                 QStringLiteral("1 cell(s) differ between the two keyings. Correct them against the paper sheet."));
        auto* table = widget.findChild<QTableWidget*>(QStringLiteral("mismatchTable"));
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("C1"));
        QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("乙人寿")));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("38.50"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("35.80"));
        const QColor red(0xf6, 0xc4, 0xc4);
        QCOMPARE(widget.firstModel()->cellIndex(0, 1).data(Qt::BackgroundRole).value<QBrush>().color(), red);
        QCOMPARE(widget.secondModel()->cellIndex(0, 1).data(Qt::BackgroundRole).value<QBrush>().color(), red);
        QVERIFY(!widget.secondModel()->cellIndex(0, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!accept->isEnabled());

        QVERIFY(UiTestData::typeIntoCell(widget.secondView(), widget.secondModel()->cellIndex(0, 1),
                                         QStringLiteral("38.50")));
        QCOMPARE(widget.mismatchCount(), 0);
        QVERIFY(!table->isVisible());
        QVERIFY(!widget.secondModel()->cellIndex(0, 1).data(Qt::BackgroundRole).isValid());
        QCOMPARE(widget.findChild<QLabel*>(QStringLiteral("mismatchSummary"))->text(),
                 QStringLiteral("Both keyings agree."));
        QVERIFY(accept->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        const auto entries = accepted.at(0).at(1).value<QList<tp::ScoreEntry>>();
        QCOMPARE(entries.size(), 9);
        QCOMPARE(entries.at(1).score, tp::Hundredths(3850));
        QVERIFY(widget.firstModel()->isReadOnly());
    }

    void doubleEntryRestoresKeyings()
    {
        const tp::Scenario s = UiTestData::scenario();
        DoubleEntryWidget widget;
        widget.setSheet(s.panel.at(2), s.criteria, s.bidders);
        ScoreSheetModel first;
        first.setSheet(QStringLiteral("P3"), s.criteria, s.bidders);
        fillModel(&first, 5);
        QList<tp::ScoreEntry> second = first.entries();
        second[4].score = 100;
        widget.setKeyings(first.entries(), second);
        QCOMPARE(widget.stage(), DoubleEntryWidget::Stage::Comparing);
        QCOMPARE(widget.mismatchCount(), 1);
    }

    // Every text of a widget tree, shown or not: labels, line edits, buttons, and every cell and
    // header of every item model in it.
    static QStringList allTexts(const QWidget& root)
    {
        QStringList texts;
        for (const QLabel* label : root.findChildren<QLabel*>())
            texts.append(label->text());
        for (const QLineEdit* edit : root.findChildren<QLineEdit*>())
            texts.append(edit->text());
        for (const QAbstractButton* button : root.findChildren<QAbstractButton*>())
            texts.append(button->text());
        for (const QAbstractItemModel* model : root.findChildren<QAbstractItemModel*>()) {
            for (int row = 0; row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column) {
                    texts.append(model->index(row, column).data().toString());
                    texts.append(model->index(row, column).data(Qt::ToolTipRole).toString());
                }
        }
        return texts;
    }

    // Member P1 has submitted while the others score: choosing P1 in the member list shows that the
    // sheet is in, but none of its figures; the member entering a sheet sees the own entries; once
    // every sheet is in, P1's figures are shown.
    void submittedFiguresHiddenUntilAllIn()
    {
        QTemporaryDir dir;
        auto opened = tp::store::Workspace::open(dir.filePath(QStringLiteral("hidden.sqlite")));
        QVERIFY(opened.ok());
        tp::store::Workspace& ws = **opened.value;
        tp::Scenario cixi = UiTestData::example(QStringLiteral("cixi-2014"));
        const QList<tp::ScoreEntry> all = cixi.scores->toList();
        cixi.scores.reset();
        cixi.votes.clear();
        const auto imported = tp::store::NegotiationStore(ws).importScenario(cixi, QStringLiteral("test"));
        QVERIFY2(imported.ok(), qPrintable(imported.problem.toString()));
        const qint64 id = imported.value->id;
        tp::store::ScoringService scoring(ws);
        QMap<QString, QList<tp::ScoreEntry>> sheets;
        for (const tp::ScoreEntry& e : all)
            sheets[e.panelist].append(e);
        QVERIFY(
            scoring.enterSheet(id, QStringLiteral("P1"), sheets.value(QStringLiteral("P1")), QStringLiteral("t")).ok());

        // P1's figures as the sheet would show them: each score and each bidder's subtotal.
        QSet<QString> figures;
        QMap<QString, tp::Hundredths> subtotals;
        for (const tp::ScoreEntry& e : sheets.value(QStringLiteral("P1"))) {
            figures.insert(tp::Decimal::format(e.score));
            subtotals[e.bidder] += e.score;
        }
        for (const tp::Hundredths total : subtotals)
            figures.insert(tp::Decimal::format(total));

        ScoringStepPage page;
        QObject::connect(&page, &StepPage::changed, &page,
                         [&page, &ws, id] { page.reload(UiTestData::stepContext(ws, id)); });
        page.resize(1366, 768);
        page.reload(UiTestData::stepContext(ws, id));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QComboBox* chooser = page.panelistChooser();

        // P2 at the terminal keys a score: the own entry stays visible while entering.
        chooser->setFocus();
        while (chooser->currentData().toString() != QLatin1String("P2") &&
               chooser->currentIndex() + 1 < chooser->count())
            QTest::keyClick(chooser, Qt::Key_Down);
        QCOMPARE(chooser->currentData().toString(), QStringLiteral("P2"));
        QVERIFY(page.sheet()->view()->isVisible());
        const QModelIndex cell = page.sheet()->model()->cellIndex(0, 0);
        QVERIFY(UiTestData::typeIntoCell(page.sheet()->view(), cell, QStringLiteral("13.25")));
        QTRY_COMPARE(page.sheet()->model()->cellIndex(0, 0).data().toString(), QStringLiteral("13.25"));
        QCOMPARE(scoring.sheetValues(id, QStringLiteral("P2")).value->size(), 1);

        // Choose P1 in the list: submitted, and no figure of the sheet anywhere in the page.
        while (chooser->currentData().toString() != QLatin1String("P1") && chooser->currentIndex() > 0)
            QTest::keyClick(chooser, Qt::Key_Up);
        QCOMPARE(chooser->currentData().toString(), QStringLiteral("P1"));
        QVERIFY(page.sheet()->isSubmitted());
        QVERIFY(page.sheet()->areFiguresHidden());
        QVERIFY(!page.sheet()->view()->isVisible());
        QVERIFY(labelText(page, QStringLiteral("sheetProgress")).contains(QStringLiteral("hidden")));
        for (const QString& text : allTexts(page))
            QVERIFY2(!figures.contains(text), qPrintable(text));
        QCOMPARE(scoring.sheetValues(id, QStringLiteral("P1")).failure, tp::store::Failure::Refused);

        // Every other sheet comes in (paper sheets entered whole): P1's figures are shown.
        for (auto it = sheets.cbegin(); it != sheets.cend(); ++it)
            if (it.key() != QLatin1String("P1"))
                QVERIFY(scoring.enterSheet(id, it.key(), it.value(), QStringLiteral("t")).ok());
        page.reload(UiTestData::stepContext(ws, id));
        QCOMPARE(chooser->currentData().toString(), QStringLiteral("P1"));
        QVERIFY(!page.sheet()->areFiguresHidden());
        QVERIFY(page.sheet()->view()->isVisible());
        const QStringList shown = UiTestData::visibleTexts(&page);
        for (const QString& figure : std::as_const(figures))
            QVERIFY2(shown.contains(figure), qPrintable(figure));
    }

    // Two scores far from the rest of the panel: the panel confirms one and corrects the other; the
    // list empties, both decisions are recorded, and only then is there a result.
    void abnormalScoresReviewed()
    {
        QTemporaryDir dir;
        auto opened = tp::store::Workspace::open(dir.filePath(QStringLiteral("review.sqlite")));
        QVERIFY(opened.ok());
        tp::store::Workspace& ws = **opened.value;
        tp::Scenario cixi = UiTestData::example(QStringLiteral("cixi-2014"));
        QList<tp::ScoreEntry> scores = cixi.scores->toList();
        for (tp::ScoreEntry& e : scores) {
            if (e.panelist == QLatin1String("P3") && e.bidder == QLatin1String("B1") &&
                e.criterion == QLatin1String("C1"))
                e.score = 500;
            if (e.panelist == QLatin1String("P5") && e.bidder == QLatin1String("B2") &&
                e.criterion == QLatin1String("C3"))
                e.score = 100;
        }
        cixi.scores = scores;
        const qint64 id = tp::store::NegotiationStore(ws).importScenario(cixi, QStringLiteral("test")).value->id;
        tp::store::ScoringService scoring(ws);

        ScoringStepPage page;
        QObject::connect(&page, &StepPage::changed, &page,
                         [&page, &ws, id] { page.reload(UiTestData::stepContext(ws, id)); });
        page.resize(1200, 760);
        page.reload(UiTestData::stepContext(ws, id));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        OutlierReviewWidget* review = page.review();
        QCOMPARE(page.tabs()->currentWidget(), review);
        QCOMPARE(review->flagCount(), 2);
        QVERIFY(labelText(page, QStringLiteral("scoringState")).contains(QStringLiteral("2 flagged score(s)")));
        QTableWidget* table = review->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, OutlierReviewWidget::MemberColumn)->text(), QStringLiteral("孙伟"));
        QCOMPARE(table->item(0, OutlierReviewWidget::BidderColumn)->text(),
                 QStringLiteral("甲保险股份有限公司宁波分公司"));
        QVERIFY(table->item(0, OutlierReviewWidget::ScoreColumn)->text().startsWith(QStringLiteral("5.00")));
        QCOMPARE(table->item(0, OutlierReviewWidget::OthersColumn)->text(),
                 QStringLiteral("16, 17.5, 17.5, 18, 18.5, 18.5"));
        QVERIFY(!table->item(0, OutlierReviewWidget::OthersMeanColumn)->text().isEmpty());

        // No result while scores wait for review; the results page shows no ranking meanwhile.
        QCOMPARE(scoring.recordResult(id, QStringLiteral("test")).failure, tp::store::Failure::Refused);
        ResultsStepPage results(nullptr);
        results.reload(UiTestData::stepContext(ws, id));
        QVERIFY(labelText(results, QStringLiteral("resultsProblem")).contains(QStringLiteral("flagged")));

        // Confirm the first, with the reason.
        table->selectRow(0);
        QVERIFY(!review->confirmButton()->isEnabled()); // no reason yet
        review->reasonField()->insert(QStringLiteral("本人确认:该公司服务网点明显不足"));
        QVERIFY(review->confirmButton()->isEnabled());
        QVERIFY(!review->correctButton()->isEnabled()); // no corrected score
        QTest::mouseClick(review->confirmButton(), Qt::LeftButton);
        QCOMPARE(review->flagCount(), 1);
        QCOMPARE(table->item(0, OutlierReviewWidget::MemberColumn)->text(), QStringLiteral("周强"));

        // Correct the second on the abnormal-score ground.
        table->selectRow(0);
        review->reasonField()->insert(QStringLiteral("笔误,本人确认应为 8 分"));
        QTest::keyClicks(review->valueField(), QStringLiteral("8"));
        QVERIFY(review->correctButton()->isEnabled());
        QTest::mouseClick(review->correctButton(), Qt::LeftButton);
        QCOMPARE(review->flagCount(), 0);
        QVERIFY(labelText(page, QStringLiteral("scoringState")).contains(QStringLiteral("the result can be computed")));

        const auto corrections =
            tp::store::RecordReader::rows(ws, QStringLiteral("corrections"), {{QStringLiteral("negotiation_id"), id}});
        QCOMPARE(corrections.value->size(), 1);
        const QVariantMap correction = corrections.value->first();
        QCOMPARE(correction.value(QStringLiteral("category")).toString(), QStringLiteral("abnormal_score"));
        QCOMPARE(correction.value(QStringLiteral("panelist_code")).toString(), QStringLiteral("P5"));
        QCOMPARE(correction.value(QStringLiteral("old_hundredths")).toLongLong(), qint64(100));
        QCOMPARE(correction.value(QStringLiteral("new_hundredths")).toLongLong(), qint64(800));
        QCOMPARE(correction.value(QStringLiteral("leader")).toString(), QStringLiteral("赵明"));
        QCOMPARE(correction.value(QStringLiteral("reason")).toString(), QStringLiteral("笔误,本人确认应为 8 分"));
        const auto reviews = scoring.scoreReviews(id);
        QCOMPARE(reviews.value->size(), 1);
        QCOMPARE(reviews.value->first().panelist, QStringLiteral("P3"));
        QCOMPARE(reviews.value->first().reason, QStringLiteral("本人确认:该公司服务网点明显不足"));
        QVERIFY(scoring.recordResult(id, QStringLiteral("test")).ok());
    }
};

QTEST_MAIN(TestUiScoring)
#include "tst_ui_scoring.moc"
