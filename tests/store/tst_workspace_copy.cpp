#include "StoreFixture.h"

#include "store/SchemaMigrations.h"
#include "store/ScoringService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace tp;
using namespace tp::store;

namespace {

const QString kActor = QStringLiteral("秘书");

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// tenderpanel-cli workspace copy: a whole workspace from a file to a server and back, verbatim, and
// every refusal leaves the destination as it was.
class TestWorkspaceCopy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip();
    void refusesNonEmptyDestination();
    void refusesBrokenSource();
    void refusesUnwritableDestination();
    void failureMidwayLeavesNothing();
    void upgradesOlderSource();

private:
    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, const QString& workspace = QString()) const;
    Run copy(const QString& from, const QString& to) const
    {
        return cli({QStringLiteral("workspace"), QStringLiteral("copy"), from, to});
    }
    // A SQLite workspace with every example and two negotiations driven further; their codes.
    QStringList buildSource(const QString& path);
    static qint64 tableCount(const QString& database);

    QTemporaryDir* m_dir = nullptr;
    QString m_source;
    QStringList m_codes;
};

TestWorkspaceCopy::Run TestWorkspaceCopy::cli(const QStringList& args, const QString& workspace) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TENDERPANEL_WORKSPACE"), workspace.isEmpty() ? m_source : workspace);
    env.insert(QStringLiteral("TENDERPANEL_ACTOR"), kActor);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TP_CLI), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

qint64 TestWorkspaceCopy::tableCount(const QString& database)
{
    return TestEngine::value(database, QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_class c JOIN "
                                                      "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE "
                                                      "n.nspname = 'public'"))
        .toLongLong();
}

QStringList TestWorkspaceCopy::buildSource(const QString& path)
{
    QStringList codes;
    auto ws = StoreFixture::open(path);
    NegotiationStore store(*ws);
    const QStringList examples =
        QDir(QStringLiteral(TP_EXAMPLES_DIR)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : examples) {
        if (file.endsWith(QLatin1String(".expected.json")))
            continue;
        const Scenario scenario = StoreFixture::example(file.chopped(5));
        const auto imported = store.importScenario(scenario, kActor);
        if (!imported.ok())
            qFatal("%s", qPrintable(imported.problem.toString()));
        codes.append(imported.value->code);
    }
    ScoringService scoring(*ws);
    // A correction whose reason holds what SQL text must escape: quotes, a backslash, a line break.
    CorrectionRequest correction;
    correction.panelist = QStringLiteral("P1");
    correction.bidder = QStringLiteral("B1");
    correction.criterion = QStringLiteral("C1");
    correction.value = 1750;
    correction.reason = QStringLiteral("O'Brien's \\ \"sum\"\n小计加错 '); DROP TABLE scores; --");
    if (!scoring.correctScore(1, correction, kActor).ok())
        qFatal("the correction was not saved");

    // The Cixi negotiation again, scored here: P1's sheet entered and submitted, one score of P2's.
    Scenario cixi = StoreFixture::example(QStringLiteral("cixi-2014"));
    const QList<ScoreEntry> scores = cixi.scores->toList();
    cixi.scores.reset();
    const auto scored = store.importScenario(cixi, kActor);
    if (!scored.ok())
        qFatal("%s", qPrintable(scored.problem.toString()));
    codes.append(scored.value->code);
    bool p2 = false;
    for (const ScoreEntry& s : scores) {
        if (s.panelist == QLatin1String("P1") || (s.panelist == QLatin1String("P2") && !p2)) {
            const auto saved =
                scoring.recordScore(scored.value->id, s.panelist, s.bidder, s.criterion, s.score, kActor);
            if (!saved.ok())
                qFatal("%s", qPrintable(saved.problem.toString()));
            p2 = p2 || s.panelist == QLatin1String("P2");
        }
    }
    if (!scoring.submitSheet(scored.value->id, QStringLiteral("P1"), kActor).ok())
        qFatal("P1's sheet was not submitted");

    // The tie, voted here: two rounds, the second decides.
    Scenario tie = StoreFixture::example(QStringLiteral("tie-vote"));
    tie.votes.clear();
    const auto tied = store.importScenario(tie, kActor);
    if (!tied.ok())
        qFatal("%s", qPrintable(tied.problem.toString()));
    codes.append(tied.value->code);
    const qint64 id = tied.value->id;
    if (scoring.recordResult(id, kActor).value->status != EvaluationStatus::VoteRequired)
        qFatal("the tie-vote example needs no vote");
    const QString B1 = QStringLiteral("B1"), B2 = QStringLiteral("B2");
    const QList<std::optional<QString>> first{B1, B2, std::nullopt};
    for (int i = 0; i < first.size(); ++i)
        if (!scoring.castBallot(id, 1, QStringLiteral("P%1").arg(i + 1), first[i], kActor).ok())
            qFatal("ballot not cast");
    if (!scoring.closeVoteRound(id, 1, kActor).ok())
        qFatal("round 1 not closed");
    const QList<std::optional<QString>> second{B2, B1, B2, std::nullopt, B2};
    for (int i = 0; i < second.size(); ++i)
        if (!scoring.castBallot(id, 2, QStringLiteral("P%1").arg(i + 1), second[i], kActor).ok())
            qFatal("ballot not cast");
    if (!scoring.closeVoteRound(id, 2, kActor).ok() ||
        scoring.recordResult(id, kActor).value->status != EvaluationStatus::Final)
        qFatal("the vote did not decide");
    return codes;
}

