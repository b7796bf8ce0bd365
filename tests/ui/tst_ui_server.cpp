// A workspace on the PostgreSQL test server in the window: connecting through the dialog, the recent
// workspaces, changes made by another program shown as they happen, and a restart of the server.
// Needs the test server (CTest fixture "postgres"); the restart disturbs every other connection to it,
// so CTest runs this test alone.
#include "MainWindow.h"
#include "TestEngine.h"
#include "dialogs/ConnectServerDialog.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "main/NegotiationView.h"
#include "store/NegotiationStore.h"
#include "store/SetupService.h"
#include "store/Workspace.h"
#include "store/WorkspaceAddress.h"
#include "store/WorkspaceWatcher.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace tp::ui;

class TestUiServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectDialogOpensServerWorkspace();
    void recentListHoldsAddressWithoutPassword();
    void otherProgramsChangesAppear();
    void changeDuringDialogIsMarked();
    void changeDuringEditIsMarked();
    void serverRestartShowsBannerAndRecovers();
    void startupAddressAsksForPassword();

private:
    QAction* action(const QString& name) const { return m_window->findChild<QAction*>(name); }
    struct Answer
    {
        QString database;
        QString password;
    };
    // Fills the connect dialog through its widgets each time it is shown, with the next answer, and
    // clicks Connect; records the reason the dialog showed each time (from the attempt before).
    void answerConnectDialogs(const QList<Answer>& answers, QStringList* shownProblems);
    // A second program on the workspace: its own connection, its own commits.
    std::shared_ptr<tp::store::Workspace> other();
    qint64 createNegotiation(tp::store::Workspace& ws, const QString& title);
    static bool addMember(tp::store::Workspace& ws, qint64 id, const QString& code);

    QTemporaryDir m_dir;
    QString m_address; // the server workspace (a new database), as displayed
    std::optional<tp::store::WorkspaceAddress> m_parsed;
    std::unique_ptr<MainWindow> m_window;
};

void TestUiServer::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("TP_TEST_PG_STATE") ||
        !QFile::exists(qEnvironmentVariable("TP_TEST_PG_STATE") + QStringLiteral("/uri")))
        QSKIP("no PostgreSQL test server (run through CTest, fixture \"postgres\")");
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_address = TestEngine::newDatabase();
    m_parsed = tp::store::WorkspaceAddress::parse(m_address);
    QVERIFY(m_parsed && m_parsed->isServer());
    // The window starts on a file workspace.
    m_window = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("local.sqlite")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->hasWorkspace() && !m_window->workspace()->isServer());
    QVERIFY(!m_window->watcher()->isActive()); // a file: nothing to listen to
}

void TestUiServer::cleanupTestCase()
{
    m_window.reset();
}

void TestUiServer::answerConnectDialogs(const QList<Answer>& answers, QStringList* shownProblems)
{
    auto* timer = new QTimer(this);
    auto pending = std::make_shared<QList<Answer>>(answers);
    connect(timer, &QTimer::timeout, this, [this, timer, pending, shownProblems] {
        auto* dialog = qobject_cast<ConnectServerDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        if (pending->isEmpty()) {
            timer->deleteLater();
            dialog->reject();
            return;
        }
        const Answer answer = pending->takeFirst();
        const bool first = shownProblems->isEmpty();
        shownProblems->append(dialog->problem());
        QCOMPARE(dialog->passwordField()->echoMode(), QLineEdit::Password);
        QVERIFY(dialog->passwordField()->text().isEmpty()); // never kept from an earlier attempt
        for (QLineEdit* field : {dialog->hostField(), dialog->databaseField(), dialog->userField()})
            field->clear();
        QTest::keyClicks(dialog->hostField(), m_parsed->host());
        if (first)
            QCOMPARE(dialog->portField()->value(), 5432); // the default
        dialog->portField()->selectAll();
        QTest::keyClicks(dialog->portField(), QString::number(m_parsed->port()));
        QTest::keyClicks(dialog->databaseField(), answer.database);
        QTest::keyClicks(dialog->userField(), m_parsed->user());
        QTest::keyClicks(dialog->passwordField(), answer.password);
        QComboBox* tls = dialog->encryptionChooser();
        tls->setCurrentIndex(tls->findData(QStringLiteral("disable"))); // the test server has no certificate
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (pending->isEmpty())
            timer->deleteLater();
    });
    timer->start(20);
}

