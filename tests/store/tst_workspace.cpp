#include "ReadOnlyMount.h"
#include "StoreFixture.h"

#include "io/ScenarioWriter.h"
#include "store/PreparedQuery.h"
#include "store/ProcedureService.h"
#include "store/RecordReader.h"
#include "store/SchemaCheck.h"
#include "store/SchemaMigrations.h"
#include "store/ScoringService.h"
#include "store/StoreTime.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QTemporaryDir>

#include <ctime>
#include <sqlite3.h>
#include <unistd.h>

using namespace tp;
using namespace tp::store;

namespace {

const QString kFixtureV1 = QStringLiteral(TP_SOURCE_DIR "/tests/data/store/workspace-v1.sqlite");
const QString kFixtureV2 = QStringLiteral(TP_SOURCE_DIR "/tests/data/store/workspace-v2.sqlite");
const QString kFixtureV3 = QStringLiteral(TP_SOURCE_DIR "/tests/data/store/workspace-v3.sqlite");

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant pragma(const Workspace& ws, const QString& name)
{
    QSqlQuery q(ws.database());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

// A new workspace at `path` holding the example `name`.
std::shared_ptr<Workspace> openWithExample(const QString& path, const QString& name)
{
    auto ws = StoreFixture::open(path);
    if (!NegotiationStore(*ws).importScenario(StoreFixture::example(name), QStringLiteral("t")).ok())
        qFatal("cannot import %s", qPrintable(name));
    return ws;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void recordedSchemaIsTheMigrations();
    void writeVersion1Fixture();
    void writeVersion2Fixture();
    void writeVersion3Fixture();
    void freshWorkspaceHasCurrentSchema();
    void tablesAreStrict();
    void migratesVersion1File();
    void migratesVersion2File();
    void migratesVersion3File();
    void keepsScoresByKeyFromVersion8();
    void failedMigrationLeavesVersion2();
    void refusesNewerVersionUntouched();
    void refusesGarbageFile();
    void refusesForeignDatabase();
    void reportsDamagedFile();
    void reportsLockedFile();
    void reportsBusyWriter();
    void readOnly();
    void upgradedSchemaEqualsFresh_data();
    void upgradedSchemaEqualsFresh();
    void refusesWrongClaimedVersion_data();
    void refusesWrongClaimedVersion();
    void refusesEmptyFile();
    void createsOnlyAMissingFile();
    void readOnlyMedia();
    void readOnlyFile();
    void readOnlyFolder();
    void resolvesPath();
    void keptStatementsHoldNoRead();
    void keptStatementsServeNestedReads();
    void nativeStatements();
    void nowHasTheLocalOffset_data();
    void nowHasTheLocalOffset();
    void timeTextIsIso_data();
    void timeTextIsIso();
    void timeTextIsReadAsQtReadsIt_data();
    void timeTextIsReadAsQtReadsIt();
};

// Rebuilds tests/data/store/workspace-v1.sqlite when TP_WRITE_STORE_FIXTURES=1: a schema version 1
// workspace holding the Cixi 2014 negotiation, written by the version 1 code path.
void TestWorkspace::writeVersion1Fixture()
{
    if (QProcessEnvironment::systemEnvironment().value(QStringLiteral("TP_WRITE_STORE_FIXTURES")) != QLatin1String("1"))
        QSKIP("set TP_WRITE_STORE_FIXTURES=1 to rewrite the version 1 fixture");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        Workspace::Options options;
        options.targetVersion = 1;
        auto opened = Workspace::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
        QCOMPARE((*opened.value)->schemaVersion(), 1);
        const auto imported =
            NegotiationStore(**opened.value)
                .importScenario(StoreFixture::example(QStringLiteral("cixi-2014")), QStringLiteral("fixture"));
        QVERIFY2(imported.ok(), qPrintable(imported.problem.toString()));
    }
    QVERIFY(StoreFixture::rawExec(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                                         QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("VACUUM")}));
    QFile::remove(kFixtureV1);
    QVERIFY(QFile::copy(path, kFixtureV1));
}

// Rebuilds tests/data/store/workspace-v2.sqlite when TP_WRITE_STORE_FIXTURES=1 (run this function
// alone to keep the version 1 file): a schema version 2 workspace written by the version 2 code path,
// holding Cixi 2014 twice: scored (step "scoring") and before its draw (step "draw").
void TestWorkspace::writeVersion2Fixture()
{
    if (QProcessEnvironment::systemEnvironment().value(QStringLiteral("TP_WRITE_STORE_FIXTURES")) != QLatin1String("1"))
        QSKIP("set TP_WRITE_STORE_FIXTURES=1 to rewrite the version 2 fixture");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        Workspace::Options options;
        options.targetVersion = 2;
        auto opened = Workspace::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
        QCOMPARE((*opened.value)->schemaVersion(), 2);
        Scenario cixi = StoreFixture::example(QStringLiteral("cixi-2014"));
        NegotiationStore store(**opened.value);
        QVERIFY(store.importScenario(cixi, QStringLiteral("fixture")).ok());
        cixi.scores.reset();
        cixi.draw.reset();
        QVERIFY(store.importScenario(cixi, QStringLiteral("fixture")).ok());
    }
    QVERIFY(StoreFixture::rawExec(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                                         QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("VACUUM")}));
    QFile::remove(kFixtureV2);
    QVERIFY(QFile::copy(path, kFixtureV2));
}

// Rebuilds tests/data/store/workspace-v3.sqlite when TP_WRITE_STORE_FIXTURES=1 (run this function
// alone to keep the older files): a schema version 3 workspace whose ballots were written when their
// round closed, holding the tie-vote example twice, both at step "vote": with its deciding round, and
// with a first round that left the tie standing ([B1, B2]), so that a second round is due.
void TestWorkspace::writeVersion3Fixture()
{
    if (QProcessEnvironment::systemEnvironment().value(QStringLiteral("TP_WRITE_STORE_FIXTURES")) != QLatin1String("1"))
        QSKIP("set TP_WRITE_STORE_FIXTURES=1 to rewrite the version 3 fixture");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        Workspace::Options options;
        options.targetVersion = 3;
        auto opened = Workspace::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
        QCOMPARE((*opened.value)->schemaVersion(), 3);
        Scenario tie = StoreFixture::example(QStringLiteral("tie-vote"));
        NegotiationStore store(**opened.value);
        QVERIFY(store.importScenario(tie, QStringLiteral("fixture")).ok());
        tie.votes.first().ballots = {QStringLiteral("B1"), QStringLiteral("B2")};
        QVERIFY(store.importScenario(tie, QStringLiteral("fixture")).ok());
    }
    QVERIFY(StoreFixture::rawExec(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                                         QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("VACUUM")}));
    QFile::remove(kFixtureV3);
    QVERIFY(QFile::copy(path, kFixtureV3));
}

