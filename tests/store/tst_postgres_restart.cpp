#include "StoreFixture.h"

#include "store/ScoringService.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QTemporaryDir>

using namespace tp;
using namespace tp::store;

// A workspace kept open on a server (as the window keeps one) while the server restarts or is down.
// The test runs a server of its own (scripts/pg-test-server.sh), so that restarting it disturbs no
// other test.
class TestPostgresRestart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void writeAfterRestart();
    void changesAnnouncedAfterRestart();
    void writeWhileServerIsDown();

private:
    static int server(const QString& command, const QString& state);
    // Corrects P1/B1/C1 with `reason`.
    static StoreResult<CorrectionReceipt> correct(Workspace& ws, qint64 id, const QString& reason);
    static QStringList reasons(Workspace& ws, qint64 id);
    static qint64 import(Workspace& ws);

    QTemporaryDir* m_state = nullptr;
    bool m_started = false;
};

int TestPostgresRestart::server(const QString& command, const QString& state)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("bash"), {QStringLiteral(TP_SOURCE_DIR "/scripts/pg-test-server.sh"), command, state});
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    return p.exitCode();
}

StoreResult<CorrectionReceipt> TestPostgresRestart::correct(Workspace& ws, qint64 id, const QString& reason)
{
    CorrectionRequest request;
    request.panelist = QStringLiteral("P1");
    request.bidder = QStringLiteral("B1");
    request.criterion = QStringLiteral("C1");
    request.value = 1700 + reason.size();
    request.category = CorrectionCategory::SummationError;
    request.reason = reason;
    return ScoringService(ws).correctScore(id, request, QStringLiteral("秘书"));
}

