#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestData.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "io/ScenarioWriter.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "projector/ProjectorWindow.h"
#include "rules/LotDraw.h"
#include "steps/StepContext.h"
#include "steps/draw/DrawPage.h"
#include "steps/draw/DrawStepPage.h"
#include "store/NegotiationStore.h"
#include "store/ProcedureService.h"
#include "store/Workspace.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tp::ui;

class TestUiDraw : public QObject
{
    Q_OBJECT

private:
    static QString compact(QString text)
    {
        text.remove(QLatin1Char(' '));
        text.remove(QLatin1Char('\n'));
        return text;
    }

private slots:
    void commitThenReveal()
    {
        DrawPage page;
        page.setBidders(UiTestData::qualifiedBidders());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy committed(&page, &DrawPage::drawCommitted);
        QSignalSpy revealed(&page, &DrawPage::drawRevealed);
        auto* commitment = page.findChild<QLabel*>(QStringLiteral("commitment"));
        auto* seedLabel = page.findChild<QLabel*>(QStringLiteral("seed"));
        auto* reveal = page.findChild<QPushButton*>(QStringLiteral("revealButton"));
        QVERIFY(!commitment->isVisible());
        QVERIFY(!reveal->isEnabled());

        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("drawButton")), Qt::LeftButton);
        QCOMPARE(committed.count(), 1);
        const QString seed = committed.at(0).at(0).toString();
        QVERIFY(tp::LotDraw::isValidSeed(seed));
        // The commitment is on the screen; the seed and the order are not.
        QVERIFY(commitment->isVisible());
        QCOMPARE(compact(commitment->text()), tp::LotDraw::commitment(seed));
        QCOMPARE(commitment->text().count(QLatin1Char('\n')), 3);
        QVERIFY(!seedLabel->isVisible());
        for (const QString& text : UiTestData::visibleTexts(&page))
            QVERIFY2(!text.contains(seed), qPrintable(text));
        QVERIFY(page.commitmentSheetHtml().contains(commitment->text().left(19)));
        QVERIFY(!page.commitmentSheetHtml().contains(seed));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(revealed.count(), 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(revealed.count(), 1);
        const QStringList ids{QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B3")};
        const QStringList order = tp::LotDraw::order(seed, ids);
        QCOMPARE(revealed.at(0).at(1).toStringList(), order);
        QVERIFY(seedLabel->isVisible());
        QCOMPARE(seedLabel->text(), QStringLiteral("Seed: ") + seed);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("orderTable"));
        QCOMPARE(table->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(table->item(row, 0)->text(), QString::number(row + 1));
            QCOMPARE(table->item(row, 2)->text(), tp::LotDraw::checkCommand(seed, order.at(row)));
        }
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("checkHint"))->text().contains(QStringLiteral("| sha256sum")));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("drawButton"))->isEnabled());
    }

    void knownSeedOrder()
    {
        DrawPage page;
        page.setBidders(UiTestData::qualifiedBidders());
        const QString seed(64, QLatin1Char('a'));
        page.setCommitted(seed);
        QCOMPARE(page.state(), DrawPage::State::Committed);
        QCOMPARE(page.commitment(), tp::LotDraw::commitment(seed));
        page.setRevealed(seed);
        QCOMPARE(page.order(),
                 tp::LotDraw::order(seed, {QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B3")}));
    }

    void physicalDraw()
    {
        DrawPage page;
        page.setBidders(UiTestData::qualifiedBidders());
        page.show();
        QSignalSpy recorded(&page, &DrawPage::manualOrderRecorded);
        auto* list = page.findChild<QListWidget*>(QStringLiteral("manualOrder"));
        list->setCurrentRow(2);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("moveUp")), Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("moveUp")), Qt::LeftButton);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("recordOrder")), Qt::LeftButton);
        QCOMPARE(recorded.count(), 1);
        QCOMPARE(recorded.at(0).at(0).toStringList(),
                 (QStringList{QStringLiteral("B3"), QStringLiteral("B1"), QStringLiteral("B2")}));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("1. 丙健康保险股份有限公司浙江分公司")));
        QCOMPARE(page.state(), DrawPage::State::ManualRecorded);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("recordOrder"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("drawButton"))->isEnabled());
    }

    // The commitment on the screen is already in the workspace; a page opened later (another
    // window, or after a restart) shows the same one, and the reveal uses the stored seed.
    void commitmentStoredWhenShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("draw.sqlite"));
        auto opened = tp::store::Workspace::open(path);
        QVERIFY(opened.ok());
        std::shared_ptr<tp::store::Workspace> ws = *opened.value;
        tp::Scenario cixi = UiTestData::example(QStringLiteral("cixi-2014"));
        cixi.draw.reset();
        cixi.scores.reset();
        const qint64 id = tp::store::NegotiationStore(*ws).importScenario(cixi, QStringLiteral("test")).value->id;

        QString shown;
        {
            DrawStepPage page(nullptr);
            page.reload(UiTestData::stepContext(*ws, id));
            page.show();
            QSignalSpy committed(page.drawPage(), &DrawPage::drawCommitted);
            QTest::mouseClick(page.drawPage()->findChild<QPushButton*>(QStringLiteral("drawButton")), Qt::LeftButton);
            QCOMPARE(committed.count(), 1);
            shown = compact(page.drawPage()->findChild<QLabel*>(QStringLiteral("commitment"))->text());
            const auto pending = tp::store::ProcedureService(*ws).pendingDraw(id);
            QVERIFY(pending.ok() && *pending.value);
            QCOMPARE((*pending.value)->commitment, shown);
            QCOMPARE((*pending.value)->seed, committed.at(0).at(0).toString());
            // Not a draw yet: the export has no draw and no seed.
            const auto exported = tp::store::NegotiationStore(*ws).scenario(id);
            QVERIFY(!exported.value->draw);
            QVERIFY(!tp::ScenarioWriter::write(*exported.value).contains((*pending.value)->seed.toUtf8()));
        }

        // The workspace is closed and opened again: the new page shows the same commitment.
        ws.reset();
        ws = *tp::store::Workspace::open(path).value;
        DrawStepPage page(nullptr);
        QObject::connect(&page, &StepPage::changed, &page,
                         [&page, &ws, id] { page.reload(UiTestData::stepContext(*ws, id)); });
        page.reload(UiTestData::stepContext(*ws, id));
        page.show();
        QCOMPARE(page.drawPage()->state(), DrawPage::State::Committed);
        QCOMPARE(compact(page.drawPage()->findChild<QLabel*>(QStringLiteral("commitment"))->text()), shown);
        QVERIFY(!page.drawPage()->findChild<QPushButton*>(QStringLiteral("drawButton"))->isEnabled());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page.drawPage()->findChild<QPushButton*>(QStringLiteral("revealButton")), Qt::LeftButton);
        const auto stored = tp::store::NegotiationStore(*ws).scenario(id);
        QVERIFY(stored.value->draw && stored.value->draw->seed);
        QCOMPARE(tp::LotDraw::commitment(*stored.value->draw->seed), shown);
        QCOMPARE(tp::store::ProcedureService(*ws).stage(id).value, tp::store::Stage::Presentations);
        QCOMPARE(page.drawPage()->state(), DrawPage::State::Revealed);
        QCOMPARE(page.drawPage()->findChild<QLabel*>(QStringLiteral("seed"))->text(),
                 QStringLiteral("Seed: ") + *stored.value->draw->seed);
    }

    // In the window: after the reveal the draw step stays on the screen with the seed, the order and the
    // check commands until the user moves on, and its button puts the revealed draw on the projector.
    void revealStaysOnDrawStep()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        tp::Scenario cixi = UiTestData::example(QStringLiteral("cixi-2014"));
        cixi.draw.reset();
        cixi.scores.reset();
        const QString path = dir.filePath(QStringLiteral("cixi-draw.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tp::ScenarioWriter::write(cixi));
        file.close();

        MainWindow window(dir.filePath(QStringLiteral("draw.sqlite")));
        window.resize(1366, 768);
        window.show();
        FileDialog::setNextAnswer(path);
        window.importScenario();
        QCOMPARE(window.homeView()->model()->rowCount(), 1);
        window.openNegotiation(window.homeView()->model()->idAt(0));
        NegotiationView* view = window.negotiationView();
        QCOMPARE(view->currentStep(), tp::store::Stage::Draw);
        QCOMPARE(view->navigator()->currentRow(), view->rowOf(tp::store::Stage::Draw));
        auto* step = view->page<DrawStepPage>();
        auto* project = step->findChild<QPushButton*>(QStringLiteral("projectDraw"));
        QVERIFY(project);
        QVERIFY(!project->isEnabled());

        QTest::mouseClick(step->drawPage()->findChild<QPushButton*>(QStringLiteral("drawButton")), Qt::LeftButton);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(step->drawPage()->findChild<QPushButton*>(QStringLiteral("revealButton")), Qt::LeftButton);
        QCOMPARE(step->drawPage()->state(), DrawPage::State::Revealed);
        // The procedure has moved on; the screen has not.
        QCOMPARE(view->currentStep(), tp::store::Stage::Presentations);
        QCoreApplication::processEvents();
        QCOMPARE(view->navigator()->currentRow(), view->rowOf(tp::store::Stage::Draw));
        QVERIFY(step->isVisible());
        const QString seed = view->context().scenario.draw->seed.value_or(QString());
        QVERIFY(!seed.isEmpty());
        auto* seedLabel = step->findChild<QLabel*>(QStringLiteral("seed"));
        QVERIFY(seedLabel->isVisible());
        QVERIFY(seedLabel->text().contains(seed));
        auto* order = step->findChild<QTableWidget*>(QStringLiteral("orderTable"));
        QVERIFY(order->isVisible());
        QCOMPARE(order->rowCount(), int(view->context().qualification->qualified.size()));
        QVERIFY(order->item(0, 2)->text().contains(QStringLiteral("sha256sum")));
        auto* hint = step->findChild<QLabel*>(QStringLiteral("checkHint"));
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("printf '%s' ") + seed + QStringLiteral(" | sha256sum")));

        // The projector shows the order and the seed on request.
        ProjectorWindow* projector = window.projector();
        projector->showTitle();
        QVERIFY(project->isEnabled());
        QTest::mouseClick(project, Qt::LeftButton);
        QVERIFY(projector->isVisible());
        QCOMPARE(projector->currentView(), ProjectorWindow::View::DrawOrder);
        const QString first = order->item(0, 1)->text();
        QVERIFY(projector->findChild<QLabel*>(QStringLiteral("drawOrder"))->text().contains(first));
        auto* projectedSeed = projector->findChild<QLabel*>(QStringLiteral("drawSeed"));
        QVERIFY(projectedSeed->isVisible());
        QVERIFY(projectedSeed->text().contains(seed));
        projector->close();

        // Moving on is the user's choice: the next step is one click away.
        view->showStep(tp::store::Stage::Presentations);
        QCOMPARE(view->navigator()->currentRow(), view->rowOf(tp::store::Stage::Presentations));
    }
};

QTEST_MAIN(TestUiDraw)
#include "tst_ui_draw.moc"