// The menu's dialog, filled in as a user would: a database that does not exist is refused and the
// dialog comes back saying why; the right one opens, and the window names it user@host/database.
void TestUiServer::connectDialogOpensServerWorkspace()
{
    QAction* connect = action(QStringLiteral("connectServerAction"));
    QVERIFY(connect);
    QStringList problems;
    answerConnectDialogs({{m_parsed->database() + QStringLiteral("_missing"), QString()},
                          {m_parsed->database(), QStringLiteral("s3cret-typed")}},
                         &problems);
    connect->trigger();
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).isEmpty());
    QVERIFY2(problems.at(1).contains(QLatin1String("does not exist")), qPrintable(problems.at(1)));
    QVERIFY(m_window->hasWorkspace());
    QVERIFY(m_window->workspace()->isServer());
    QCOMPARE(m_window->workspace()->path(),
             tp::store::WorkspaceAddress::server(m_parsed->host(), m_parsed->port(), m_parsed->database(),
                                                 m_parsed->user(), QStringLiteral("disable"))
                 .toDisplayString());
    const QString name =
        m_parsed->user() + QLatin1Char('@') + m_parsed->host() + QLatin1Char('/') + m_parsed->database();
    QCOMPARE(m_window->workspaceName(), name);
    QVERIFY2(m_window->windowTitle().contains(name), qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->watcher()->isActive());
    QVERIFY(m_window->homeView()->isEnabled());
}

// The recent list (in the settings file) holds the server address and the file, most recent first,
// and no password; choosing the server again opens it without the dialog, since this server asks for none.
void TestUiServer::recentListHoldsAddressWithoutPassword()
{
    const QString server = m_window->workspace()->path();
    QSettings settings;
    const QStringList recent = settings.value(QStringLiteral("workspaces/recent")).toStringList();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0), server);
    QVERIFY(recent.at(1).endsWith(QLatin1String("local.sqlite")));
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains(m_parsed->database().toUtf8()));
    QVERIFY2(!stored.contains("s3cret-typed"), stored.constData());
    QVERIFY(!stored.contains("password"));

    // The menu lists both; the file, then the server again from the menu.
    QMenu* menu = m_window->recentMenu();
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 2);
    QCOMPARE(menu->actions().at(0)->data().toString(), server);
    menu->actions().at(1)->trigger();
    QVERIFY(!m_window->workspace()->isServer());
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().at(0)->data().toString(), recent.at(1)); // deduplicated, most recent first
    QCOMPARE(menu->actions().size(), 2);
    QTimer::singleShot(0, this, [] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            dialog->reject(); // not expected: fails below
    });
    menu->actions().at(1)->trigger();
    QVERIFY(m_window->workspace() && m_window->workspace()->isServer());
    QCOMPARE(m_window->workspace()->path(), server);
}

std::shared_ptr<tp::store::Workspace> TestUiServer::other()
{
    auto opened = tp::store::Workspace::open(m_window->workspace()->path());
    if (!opened.ok())
        qWarning("%s", qPrintable(opened.problem.toString()));
    return opened.ok() ? *opened.value : nullptr;
}

qint64 TestUiServer::createNegotiation(tp::store::Workspace& ws, const QString& title)
{
    tp::Project project;
    project.title = title;
    project.purchaser = QStringLiteral("Medical security centre");
    const auto created = tp::store::NegotiationStore(ws).create(project, 1, QStringLiteral("other"));
    return created.ok() ? created.value->id : 0;
}