void TestWorkspaceCopy::initTestCase()
{
    m_dir = new QTemporaryDir;
    m_source = m_dir->filePath(QStringLiteral("source.sqlite"));
    m_codes = buildSource(m_source);
    QCOMPARE(m_codes.size(), 6);
}

void TestWorkspaceCopy::cleanupTestCase()
{
    delete m_dir;
    m_dir = nullptr;
}

void TestWorkspaceCopy::roundTrip()
{
    const Run verified = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verified.exit, 0);
    QVERIFY(verified.out.startsWith(QLatin1String("ok ")));
    const QString chain = verified.out.mid(3).trimmed(); // "EVENTS HEAD"

    // File -> server -> file.
    const QString server = TestEngine::newDatabase();
    const QString back = m_dir->filePath(QStringLiteral("back/copy.sqlite"));
    const QString expected = QStringLiteral("source ok %1\ncopy ok %1\n").arg(chain);
    Run r = copy(m_source, server);
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QCOMPARE(r.out, expected);
    r = copy(server, back);
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QCOMPARE(r.out, expected);

    // audit verify gives the same head on all three; every negotiation exports byte for byte the same.
    for (const QString& ws : {m_source, server, back}) {
        const Run v = cli({QStringLiteral("audit"), QStringLiteral("verify")}, ws);
        QCOMPARE(v.exit, 0);
        QCOMPARE(v.out, verified.out);
    }
    for (const QString& code : m_codes) {
        const Run original = cli({QStringLiteral("export"), code});
        QCOMPARE(original.exit, 0);
        QVERIFY(original.out.size() > 100);
        QCOMPARE(cli({QStringLiteral("export"), code}, server).out, original.out);
        QCOMPARE(cli({QStringLiteral("export"), code}, back).out, original.out);
    }
    // The copy carries no event of its own: the ballot boxes, the templates and the log are the source's.
    for (const QString& statement :
         {QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'schema_migrated'"),
          QStringLiteral("SELECT COUNT(*) FROM ballots"), QStringLiteral("SELECT COUNT(*) FROM criteria_templates"),
          QStringLiteral("SELECT MAX(hash) FROM audit_events"),
          QStringLiteral("SELECT reason FROM corrections WHERE negotiation_id = 1")}) {
        const QVariant original = TestEngine::value(m_source, statement);
        QVERIFY(!original.toString().isEmpty());
        QCOMPARE(TestEngine::value(server, statement).toString(), original.toString());
        QCOMPARE(TestEngine::value(back, statement).toString(), original.toString());
    }
    QCOMPARE(cli({QStringLiteral("list")}, back).out, cli({QStringLiteral("list")}).out);
}

