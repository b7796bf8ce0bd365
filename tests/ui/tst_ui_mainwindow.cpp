// The main window driven offscreen on a temporary workspace.
#include "MainWindow.h"
#include "MessageBox.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "results/RankingModel.h"
#include "results/ResultsPage.h"
#include "steps/ResultsStepPage.h"
#include "steps/VoteStepPage.h"
#include "vote/VoteWidget.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tp::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void importAndOpenCixi();
    void tieVote();
    void damagedWorkspace();

private:
    QString example(const QString& name) const
    {
        return QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/%1.json").arg(name);
    }
    QString rankingText(NegotiationView* view, int row, int column) const
    {
        auto* page = static_cast<ResultsStepPage*>(view->page(NegotiationView::ResultsStep));
        RankingModel* model = page->resultsPage()->rankingModel();
        return column == RankingModel::kBidderColumn
                   ? model->index(row, column).data(RankingModel::BidderIdRole).toString()
                   : model->index(row, column).data().toString();
    }
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::importAndOpenCixi()
{
    MainWindow window(m_dir.filePath(QStringLiteral("cixi.sqlite")));
    QVERIFY(window.hasWorkspace());
    HomeView* home = window.homeView();
    QVERIFY(home->isShowingEmptyState());
    QAbstractItemModelTester tester(home->model());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    FileDialog::setNextAnswer(example(QStringLiteral("cixi-2014")));
    QTest::mouseClick(home->importButton(), Qt::LeftButton);
    QCOMPARE(home->model()->rowCount(), 1);
    QVERIFY(!home->isShowingEmptyState());
    QCOMPARE(home->model()->index(0, NegotiationListModel::CodeColumn).data().toString(),
             QStringLiteral("N-2014-0001"));
    QCOMPARE(home->model()->index(0, NegotiationListModel::YearColumn).data().toString(), QStringLiteral("2014"));

    // The search goes through the store.
    QTest::keyClicks(home->searchField(), QStringLiteral("nothing-like-this"));
    QCOMPARE(home->model()->rowCount(), 0);
    home->searchField()->clear();
    QCOMPARE(home->model()->rowCount(), 1);

    const QModelIndex first = home->model()->index(0, 1);
    QTest::mouseClick(home->view()->viewport(), Qt::LeftButton, {}, home->view()->visualRect(first).center());
    QTest::mouseDClick(home->view()->viewport(), Qt::LeftButton, {}, home->view()->visualRect(first).center());
    QVERIFY(!window.isShowingHome());
    NegotiationView* view = window.negotiationView();
    // A scored import lands in scoring with every sheet submitted.
    QCOMPARE(view->stepState(NegotiationView::SetupStep), NegotiationView::StepState::Done);
    QCOMPARE(view->stepState(NegotiationView::DrawStep), NegotiationView::StepState::Done);
    QCOMPARE(view->stepState(NegotiationView::ScoringStep), NegotiationView::StepState::Current);
    QCOMPARE(view->stepState(NegotiationView::PublicationStep), NegotiationView::StepState::Blocked);
    QVERIFY(!view->stepReason(NegotiationView::PublicationStep).isEmpty());

    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    QCOMPARE(view->stepState(NegotiationView::ResultsStep), NegotiationView::StepState::Current);
    QCOMPARE(view->currentStep(), int(NegotiationView::ResultsStep));
    QCOMPARE(rankingText(view, 0, RankingModel::kBidderColumn), QStringLiteral("B1"));
    QCOMPARE(rankingText(view, 0,
                         static_cast<ResultsStepPage*>(view->page(NegotiationView::ResultsStep))
                             ->resultsPage()
                             ->rankingModel()
                             ->publishedColumn()),
             QStringLiteral("85.70"));
}

void TestMainWindow::tieVote()
{
    QFile source(example(QStringLiteral("tie-vote")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray json = source.readAll();
    const int votes = json.indexOf("\"votes\"");
    QVERIFY(votes > 0);
    // Drop the votes member (the last one of the file).
    const int comma = json.lastIndexOf(',', votes);
    json = json.left(comma) + "\n}\n";
    const QString path = m_dir.filePath(QStringLiteral("tie-novotes.json"));
    QFile target(path);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(json);
    target.close();

    MainWindow window(m_dir.filePath(QStringLiteral("tie.sqlite")));
    FileDialog::setNextAnswer(path);
    window.importScenario();
    QCOMPARE(window.homeView()->model()->rowCount(), 1);
    window.openNegotiation(window.homeView()->model()->idAt(0));
    NegotiationView* view = window.negotiationView();
    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    QCOMPARE(view->stepState(NegotiationView::VoteStep), NegotiationView::StepState::Current);

    auto* page = static_cast<VoteStepPage*>(view->page(NegotiationView::VoteStep));
    VoteWidget* vote = page->voteWidget();
    const int panelSize = vote->panelSize();
    QVERIFY(panelSize > 0);
    for (int i = 0; i < panelSize; ++i) {
        vote->beginBallot();
        auto* b2 = vote->findChild<QRadioButton*>(QStringLiteral("choice_B2"));
        QVERIFY(b2);
        b2->setChecked(true);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        for (QPushButton* p : vote->findChildren<QPushButton*>())
            if (p->objectName() == QStringLiteral("castBallot"))
                p->click();
    }
    if (!vote->isClosed())
        vote->closeRound();
    QCOMPARE(view->stepState(NegotiationView::ResultsStep), NegotiationView::StepState::Current);
    QCOMPARE(rankingText(view, 0, RankingModel::kBidderColumn), QStringLiteral("B2"));
}

void TestMainWindow::damagedWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("this is not a workspace at all").repeated(200));
    file.close();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MainWindow window(path);
    QVERIFY(!window.hasWorkspace());
    QVERIFY(MessageBox::lastText().contains(path));
    window.importScenario(); // nothing to import into: no crash
    window.newNegotiation();
}

QTEST_MAIN(TestMainWindow)
#include "tst_ui_mainwindow.moc"