void TestWorkspace::freshWorkspaceHasCurrentSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/ws.sqlite"));
    auto ws = StoreFixture::open(path);
    QCOMPARE(ws->schemaVersion(), SchemaMigrations::kCurrentVersion);
    QCOMPARE(pragma(*ws, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(*ws, QStringLiteral("synchronous")).toInt(), 2); // FULL
    QCOMPARE(pragma(*ws, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(*ws, QStringLiteral("secure_delete")).toInt(), 1);

    const auto templates = NegotiationStore(*ws).templates();
    QVERIFY(templates.ok());
    QCOMPARE(templates.value->size(), 3);
    QCOMPARE(templates.value->at(0).name, QStringLiteral("cixi-2014"));
    QCOMPARE(templates.value->at(0).criteria.size(), 8);
    QCOMPARE(templates.value->at(0).criteria.at(6).max, Hundredths(1500));
    QCOMPARE(templates.value->at(1).name, QStringLiteral("reinsurance-2022"));
    QCOMPARE(templates.value->at(1).criteria.size(), 5);

    const auto saved = NegotiationStore(*ws).saveTemplate(QStringLiteral("my own"),
                                                          {{QStringLiteral("K1"), QStringLiteral("Service"), 6000},
                                                           {QStringLiteral("K2"), QStringLiteral("Price"), 4000}},
                                                          QStringLiteral("tester"));
    QVERIFY2(saved.ok(), qPrintable(saved.problem.toString()));
    const auto duplicate = NegotiationStore(*ws).saveTemplate(
        QStringLiteral("my own"), {{QStringLiteral("K1"), QStringLiteral("x"), 100}}, QStringLiteral("tester"));
    QCOMPARE(duplicate.failure, Failure::Invalid);

    Project project;
    project.title = QStringLiteral("2025 大病保险承办");
    project.purchaser = QStringLiteral("某市医疗保障中心");
    const auto created = NegotiationStore(*ws).create(project, saved.value->id, QStringLiteral("tester"));
    QVERIFY2(created.ok(), qPrintable(created.problem.toString()));
    QCOMPARE(created.value->stage, Stage::Setup);
    const auto scenario = NegotiationStore(*ws).scenario(created.value->id);
    QCOMPARE(scenario.value->criteria.size(), 2);

    // Reopening an up-to-date file changes nothing.
    ws.reset();
    auto again = StoreFixture::open(path);
    const auto verification = AuditLog::verify(*again);
    QVERIFY(verification.ok());
    QVERIFY2(verification.value->ok, qPrintable(verification.value->problem.toString()));
    QCOMPARE(verification.value->events, qint64(3));
}

void TestWorkspace::tablesAreStrict()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
    StoreFixture::open(path).reset();
    QVERIFY(StoreFixture::rawValue(path, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'scores'"))
                .toString()
                .endsWith(QLatin1String("STRICT")));
    // A text where an integer belongs is refused by the database itself.
    QVERIFY(
        !StoreFixture::rawExec(path, {QStringLiteral("INSERT INTO criteria_templates (id, name, builtin, created_at)"
                                                     " VALUES ('x', 'y', 0, 'z')")}));
}

void TestWorkspace::migratesVersion1File()
{
    QVERIFY2(QFile::exists(kFixtureV1), "tests/data/store/workspace-v1.sqlite is missing");
    QCOMPARE(StoreFixture::rawValue(kFixtureV1, QStringLiteral("SELECT value FROM schema_meta WHERE name = 'version'"))
                 .toString(),
             QStringLiteral("1"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(kFixtureV1, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto ws = StoreFixture::open(path);
    QCOMPARE(ws->schemaVersion(), SchemaMigrations::kCurrentVersion);
    NegotiationStore negotiations(*ws);
    const auto list = negotiations.list();
    QVERIFY(list.ok());
    QCOMPARE(list.value->size(), 1);
    QCOMPARE(list.value->first().code, QStringLiteral("N-2014-0001"));
    QCOMPARE(list.value->first().stage, Stage::Scoring);

    // The data of version 1 reads back as the scenario it was imported from.
    const auto scenario = negotiations.scenario(list.value->first().id);
    QVERIFY(scenario.ok());
    QCOMPARE(ScenarioWriter::write(*scenario.value),
             ScenarioWriter::write(StoreFixture::example(QStringLiteral("cixi-2014"))));

    // What version 2 added is there and usable.
    QCOMPARE(negotiations.templates().value->size(), 3);
    QVERIFY(negotiations
                .setPublicationContact(list.value->first().id, QStringLiteral("https://ybj.cixi.gov.cn"),
                                       QStringLiteral("0574-63000000"), QStringLiteral("tester"))
                .ok());
    const auto row = RecordReader::rows(*ws, QStringLiteral("negotiations"), {{QStringLiteral("id"), 1}});
    QCOMPARE(row.value->first().value(QStringLiteral("publication_website")).toString(),
             QStringLiteral("https://ybj.cixi.gov.cn"));

    // The upgrade itself is in the audit log, and the chain still verifies.
    const auto events = AuditLog::events(*ws, std::nullopt);
    QVERIFY(events.ok());
    QStringList actions;
    for (const AuditLog::Event& e : *events.value)
        actions.append(e.action);
    QCOMPARE(actions, (QStringList{QStringLiteral("schema_migrated"), QStringLiteral("negotiation_imported"),
                                   QStringLiteral("schema_migrated"), QStringLiteral("publication_contact_set")}));
    QVERIFY(events.value->at(2).body.contains("\"from\":1"));
    const auto verification = AuditLog::verify(*ws);
    QVERIFY2(verification.value->ok, qPrintable(verification.value->problem.toString()));
}

void TestWorkspace::migratesVersion2File()
{
    QVERIFY2(QFile::exists(kFixtureV2), "tests/data/store/workspace-v2.sqlite is missing");
    QCOMPARE(StoreFixture::rawValue(kFixtureV2, QStringLiteral("SELECT value FROM schema_meta WHERE name = 'version'"))
                 .toString(),
             QStringLiteral("2"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    QVERIFY(QFile::copy(kFixtureV2, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // The time of each negotiation's last audit event, which from version 8 is the time it last changed
    // (before, its row kept a time of its own).
    const auto lastEvent = [&](int id) {
        return StoreFixture::rawValue(path, QStringLiteral("SELECT at FROM audit_events WHERE negotiation_id = %1 "
                                                           "ORDER BY seq DESC LIMIT 1")
                                                .arg(id))
            .toString();
    };
    const QString changed1 = lastEvent(1);
    const QString changed2 = lastEvent(2);
    QVERIFY(!changed1.isEmpty() && !changed2.isEmpty());

    auto ws = StoreFixture::open(path);
    QCOMPARE(ws->schemaVersion(), SchemaMigrations::kCurrentVersion);
    NegotiationStore negotiations(*ws);
    const auto list = negotiations.list();
    QCOMPARE(list.value->size(), 2);
    // The list gives the time of the last event.
    QCOMPARE(negotiations.summary(1).value->updatedAt, changed1);
    QCOMPARE(negotiations.summary(2).value->updatedAt, changed2);
    QCOMPARE(negotiations.summary(1).value->stage, Stage::Scoring);
    QCOMPARE(negotiations.summary(2).value->stage, Stage::Draw);
    QCOMPARE(ScenarioWriter::write(*negotiations.scenario(1).value),
             ScenarioWriter::write(StoreFixture::example(QStringLiteral("cixi-2014"))));

    // What version 3 added is there and usable: a commitment stored before the reveal, and the
    // review of a flagged score.
    const QString seed(64, QLatin1Char('c'));
    ProcedureService procedure(*ws);
    QVERIFY(procedure.commitDraw(2, seed, QStringLiteral("tester")).ok());
    QCOMPARE((*procedure.pendingDraw(2).value)->seed, seed);
    QVERIFY(procedure.revealDraw(2, {}, QStringLiteral("tester")).ok());
    QCOMPARE(negotiations.summary(1).value->updatedAt, changed1);
    QVERIFY(negotiations.summary(2).value->updatedAt > changed2);
    QVERIFY(ScoringService(*ws).pendingReviews(1).value->isEmpty());
    QVERIFY(ScoringService(*ws).scoreReviews(1).value->isEmpty());

    const auto events = AuditLog::events(*ws, std::nullopt);
    QStringList actions;
    for (const AuditLog::Event& e : *events.value)
        actions.append(e.action);
    QCOMPARE(actions, (QStringList{QStringLiteral("schema_migrated"), QStringLiteral("negotiation_imported"),
                                   QStringLiteral("negotiation_imported"), QStringLiteral("schema_migrated"),
                                   QStringLiteral("draw_committed"), QStringLiteral("draw_recorded")}));
    QVERIFY(events.value->at(3).body.contains("\"from\":2"));
    QVERIFY(
        events.value->at(3).body.contains(QStringLiteral("\"to\":%1").arg(SchemaMigrations::kCurrentVersion).toUtf8()));
    const auto verification = AuditLog::verify(*ws);
    QVERIFY2(verification.value->ok, qPrintable(verification.value->problem.toString()));
}

// Version 3 wrote a round's ballots when it closed, in a box with row ids. The upgrade moves them into
// the box of version 4 (random slots, no row id), the votes read and verify as before, and the vote
// due goes on with ballots stored as they are cast.
void TestWorkspace::migratesVersion3File()
{
    QVERIFY2(QFile::exists(kFixtureV3), "tests/data/store/workspace-v3.sqlite is missing");
    QCOMPARE(StoreFixture::rawValue(kFixtureV3, QStringLiteral("SELECT value FROM schema_meta WHERE name = 'version'"))
                 .toString(),
             QStringLiteral("3"));
    QCOMPARE(StoreFixture::rawValue(kFixtureV3, QStringLiteral("SELECT COUNT(*) FROM ballots")).toInt(), 7);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    QVERIFY(QFile::copy(kFixtureV3, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto ws = StoreFixture::open(path);
    QCOMPARE(ws->schemaVersion(), SchemaMigrations::kCurrentVersion);
    QSqlQuery q(ws->database());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('ballots') ORDER BY cid")));
    QStringList columns;
    while (q.next())
        columns.append(q.value(0).toString());
    QCOMPARE(columns, (QStringList{QStringLiteral("negotiation_id"), QStringLiteral("round_no"), QStringLiteral("slot"),
                                   QStringLiteral("choice")}));
    QVERIFY(!q.exec(QStringLiteral("SELECT rowid FROM ballots")));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'ballots%'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT slot), MIN(length(slot)), MAX(length(slot)) FROM ballots")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 7);
    QCOMPARE(q.value(1).toInt(), 32);
    QCOMPARE(q.value(2).toInt(), 32);

    // The same ballots, read and verified as before.
    NegotiationStore negotiations(*ws);
    const QString B1 = QStringLiteral("B1"), B2 = QStringLiteral("B2");
    QCOMPARE(negotiations.scenario(1).value->votes.first().ballots,
             (QList<std::optional<QString>>{B1, B1, B2, B2, B2}));
    QCOMPARE(negotiations.scenario(2).value->votes.first().ballots,
             (QList<std::optional<QString>>{QStringLiteral("B1"), QStringLiteral("B2")}));
    auto verification = AuditLog::verify(*ws);
    QVERIFY2(verification.value->ok, qPrintable(verification.value->problem.toString()));

    // The first negotiation's vote decides; the second needs a second round, held ballot by ballot.
    ScoringService scoring(*ws);
    QCOMPARE(scoring.recordResult(1, QStringLiteral("tester")).value->status, EvaluationStatus::Final);
    QCOMPARE(scoring.recordResult(2, QStringLiteral("tester")).value->status, EvaluationStatus::VoteRequired);
    const auto due = scoring.currentVoteRound(2);
    QVERIFY(due.ok() && *due.value);
    QCOMPARE((*due.value)->round, qint64(2));
    for (const QString& p : {QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")})
        QVERIFY(scoring.castBallot(2, 2, p, QStringLiteral("B1"), QStringLiteral("tester")).ok());
    QCOMPARE(scoring.closeVoteRound(2, 2, QStringLiteral("tester")).value->counts.first().second, 3);
    QCOMPARE(scoring.recordResult(2, QStringLiteral("tester")).value->ranking.first().bidder, QStringLiteral("B1"));

    const auto events = AuditLog::events(*ws, std::nullopt);
    QCOMPARE(events.value->at(3).action, QStringLiteral("schema_migrated"));
    QVERIFY(events.value->at(3).body.contains("\"from\":3"));
    verification = AuditLog::verify(*ws);
    QVERIFY2(verification.value->ok, qPrintable(verification.value->problem.toString()));
}

// The upgrade runs in one transaction: when a step fails, the file stays at version 2 as it was.
// Version 8 makes the scores of a file a table kept by its key alone, with every score and every review
// of a flagged score (which refers to its score) as they were, and the log still verifies.
void TestWorkspace::keepsScoresByKeyFromVersion8()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    Scenario flagged = StoreFixture::example(QStringLiteral("cixi-2014"));
    QList<ScoreEntry> scores = flagged.scores->toList();
    for (ScoreEntry& e : scores)
        if (e.panelist == QLatin1String("P3") && e.bidder == QLatin1String("B1") && e.criterion == QLatin1String("C1"))
            e.score = 500;
    flagged.scores = scores;
    const ScoreConfirmation confirmation{QStringLiteral("P3"), QStringLiteral("B1"), QStringLiteral("C1"),
                                         QStringLiteral("经组长确认维持原分"), QString()};
    const QString scoresSql = QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'scores'");
    const QString allScores = QStringLiteral(
        "SELECT group_concat(panelist_code || bidder_code || criterion_code || '=' || hundredths, ' ') FROM (SELECT * "
        "FROM scores ORDER BY panelist_code, bidder_code, criterion_code)");
    QString before;
    {
        Workspace::Options options;
        options.targetVersion = 7;
        auto opened = Workspace::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
        Workspace& ws = **opened.value;
        QVERIFY(NegotiationStore(ws).importScenario(flagged, QStringLiteral("t")).ok());
        const auto confirmed = ScoringService(ws).confirmScore(1, confirmation, QStringLiteral("t"));
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.problem.toString()));
        QVERIFY(!StoreFixture::rawValue(path, scoresSql).toString().contains(QLatin1String("WITHOUT ROWID")));
        before = StoreFixture::rawValue(path, allScores).toString();
    }
    QCOMPARE(before.count(QLatin1Char('=')), 7 * 3 * 8);

    auto ws = StoreFixture::open(path);
    QCOMPARE(ws->schemaVersion(), SchemaMigrations::kCurrentVersion);
    QVERIFY(StoreFixture::rawValue(path, scoresSql).toString().endsWith(QLatin1String("WITHOUT ROWID, STRICT")));
    QCOMPARE(StoreFixture::rawValue(path, allScores).toString(), before);
    ScoringService scoring(*ws);
    const auto reviews = scoring.scoreReviews(1);
    QVERIFY(reviews.ok());
    QCOMPARE(reviews.value->size(), 1);
    QCOMPARE(reviews.value->first().panelist, QStringLiteral("P3"));
    QCOMPARE(reviews.value->first().value, Hundredths(500));
    QVERIFY(scoring.pendingReviews(1).value->isEmpty());
    QCOMPARE(StoreFixture::rawValue(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE "
                                                         "'%version7%'"))
                 .toInt(),
             0);
    const auto verified = AuditLog::verify(*ws);
    QVERIFY(verified.ok());
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
    QVERIFY(scoring.recordResult(1, QStringLiteral("t")).ok());
}

void TestWorkspace::failedMigrationLeavesVersion2()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    QVERIFY(QFile::copy(kFixtureV2, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A table in the way of the second statement of version 3.
    QVERIFY(StoreFixture::rawExec(
        path, {QStringLiteral("CREATE TABLE score_reviews (x TEXT)"), QStringLiteral("PRAGMA journal_mode = DELETE")}));
    const auto opened = Workspace::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.failure, Failure::Storage);
    QCOMPARE(
        StoreFixture::rawValue(path, QStringLiteral("SELECT value FROM schema_meta WHERE name = 'version'")).toString(),
        QStringLiteral("2"));
    QVERIFY(!StoreFixture::rawValue(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                                         "'draw_commitments'"))
                 .toBool());
    QCOMPARE(StoreFixture::rawValue(path, QStringLiteral("SELECT COUNT(*) FROM audit_events")).toInt(), 3);
}

void TestWorkspace::refusesNewerVersionUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    StoreFixture::open(path).reset();
    const QString newer = QString::number(SchemaMigrations::kCurrentVersion + 1);
    QVERIFY(StoreFixture::rawExec(
        path, {QStringLiteral("UPDATE schema_meta SET value = '%1' WHERE name = 'version'").arg(newer),
               QStringLiteral("PRAGMA journal_mode = DELETE")}));
    const QByteArray before = fileHash(path);
    const auto opened = Workspace::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.problem.where, path);
    QVERIFY2(opened.problem.why.contains(QStringLiteral("newer TenderPanel (schema version %1").arg(newer)),
             qPrintable(opened.problem.why));
    QCOMPARE(fileHash(path), before);
}

void TestWorkspace::refusesGarbageFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("These are meeting notes, not a database.\n").repeated(200));
    f.close();
    const QByteArray before = fileHash(path);
    const auto opened = Workspace::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.failure, Failure::Storage);
    QVERIFY2(opened.problem.why.contains(QLatin1String("not a TenderPanel workspace")), qPrintable(opened.problem.why));
    QCOMPARE(fileHash(path), before);

    const auto folder = Workspace::open(dir.path());
    QVERIFY(!folder.ok());
    QVERIFY(folder.problem.why.contains(QLatin1String("not a file")));
}

void TestWorkspace::refusesForeignDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(StoreFixture::rawExec(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)")}));
    const auto opened = Workspace::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.problem.why.contains(QLatin1String("not a TenderPanel workspace")), qPrintable(opened.problem.why));
}