void TestWorkspaceCopy::refusesNonEmptyDestination()
{
    // A file that exists (a workspace, or anything else) is never written over.
    const QString existing = m_dir->filePath(QStringLiteral("existing.sqlite"));
    QCOMPARE(copy(m_source, existing).exit, 0);
    const QByteArray before = fileBytes(existing);
    Run r = copy(m_source, existing);
    QCOMPARE(r.exit, 5);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, QStringLiteral("error: %1: the file already exists; a copy is written only to a new file or an "
                                   "empty database, never over another\n")
                        .arg(existing));
    QCOMPARE(fileBytes(existing), before);
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("notes\n");
    }
    QCOMPARE(copy(m_source, text).exit, 5);
    QCOMPARE(fileBytes(text), QByteArray("notes\n"));

    // A database that holds a workspace, or anything else.
    const QString server = TestEngine::newDatabase();
    QCOMPARE(copy(m_source, server).exit, 0);
    const Run head = cli({QStringLiteral("audit"), QStringLiteral("verify")}, server);
    const QVariant events = TestEngine::value(server, QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    r = copy(m_source, server);
    QCOMPARE(r.exit, 5);
    QVERIFY2(r.err.contains(QLatin1String("the database already holds a workspace")), qPrintable(r.err));
    QCOMPARE(TestEngine::value(server, QStringLiteral("SELECT COUNT(*) FROM audit_events")), events);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}, server).out, head.out);

    const QString other = TestEngine::newDatabase();
    QVERIFY(TestEngine::exec(other, {QStringLiteral("CREATE TABLE notes (line TEXT)"),
                                     QStringLiteral("INSERT INTO notes VALUES ('kept')")}));
    r = copy(m_source, other);
    QCOMPARE(r.exit, 5);
    QVERIFY2(r.err.contains(QLatin1String("the database is not empty (it holds notes)")), qPrintable(r.err));
    QCOMPARE(tableCount(other), qint64(1));
    QCOMPARE(TestEngine::value(other, QStringLiteral("SELECT line FROM notes")).toString(), QStringLiteral("kept"));
}

void TestWorkspaceCopy::refusesBrokenSource()
{
    // A copy of the source with one score changed behind the program's back.
    const QString broken = m_dir->filePath(QStringLiteral("broken.sqlite"));
    QCOMPARE(copy(m_source, broken).exit, 0);
    QVERIFY(StoreFixture::rawExec(broken, {QStringLiteral("UPDATE scores SET hundredths = hundredths - 1 WHERE "
                                                          "hundredths > 0 AND negotiation_id = 1 AND "
                                                          "panelist_code = 'P1' AND bidder_code = 'B1' AND "
                                                          "criterion_code = 'C1'")}));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}, broken).exit, 4);

    const QString file = m_dir->filePath(QStringLiteral("from-broken.sqlite"));
    Run r = copy(broken, file);
    QCOMPARE(r.exit, 4);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(
        r.err.startsWith(QStringLiteral("error: %1: the audit chain does not verify, so it is not copied").arg(broken)),
        qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(file));
    const QString server = TestEngine::newDatabase();
    QCOMPARE(copy(broken, server).exit, 4);
    QCOMPARE(tableCount(server), qint64(0));
}

