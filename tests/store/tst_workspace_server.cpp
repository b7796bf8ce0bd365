#include "StoreFixture.h"

#include "io/ScenarioWriter.h"
#include "store/AuditLog.h"
#include "store/NegotiationStore.h"
#include "store/SchemaCheck.h"
#include "store/SchemaMigrations.h"
#include "store/Workspace.h"

#include <QProcess>
#include <QStandardPaths>

#include <QTest>

using namespace tp;
using namespace tp::store;

// Opening a workspace on a PostgreSQL server: what is particular to a server (its schema compared by
// name, versions, refusals, an unreachable server, a read-only session). Everything a workspace does
// once open is tested on both engines by the other store tests (their _pg variants).
class TestWorkspaceServer : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseGetsTheCurrentSchema();
    void upgradesEveryOlderVersion_data();
    void upgradesEveryOlderVersion();
    void refusesNewerVersionUntouched();
    void refusesForeignDatabase();
    void refusesEmptyDatabaseExceptToCreate();
    void unreachableServerIsNamed();
    void missingDatabaseIsNamed();
    void readOnlySessionWritesNothing();
    void passwordIsAskedForNeverShown();
    void commandLineAsksForThePasswordOnATerminal();

private:
    static qint64 eventCount(const QString& address)
    {
        return StoreFixture::rawValue(address, QStringLiteral("SELECT COUNT(*) FROM audit_events")).toLongLong();
    }
};

void TestWorkspaceServer::freshDatabaseGetsTheCurrentSchema()
{
    const QString address = TestEngine::newDatabase();
    auto ws = StoreFixture::open(address);
    QVERIFY(ws->isServer());
    QCOMPARE(ws->path(), address);
    QCOMPARE(ws->schemaVersion(), SchemaMigrations::kCurrentVersion);
    const auto differences = SchemaCheck::check(*ws);
    QVERIFY2(differences.ok(), qPrintable(differences.problem.toString()));
    QStringList described;
    for (const auto& d : *differences.value)
        described.append(SchemaCheck::describe(d));
    QVERIFY2(described.isEmpty(), qPrintable(described.join(QLatin1String("; "))));
    // Text is compared byte by byte, whatever the server's locale: the order SQLite gives.
    QCOMPARE(StoreFixture::rawValue(address, QStringLiteral("SELECT collation_name FROM information_schema.columns "
                                                            "WHERE table_name = 'bidders' AND column_name = 'code'"))
                 .toString(),
             QStringLiteral("C"));
}

void TestWorkspaceServer::upgradesEveryOlderVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < SchemaMigrations::kCurrentVersion; ++v)
        QTest::addRow("version %d", v) << v;
}

// A workspace written at an older version is upgraded in one recorded transaction, to exactly the schema
// a new one has, holding the same negotiations.
void TestWorkspaceServer::upgradesEveryOlderVersion()
{
    QFETCH(int, version);
    const Scenario cixi = StoreFixture::example(QStringLiteral("cixi-2014"));
    const QString old = TestEngine::newDatabase();
    {
        Workspace::Options options;
        options.targetVersion = version;
        auto opened = Workspace::open(old, options);
        QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
        QCOMPARE((*opened.value)->schemaVersion(), version);
        QVERIFY(NegotiationStore(**opened.value).importScenario(cixi, QStringLiteral("t")).ok());
    }
    const qint64 before = eventCount(old);
    auto upgraded = StoreFixture::open(old);
    QCOMPARE(upgraded->schemaVersion(), SchemaMigrations::kCurrentVersion);
    QCOMPARE(eventCount(old), before + 1);
    const auto differences = SchemaCheck::check(*upgraded);
    QVERIFY(differences.ok());
    QVERIFY(differences.value->isEmpty());
    const auto verified = AuditLog::verify(*upgraded);
    QVERIFY(verified.ok());
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));

    auto fresh = StoreFixture::open(TestEngine::newDatabase());
    QVERIFY(NegotiationStore(*fresh).importScenario(cixi, QStringLiteral("t")).ok());
    const auto a = NegotiationStore(*upgraded).scenario(1);
    const auto b = NegotiationStore(*fresh).scenario(1);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(ScenarioWriter::write(*a.value), ScenarioWriter::write(*b.value));
}