void TestWorkspace::reportsDamagedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
    {
        auto ws = StoreFixture::open(path);
        QVERIFY(NegotiationStore(*ws)
                    .importScenario(StoreFixture::example(QStringLiteral("cixi-2014")), QStringLiteral("t"))
                    .ok());
    }
    QVERIFY(StoreFixture::rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
    // Damage the header: the file no longer is a database.
    {
        const QString headerPath = dir.filePath(QStringLiteral("header.sqlite"));
        QVERIFY(QFile::copy(path, headerPath));
        QFile f(headerPath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(16, 'X'));
        f.close();
        const auto opened = Workspace::open(headerPath);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.problem.why.contains(QLatin1String("not a TenderPanel workspace")) ||
                     opened.problem.why.contains(QLatin1String("damaged")),
                 qPrintable(opened.problem.why));
    }
    // Damage pages in the middle: opening or the verification says the file is damaged.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8 * 4096);
        for (qint64 offset = 4096 * 2; offset < size - 4096; offset += 4096 * 3) {
            f.seek(offset);
            f.write(QByteArray(4096, char(0x5A)));
        }
        f.close();
        const auto opened = Workspace::open(path);
        if (opened.ok()) {
            const auto verification = AuditLog::verify(**opened.value);
            const QString why = verification.ok() ? verification.value->problem.why : verification.problem.why;
            QVERIFY(!verification.ok() || !verification.value->ok);
            QVERIFY2(why.contains(QLatin1String("damaged")), qPrintable(why));
        } else {
            QVERIFY2(opened.problem.why.contains(QLatin1String("damaged")) ||
                         opened.problem.why.contains(QLatin1String("not a")),
                     qPrintable(opened.problem.why));
        }
    }
}

