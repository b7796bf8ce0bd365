// Panel members' own terminals, on the PostgreSQL test server: the secretary issues credentials in the
// scoring step and saves the slips; a member's credential (read from the slip's QR code) opens the
// member's window instead of the main window; the member types scores, is told of a refused one,
// cannot submit an incomplete sheet, submits; the secretary's table follows without any score and
// without a banner; a vote round's ballot; a revoked credential's page.
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestEngine.h"
#include "UiTestData.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "member/MemberSheetModel.h"
#include "member/MemberWindow.h"
#include "model/Decimal.h"
#include "steps/scoring/MemberTerminalsWidget.h"
#include "steps/scoring/ScoringStepPage.h"
#include "store/MemberAccess.h"
#include "store/MemberSession.h"
#include "store/NegotiationStore.h"
#include "store/ScoringService.h"
#include "store/Workspace.h"
#include "store/WorkspaceAddress.h"
#include "store/WorkspaceWatcher.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace tp::ui;

namespace {

// The texts the table shows in a row (name, terminal, state).
QStringList rowTexts(const QTableWidget* table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column)
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts;
}

int rowOf(const QTableWidget* table, const QString& name)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == name)
            return row;
    return -1;
}

} // namespace

class TestUiMember : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void issueScoreAndSubmit();
    void revokedCredentialPage();
    void voteRoundBallot();
    void slipsNameTheServerAsTerminalsReachIt();

private:
    // A negotiation of the cixi example at the scoring step (draw recorded, no score).
    qint64 importScoring(tp::store::Workspace& ws, const QString& code);
    // The secretary's window on the server workspace at the scoring step of `id`.
    std::unique_ptr<MainWindow> secretaryWindow(qint64 id);
    // Issues credentials to the members selected by name in the secretary's table; returns the
    // connection URIs decoded from the QR codes of the saved slips.
    QStringList issueThroughTable(MemberTerminalsWidget* terminals, const QStringList& names);
    // Opens the window for a connection URI as the program does for a workspace address given on its
    // command line, the password coming from the environment (as libpq reads it).
    std::unique_ptr<MainWindow> openAsMember(const QString& connectionUri);

    QTemporaryDir m_dir;
    QString m_address;
    std::shared_ptr<tp::store::Workspace> m_ws;
    tp::Scenario m_cixi;
};

void TestUiMember::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("TP_TEST_PG_STATE") ||
        !QFile::exists(qEnvironmentVariable("TP_TEST_PG_STATE") + QStringLiteral("/uri")))
        QSKIP("no PostgreSQL test server (run through CTest, fixture \"postgres\")");
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("zbarimg (zbar-tools) and pdftoppm (poppler-utils) are needed to read the slips' QR codes");
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_address = TestEngine::newDatabase();
    auto opened = tp::store::Workspace::open(m_address);
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    m_ws = *opened.value;
    m_cixi = UiTestData::example(QStringLiteral("cixi-2014"));
}

void TestUiMember::cleanupTestCase()
{
    m_ws.reset();
}

qint64 TestUiMember::importScoring(tp::store::Workspace& ws, const QString& code)
{
    tp::Scenario cixi = m_cixi;
    cixi.scores.reset();
    cixi.votes.clear();
    cixi.project.title = cixi.project.title + QStringLiteral(" ") + code;
    const auto imported = tp::store::NegotiationStore(ws).importScenario(cixi, QStringLiteral("secretary"));
    if (!imported.ok())
        qFatal("cannot import: %s", qPrintable(imported.problem.toString()));
    return imported.value->id;
}

std::unique_ptr<MainWindow> TestUiMember::secretaryWindow(qint64 id)
{
    auto window = std::make_unique<MainWindow>(m_address);
    window->resize(1366, 768);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->hasWorkspace())
        return nullptr;
    window->openNegotiation(id);
    window->negotiationView()->showStep(tp::store::Stage::Scoring);
    return window;
}

