// WorkspaceWatcher: another program's commits are reported as they happen on a server workspace (its
// own are not), a connection the server closed is reported and opened again, and the watcher then
// listens again; on a workspace file it does nothing.
#include "TestEngine.h"
#include "store/NegotiationStore.h"
#include "store/Workspace.h"
#include "store/WorkspaceWatcher.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using tp::store::Workspace;
using tp::store::WorkspaceWatcher;

class TestWorkspaceWatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void othersCommitsAreReported();
    void lostConnectionIsReportedAndListenedAgain();

private:
    static bool create(Workspace& ws, const QString& title)
    {
        tp::Project project;
        project.title = title;
        project.purchaser = QStringLiteral("Medical security centre");
        return tp::store::NegotiationStore(ws).create(project, 1, QStringLiteral("t")).ok();
    }
    std::shared_ptr<Workspace> open()
    {
        auto opened = Workspace::open(m_address);
        if (!opened.ok())
            qWarning("%s", qPrintable(opened.problem.toString()));
        return opened.ok() ? *opened.value : nullptr;
    }

    QTemporaryDir m_dir;
    QString m_address;
};

void TestWorkspaceWatcher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_address = TestEngine::address(m_dir);
}

void TestWorkspaceWatcher::othersCommitsAreReported()
{
    auto mine = open();
    auto other = open();
    QVERIFY(mine && other);
    WorkspaceWatcher watcher(mine);
    QSignalSpy changed(&watcher, &WorkspaceWatcher::changed);
    QVERIFY(create(*mine, QStringLiteral("Mine")));
    QTest::qWait(500);
    QCOMPARE(changed.count(), 0); // its own commit
    QVERIFY(create(*other, QStringLiteral("Other")));
    if (!TestEngine::onServer()) {
        // A file: nothing to listen to.
        QVERIFY(!watcher.isActive());
        QTest::qWait(500);
        QCOMPARE(changed.count(), 0);
        return;
    }
    QVERIFY(watcher.isActive());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 2000);
}

void TestWorkspaceWatcher::lostConnectionIsReportedAndListenedAgain()
{
    if (!TestEngine::onServer())
        QSKIP("a workspace file has no server connection to lose");
    auto mine = open();
    auto other = open();
    QVERIFY(mine && other);
    WorkspaceWatcher watcher(mine);
    QSignalSpy changed(&watcher, &WorkspaceWatcher::changed);
    QSignalSpy lost(&watcher, &WorkspaceWatcher::connectionLost);
    QSignalSpy restored(&watcher, &WorkspaceWatcher::connectionRestored);
    int backend = 0;
    {
        QSqlQuery pid(mine->database());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        backend = pid.value(0).toInt();
    }
    // The server ends the watcher's connection, as a restart does.
    QVERIFY(TestEngine::exec(m_address, {QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)}));
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 2000);
    QVERIFY(!watcher.isConnected());
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, WorkspaceWatcher::kRetryInterval + 2000);
    QVERIFY(watcher.isConnected());
    QCOMPARE(mine->reconnectCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000); // what may have been missed meanwhile
    // Listening on the new connection.
    QVERIFY(create(*other, QStringLiteral("After the loss")));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 2000);
}

QTEST_GUILESS_MAIN(TestWorkspaceWatcher)
#include "tst_workspace_watcher.moc"