void TestWorkspace::reportsLockedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
    StoreFixture::open(path).reset();
    QVERIFY(StoreFixture::rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const auto opened = Workspace::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.problem.why.contains(QLatin1String("in use by another program")),
                 qPrintable(opened.problem.why));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QVERIFY(Workspace::open(path).ok());
}

void TestWorkspace::reportsBusyWriter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
    auto ws = StoreFixture::open(path);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const auto imported = NegotiationStore(*ws).importScenario(StoreFixture::example(QStringLiteral("tie-vote")),
                                                                   QStringLiteral("t"));
        QCOMPARE(imported.failure, Failure::Storage);
        QVERIFY2(imported.problem.why.contains(QLatin1String("in use by another program")),
                 qPrintable(imported.problem.why));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    QVERIFY(NegotiationStore(*ws).list().value->isEmpty());
    QVERIFY(NegotiationStore(*ws)
                .importScenario(StoreFixture::example(QStringLiteral("tie-vote")), QStringLiteral("t"))
                .ok());
}

void TestWorkspace::readOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
    {
        auto ws = StoreFixture::open(path);
        QVERIFY(NegotiationStore(*ws)
                    .importScenario(StoreFixture::example(QStringLiteral("tie-vote")), QStringLiteral("t"))
                    .ok());
    }
    Workspace::Options options;
    options.readOnly = true;
    {
        auto opened = Workspace::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
        QCOMPARE(NegotiationStore(**opened.value).list().value->size(), 1);
        const auto write = NegotiationStore(**opened.value)
                               .importScenario(StoreFixture::example(QStringLiteral("tie-vote")), QStringLiteral("t"));
        QCOMPARE(write.failure, Failure::Storage);
        QVERIFY(write.problem.why.contains(QLatin1String("read-only")));
    }
    if (::geteuid() == 0)
        QSKIP("file permissions do not bind the superuser");
    QVERIFY(StoreFixture::rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const auto opened = Workspace::open(path);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.problem.why.contains(QLatin1String("read-only")), qPrintable(opened.problem.why));
}

