// The main window driven offscreen on a temporary workspace.
#include "../store/ReadOnlyMount.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "dialogs/NewNegotiationDialog.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "io/ScenarioReader.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "model/Terms.h"
#include "steps/registration/RegisterBidderDialog.h"
#include "steps/registration/RegistrationStepPage.h"
#include "steps/results/RankingModel.h"
#include "steps/results/ResultsPage.h"
#include "steps/results/ResultsStepPage.h"
#include "steps/scoring/DoubleEntryWidget.h"
#include "steps/scoring/ScoreSheetModel.h"
#include "steps/scoring/ScoreSheetView.h"
#include "steps/scoring/ScoreSheetWidget.h"
#include "steps/scoring/ScoringStepPage.h"
#include "steps/vote/VoteStepPage.h"
#include "steps/vote/VoteWidget.h"
#include "store/AuditLog.h"
#include "store/NegotiationStore.h"
#include "store/Procedure.h"
#include "store/ProcedureService.h"
#include "store/ScoringService.h"
#include "store/SetupService.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace tp::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void importAndOpenCixi();
    void longListIsReadAsItIsShown();
    void tieVote();
    void damagedWorkspace();
    void lateRegistrationGivesUp();
    void scoreBeforeDrawIsRefused();
    void scoringPageFollowsProcedure();
    void readOnlyWorkspace();
    void paperSheetKeyedTwice();
    void everyStepNotReachedSaysWhy();