QStringList TestUiMember::issueThroughTable(MemberTerminalsWidget* terminals, const QStringList& names)
{
    QTableWidget* table = terminals->table();
    table->clearSelection();
    for (const QString& name : names) {
        const int row = rowOf(table, name);
        if (row < 0)
            return {};
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    static int n = 0;
    const QString pdf = m_dir.filePath(QStringLiteral("slips-%1.pdf").arg(++n));
    FileDialog::setNextAnswer(pdf);
    terminals->issueButton()->click();
    if (!QFile::exists(pdf))
        return {};
    const QString images = m_dir.filePath(QStringLiteral("slips-%1").arg(n));
    QDir().mkpath(images);
    QProcess::execute(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), pdf, images + u"/p"});
    QStringList uris;
    for (const QString& page : QDir(images).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name)) {
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"),
                   {QStringLiteral("--quiet"), QStringLiteral("--raw"), images + u'/' + page});
        zbar.waitForFinished(60000);
        uris << QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }
    return uris;
}

std::unique_ptr<MainWindow> TestUiMember::openAsMember(const QString& connectionUri)
{
    QUrl url(connectionUri);
    const QString password = url.password(QUrl::FullyDecoded);
    url.setPassword(QString());
    qputenv("PGPASSWORD", password.toUtf8());
    auto window = std::make_unique<MainWindow>(url.toString());
    qunsetenv("PGPASSWORD");
    return window;
}

void TestUiMember::issueScoreAndSubmit()
{
    const qint64 id = importScoring(*m_ws, QStringLiteral("A"));
    auto secretary = secretaryWindow(id);
    QVERIFY(secretary);
    auto* page = secretary->negotiationView()->page<ScoringStepPage>();
    QVERIFY(page);
    MemberTerminalsWidget* terminals = page->terminals();
    // The tab of the terminals is there on a server workspace; the secretary opens it.
    const int tab = page->tabs()->indexOf(terminals);
    QVERIFY(page->tabs()->isTabVisible(tab));
    page->tabs()->setCurrentIndex(tab);
    QVERIFY(terminals->isVisible());
    QTableWidget* table = terminals->table();
    QCOMPARE(table->rowCount(), int(m_cixi.panel.size()));
    const QString name = m_cixi.panel.at(0).name;
    const int row = rowOf(table, name);
    QVERIFY(row >= 0);
    QCOMPARE(rowTexts(table, row).at(MemberTerminalsWidget::StateColumn), QStringLiteral("Not issued"));
    QCOMPARE(rowTexts(table, row).at(MemberTerminalsWidget::TerminalColumn), QStringLiteral("Paper / this computer"));

    const QStringList uris = issueThroughTable(terminals, {name});
    QCOMPARE(uris.size(), 1);
    const QString login = QUrl(uris.at(0)).userName();
    QVERIFY(!login.isEmpty());
    QCOMPARE(rowTexts(table, row).at(MemberTerminalsWidget::TerminalColumn), login);
    QCOMPARE(rowTexts(table, row).at(MemberTerminalsWidget::StateColumn), QStringLiteral("Waiting for login"));

    // The member's terminal: the address from the slip opens the member's window, not the main window.
    auto terminal = openAsMember(uris.at(0));
    MemberWindow* member = terminal->memberWindow();
    QVERIFY(member);
    QVERIFY(!terminal->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(member));
    member->resize(1366, 768);
    QCOMPARE(member->currentPage(), MemberWindow::Page::Sheet);
    QVERIFY(member->titleLabel()->text().contains(m_cixi.project.title));
    QVERIFY(member->memberLabel()->text().contains(name));
    QVERIFY(member->findChildren<QMenuBar*>().isEmpty());

    QTableView* sheet = member->sheetView();
    MemberSheetModel* model = member->sheetModel();
    const int bidders = model->rowCount();
    const int criteria = model->columnCount() - 1;
    QVERIFY(bidders > 0 && criteria > 0);

    // The secretary is busy in a dialog meanwhile: the members' scores are no reason to interrupt.
    QDialog busy(secretary.get());
    busy.open();
    QVERIFY(QApplication::activeModalWidget() == &busy);

    // A value above the maximum: refused, said so, the cell stays empty.
    QVERIFY(UiTestData::typeIntoCell(sheet, model->index(0, 0), QStringLiteral("1000")));
    QVERIFY(member->messageLabel()->text().contains(QStringLiteral("outside")));
    QVERIFY(model->index(0, 0).data().toString().isEmpty());

    // Every cell but the last, with distinctive values (x.25) that must not appear on the secretary's side.
    QList<QString> typed;
    for (int b = 0; b < bidders; ++b)
        for (int c = 0; c < criteria; ++c) {
            if (b == bidders - 1 && c == criteria - 1)
                continue;
            const tp::Hundredths max = model->view().criteria.at(c).max;
            const QString value = tp::Decimal::formatShort(qMax<tp::Hundredths>(25, max - 75 - 100 * b));
            QVERIFY(UiTestData::typeIntoCell(sheet, model->index(b, c), value));
            QVERIFY2(member->messageLabel()->text().startsWith(QStringLiteral("Saved")),
                     qPrintable(member->messageLabel()->text()));
            typed << value;
        }
    QTRY_COMPARE(model->index(0, 0).data().toString(), typed.at(0));

    // Submitting the incomplete sheet is refused and names the missing cell.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    member->submitButton()->click();
    QVERIFY(MessageBox::lastText().contains(model->view().bidders.last().name));
    QVERIFY(member->submittedLabel()->isHidden());

    // The secretary's table follows the member's progress, as a count, with no banner.
    const int cells = bidders * criteria;
    QTRY_COMPARE(rowTexts(table, row).at(MemberTerminalsWidget::StateColumn),
                 QStringLiteral("Scoring %1/%2").arg(cells - 1).arg(cells));
    QTest::qWait(600); // longer than the window waits before reading a change
    QVERIFY(secretary->banner()->isHidden());
    busy.accept();

    // The last cell, then the submission.
    QVERIFY(UiTestData::typeIntoCell(sheet, model->index(bidders - 1, criteria - 1), QStringLiteral("1")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    member->submitButton()->click();
    QTRY_VERIFY(member->submittedLabel()->isVisible());
    QVERIFY(member->submittedLabel()->text().contains(QStringLiteral("1/%1").arg(m_cixi.panel.size())));
    QVERIFY(!member->submitButton()->isVisible());
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));

    QTRY_COMPARE(rowTexts(table, row).at(MemberTerminalsWidget::StateColumn), QStringLiteral("Submitted"));
    const QStringList seen = UiTestData::visibleTexts(terminals);
    for (const QString& value : std::as_const(typed))
        if (value.contains(u'.'))
            QVERIFY2(!seen.join(u'\n').contains(value), qPrintable(value));
    QVERIFY(secretary->banner()->isHidden());
}