// A workspace upgraded from an older version has exactly the schema of a new one.
void TestWorkspace::upgradedSchemaEqualsFresh_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("version 1") << kFixtureV1;
    QTest::newRow("version 2") << kFixtureV2;
}

void TestWorkspace::upgradedSchemaEqualsFresh()
{
    QFETCH(QString, fixture);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString freshPath = dir.filePath(QStringLiteral("fresh.sqlite"));
    SchemaCheck::Snapshot upgraded;
    SchemaCheck::Snapshot fresh;
    {
        auto ws = StoreFixture::open(path);
        QCOMPARE(ws->schemaVersion(), SchemaMigrations::kCurrentVersion);
        const auto differences = SchemaCheck::check(*ws);
        QVERIFY(differences.ok());
        QStringList texts;
        for (const SchemaCheck::Difference& d : *differences.value)
            texts.append(SchemaCheck::describe(d));
        QVERIFY2(texts.isEmpty(), qPrintable(texts.join(QLatin1String("; "))));
        upgraded = *SchemaCheck::read(ws->database(), path).value;
    }
    {
        auto ws = StoreFixture::open(freshPath);
        fresh = *SchemaCheck::read(ws->database(), freshPath).value;
    }
    QCOMPARE(upgraded.objects.keys(), fresh.objects.keys());
    for (auto it = fresh.objects.cbegin(); it != fresh.objects.cend(); ++it) {
        QCOMPARE(upgraded.objects.value(it.key()).sql, it->sql);
        QCOMPARE(upgraded.objects.value(it.key()).table, it->table);
        QCOMPARE(upgraded.objects.value(it.key()).columns.size(), it->columns.size());
    }
    QCOMPARE(upgraded.settings, fresh.settings);
    QCOMPARE(upgraded.meta, fresh.meta);
}

// A file whose schema_meta claims another version than its tables have is not upgraded blindly: the
// opening says what is wrong and leaves the file as it was.
void TestWorkspace::refusesWrongClaimedVersion_data()
{
    QTest::addColumn<QString>("fixture"); // empty: a new workspace of the current version
    QTest::addColumn<int>("claimed");
    QTest::addColumn<QStringList>("message"); // all of these
    QTest::newRow("version 2 says 1") << kFixtureV2 << 1
                                      << QStringList{QStringLiteral("the workspace says schema version 1 but "),
                                                     QStringLiteral("already has column publication_website (table "
                                                                    "negotiations) of version 2"),
                                                     QStringLiteral("already has table \"criteria_templates\" of "
                                                                    "version 2")};
    QTest::newRow("version 3 says 2") << kFixtureV3 << 2
                                      << QStringList{QStringLiteral("the workspace says schema version 2 but already "
                                                                    "has table \"draw_commitments\" of version 3; "
                                                                    "already has table \"score_reviews\" of version "
                                                                    "3; it was left unchanged")};
    QTest::newRow("version 4 says 3") << QString() << 3
                                      << QStringList{QStringLiteral("the workspace says schema version 3 but "),
                                                     QStringLiteral("already has column slot (table ballots) of "
                                                                    "version 4")};
    QTest::newRow("version 2 says 3") << kFixtureV2 << 3
                                      << QStringList{QStringLiteral("the workspace says schema version 3 but has no "
                                                                    "table \"draw_commitments\"; has no table "
                                                                    "\"score_reviews\"; it was left unchanged")};
    QTest::newRow("version 1 says 2") << kFixtureV1 << 2
                                      << QStringList{QStringLiteral("the workspace says schema version 2 but "),
                                                     QStringLiteral("has no column publication_website in table "
                                                                    "negotiations"),
                                                     QStringLiteral("has no table \"template_criteria\"")};
}

void TestWorkspace::refusesWrongClaimedVersion()
{
    QFETCH(QString, fixture);
    QFETCH(int, claimed);
    QFETCH(QStringList, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("claimed.sqlite"));
    if (fixture.isEmpty()) {
        StoreFixture::open(path).reset();
    } else {
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QVERIFY(StoreFixture::rawExec(
        path, {QStringLiteral("UPDATE schema_meta SET value = '%1' WHERE name = 'version'").arg(claimed),
               QStringLiteral("PRAGMA journal_mode = DELETE")}));
    const QByteArray before = fileHash(path);
    const auto opened = Workspace::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.failure, Failure::Storage);
    QCOMPARE(opened.problem.where, path);
    for (const QString& part : message)
        QVERIFY2(opened.problem.why.contains(part), qPrintable(opened.problem.why));
    QVERIFY2(opened.problem.why.endsWith(QLatin1String("; it was left unchanged")), qPrintable(opened.problem.why));
    QCOMPARE(fileHash(path), before);
}

void TestWorkspace::refusesEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    for (bool readOnly : {false, true}) {
        Workspace::Options options;
        options.create = true; // only a missing file is created
        options.readOnly = readOnly;
        const auto opened = Workspace::open(path, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.failure, Failure::Storage);
        QCOMPARE(opened.problem.where, path);
        QCOMPARE(opened.problem.why, QStringLiteral("the file is empty; it is not a workspace"));
        QCOMPARE(QFileInfo(path).size(), qint64(0));
    }
}

void TestWorkspace::createsOnlyAMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/ws.sqlite"));
    for (bool readOnly : {false, true}) {
        Workspace::Options options;
        options.create = false;
        options.readOnly = readOnly;
        const auto opened = Workspace::open(path, options);
        QCOMPARE(opened.failure, Failure::NotFound);
        QCOMPARE(opened.problem.why, QStringLiteral("no workspace at this path"));
        QVERIFY(!QFileInfo::exists(path));
    }
    Workspace::Options options;
    options.create = true;
    const auto created = Workspace::open(path, options);
    QVERIFY2(created.ok(), qPrintable(created.problem.toString()));
    QCOMPARE((*created.value)->schemaVersion(), SchemaMigrations::kCurrentVersion);
}