void TestWorkspaceServer::refusesNewerVersionUntouched()
{
    const QString address = TestEngine::newDatabase();
    StoreFixture::open(address).reset();
    QVERIFY(StoreFixture::rawExec(address, {QStringLiteral("UPDATE schema_meta SET value = '99' WHERE name = "
                                                           "'version'")}));
    const qint64 before = eventCount(address);
    const auto opened = Workspace::open(address);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.failure, Failure::Storage);
    QCOMPARE(opened.problem.where, address);
    QVERIFY2(opened.problem.why.contains(QLatin1String("newer TenderPanel (schema version 99")),
             qPrintable(opened.problem.why));
    QCOMPARE(eventCount(address), before);
}

void TestWorkspaceServer::refusesForeignDatabase()
{
    const QString address = TestEngine::newDatabase();
    QVERIFY(StoreFixture::rawExec(address, {QStringLiteral("CREATE TABLE contacts (name TEXT)")}));
    const auto opened = Workspace::open(address);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.problem.why.contains(QLatin1String("not a TenderPanel workspace")), qPrintable(opened.problem.why));
    QCOMPARE(StoreFixture::rawValue(address, QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE "
                                                            "schemaname = 'public'"))
                 .toInt(),
             1);
}

// The centre creates the database; the program creates the workspace in it only when asked to create.
void TestWorkspaceServer::refusesEmptyDatabaseExceptToCreate()
{
    const QString address = TestEngine::newDatabase();
    Workspace::Options options;
    options.create = false;
    auto opened = Workspace::open(address, options);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.failure, Failure::NotFound);
    QVERIFY2(opened.problem.why.contains(QLatin1String("holds no workspace yet")), qPrintable(opened.problem.why));
    options = Workspace::Options();
    options.readOnly = true;
    opened = Workspace::open(address, options);
    QCOMPARE(opened.failure, Failure::NotFound);
    QCOMPARE(StoreFixture::rawValue(address, QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE "
                                                            "schemaname = 'public'"))
                 .toInt(),
             0);
}

void TestWorkspaceServer::unreachableServerIsNamed()
{
    // Port 1 of this machine: reserved, nobody listens there.
    const QString address = QStringLiteral("postgresql://tenderpanel@127.0.0.1:1/tp");
    const auto opened = Workspace::open(address);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.failure, Failure::Storage);
    QCOMPARE(opened.problem.where, address);
    QVERIFY2(opened.problem.why.startsWith(QLatin1String("the server cannot be reached")),
             qPrintable(opened.problem.why));
}

void TestWorkspaceServer::missingDatabaseIsNamed()
{
    const QString address = TestEngine::newDatabase() + QStringLiteral("_absent");
    const auto opened = Workspace::open(address);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.failure, Failure::Storage);
    QCOMPARE(opened.problem.where, address);
    QVERIFY2(opened.problem.why.contains(QLatin1String("does not exist")), qPrintable(opened.problem.why));
}

// A workspace opened for reading refuses every change, and the server session itself is read-only.
void TestWorkspaceServer::readOnlySessionWritesNothing()
{
    const QString address = TestEngine::newDatabase();
    {
        auto ws = StoreFixture::open(address);
        QVERIFY(NegotiationStore(*ws)
                    .importScenario(StoreFixture::example(QStringLiteral("tie-vote")), QStringLiteral("t"))
                    .ok());
    }
    const qint64 before = eventCount(address);
    Workspace::Options options;
    options.readOnly = true;
    auto opened = Workspace::open(address, options);
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    auto ws = *opened.value;
    QVERIFY(ws->isReadOnly());
    const auto imported =
        NegotiationStore(*ws).importScenario(StoreFixture::example(QStringLiteral("tie-vote")), QStringLiteral("t"));
    QVERIFY(!imported.ok());
    QSqlQuery q(ws->database());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_events")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("25006"));
    QCOMPARE(eventCount(address), before);
    QCOMPARE(NegotiationStore(*ws).list().value->size(), 1);
}

namespace {

// A new database owned by the test server's role that must give a password (tp_password), and its
// address for that role.
QString passwordDatabase()
{
    const QString address = TestEngine::newDatabase();
    const QString name = address.mid(address.lastIndexOf(QLatin1Char('/')) + 1);
    TestEngine::exec(TestEngine::serverUri(), {QStringLiteral("ALTER DATABASE %1 OWNER TO tp_password").arg(name)});
    QString forRole = address;
    forRole.replace(QLatin1String("//tenderpanel@"), QLatin1String("//tp_password@"));
    return forRole;
}

const QString kPassword = QStringLiteral("tp-secret-1");

} // namespace