void TestUiMember::revokedCredentialPage()
{
    const qint64 id = importScoring(*m_ws, QStringLiteral("B"));
    auto secretary = secretaryWindow(id);
    QVERIFY(secretary);
    auto* page = secretary->negotiationView()->page<ScoringStepPage>();
    QVERIFY(page);
    MemberTerminalsWidget* terminals = page->terminals();
    const QString name = m_cixi.panel.at(1).name;
    const QStringList uris = issueThroughTable(terminals, {name});
    QCOMPARE(uris.size(), 1);
    auto terminal = openAsMember(uris.at(0));
    MemberWindow* member = terminal->memberWindow();
    QVERIFY(member);
    QCOMPARE(member->currentPage(), MemberWindow::Page::Sheet);

    QTableWidget* table = terminals->table();
    const int row = rowOf(table, name);
    table->clearSelection();
    table->selectRow(row);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    terminals->revokeButton()->click();
    QVERIFY(MessageBox::lastText().contains(name));
    QCOMPARE(rowTexts(table, row).at(MemberTerminalsWidget::StateColumn), QStringLiteral("Revoked"));
    // The member's window turns to the calm page, without a score sheet.
    QTRY_VERIFY2(member->currentPage() == MemberWindow::Page::Revoked, qPrintable(member->messageLabel()->text()));
    QVERIFY(member->revokedLabel()->isVisible());
    QVERIFY(member->revokedLabel()->text().contains(QStringLiteral("revoked")));
    QVERIFY(!member->sheetView()->isVisible());
}