bool TestUiServer::addMember(tp::store::Workspace& ws, qint64 id, const QString& code)
{
    tp::store::PanelistEntry m;
    m.id = code;
    m.name = QStringLiteral("Member ") + code;
    m.role = code == QLatin1String("P1") ? tp::PanelRole::Leader : tp::PanelRole::Member;
    return tp::store::SetupService(ws).addPanelMember(id, m, QStringLiteral("other")).ok();
}

// Another program creates a negotiation: the list shows it within 2 s; it adds a panel member to the
// negotiation open in the window: the window shows the member within 2 s. Nothing is read until told.
void TestUiServer::otherProgramsChangesAppear()
{
    m_window->showHome();
    const int before = m_window->homeView()->model()->rowCount();
    auto ws = other();
    QVERIFY(ws);
    const qint64 id = createNegotiation(*ws, QStringLiteral("Created elsewhere"));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->homeView()->model()->rowCount(), before + 1, 2000);

    m_window->openNegotiation(id);
    NegotiationView* view = m_window->negotiationView();
    QCOMPARE(view->negotiationId(), id);
    QCOMPARE(view->context().scenario.panel.size(), 0);
    QVERIFY(addMember(*ws, id, QStringLiteral("P1")));
    QTRY_COMPARE_WITH_TIMEOUT(view->context().scenario.panel.size(), 1, 2000);
    QVERIFY(!m_window->banner()->isVisible());
}

// While the user has a dialog open, another program's change is not read in under it: the banner says
// so and offers to refresh, which then shows it.
void TestUiServer::changeDuringDialogIsMarked()
{
    NegotiationView* view = m_window->negotiationView();
    const qint64 id = view->negotiationId();
    QVERIFY(id > 0);
    const int members = view->context().scenario.panel.size();
    auto ws = other();
    QVERIFY(ws);
    QDialog dialog(m_window.get());
    bool marked = false;
    int shownDuringDialog = -1;
    QTimer::singleShot(0, this, [&] {
        QVERIFY(addMember(*ws, id, QStringLiteral("P2")));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 2000);
        marked = m_window->bannerRefreshButton()->isVisible() &&
                 m_window->bannerText()->text().contains(QLatin1String("another user"));
        shownDuringDialog = view->context().scenario.panel.size();
        dialog.reject();
    });
    dialog.exec();
    QVERIFY(marked);
    QCOMPARE(shownDuringDialog, members);
    QTest::mouseClick(m_window->bannerRefreshButton(), Qt::LeftButton);
    QCOMPARE(view->context().scenario.panel.size(), members + 1);
    QVERIFY(!m_window->banner()->isVisible());
}

// A change by another user while the user is typing in a field of the open negotiation does not
// reload the view under the user's hands (the text typed stays); the banner offers the refresh.
void TestUiServer::changeDuringEditIsMarked()
{
    NegotiationView* view = m_window->negotiationView();
    const qint64 id = view->negotiationId();
    const int members = view->context().scenario.panel.size();
    QLineEdit* field = nullptr;
    for (QLineEdit* line : view->findChildren<QLineEdit*>())
        if (line->isVisible() && line->isEnabled() && !line->isReadOnly()) {
            field = line;
            break;
        }
    QVERIFY2(field, "no field to type in on the open step");
    QApplication::setActiveWindow(m_window.get());
    field->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), field);
    QTest::keyClicks(field, QStringLiteral(" draft"));
    const QString typed = field->text();
    QVERIFY(field->isModified());

    auto ws = other();
    QVERIFY(ws);
    QVERIFY(addMember(*ws, id, QStringLiteral("P9")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 2000);
    QVERIFY(m_window->bannerText()->text().contains(QLatin1String("another user")));
    QTest::qWait(3 * 200); // longer than the reload delay: still not reloaded
    QCOMPARE(field->text(), typed);
    QCOMPARE(view->context().scenario.panel.size(), members);
    QTest::mouseClick(m_window->bannerRefreshButton(), Qt::LeftButton);
    QCOMPARE(view->context().scenario.panel.size(), members + 1);
}