namespace {

// A workspace holding one negotiation, closed (no -wal or -shm left).
void writeWorkspace(const QString& path)
{
    auto ws = StoreFixture::open(path);
    QVERIFY(NegotiationStore(*ws)
                .importScenario(StoreFixture::example(QStringLiteral("tie-vote")), QStringLiteral("t"))
                .ok());
}

// Reads, verifies and tries to write a workspace that cannot be written where it is.
void checkReadOnly(const QString& path, const QString& reason)
{
    const auto writing = Workspace::open(path);
    QVERIFY(!writing.ok());
    QCOMPARE(writing.problem.where, path);
    QCOMPARE(writing.problem.why, reason);

    for (bool explicitly : {true, false}) {
        Workspace::Options options;
        options.readOnly = explicitly;
        options.readOnlyFallback = !explicitly;
        auto opened = Workspace::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
        Workspace& ws = **opened.value;
        QVERIFY(ws.isReadOnly());
        QCOMPARE(ws.readOnlyReason(), reason);
        QCOMPARE(NegotiationStore(ws).list().value->size(), 1);
        const auto verification = AuditLog::verify(ws);
        QVERIFY2(verification.ok(), qPrintable(verification.problem.toString()));
        QVERIFY2(verification.value->ok, qPrintable(verification.value->problem.toString()));
        const auto write =
            NegotiationStore(ws).importScenario(StoreFixture::example(QStringLiteral("tie-vote")), QStringLiteral("t"));
        QCOMPARE(write.failure, Failure::Storage);
        QCOMPARE(write.problem.why, reason);
    }
}

} // namespace

// A workspace on read-only media (here a read-only bind mount) is read, listed and verified; every
// change is refused, saying so.
void TestWorkspace::readOnlyMedia()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    QVERIFY(QDir().mkpath(source));
    writeWorkspace(source + QStringLiteral("/ws.sqlite"));
    // Closing left every commit in the database file itself: the log is gone or empty.
    QCOMPARE(QFileInfo(source + QStringLiteral("/ws.sqlite-wal")).size(), 0);
    ReadOnlyMount mount(source, dir.filePath(QStringLiteral("disc")));
    if (!mount.ok())
        QSKIP(qPrintable(mount.error()));
    const QString path = dir.filePath(QStringLiteral("disc/ws.sqlite"));
    const QByteArray before = fileHash(path);
    const QStringList files = QDir(dir.filePath(QStringLiteral("disc"))).entryList(QDir::Files, QDir::Name);
    checkReadOnly(path, QStringLiteral("the workspace is on read-only media: it can be read but not changed"));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.filePath(QStringLiteral("disc"))).entryList(QDir::Files, QDir::Name), files);
}

void TestWorkspace::readOnlyFile()
{
    if (::geteuid() == 0)
        QSKIP("file permissions do not bind the superuser");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
    writeWorkspace(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    checkReadOnly(path, QStringLiteral("the workspace file is read-only: it can be read but not changed"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// The file can be written but its folder cannot, so the journal files cannot be created: said as such.
void TestWorkspace::readOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("folder permissions do not bind the superuser");
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/ws.sqlite");
    writeWorkspace(path);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    checkReadOnly(path, QStringLiteral("the folder %1 cannot be written, so the database cannot create its journal "
                                       "files (-wal, -shm) there: the workspace can be read but not changed")
                            .arg(QDir::toNativeSeparators(folder)));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestWorkspace::resolvesPath()
{
    QCOMPARE(Workspace::resolvePath(QStringLiteral("/x/y.sqlite")), QStringLiteral("/x/y.sqlite"));
    qputenv("TENDERPANEL_WORKSPACE", "/from/env.sqlite");
    QCOMPARE(Workspace::resolvePath(QString()), QStringLiteral("/from/env.sqlite"));
    qunsetenv("TENDERPANEL_WORKSPACE");
    QVERIFY(Workspace::resolvePath(QString()).endsWith(QLatin1String("/workspace.sqlite")));
}

// The schema recorded by the build (the programs' resource) is what the migrations create now, and a
// workspace whose schema differs from it is still told apart.
void TestWorkspace::recordedSchemaIsTheMigrations()
{
    const int version = SchemaMigrations::kCurrentVersion;
    QFile recorded(QStringLiteral(":/schema/reference.json"));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QByteArray text = recorded.readAll();
    const auto built = SchemaCheck::buildReference(version);
    QVERIFY2(built.ok(), qPrintable(built.problem.toString()));
    QCOMPARE(SchemaCheck::toJson(*built.value, version), text);
    const auto parsed = SchemaCheck::fromJson(text, version);
    QVERIFY(parsed.has_value());
    QCOMPARE(SchemaCheck::toJson(*parsed, version), text);
    QVERIFY(parsed->objects.size() > 10);
    QVERIFY(!SchemaCheck::fromJson(text, version + 1).has_value());
    QVERIFY(!SchemaCheck::fromJson("not json", version).has_value());
    const auto reference = SchemaCheck::reference(version);
    QVERIFY(reference.ok());
    QCOMPARE(SchemaCheck::toJson(*reference.value, version), text);
}

// A statement kept prepared (PreparedQuery) is reset when its holder is done: a read left open on
// the connection would keep the write-ahead log from being emptied (what a cast ballot needs).
void TestWorkspace::keptStatementsHoldNoRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
    auto ws = openWithExample(path, QStringLiteral("tie-vote"));
    const QString select = QStringLiteral("SELECT code FROM bidders ORDER BY code");
    const auto truncateLog = [&] {
        QSqlQuery q(ws->database());
        // (busy, log frames, frames checkpointed); busy = 1 when a read keeps the log.
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next())
            return -1;
        return q.value(0).toInt();
    };
    {
        // What the check catches: a statement stopped after its first row keeps its read open.
        QSqlQuery open(ws->database());
        QVERIFY(open.exec(select) && open.next());
        QVERIFY(NegotiationStore(*ws)
                    .importScenario(StoreFixture::example(QStringLiteral("tie-vote")), QStringLiteral("u"))
                    .ok());
        QVERIFY(truncateLog() != 0);
    }
    for (int round = 0; round < 2; ++round) { // the first use prepares the statement, the second reuses it
        {
            PreparedQuery q(*ws, select);
            QVERIFY(q.isPrepared());
            QVERIFY(q->exec() && q->next());
            QVERIFY(!q->value(0).toString().isEmpty());
        }
        QVERIFY(NegotiationStore(*ws)
                    .importScenario(StoreFixture::example(QStringLiteral("tie-vote")), QStringLiteral("v%1").arg(round))
                    .ok());
        QCOMPARE(truncateLog(), 0);
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), qint64(0));
    }
}