void TestUiMember::voteRoundBallot()
{
    const qint64 id = importScoring(*m_ws, QStringLiteral("C"));
    const QString voter = m_cixi.panel.at(0).id;
    tp::store::MemberAccess access(*m_ws);
    const auto issued = access.issue(id, {voter}, QStringLiteral("secretary"));
    QVERIFY2(issued.ok(), qPrintable(issued.problem.toString()));
    QCOMPARE(issued.value->size(), 1);
    const tp::store::MemberCredential credential = issued.value->first();

    // Every member gives every bidder the same scores: the tie needs a vote.
    auto opened = tp::store::MemberSession::open(credential.address, credential.password);
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    std::unique_ptr<tp::store::MemberSession> session = std::move(*opened.value);
    const auto view = session->view();
    QVERIFY(view.ok());
    QList<tp::ScoreEntry> sheet;
    for (const auto& b : view.value->bidders)
        for (const auto& c : view.value->criteria) {
            QVERIFY(session->recordScore(b.code, c.code, c.max / 2).ok());
            sheet.append({QString(), b.code, c.code, c.max / 2});
        }
    QVERIFY(session->submitSheet().ok());
    tp::store::ScoringService scoring(*m_ws);
    for (const tp::Panelist& p : m_cixi.panel) {
        if (p.id == voter)
            continue;
        QList<tp::ScoreEntry> own = sheet;
        for (tp::ScoreEntry& e : own)
            e.panelist = p.id;
        const auto entered = scoring.enterSheet(id, p.id, own, QStringLiteral("secretary"));
        QVERIFY2(entered.ok(), qPrintable(entered.problem.toString()));
    }
    const auto result = scoring.recordResult(id, QStringLiteral("secretary"));
    QVERIFY2(result.ok(), qPrintable(result.problem.toString()));
    // The secretary opens the round the tie needs.
    const auto due = scoring.currentVoteRound(id);
    QVERIFY(due.ok() && due.value->has_value());
    const auto round = scoring.openVoteRound(id, (*due.value)->tied, QStringLiteral("secretary"));
    QVERIFY2(round.ok(), qPrintable(round.problem.toString()));

    auto window = std::make_unique<MemberWindow>(std::move(session), nullptr);
    window->resize(1366, 768);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->currentPage(), MemberWindow::Page::Vote);
    const QList<QAbstractButton*> choices = window->voteChoices()->buttons();
    QVERIFY(choices.size() >= 3); // two tied bidders at least, and abstaining
    QCOMPARE(choices.last()->text(), QStringLiteral("Abstain"));
    QVERIFY(window->voteLabel()->text().contains(QStringLiteral("tied")));
    // Casting without a choice: nothing is cast.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window->castButton()->click();
    QVERIFY(window->castButton()->isVisible());
    choices.first()->click();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window->castButton()->click();
    QVERIFY(MessageBox::lastText().contains(choices.first()->text()));
    QTRY_VERIFY(window->voteLabel()->text().contains(QStringLiteral("you have voted")));
    QVERIFY(!window->castButton()->isVisible());
}

// The terminals may reach the server by another name than the secretary's computer: the slips carry
// the name typed in the table's field, and the field starts from the workspace's own host.
void TestUiMember::slipsNameTheServerAsTerminalsReachIt()
{
    const qint64 id = importScoring(*m_ws, QStringLiteral("D"));
    auto secretary = secretaryWindow(id);
    QVERIFY(secretary);
    auto* page = secretary->negotiationView()->page<ScoringStepPage>();
    QVERIFY(page);
    MemberTerminalsWidget* terminals = page->terminals();
    const auto address = tp::store::WorkspaceAddress::parse(m_address);
    QVERIFY(address);
    QCOMPARE(terminals->terminalHostField()->placeholderText(), address->host());
    terminals->terminalHostField()->setText(QStringLiteral("tenderpanel-db.centre.example"));
    const QStringList uris = issueThroughTable(terminals, {m_cixi.panel.at(2).name});
    QCOMPARE(uris.size(), 1);
    QCOMPARE(QUrl(uris.at(0)).host(), QStringLiteral("tenderpanel-db.centre.example"));
    QCOMPARE(QUrl(uris.at(0)).port(), address->port());
    QSettings().remove(QStringLiteral("memberTerminals/terminalHost")); // the name is remembered for next time
}

QTEST_MAIN(TestUiMember)
#include "tst_ui_member.moc"