// The password comes from libpq (PGPASSWORD, ~/.pgpass) or from the user; it is never part of the
// address the program shows.
void TestWorkspaceServer::passwordIsAskedForNeverShown()
{
    qunsetenv("PGPASSWORD");
    const QString address = passwordDatabase();
    auto opened = Workspace::open(address);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.failure, Failure::Storage);
    QCOMPARE(opened.problem.where, address);
    QVERIFY2(opened.problem.why.contains(QLatin1String("refused the user name or password")),
             qPrintable(opened.problem.why));

    Workspace::Options options;
    options.password = QStringLiteral("wrong");
    opened = Workspace::open(address, options);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.problem.why.contains(QLatin1String("password authentication failed")),
             qPrintable(opened.problem.why));

    options.password = kPassword;
    opened = Workspace::open(address, options);
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    QCOMPARE((*opened.value)->path(), address);
    opened = {};

    // A password written in the address works, and is not shown.
    QString withPassword = address;
    withPassword.replace(QLatin1String("//tp_password@"), QLatin1String("//tp_password:") + kPassword + u'@');
    opened = Workspace::open(withPassword);
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    QCOMPARE((*opened.value)->path(), address);
    QVERIFY(!(*opened.value)->path().contains(kPassword));
}

// tenderpanel-cli asks for a missing password when someone is at a terminal, without echoing it, and
// never when its input is not a terminal (a script gets exit 6 and the reason).
void TestWorkspaceServer::commandLineAsksForThePasswordOnATerminal()
{
    const QString address = passwordDatabase();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("TENDERPANEL_WORKSPACE"), address);

    QProcess noTerminal;
    noTerminal.setProcessEnvironment(env);
    noTerminal.start(QStringLiteral(TP_CLI),
                     {QStringLiteral("import"), QStringLiteral(TP_EXAMPLES_DIR "/tie-vote.json")});
    noTerminal.closeWriteChannel();
    QVERIFY(noTerminal.waitForFinished(60000));
    QCOMPARE(noTerminal.exitCode(), 6);
    const QString err = QString::fromUtf8(noTerminal.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("refused the user name or password")), qPrintable(err));
    QVERIFY(!err.contains(QLatin1String("Password for")));

    env.insert(QStringLiteral("PGPASSWORD"), kPassword);
    QProcess fromEnvironment;
    fromEnvironment.setProcessEnvironment(env);
    fromEnvironment.start(QStringLiteral(TP_CLI),
                          {QStringLiteral("import"), QStringLiteral(TP_EXAMPLES_DIR "/tie-vote.json")});
    QVERIFY(fromEnvironment.waitForFinished(60000));
    QCOMPARE(fromEnvironment.exitCode(), 0);
    env.remove(QStringLiteral("PGPASSWORD"));

    // On a terminal (script(1) gives the program one): the prompt names the workspace, the password
    // typed is not echoed, and the command runs.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script(1) is not installed (bsdutils)");
    QProcess terminal;
    terminal.setProcessEnvironment(env);
    terminal.start(script, {QStringLiteral("-qec"), QStringLiteral(TP_CLI) + QStringLiteral(" list"),
                            QStringLiteral("/dev/null")});
    QVERIFY(terminal.waitForStarted());
    QByteArray screen;
    const QByteArray prompt = QByteArray("Password for ") + address.toUtf8() + QByteArray(": ");
    QTRY_VERIFY_WITH_TIMEOUT((screen += terminal.readAllStandardOutput()).contains(prompt), 20000);
    terminal.write((kPassword + QStringLiteral("\n")).toUtf8());
    QVERIFY(terminal.waitForFinished(60000));
    QCOMPARE(terminal.exitCode(), 0);
    screen += terminal.readAllStandardOutput();
    const QString shown = QString::fromUtf8(screen);
    QVERIFY2(shown.contains(QLatin1String("\tvote\t")), qPrintable(shown));
    QVERIFY2(!shown.contains(kPassword), qPrintable(shown));
}

QTEST_GUILESS_MAIN(TestWorkspaceServer)
#include "tst_workspace_server.moc"