// Statements run through SQLite's own interface: values bound as Qt's driver binds them, what only the
// driver handles left to it, and texts beyond the kept ones run once and finished, holding no read.
// The time a change is stored with: the current instant with the system's UTC offset, written as the
// workspace keeps times. Zones as POSIX rules, which need no zone database: whole and half hours, east and
// west, and one with summer time, whose offset is the one Qt's own local time gives at that instant.
void TestWorkspace::nowHasTheLocalOffset_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("offset"); // seconds east of UTC; 1 for "as Qt's local time says"
    QTest::addColumn<QString>("suffix");
    QTest::newRow("China") << QByteArray("CST-8") << 8 * 3600 << QStringLiteral("+08:00");
    QTest::newRow("UTC") << QByteArray("UTC0") << 0 << QStringLiteral("Z");
    QTest::newRow("India") << QByteArray("IST-5:30") << (5 * 3600 + 1800) << QStringLiteral("+05:30");
    QTest::newRow("west") << QByteArray("XST7") << -7 * 3600 << QStringLiteral("-07:00");
    QTest::newRow("summer time") << QByteArray("EST5EDT,M3.2.0,M11.1.0") << 1 << QString();
}

void TestWorkspace::nowHasTheLocalOffset()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, offset);
    QFETCH(QString, suffix);
    const QByteArray saved = qgetenv("TZ");
    const bool had = qEnvironmentVariableIsSet("TZ");
    const auto restore = qScopeGuard([&] {
        if (had)
            qputenv("TZ", saved);
        else
            qunsetenv("TZ");
        tzset();
    });
    qputenv("TZ", zone);
    tzset();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = StoreTime::now();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(now.isValid());
    // A fixed offset (UTC itself when it is zero), never the zone: the stored text says the offset.
    QCOMPARE(now.timeSpec(), offset == 0 ? Qt::UTC : Qt::OffsetFromUTC);
    QVERIFY2(before <= now && now <= after, qPrintable(StoreTime::toText(now)));
    if (offset == 1) {
        offset = QDateTime::currentDateTime().offsetFromUtc();
        QVERIFY(offset == -5 * 3600 || offset == -4 * 3600);
        suffix = offset == -5 * 3600 ? QStringLiteral("-05:00") : QStringLiteral("-04:00");
    }
    QCOMPARE(now.offsetFromUtc(), offset);
    const QString text = StoreTime::toText(now);
    QVERIFY2(text.endsWith(suffix), qPrintable(text));
    QCOMPARE(StoreTime::fromText(text), std::optional<QDateTime>(now));
    // The local date and time of day are the zone's: what the panel's clock showed.
    QCOMPARE(text.left(19), now.toUTC().addSecs(offset).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
}

// The text a time is stored as is ISO 8601 as Qt writes it, for any date, time of day and offset:
// milliseconds only when there are some, "Z" for UTC, the offset's sign, hours and minutes.
void TestWorkspace::timeTextIsIso_data()
{
    QTest::addColumn<QDateTime>("time");
    const QList<QDate> dates{QDate(2014, 7, 29), QDate(1970, 1, 1), QDate(2026, 12, 31), QDate(9999, 12, 31),
                             QDate(1, 1, 1),     QDate(999, 3, 4),  QDate(2024, 2, 29)};
    const QList<QTime> clocks{QTime(17, 0),       QTime(0, 0),         QTime(23, 59, 59, 999),
                              QTime(9, 5, 7, 10), QTime(12, 30, 0, 1), QTime(8, 0, 0, 100)};
    const QList<int> offsets{0,         8 * 3600,   -7 * 3600,    5 * 3600 + 1800, -(9 * 3600 + 1800),
                             14 * 3600, -12 * 3600, 8 * 3600 + 30};
    for (const QDate& d : dates)
        for (const QTime& c : clocks)
            for (int offset : offsets) {
                const QDateTime t = offset == 0 ? QDateTime(d, c, Qt::UTC) : QDateTime(d, c, Qt::OffsetFromUTC, offset);
                QTest::addRow("%s %s %d", qPrintable(d.toString(Qt::ISODate)),
                              qPrintable(c.toString(QStringLiteral("HH:mm:ss.zzz"))), offset)
                    << t;
            }
    QTest::newRow("local time") << QDateTime(QDate(2014, 7, 29), QTime(17, 0, 5, 250), Qt::LocalTime);
}