private:
    // A panel of three with one leader, so that registration can open.
    static void addPanel(tp::store::Workspace& workspace, qint64 id)
    {
        tp::store::SetupService setup(workspace);
        for (int i = 1; i <= 3; ++i) {
            tp::store::PanelistEntry m;
            m.id = QStringLiteral("P%1").arg(i);
            m.name = QStringLiteral("Member %1").arg(i);
            m.role = i == 1 ? tp::PanelRole::Leader : tp::PanelRole::Member;
            QVERIFY(setup.addPanelMember(id, m, QStringLiteral("t")).ok());
        }
    }
    // Every step not reached has a reason after its "not yet:", in its label and its tooltip.
    static void verifyReasons(NegotiationView* view)
    {
        for (const tp::store::Stage step : view->steps()) {
            const QListWidgetItem* item = view->navigator()->item(view->rowOf(step));
            const QString label = item->text().trimmed();
            const QString tip = item->toolTip().trimmed();
            QVERIFY2(!label.endsWith(QLatin1Char(':')) && !label.endsWith(QChar(0xff1a)), qPrintable(label));
            QVERIFY2(!tip.endsWith(QLatin1Char(':')) && !tip.endsWith(QChar(0xff1a)), qPrintable(tip));
            if (view->stepState(step) == NegotiationView::StepState::Blocked) {
                const QString reason = view->stepReason(step);
                QVERIFY2(reason.trimmed().size() > 8,
                         qPrintable(QStringLiteral("step %1: \"%2\"").arg(int(step)).arg(reason)));
                QVERIFY2(label.contains(reason), qPrintable(label));
            } else {
                QVERIFY(view->stepReason(step).isEmpty());
            }
        }
    }

    QString example(const QString& name) const
    {
        return QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/%1.json").arg(name);
    }
    QString rankingText(NegotiationView* view, int row, int column) const
    {
        auto* page = view->page<ResultsStepPage>();
        if (!page) {
            QTest::qFail("the results step has no page", __FILE__, __LINE__);
            return QString();
        }
        RankingModel* model = page->resultsPage()->rankingModel();
        return column == RankingModel::kBidderColumn
                   ? model->index(row, column).data(RankingModel::BidderIdRole).toString()
                   : model->index(row, column).data().toString();
    }
    // Clicks OK of the dialog of type T once it is shown modally, after `fill` has filled it in.
    template <typename T, typename F> void answerDialog(F fill)
    {
        QTimer::singleShot(0, this, [fill] {
            auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(dialog);
            auto* buttons = dialog->template findChild<QDialogButtonBox*>();
            QVERIFY(buttons);
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
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

    // The search goes through the store: title, purchaser, number, a bidder's name or the year.
    QVERIFY(home->searchField()->placeholderText().contains(QStringLiteral("bidder")));
    QVERIFY(home->searchField()->placeholderText().contains(QStringLiteral("year")));
    QTest::keyClicks(home->searchField(), QStringLiteral("nothing-like-this"));
    QCOMPARE(home->model()->rowCount(), 0);
    home->searchField()->clear();
    home->searchField()->setText(QStringLiteral("戊财产"));
    QCOMPARE(home->model()->rowCount(), 1);
    home->searchField()->clear();
    QTest::keyClicks(home->searchField(), QStringLiteral("2015"));
    QCOMPARE(home->model()->rowCount(), 0);
    home->searchField()->clear();
    QTest::keyClicks(home->searchField(), QStringLiteral("2014"));
    QCOMPARE(home->model()->rowCount(), 1);
    home->searchField()->clear();
    QCOMPARE(home->model()->rowCount(), 1);

    const QModelIndex first = home->model()->index(0, 1);
    QTest::mouseClick(home->view()->viewport(), Qt::LeftButton, {}, home->view()->visualRect(first).center());
    QTest::mouseDClick(home->view()->viewport(), Qt::LeftButton, {}, home->view()->visualRect(first).center());
    QVERIFY(!window.isShowingHome());
    NegotiationView* view = window.negotiationView();
    // A scored import lands in scoring with every sheet submitted.
    QCOMPARE(view->stepState(tp::store::Stage::Setup), NegotiationView::StepState::Done);
    QCOMPARE(view->stepState(tp::store::Stage::Draw), NegotiationView::StepState::Done);
    QCOMPARE(view->stepState(tp::store::Stage::Scoring), NegotiationView::StepState::Current);
    QCOMPARE(view->stepState(tp::store::Stage::Publication), NegotiationView::StepState::Blocked);
    QVERIFY(!view->stepReason(tp::store::Stage::Publication).isEmpty());

    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    QCOMPARE(view->stepState(tp::store::Stage::Result), NegotiationView::StepState::Current);
    QCOMPARE(view->currentStep(), tp::store::Stage::Result);
    QCOMPARE(rankingText(view, 0, RankingModel::kBidderColumn), QStringLiteral("B1"));
    QCOMPARE(rankingText(view, 0, view->page<ResultsStepPage>()->resultsPage()->rankingModel()->publishedColumn()),
             QStringLiteral("85.70"));
}

// A workspace of many negotiations: the start reads the count and the first page only, the rest comes
// as the list is scrolled; the negotiation view is made when a negotiation is first opened.
void TestMainWindow::longListIsReadAsItIsShown()
{
    const QString path = m_dir.filePath(QStringLiteral("long.sqlite"));
    const int total = 2 * NegotiationListModel::kPageSize + 50;
    {
        auto opened = tp::store::Workspace::open(path);
        QVERIFY(opened.ok());
        const tp::Scenario cixi = *tp::ScenarioReader::readFile(example(QStringLiteral("cixi-2014"))).scenario;
        for (int i = 0; i < total; ++i)
            QVERIFY(tp::store::NegotiationStore(**opened.value).importScenario(cixi, QStringLiteral("t")).ok());
    }
    MainWindow window(path);
    window.resize(1366, 768);
    HomeView* home = window.homeView();
    QVERIFY(!window.findChild<NegotiationView*>());
    QVERIFY(window.undoAction() && !window.undoAction()->isEnabled());
    QCOMPARE(home->model()->rowCount(), NegotiationListModel::kPageSize);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!home->isShowingEmptyState());
    QCOMPARE(home->model()->rowCount(), NegotiationListModel::kPageSize);
    const QLabel* status = nullptr;
    for (const QLabel* label : home->findChildren<QLabel*>())
        if (label->text().startsWith(QStringLiteral("%1 negotiation").arg(total)))
            status = label;
    QVERIFY2(status, "the status line does not give the whole count");
    // Newest first, and the next page follows on without a gap or a repeat.
    QCOMPARE(home->model()->index(0, NegotiationListModel::CodeColumn).data().toString(),
             QStringLiteral("N-2014-%1").arg(total, 4, 10, QLatin1Char('0')));
    // Each scroll to the end of what is there reads one page more.
    for (int pages = 1; pages < 3; ++pages) {
        home->view()->scrollToBottom();
        QTRY_COMPARE(home->model()->rowCount(), qMin(total, (pages + 1) * NegotiationListModel::kPageSize));
    }
    for (int row = 0; row < total; ++row)
        QCOMPARE(home->model()->idAt(row), qint64(total - row));
    // (The tester asks for every page itself, so it watches only from here.)
    QAbstractItemModelTester tester(home->model());
    // A search is counted and paged the same way.
    home->searchField()->setText(QStringLiteral("N-2014-000"));
    QCOMPARE(home->model()->rowCount(), 9);
    QVERIFY2(status->text().startsWith(QStringLiteral("9 negotiation")), qPrintable(status->text()));
    home->searchField()->clear();
    QVERIFY(home->model()->rowCount() < total);

    window.openNegotiation(home->model()->idAt(0));
    QVERIFY(!window.isShowingHome());
    QCOMPARE(window.findChild<NegotiationView*>(), window.negotiationView());
    QCOMPARE(window.negotiationView()->negotiationId(), qint64(total));
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
    QCOMPARE(view->stepState(tp::store::Stage::Vote), NegotiationView::StepState::Current);

    auto* page = view->page<VoteStepPage>();
    VoteWidget* vote = page->voteWidget();
    const int panelSize = vote->panelSize();
    QVERIFY(panelSize > 0);
    const QList<tp::Panelist> panel = view->context().scenario.panel;
    QCOMPARE(panelSize, int(panel.size()));
    for (int i = 0; i < panelSize; ++i) {
        QVERIFY(vote->chooseVoter(panel.at(i).id));
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
    QCOMPARE(view->stepState(tp::store::Stage::Result), NegotiationView::StepState::Current);
    QCOMPARE(rankingText(view, 0, RankingModel::kBidderColumn), QStringLiteral("B2"));
    // The roll is the whole panel, who all voted.
    QSqlQuery q(view->context().workspace->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM vote_roll")) && q.next());
    QCOMPARE(q.value(0).toInt(), panelSize);
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

void TestMainWindow::lateRegistrationGivesUp()
{
    MainWindow window(m_dir.filePath(QStringLiteral("late.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QDateTime deadline = QDateTime::currentDateTime().addSecs(-3600);
    answerDialog<NewNegotiationDialog>([deadline](NewNegotiationDialog* dialog) {
        QTest::keyClicks(dialog->titleField(), QStringLiteral("Late registration"));
        QTest::keyClicks(dialog->purchaserField(), QStringLiteral("Medical security centre"));
        dialog->templateChooser()->setCurrentIndex(0);
        dialog->registrationDeadlineField()->setDateTime(deadline);
    });
    window.newNegotiation();
    QVERIFY(!window.isShowingHome());
    NegotiationView* view = window.negotiationView();
    const qint64 id = view->negotiationId();
    QVERIFY(id > 0);
    tp::store::Workspace* workspace = view->context().workspace;
    QVERIFY(workspace);
    // Registration is opened from the step button, as a user does, once the panel is set.
    addPanel(*workspace, id);
    view->refresh();
    QCOMPARE(view->currentStep(), tp::store::Stage::Setup);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    QCOMPARE(view->context().stage, tp::store::Stage::Registration);
    QCOMPARE(view->currentStep(), tp::store::Stage::Registration);

    auto* page = view->page<RegistrationStepPage>();
    QVERIFY(page->entryButton()->isEnabled());
    answerDialog<RegisterBidderDialog>([](RegisterBidderDialog* dialog) {
        QCOMPARE(dialog->idField()->text(), QStringLiteral("B1"));
        QTest::keyClicks(dialog->nameField(), QStringLiteral("Late Insurance Co."));
        dialog->timeField()->setDateTime(QDateTime::currentDateTime());
    });
    QTest::mouseClick(page->entryButton(), Qt::LeftButton);

    const auto scenario = tp::store::NegotiationStore(*workspace).scenario(id);
    QVERIFY(scenario.ok());
    QCOMPARE(scenario.value->bidders.size(), 1);
    QCOMPARE(scenario.value->bidders.first().id, QStringLiteral("B1"));
    QVERIFY(scenario.value->bidders.first().registeredAt);
    QVERIFY(*scenario.value->bidders.first().registeredAt > deadline);
    QCOMPARE(page->table()->rowCount(), 1);
    QCOMPARE(page->table()->item(0, 0)->text(), QStringLiteral("B1"));
    QCOMPARE(page->table()->item(0, 3)->text(), tp::Terms::exclusionReason(QStringLiteral("late_registration")));
}

void TestMainWindow::scoreBeforeDrawIsRefused()
{
    QFile source(example(QStringLiteral("cixi-2014")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(source.readAll()).object();
    json.remove(QStringLiteral("draw"));
    json.remove(QStringLiteral("scores"));
    const QString path = m_dir.filePath(QStringLiteral("cixi-nodraw.json"));
    QFile target(path);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(QJsonDocument(json).toJson());
    target.close();

    MainWindow window(m_dir.filePath(QStringLiteral("nodraw.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FileDialog::setNextAnswer(path);
    window.importScenario();
    QCOMPARE(window.homeView()->model()->rowCount(), 1);
    window.openNegotiation(window.homeView()->model()->idAt(0));
    NegotiationView* view = window.negotiationView();
    QVERIFY(!view->context().drawRecorded());

    // The page says what the store would answer, and offers no sheet to key.
    auto* page = view->page<ScoringStepPage>();
    view->showStep(tp::store::Stage::Scoring);
    ScoreSheetWidget* sheet = page->sheet();
    QVERIFY(sheet->model()->columnCount() > 1);
    QVERIFY(!sheet->isEnabled());
    QVERIFY(!page->paperSheet()->isEnabled());
    const auto* state = page->findChild<QLabel*>(QStringLiteral("scoringState"));
    QVERIFY(state);
    QVERIFY2(state->text().contains(QStringLiteral("before the draw is recorded")), qPrintable(state->text()));
    const auto refused = tp::store::ScoringService(*view->context().workspace)
                             .recordScore(view->negotiationId(), QStringLiteral("P1"), QStringLiteral("B1"),
                                          QStringLiteral("C1"), 1500, QStringLiteral("t"));
    QCOMPARE(refused.failure, tp::store::Failure::Refused);
    QVERIFY2(state->text().contains(refused.problem.why), qPrintable(state->text()));

    const auto scenario = tp::store::NegotiationStore(*view->context().workspace).scenario(view->negotiationId());
    QVERIFY(scenario.ok());
    QVERIFY(!scenario.value->scores || scenario.value->scores->isEmpty());
}

// In registration the scoring page refuses with the procedure's words, the ones the store (and so the
// command line) answers with.
void TestMainWindow::scoringPageFollowsProcedure()
{
    const QString path = m_dir.filePath(QStringLiteral("registration.sqlite"));
    qint64 id = 0;
    {
        auto opened = tp::store::Workspace::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
        tp::store::Workspace& ws = **opened.value;
        tp::Project project;
        project.title = QStringLiteral("Registration open");
        project.purchaser = QStringLiteral("Medical security centre");
        const auto created = tp::store::NegotiationStore(ws).create(project, 1, QStringLiteral("t"));
        QVERIFY2(created.ok(), qPrintable(created.problem.toString()));
        id = created.value->id;
        tp::store::ProcedureService procedure(ws);
        for (int i = 1; i <= 3; ++i) {
            tp::store::PanelistEntry m;
            m.id = QStringLiteral("P%1").arg(i);
            m.name = QStringLiteral("Member %1").arg(i);
            m.role = i == 1 ? tp::PanelRole::Leader : tp::PanelRole::Member;
            QVERIFY(tp::store::SetupService(ws).addPanelMember(id, m, QStringLiteral("t")).ok());
        }
        QVERIFY(procedure.advance(id, tp::store::Stage::Registration, QStringLiteral("t")).ok());
    }
    MainWindow window(path);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openNegotiation(id);
    NegotiationView* view = window.negotiationView();
    QCOMPARE(view->context().stage, tp::store::Stage::Registration);
    auto* page = view->page<ScoringStepPage>();
    view->showStep(tp::store::Stage::Scoring);
    QCOMPARE(page->panelistChooser()->count(), 3);
    QVERIFY(!page->sheet()->isEnabled());
    QVERIFY(!page->paperSheet()->isEnabled());

    const auto refused = tp::store::ScoringService(*view->context().workspace)
                             .recordScore(id, QStringLiteral("P1"), QStringLiteral("B1"), QStringLiteral("C1"), 1500,
                                          QStringLiteral("t"));
    QCOMPARE(refused.failure, tp::store::Failure::Refused);
    QCOMPARE(refused.problem, *tp::store::Procedure::checkScoreEntry(tp::store::Stage::Registration, false));
    const auto* state = page->findChild<QLabel*>(QStringLiteral("scoringState"));
    QVERIFY(state);
    QVERIFY2(state->text().contains(refused.problem.why), qPrintable(state->text()));
    QVERIFY2(view->stepReason(tp::store::Stage::Scoring).contains(refused.problem.why),
             qPrintable(view->stepReason(tp::store::Stage::Scoring)));
}

// A workspace that cannot be written where it is opens read-only, says so, and refuses changes with
// the reason.
void TestMainWindow::readOnlyWorkspace()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    QVERIFY(QDir().mkpath(source));
    {
        auto opened = tp::store::Workspace::open(source + QStringLiteral("/ws.sqlite"));
        QVERIFY(opened.ok());
        QVERIFY(tp::store::NegotiationStore(**opened.value)
                    .importScenario(*tp::ScenarioReader::readFile(example(QStringLiteral("tie-vote"))).scenario,
                                    QStringLiteral("t"))
                    .ok());
    }
    QString path;
    QString reason;
    std::unique_ptr<ReadOnlyMount> mount;
    if (::geteuid() == 0) {
        mount = std::make_unique<ReadOnlyMount>(source, dir.filePath(QStringLiteral("disc")));
        if (!mount->ok())
            QSKIP(qPrintable(mount->error()));
        path = dir.filePath(QStringLiteral("disc/ws.sqlite"));
        reason = QStringLiteral("the workspace is on read-only media: it can be read but not changed");
    } else {
        path = source + QStringLiteral("/ws.sqlite");
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        reason = QStringLiteral("the workspace file is read-only: it can be read but not changed");
    }
    {
        MainWindow window(path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.hasWorkspace());
        QVERIFY(window.workspace()->isReadOnly());
        QVERIFY2(window.windowTitle().contains(QStringLiteral("read-only")), qPrintable(window.windowTitle()));
        HomeView* home = window.homeView();
        QVERIFY(home->readOnlyNotice()->isVisible());
        QVERIFY2(home->readOnlyNotice()->text().contains(reason), qPrintable(home->readOnlyNotice()->text()));
        QCOMPARE(home->model()->rowCount(), 1);

        MessageBox::setNextAnswer(QMessageBox::Ok);
        window.importScenario();
        QCOMPARE(MessageBox::lastText(), reason);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        window.newNegotiation();
        QCOMPARE(MessageBox::lastText(), reason);
        // A change on a step page is refused by the store with the same words.
        window.openNegotiation(home->model()->idAt(0));
        const auto refused = tp::store::ScoringService(*window.workspace())
                                 .recordResult(window.negotiationView()->negotiationId(), QStringLiteral("t"));
        QCOMPARE(refused.problem.why, reason);
    }
    if (mount)
        mount->unmount();
    QFile::setPermissions(source + QStringLiteral("/ws.sqlite"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestMainWindow::paperSheetKeyedTwice()
{
    QFile source(example(QStringLiteral("cixi-2014")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(source.readAll()).object();
    json.remove(QStringLiteral("scores"));
    const QString path = m_dir.filePath(QStringLiteral("cixi-noscores.json"));
    QFile target(path);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(QJsonDocument(json).toJson());
    target.close();

    MainWindow window(m_dir.filePath(QStringLiteral("paper.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FileDialog::setNextAnswer(path);
    window.importScenario();
    QCOMPARE(window.homeView()->model()->rowCount(), 1);
    window.openNegotiation(window.homeView()->model()->idAt(0));
    NegotiationView* view = window.negotiationView();
    QVERIFY(view->context().drawRecorded());
    view->showStep(tp::store::Stage::Scoring);
    auto* page = view->page<ScoringStepPage>();
    page->panelistChooser()->setCurrentIndex(page->panelistChooser()->findData(QStringLiteral("P1")));
    page->tabs()->setCurrentWidget(page->paperSheet());
    DoubleEntryWidget* paper = page->paperSheet();
    QVERIFY(paper->isVisible());
    QVERIFY(paper->isEnabled());

    ScoreSheetModel* first = paper->firstModel();
    const int criteria = first->subtotalRow();
    const int bidders = first->columnCount() - 1;
    QVERIFY(criteria > 0);
    QVERIFY(bidders > 0);
    for (int c = 0; c < criteria; ++c)
        for (int b = 0; b < bidders; ++b)
            QVERIFY(first->setData(first->cellIndex(c, b), QStringLiteral("4")));
    QTest::mouseClick(paper->findChild<QPushButton*>(QStringLiteral("finishFirstKeying")), Qt::LeftButton);
    QCOMPARE(paper->stage(), DoubleEntryWidget::Stage::SecondKeying);
    ScoreSheetModel* second = paper->secondModel();
    for (int c = 0; c < criteria; ++c)
        for (int b = 0; b < bidders; ++b)
            QVERIFY(
                second->setData(second->cellIndex(c, b), c == 0 && b == 0 ? QStringLiteral("5") : QStringLiteral("4")));
    QTest::mouseClick(paper->findChild<QPushButton*>(QStringLiteral("finishSecondKeying")), Qt::LeftButton);
    QCOMPARE(paper->stage(), DoubleEntryWidget::Stage::Comparing);
    QCOMPARE(paper->mismatchCount(), 1);

    // A mismatch blocks the acceptance: nothing is stored.
    auto* accept = paper->findChild<QPushButton*>(QStringLiteral("acceptSheet"));
    QVERIFY(accept);
    paper->accept();
    QTest::mouseClick(accept, Qt::LeftButton);
    tp::store::NegotiationStore store(*view->context().workspace);
    auto stored = store.scenario(view->negotiationId());
    QVERIFY(stored.ok());
    QVERIFY(!stored.value->scores || stored.value->scores->isEmpty());
    QVERIFY(!view->context().submittedSheets.contains(QStringLiteral("P1")));

    QVERIFY(second->setData(second->cellIndex(0, 0), QStringLiteral("4")));
    QCOMPARE(paper->mismatchCount(), 0);
    QVERIFY(paper->agrees());
    const auto before = tp::store::AuditLog::events(*view->context().workspace, view->negotiationId());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(accept, Qt::LeftButton);
    // The whole sheet is one action: one audit event for every score and the lock.
    const auto after = tp::store::AuditLog::events(*view->context().workspace, view->negotiationId());
    QCOMPARE(after.value->size(), before.value->size() + 1);
    QCOMPARE(after.value->last().action, QStringLiteral("sheet_entered"));

    stored = store.scenario(view->negotiationId());
    QVERIFY(stored.ok());
    QVERIFY(stored.value->scores);
    int p1 = 0;
    for (const tp::ScoreEntry& e : *stored.value->scores)
        if (e.panelist == QStringLiteral("P1")) {
            QCOMPARE(e.score, tp::Hundredths(400));
            ++p1;
        }
    QCOMPARE(p1, criteria * bidders);
    QVERIFY(view->context().submittedSheets.contains(QStringLiteral("P1")));
    QVERIFY(page->sheet()->isSubmitted());
    QVERIFY(!paper->isEnabled());
}

void TestMainWindow::everyStepNotReachedSaysWhy()
{
    MainWindow window(m_dir.filePath(QStringLiteral("reasons.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The Cixi negotiation at each step an import can land in: proposals, draw, presentations, scoring.
    QFile source(example(QStringLiteral("cixi-2014")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QJsonObject full = QJsonDocument::fromJson(source.readAll()).object();
    const QList<QStringList> removals = {
        {QStringLiteral("proposals"), QStringLiteral("draw"), QStringLiteral("scores")},
        {QStringLiteral("draw"), QStringLiteral("scores")},
        {QStringLiteral("scores")},
        {}};
    for (int i = 0; i < removals.size(); ++i) {
        QJsonObject json = full;
        for (const QString& key : removals.at(i))
            json.remove(key);
        const QString path = m_dir.filePath(QStringLiteral("reasons-%1.json").arg(i));
        QFile target(path);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(QJsonDocument(json).toJson());
        target.close();
        FileDialog::setNextAnswer(path);
        window.importScenario();
    }
    QCOMPARE(window.homeView()->model()->rowCount(), 4);
    QList<tp::store::Stage> stages;
    for (int row = 0; row < 4; ++row) {
        window.openNegotiation(window.homeView()->model()->idAt(row));
        NegotiationView* view = window.negotiationView();
        stages.append(view->context().stage);
        verifyReasons(view);
        if (view->context().stage == tp::store::Stage::Scoring) {
            // The result computed: the vote (skipped) and publication are still explained.
            QTest::mouseClick(view->nextButton(), Qt::LeftButton);
            QCOMPARE(view->context().stage, tp::store::Stage::Result);
            verifyReasons(view);
        }
    }
    std::sort(stages.begin(), stages.end());
    QCOMPARE(stages, (QList<tp::store::Stage>{tp::store::Stage::Proposals, tp::store::Stage::Draw,
                                              tp::store::Stage::Presentations, tp::store::Stage::Scoring}));

    // A new negotiation in setup, then in registration.
    answerDialog<NewNegotiationDialog>([](NewNegotiationDialog* dialog) {
        QTest::keyClicks(dialog->titleField(), QStringLiteral("Reasons"));
        QTest::keyClicks(dialog->purchaserField(), QStringLiteral("Medical security centre"));
        dialog->templateChooser()->setCurrentIndex(0);
    });
    window.newNegotiation();
    NegotiationView* view = window.negotiationView();
    QCOMPARE(view->context().stage, tp::store::Stage::Setup);
    verifyReasons(view);
    addPanel(*view->context().workspace, view->negotiationId());
    QVERIFY(tp::store::ProcedureService(*view->context().workspace)
                .advance(view->negotiationId(), tp::store::Stage::Registration, QStringLiteral("test"))
                .ok());
    view->refresh();
    verifyReasons(view);
    QVERIFY(!view->stepReason(tp::store::Stage::Proposals).isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_ui_mainwindow.moc"