// The server restarts: the window says calmly that the connection is lost and that it retries, then
// is back to normal by itself, listens again (another program's change shows within 2 s) and works.
void TestUiServer::serverRestartShowsBannerAndRecovers()
{
    NegotiationView* view = m_window->negotiationView();
    const qint64 id = view->negotiationId();
    const int members = view->context().scenario.panel.size();
    QProcess restart;
    restart.start(QStringLiteral("bash"), {QStringLiteral(TP_SOURCE_DIR "/scripts/pg-test-server.sh"),
                                           QStringLiteral("restart"), qEnvironmentVariable("TP_TEST_PG_STATE")});
    QVERIFY(restart.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 20000);
    QVERIFY2(m_window->bannerText()->text().contains(QLatin1String("retrying")),
             qPrintable(m_window->bannerText()->text()));
    QVERIFY(!m_window->bannerRefreshButton()->isVisible());
    QVERIFY(!m_window->watcher()->isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(restart.state() == QProcess::NotRunning, 60000);
    QCOMPARE(restart.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->banner()->isVisible(), 3 * tp::store::WorkspaceWatcher::kRetryInterval + 2000);
    QVERIFY(m_window->watcher()->isConnected());
    QVERIFY(m_window->workspace()->reconnectCount() > 0);

    // Listening again: another program's change shows.
    auto ws = other();
    QVERIFY(ws);
    QVERIFY(addMember(*ws, id, QStringLiteral("P3")));
    QTRY_COMPARE_WITH_TIMEOUT(view->context().scenario.panel.size(), members + 1, 2000);
    // And the window's own actions work on the new connection.
    QVERIFY(addMember(*m_window->workspace(), id, QStringLiteral("P4")));
}

// Started on a server address (TENDERPANEL_WORKSPACE or the command line) whose password libpq does
// not find: the window comes up with the connect dialog filled in, the reason shown and the password
// field to type in; the password typed opens the workspace and is not remembered.
void TestUiServer::startupAddressAsksForPassword()
{
    qunsetenv("PGPASSWORD");
    const QString plain = TestEngine::newDatabase();
    const QString name = plain.mid(plain.lastIndexOf(QLatin1Char('/')) + 1);
    QVERIFY(TestEngine::exec(TestEngine::serverUri(),
                             {QStringLiteral("ALTER DATABASE %1 OWNER TO tp_password").arg(name)}));
    QString address = plain;
    address.replace(QLatin1String("//tenderpanel@"), QLatin1String("//tp_password@"));
    const QString password = QStringLiteral("tp-secret-1");

    QString shownProblem;
    bool prefilled = false;
    bool focused = false;
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [&, timer] {
        auto* dialog = qobject_cast<ConnectServerDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        shownProblem = dialog->problem();
        prefilled = dialog->hostField()->text() == m_parsed->host() && dialog->databaseField()->text() == name &&
                    dialog->userField()->text() == QLatin1String("tp_password");
        focused = dialog->focusWidget() == dialog->passwordField();
        dialog->encryptionChooser()->setCurrentIndex(dialog->encryptionChooser()->findData(QStringLiteral("disable")));
        QTest::keyClicks(dialog->passwordField(), password);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    timer->start(20);
    MainWindow window(address);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.hasWorkspace() && window.workspace()->isServer(), 15000);
    timer->deleteLater();
    QVERIFY2(shownProblem.contains(QLatin1String("refused the user name or password")), qPrintable(shownProblem));
    QVERIFY(prefilled);
    QVERIFY(focused);
    // The address as filled in, with the encryption chosen (the test server has no certificate).
    QCOMPARE(window.workspace()->path(), address + QStringLiteral("?sslmode=disable"));
    QVERIFY(window.windowTitle().startsWith(QLatin1String("tp_password@")));
    QSettings settings;
    settings.sync();
    QFile stored(settings.fileName());
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(!stored.readAll().contains(password.toUtf8()));
}

QTEST_MAIN(TestUiServer)
#include "tst_ui_server.moc"