void TestWorkspace::timeTextIsIso()
{
    QFETCH(QDateTime, time);
    const QDateTime fixed = time.toOffsetFromUtc(time.offsetFromUtc());
    const QString expected = fixed.toString(fixed.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
    QCOMPARE(StoreTime::toText(time), expected);
    // Read back as the same instant, where the text can say it: an offset of whole minutes.
    if (time.timeSpec() != Qt::LocalTime && time.date().year() >= 1000 && time.offsetFromUtc() % 60 == 0)
        QCOMPARE(StoreTime::fromText(StoreTime::toText(time)), std::optional<QDateTime>(time));
}

// A stored time is read as Qt's ISO 8601 reader reads it: the same instant, the same kind of time (UTC
// or a fixed offset) and offset, or nothing for the same texts.
void TestWorkspace::timeTextIsReadAsQtReadsIt_data()
{
    QTest::addColumn<QString>("text");
    for (const char* t : {"2014-07-29T17:00:00+08:00",
                          "2014-07-29T17:00:00.250+08:00",
                          "2026-12-05T07:31:09.882Z",
                          "2026-12-05T07:31:09Z",
                          "1970-01-01T00:00:00+00:00",
                          "2014-07-29T17:00:00-05:30",
                          "2024-02-29T23:59:59.999+14:00",
                          "0999-03-04T08:00:00+08:00",
                          "9999-12-31T23:59:59-12:00",
                          "2023-02-29T10:00:00+08:00",
                          "2014-13-01T10:00:00Z",
                          "2014-07-29T24:00:00Z",
                          "2014-07-29T23:60:00Z",
                          "2014-07-29T23:59:60Z",
                          "2014-07-29T17:00:00+08:60",
                          "2014-07-29T17:00:00+15:00",
                          "2014-07-29T17:00+08:00",
                          "2014-07-29 17:00:00+08:00",
                          "2014-07-29T17:00:00",
                          "2014-07-29T17:00:00.25+08:00",
                          "2014-07-29T17:00:00+0800",
                          "2014-07-29T17:00:00Z ",
                          "２014-07-29T17:00:00Z",
                          "2014-07-29T17:00:00.2500+08:00",
                          "x",
                          "2014-07-29",
                          "2014-07-29T17:00:00+08:00:00",
                          "0000-01-01T00:00:00Z"})
        QTest::newRow(t) << QString::fromUtf8(t);
}

void TestWorkspace::timeTextIsReadAsQtReadsIt()
{
    QFETCH(QString, text);
    const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
    const std::optional<QDateTime> ours = StoreTime::fromText(text);
    QCOMPARE(ours.has_value(), qt.isValid());
    if (!ours)
        return;
    QCOMPARE(*ours, qt);
    QCOMPARE(ours->timeSpec(), qt.timeSpec());
    QCOMPARE(ours->offsetFromUtc(), qt.offsetFromUtc());
    QCOMPARE(ours->time().msec(), qt.time().msec());
}

void TestWorkspace::nativeStatements()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
    auto ws = openWithExample(path, QStringLiteral("tie-vote"));
    const auto one = [&](const QString& sql, const QVariantList& values) {
        const auto native = PreparedQuery::readNative(*ws, sql, values);
        return native && !native->error.isValid() && native->rows.size() == 1 ? native->rows.first().value(0)
                                                                              : QVariant(QStringLiteral("failed"));
    };
    QCOMPARE(one(QStringLiteral("SELECT ?1 IS NULL"), {QVariant(QString())}), QVariant(qint64(1)));
    QCOMPARE(one(QStringLiteral("SELECT ?1 IS NULL"), {QVariant(QStringLiteral(""))}), QVariant(qint64(0)));
    QCOMPARE(one(QStringLiteral("SELECT ?1 IS NULL"), {QVariant()}), QVariant(qint64(1)));
    QCOMPARE(one(QStringLiteral("SELECT typeof(?1)"), {QVariant(true)}), QVariant(QStringLiteral("integer")));
    QCOMPARE(one(QStringLiteral("SELECT ?1 || ?2"), {QStringLiteral("甲"), QStringLiteral("\"乙\"")}),
             QVariant(QStringLiteral("甲\"乙\"")));
    QVERIFY(!PreparedQuery::readNative(*ws, QStringLiteral("SELECT ?1"), {QVariant(QDate(2024, 1, 2))}));
    QVERIFY(!PreparedQuery::readNative(*ws, QStringLiteral("SELECT 1; SELECT 2"), {}));
    QVERIFY(!PreparedQuery::readNative(*ws, QStringLiteral("  "), {}));
    const auto bad = PreparedQuery::readNative(*ws, QStringLiteral("SELECT * FROM no_such_table"), {});
    QVERIFY(bad && bad->failed && bad->error.isValid());
    // run() answers the same whichever way it takes: what readNative() leaves goes to Qt's driver.
    const auto viaRun = [&](const QString& sql, const QVariantList& values, PreparedQuery::Use use) {
        const PreparedQuery::Rows rows = PreparedQuery::run(*ws, sql, values, use);
        return rows.failed ? QStringLiteral("failed: ") + rows.error.text()
               : rows.rows.size() == 1 && rows.rows.first().size() == 1
                   ? rows.rows.first().first().toString()
                   : QStringLiteral("%1 rows").arg(rows.rows.size());
    };
    for (const auto use : {PreparedQuery::Use::Kept, PreparedQuery::Use::Once}) {
        QCOMPARE(viaRun(QStringLiteral("SELECT ?1"), {QVariant(QDate(2024, 1, 2))}, use), QStringLiteral("2024-01-02"));
        QCOMPARE(viaRun(QStringLiteral("SELECT ?1 || ?2"), {QStringLiteral("甲"), QStringLiteral("乙")}, use),
                 QStringLiteral("甲乙"));
        QCOMPARE(viaRun(QStringLiteral("SELECT NULL"), {}, use), QString());
        QCOMPARE(viaRun(QStringLiteral("SELECT code FROM bidders WHERE code = ?"), {QStringLiteral("none")}, use),
                 QStringLiteral("0 rows"));
        QVERIFY(viaRun(QStringLiteral("SELECT 1; SELECT 2"), {}, use).startsWith(QLatin1String("failed: ")));
        QVERIFY(viaRun(QStringLiteral("SELECT * FROM no_such_table"), {}, use).startsWith(QLatin1String("failed: ")));
    }
    const PreparedQuery::Rows null = PreparedQuery::run(*ws, QStringLiteral("SELECT NULL, ?1"), {QVariant(QDate())});
    QVERIFY(!null.failed && null.rows.size() == 1 && null.rows.first().size() == 2);
    QVERIFY(!null.rows.first().at(0).isValid()); // NULL as an invalid value, whichever way
    QVERIFY(!null.rows.first().at(1).isValid());
    // Far more distinct texts than are kept: each gives its own answer.
    for (int k = 0; k < 600; ++k)
        QCOMPARE(one(QStringLiteral("SELECT ?1 + %1 FROM bidders LIMIT 1").arg(k), {qint64(1000)}),
                 QVariant(qint64(1000 + k)));
    // The connection holds the kept statements only: those used once were finalized.
    const QVariant handle = ws->database().driver()->handle();
    QCOMPARE(handle.typeName(), "sqlite3*");
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    int statements = 0;
    for (sqlite3_stmt* s = sqlite3_next_stmt(db, nullptr); s; s = sqlite3_next_stmt(db, s))
        ++statements;
    QVERIFY2(statements <= 300, qPrintable(QString::number(statements)));
    QSqlQuery q(ws->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // not busy: no statement holds a read
}

// The same statement used again while a first holder still reads it gets a statement of its own; a
// statement that cannot be prepared says why and is not kept.
void TestWorkspace::keptStatementsServeNestedReads()
{
    QTemporaryDir dir;
    auto ws = openWithExample(dir.filePath(QStringLiteral("ws.sqlite")), QStringLiteral("tie-vote"));
    const QString select = QStringLiteral("SELECT code FROM bidders ORDER BY code");
    QStringList all;
    {
        PreparedQuery q(*ws, select);
        QVERIFY(q->exec());
        while (q->next())
            all.append(q->value(0).toString());
    }
    QVERIFY(all.size() >= 3);
    const QSqlQuery* kept = nullptr;
    {
        PreparedQuery outer(*ws, select);
        kept = &outer.query();
        QVERIFY(outer->exec());
        QStringList pairs;
        while (outer->next()) {
            const QString first = outer->value(0).toString();
            PreparedQuery inner(*ws, select);
            QVERIFY(&inner.query() != kept);
            QVERIFY(inner->exec());
            while (inner->next())
                pairs.append(first + inner->value(0).toString());
        }
        QCOMPARE(pairs.size(), all.size() * all.size());
    }
    {
        PreparedQuery again(*ws, select);
        QCOMPARE(&again.query(), kept); // the kept statement, free again
    }
    for (int i = 0; i < 2; ++i) {
        PreparedQuery bad(*ws, QStringLiteral("SELECT code FROM no_such_table"));
        QVERIFY(!bad.isPrepared());
        QVERIFY2(bad->lastError().text().contains(QLatin1String("no_such_table")), qPrintable(bad->lastError().text()));
    }
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