void TestWorkspaceCopy::refusesUnwritableDestination()
{
    // A file in a folder that cannot be made (a file stands in the way): nothing is left behind.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString file = blocker + QStringLiteral("/copy.sqlite");
    Run r = copy(m_source, file);
    QCOMPARE(r.exit, 6);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(QFileInfo(blocker).size(), qint64(0));

    // A database in which the user may not create tables: the copy stops at the first, and the
    // database stays empty.
    const QString server = TestEngine::newDatabase();
    const QString role = QStringLiteral("tp_reader_%1").arg(QCoreApplication::applicationPid());
    QVERIFY(
        TestEngine::exec(TestEngine::serverUri(), {QStringLiteral("CREATE ROLE ") + role + QStringLiteral(" LOGIN")}));
    const QString asReader =
        QString(server).replace(QLatin1String("//tenderpanel@"), QStringLiteral("//%1@").arg(role));
    QVERIFY(asReader != server);
    r = copy(m_source, asReader);
    QCOMPARE(r.exit, 6);
    QVERIFY2(r.err.contains(QLatin1String("does not allow this user")), qPrintable(r.err));
    QCOMPARE(tableCount(server), qint64(0));
    // The source is as it was, and copies again.
    QCOMPARE(copy(m_source, server).exit, 0);
    TestEngine::exec(TestEngine::serverUri(), {QStringLiteral("DROP ROLE ") + role});
}

void TestWorkspaceCopy::failureMidwayLeavesNothing()
{
    // A source whose audit chain verifies but one of whose ballots the destination's schema refuses
    // (a slot that is not 32 characters long, written with the check switched off): the copy fails
    // at that row, after the schema and many rows were written in its transaction.
    const QString odd = m_dir->filePath(QStringLiteral("odd-slot.sqlite"));
    QCOMPARE(copy(m_source, odd).exit, 0);
    QVERIFY(StoreFixture::rawExec(odd, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                        QStringLiteral("UPDATE ballots SET slot = slot || 'x' WHERE slot = (SELECT "
                                                       "MAX(slot) FROM ballots)")}));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}, odd).exit, 0);

    const QString server = TestEngine::newDatabase();
    Run r = copy(odd, server);
    QCOMPARE(r.exit, 6);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("error: %1: ").arg(server)), qPrintable(r.err));
    QCOMPARE(tableCount(server), qint64(0));
    const QString file = m_dir->filePath(QStringLiteral("odd-copy.sqlite"));
    r = copy(odd, file);
    QCOMPARE(r.exit, 6);
    QVERIFY2(r.err.startsWith(QStringLiteral("error: %1: ").arg(file)), qPrintable(r.err));
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QVERIFY(!QFileInfo::exists(file + QLatin1String(suffix)));
}

void TestWorkspaceCopy::upgradesOlderSource()
{
    // A file of schema version 4 is upgraded first (one recorded transaction), as for every reading;
    // the copy, at the current version, has the upgraded chain.
    const QString older = m_dir->filePath(QStringLiteral("version4.sqlite"));
    {
        Workspace::Options options;
        options.targetVersion = 4;
        auto opened = Workspace::open(older, options);
        QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
        QCOMPARE((*opened.value)->schemaVersion(), 4);
        QVERIFY(NegotiationStore(**opened.value)
                    .importScenario(StoreFixture::example(QStringLiteral("tie-vote")), kActor)
                    .ok());
    }
    const QString copied = m_dir->filePath(QStringLiteral("from-version4.sqlite"));
    const Run r = copy(older, copied);
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    const QString current = QString::number(SchemaMigrations::kCurrentVersion);
    const QString version = QStringLiteral("SELECT value FROM schema_meta WHERE name = 'version'");
    QCOMPARE(TestEngine::value(older, version).toString(), current);
    QCOMPARE(TestEngine::value(copied, version).toString(), current);
    const Run verified = cli({QStringLiteral("audit"), QStringLiteral("verify")}, older);
    QCOMPARE(verified.exit, 0);
    QCOMPARE(r.out, QStringLiteral("source ") + verified.out + QStringLiteral("copy ") + verified.out);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}, copied).out, verified.out);
}

QTEST_GUILESS_MAIN(TestWorkspaceCopy)
#include "tst_workspace_copy.moc"