QStringList TestPostgresRestart::reasons(Workspace& ws, qint64 id)
{
    QStringList list;
    QSqlQuery q(ws.database());
    if (!q.exec(QStringLiteral("SELECT reason FROM corrections WHERE negotiation_id = %1 ORDER BY seq").arg(id)))
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

qint64 TestPostgresRestart::import(Workspace& ws)
{
    const auto imported =
        NegotiationStore(ws).importScenario(StoreFixture::example(QStringLiteral("cixi-2014")), QStringLiteral("秘书"));
    if (!imported.ok())
        qFatal("%s", qPrintable(imported.problem.toString()));
    return imported.value->id;
}

void TestPostgresRestart::initTestCase()
{
    m_state = new QTemporaryDir;
    const int started = server(QStringLiteral("start"), m_state->path());
    if (started == 3)
        QSKIP("PostgreSQL is not installed");
    QCOMPARE(started, 0);
    m_started = true;
    qputenv("TP_TEST_PG_STATE", m_state->path().toLocal8Bit());
}

void TestPostgresRestart::cleanupTestCase()
{
    if (m_started)
        server(QStringLiteral("stop"), m_state->path());
    delete m_state;
    m_state = nullptr;
}

void TestPostgresRestart::writeAfterRestart()
{
    const QString address = TestEngine::newDatabase();
    auto ws = StoreFixture::open(address);
    const qint64 id = import(*ws);
    QStringList confirmed;
    for (int i = 0; i < 3; ++i) {
        const QString reason = QStringLiteral("before restart %1").arg(i);
        QVERIFY(correct(*ws, id, reason).ok());
        confirmed.append(reason);
    }

    QCOMPARE(server(QStringLiteral("restart"), m_state->path()), 0);

    // The connection the workspace held is gone. The next write reconnects and succeeds, or says
    // which server failed and that nothing was saved; then the one after it succeeds.
    auto written = correct(*ws, id, QStringLiteral("after restart"));
    qInfo("first write after the restart: %s", written.ok() ? "saved" : qPrintable(written.problem.toString()));
    if (!written.ok()) {
        QCOMPARE(written.failure, Failure::Storage);
        QCOMPARE(written.problem.where, ws->path());
        QVERIFY2(written.problem.why.contains(QLatin1String("nothing of the action in progress was saved")),
                 qPrintable(written.problem.why));
        written = correct(*ws, id, QStringLiteral("after restart"));
    }
    QVERIFY2(written.ok(), qPrintable(written.problem.toString()));
    confirmed.append(QStringLiteral("after restart"));

    QCOMPARE(reasons(*ws, id), confirmed);
    const auto verified = AuditLog::verify(*ws);
    QVERIFY(verified.ok());
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
}

void TestPostgresRestart::changesAnnouncedAfterRestart()
{
    // The window listens for the changes other programs commit (SqlDialect::changeChannel()) on its
    // workspace's connection. Once that connection is opened again after a restart, it still hears them.
    const QString address = TestEngine::newDatabase();
    auto ws = StoreFixture::open(address);
    const qint64 id = import(*ws);
    QSqlDriver* driver = ws->database().driver();
    QVERIFY(driver->subscribeToNotification(SqlDialect::changeChannel()));
    QSignalSpy heard(
        driver, qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(&QSqlDriver::notification));
    auto other = StoreFixture::open(address);
    QVERIFY(correct(*other, id, QStringLiteral("before restart")).ok());
    QTRY_COMPARE(heard.count(), 1);

    QCOMPARE(server(QStringLiteral("restart"), m_state->path()), 0);
    auto written = correct(*ws, id, QStringLiteral("after restart, here"));
    if (!written.ok())
        written = correct(*ws, id, QStringLiteral("after restart, here"));
    QVERIFY2(written.ok(), qPrintable(written.problem.toString()));
    QCOMPARE(ws->database().driver(), driver);
    QCOMPARE(driver->subscribedToNotifications(), QStringList{SqlDialect::changeChannel()});
    QTRY_COMPARE(heard.count(), 2); // its own change
    other.reset();
    other = StoreFixture::open(address);
    QVERIFY(correct(*other, id, QStringLiteral("after restart, elsewhere")).ok());
    QTRY_COMPARE(heard.count(), 3);
    QCOMPARE(heard.last().at(0).toString(), SqlDialect::changeChannel());
}

void TestPostgresRestart::writeWhileServerIsDown()
{
    const QString address = TestEngine::newDatabase();
    auto ws = StoreFixture::open(address);
    const qint64 id = import(*ws);
    QVERIFY(correct(*ws, id, QStringLiteral("before the stop")).ok());
    const auto before = AuditLog::verify(*ws);
    QVERIFY(before.ok() && before.value->ok);

    QCOMPARE(server(QStringLiteral("pause"), m_state->path()), 0);
    // In the open session: a clear message naming the server, twice (the second attempt finds the
    // server still away when it reconnects).
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto written = correct(*ws, id, QStringLiteral("while stopped"));
        QVERIFY(!written.ok());
        QCOMPARE(written.failure, Failure::Storage);
        QCOMPARE(written.problem.where, ws->path());
        QVERIFY2(written.problem.why.startsWith(QLatin1String("the server cannot be reached; nothing of the action in "
                                                              "progress was saved (try again once it is back)")),
                 qPrintable(written.problem.why));
    }
    // From the command line: exit 6 and the same message.
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TENDERPANEL_ACTOR"), QStringLiteral("秘书"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TP_CLI),
                {QStringLiteral("--workspace"), address, QStringLiteral("correct"), QStringLiteral("N-2014-0001"),
                 QStringLiteral("--panelist"), QStringLiteral("P1"), QStringLiteral("--bidder"), QStringLiteral("B1"),
                 QStringLiteral("--criterion"), QStringLiteral("C1"), QStringLiteral("--value"), QStringLiteral("17"),
                 QStringLiteral("--category"), QStringLiteral("summation_error"), QStringLiteral("--reason"),
                 QStringLiteral("from the command line")});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 6);
        QCOMPARE(err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QVERIFY2(err.startsWith(QStringLiteral("error: %1: the server cannot be reached; nothing of the action in "
                                               "progress was saved")
                                    .arg(ws->path())),
                 qPrintable(err));
    }

    QCOMPARE(server(QStringLiteral("resume"), m_state->path()), 0);
    // Nothing of the refused writes is stored, and the open session writes again.
    QCOMPARE(reasons(*ws, id), QStringList{QStringLiteral("before the stop")});
    const auto after = AuditLog::verify(*ws);
    QVERIFY(after.ok() && after.value->ok);
    QCOMPARE(after.value->head, before.value->head);
    const auto written = correct(*ws, id, QStringLiteral("after the start"));
    QVERIFY2(written.ok(), qPrintable(written.problem.toString()));
    QCOMPARE(reasons(*ws, id), (QStringList{QStringLiteral("before the stop"), QStringLiteral("after the start")}));
    const auto verified = AuditLog::verify(*ws);
    QVERIFY(verified.ok() && verified.value->ok);
    QCOMPARE(verified.value->events, before.value->events + 1);
}

QTEST_GUILESS_MAIN(TestPostgresRestart)
#include "tst_postgres_restart.moc"
