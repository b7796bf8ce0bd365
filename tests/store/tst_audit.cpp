#include "StoreFixture.h"

#include "store/SchemaCheck.h"
#include "store/ScoringService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tp;
using namespace tp::store;

// Changes made behind the program's back, with a plain SQL connection, are found by verify(),
// which names the first bad event.
class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void untouchedWorkspaceVerifies();
    void tamper_data();
    void tamper();
    void schemaChanged_data();
    void schemaChanged();
    void foreignTriggerRefusesWriting();
    void chainIsCanonical();
    void hashOfAnyLength_data();
    void hashOfAnyLength();
    void bodiesAreCompactJson();

private:
    QTemporaryDir* m_dir = nullptr;
    QString m_path;
};

// Events: 1 schema_migrated, 2 negotiation_imported (cixi), 3 score_corrected (P1/B1/C1),
// 4 negotiation_imported (tie-vote, without its vote), 5 result_recorded (vote required), 6-10 ballot_cast
// (P1 to P5), 11 vote_closed, 12 result_recorded.
void TestAudit::init()
{
    m_dir = new QTemporaryDir;
    m_path = TestEngine::address(*m_dir);
    auto ws = StoreFixture::open(m_path);
    NegotiationStore negotiations(*ws);
    ScoringService scoring(*ws);
    QVERIFY(negotiations.importScenario(StoreFixture::example(QStringLiteral("cixi-2014")), QStringLiteral("t")).ok());
    CorrectionRequest c{QStringLiteral("P1"),
                        QStringLiteral("B1"),
                        QStringLiteral("C1"),
                        1900,
                        CorrectionCategory::AbnormalScore,
                        QStringLiteral("复核"),
                        QString()};
    QVERIFY(scoring.correctScore(1, c, QStringLiteral("t")).ok());
    Scenario tie = StoreFixture::example(QStringLiteral("tie-vote"));
    const VoteRound round = tie.votes.first();
    tie.votes.clear();
    QVERIFY(negotiations.importScenario(tie, QStringLiteral("t")).ok());
    QVERIFY(scoring.recordResult(2, QStringLiteral("t")).ok());
    for (qsizetype i = 0; i < round.ballots.size(); ++i)
        QVERIFY(scoring.castBallot(2, 1, tie.panel[i].id, round.ballots[i], QStringLiteral("t")).ok());
    QVERIFY(scoring.closeVoteRound(2, 1, QStringLiteral("t")).ok());
    QVERIFY(scoring.recordResult(2, QStringLiteral("t")).ok());
}

void TestAudit::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void TestAudit::untouchedWorkspaceVerifies()
{
    auto ws = StoreFixture::open(m_path);
    const auto v = AuditLog::verify(*ws);
    QVERIFY(v.ok());
    QVERIFY2(v.value->ok, qPrintable(v.value->problem.toString()));
    QCOMPARE(v.value->events, qint64(12));
    const auto events = AuditLog::events(*ws, std::nullopt);
    QCOMPARE(v.value->head, events.value->last().hash);
}

void TestAudit::tamper_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("badSeq"); // 0: no event to blame, a row is named instead
    QTest::addColumn<QString>("message");

    QTest::newRow("score changed") << QStringList{QStringLiteral(
                                          "UPDATE scores SET hundredths = 1500 WHERE negotiation_id = 1 AND "
                                          "panelist_code = 'P2' AND bidder_code = "
                                          "'B1' AND criterion_code = 'C1'")}
                                   << qint64(2)
                                   << QStringLiteral("scores (1, P2, B1, C1): hundredths is 1500 in the table but 1750 "
                                                     "in the record");
    QTest::newRow("corrected score changed")
        << QStringList{QStringLiteral("UPDATE scores SET hundredths = 2000 WHERE negotiation_id = 1 AND panelist_code "
                                      "= 'P1' AND bidder_code = 'B1' AND criterion_code = 'C1'")}
        << qint64(3) << QStringLiteral("hundredths is 2000 in the table but 1900 in the record");
    QTest::newRow("correction removed") << QStringList{QStringLiteral("DELETE FROM corrections")} << qint64(3)
                                        << QStringLiteral("corrections (1, 1) written by this event is missing");
    QTest::newRow("row slipped in")
        << QStringList{QStringLiteral("INSERT INTO scores VALUES (1, 'P1', 'B4', 'C1', 2000)")} << qint64(0)
        << QStringLiteral("scores (1, P1, B4, C1) is in the table but no audit event wrote it");
    QTest::newRow("event deleted") << QStringList{QStringLiteral("DELETE FROM audit_events WHERE seq = 3")} << qint64(3)
                                   << QStringLiteral("is missing (the log goes from event 2 to event 4)");
    // The row is found as event 5 (the result that called the vote) left it: the ballots and the close of
    // the vote did not change it.
    QTest::newRow("last event deleted") << QStringList{QStringLiteral("DELETE FROM audit_events WHERE seq = 12")}
                                        << qint64(5)
                                        << QStringLiteral(
                                               "negotiations (2): stage is result in the table but vote in the "
                                               "record");
    QTest::newRow("payload edited") << QStringList{QStringLiteral(
                                           "UPDATE audit_events SET body = REPLACE(body, '\"hundredths\":1900', "
                                           "'\"hundredths\":2000') WHERE seq = 3")}
                                    << qint64(3) << QStringLiteral("its content does not match its hash");
    QTest::newRow("actor edited") << QStringList{QStringLiteral("UPDATE audit_events SET actor = 'x' WHERE seq = 4")}
                                  << qint64(4) << QStringLiteral("its columns do not match its content");
    QTest::newRow("ballot changed")
        << QStringList{QStringLiteral(
               "UPDATE ballots SET choice = 'B1' WHERE slot = (SELECT MIN(slot) FROM ballots WHERE choice = 'B2')")}
        << qint64(11) << QStringLiteral("the ballot box of vote 2:1");
}

void TestAudit::tamper()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, badSeq);
    QFETCH(QString, message);
    QVERIFY(StoreFixture::rawExec(m_path, statements));
    auto ws = StoreFixture::open(m_path);
    const auto v = AuditLog::verify(*ws);
    QVERIFY(v.ok());
    QVERIFY(!v.value->ok);
    QVERIFY2(v.value->problem.toString().contains(message), qPrintable(v.value->problem.toString()));
    if (badSeq == 0) {
        QVERIFY(!v.value->badSeq);
    } else {
        QCOMPARE(v.value->badSeq, std::optional<qint64>(badSeq));
        QVERIFY2(v.value->problem.where.startsWith(QStringLiteral("audit event %1").arg(badSeq)),
                 qPrintable(v.value->problem.where));
    }
}

// Objects added to the schema (or changed) with another tool are named by verify(), read-only as
// `audit verify` opens the workspace.
void TestAudit::schemaChanged_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("message");

    QTest::newRow("foreign trigger")
        << QStringList{QStringLiteral(
               "CREATE TRIGGER t AFTER INSERT ON scores BEGIN UPDATE scores SET hundredths = 0 WHERE negotiation_id = "
               "NEW.negotiation_id AND panelist_code = NEW.panelist_code AND bidder_code = NEW.bidder_code AND "
               "criterion_code = NEW.criterion_code; END")}
        << QStringLiteral("trigger \"t\" on table scores is not part of the TenderPanel schema");
    QTest::newRow("extra table") << QStringList{QStringLiteral("CREATE TABLE notes (text TEXT)")}
                                 << QStringLiteral("table \"notes\" is not part of the TenderPanel schema");
    QTest::newRow("extra view") << QStringList{QStringLiteral(
                                       "CREATE VIEW totals AS SELECT bidder_code, SUM(hundredths) FROM scores GROUP "
                                       "BY bidder_code")}
                                << QStringLiteral("view \"totals\" is not part of the TenderPanel schema");
    QTest::newRow("extra index") << QStringList{QStringLiteral("CREATE INDEX scores_value ON scores (hundredths)")}
                                 << QStringLiteral(
                                        "index \"scores_value\" on table scores is not part of the TenderPanel schema");
    QTest::newRow("missing index") << QStringList{QStringLiteral("DROP INDEX negotiations_title")}
                                   << QStringLiteral("index \"negotiations_title\" on table negotiations is missing");
    QTest::newRow("changed column")
        << QStringList{QStringLiteral("DROP TABLE documents"),
                       QStringLiteral("CREATE TABLE documents (negotiation_id INTEGER NOT NULL REFERENCES negotiations "
                                      "(id), seq INTEGER NOT NULL, kind TEXT NOT NULL, sha256 TEXT, issued_at TEXT NOT "
                                      "NULL, PRIMARY KEY (negotiation_id, seq)) STRICT")}
        << QStringLiteral("table documents: column sha256 is \"TEXT\" instead of \"TEXT NOT NULL\"");
    QTest::newRow("changed check")
        << QStringList{QStringLiteral("DROP TABLE documents"),
                       QStringLiteral("CREATE TABLE documents (negotiation_id INTEGER NOT NULL REFERENCES negotiations "
                                      "(id), seq INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind <> ''), sha256 TEXT "
                                      "NOT NULL, issued_at TEXT NOT NULL, PRIMARY KEY (negotiation_id, seq)) STRICT")}
        << QStringLiteral("table \"documents\" is not defined as TenderPanel defines it");
    QTest::newRow("extra column") << QStringList{QStringLiteral("ALTER TABLE scores ADD COLUMN note TEXT")}
                                  << QStringLiteral("table scores has a column note that TenderPanel does not define");
    QTest::newRow("schema_meta row")
        << QStringList{QStringLiteral("INSERT INTO schema_meta (name, value) VALUES ('owner', 'someone')")}
        << QStringLiteral("schema_meta holds a row \"owner\" that TenderPanel does not write");
    QTest::newRow("user_version") << QStringList{QStringLiteral("PRAGMA user_version = 7")}
                                  << QStringLiteral("the setting user_version is \"7\" instead of \"0\"");
    QTest::newRow("journal mode") << QStringList{QStringLiteral("PRAGMA journal_mode = DELETE")}
                                  << QStringLiteral("the journal mode is \"rollback\" instead of \"wal\"");
    // A PostgreSQL rule rewrites statements as a trigger would.
    QTest::newRow("rule") << QStringList{QStringLiteral("CREATE RULE r AS ON INSERT TO scores DO INSTEAD NOTHING")}
                          << QStringLiteral("rule \"r\" on table scores is not part of the TenderPanel schema");
}

// The rows of schemaChanged() in PostgreSQL's words; a server's schema is compared by name only, and
// it keeps no file settings.
QStringList serverStatements(const QString& row, const QStringList& statements)
{
    if (row == QLatin1String("foreign trigger"))
        return StoreFixture::foreignScoreTrigger();
    if (row == QLatin1String("changed column") || row == QLatin1String("changed check") ||
        row == QLatin1String("user_version") || row == QLatin1String("journal mode"))
        return {};
    return statements;
}

void TestAudit::schemaChanged()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, message);
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (TestEngine::onServer()) {
        statements = serverStatements(row, statements);
        if (statements.isEmpty())
            QSKIP("a server's schema is compared by table, column, index, trigger and rule names only");
    } else if (row == QLatin1String("rule")) {
        QSKIP("SQLite has no rules");
    }
    {
        auto ws = StoreFixture::open(m_path);
        const auto clean = SchemaCheck::check(*ws);
        QVERIFY(clean.ok());
        QVERIFY(clean.value->isEmpty());
    }
    QVERIFY(StoreFixture::rawExec(m_path, statements));
    Workspace::Options options;
    options.readOnly = true;
    auto opened = Workspace::open(m_path, options);
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    const auto v = AuditLog::verify(**opened.value);
    QVERIFY2(v.ok(), qPrintable(v.problem.toString()));
    QVERIFY(!v.value->ok);
    QCOMPARE(v.value->problem.where, m_path);
    QVERIFY2(v.value->problem.why.contains(message), qPrintable(v.value->problem.why));
    QVERIFY(!v.value->badSeq);
}

// A trigger can rewrite what the program stores after it said "saved": a workspace with one is not
// opened for changes, and nothing is written to it.
void TestAudit::foreignTriggerRefusesWriting()
{
    const bool server = TestEngine::onServer();
    QVERIFY(StoreFixture::rawExec(m_path, StoreFixture::foreignScoreTrigger()));
    const auto contents = [&]() {
        if (server)
            return StoreFixture::rawValue(m_path, QStringLiteral("SELECT string_agg(seq || ':' || hash, ',' ORDER BY "
                                                                 "seq) FROM audit_events"))
                .toByteArray();
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray before = contents();
    QVERIFY(!before.isEmpty());
    const auto opened = Workspace::open(m_path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.problem.where, m_path);
    QVERIFY2(opened.problem.why.contains(QLatin1String("trigger \"t\" on table scores, which TenderPanel did not "
                                                       "create")),
             qPrintable(opened.problem.why));
    QVERIFY(opened.problem.why.contains(QLatin1String("left unchanged")));
    QCOMPARE(contents(), before);

    // Reading still works, so that the verification can say what is wrong.
    Workspace::Options options;
    options.readOnly = true;
    auto reading = Workspace::open(m_path, options);
    QVERIFY2(reading.ok(), qPrintable(reading.problem.toString()));
    QCOMPARE(NegotiationStore(**reading.value).list().value->size(), 2);
}

void TestAudit::chainIsCanonical()
{
    auto ws = StoreFixture::open(m_path);
    const auto events = AuditLog::events(*ws, std::nullopt);
    QString previous = AuditLog::genesis();
    for (const AuditLog::Event& e : *events.value) {
        QCOMPARE(e.previousHash, previous);
        QCOMPARE(e.hash, AuditLog::hashOf(previous, e.body));
        // What anyone can recompute: sha256(previous hash + "\n" + event text).
        QCOMPARE(e.hash, QString::fromLatin1(QCryptographicHash::hash(QByteArray(previous.toLatin1() + "\n" + e.body),
                                                                      QCryptographicHash::Sha256)
                                                 .toHex()));
        previous = e.hash;
    }
}

// The chain's hash is SHA-256 of the previous hash, a line feed and the event's text, for a text of any
// length: around the 64-byte blocks of SHA-256 (the 64 characters of the previous hash and the line feed
// fill one block and a byte of the next) and over many blocks, and for any byte.
void TestAudit::hashOfAnyLength_data()
{
    QTest::addColumn<QByteArray>("body");
    for (int n : {0, 1, 54, 55, 56, 63, 64, 65, 118, 119, 120, 127, 128, 129, 1000, 4096, 65537})
        QTest::addRow("%d bytes", n) << QByteArray(n, 'a');
    QByteArray every;
    for (int i = 0; i < 256; ++i)
        every.append(char(i));
    QTest::newRow("every byte") << every;
    QTest::newRow("Chinese") << QStringLiteral("{\"actor\":\"录入员 甲\"}").toUtf8();
}

void TestAudit::hashOfAnyLength()
{
    QFETCH(QByteArray, body);
    for (const QString& previous : {AuditLog::genesis(), QStringLiteral("0123456789abcdef").repeated(4)}) {
        const QByteArray expected =
            QCryptographicHash::hash(QByteArray(previous.toLatin1() + '\n' + body), QCryptographicHash::Sha256).toHex();
        QCOMPARE(AuditLog::hashOf(previous, body), QString::fromLatin1(expected));
    }
}

// Each event's text is what QJsonDocument writes for it, whatever the names hold: quotes, backslashes,
// control characters, Chinese, a character beyond the Basic Multilingual Plane, a lone surrogate.
void TestAudit::bodiesAreCompactJson()
{
    auto ws = StoreFixture::open(m_path);
    Scenario s = StoreFixture::example(QStringLiteral("cixi-2014"));
    s.project.title = QStringLiteral("引号\"与\\反斜杠\n换行\t制表\u0001控制");
    s.bidders[0].name =
        QStringLiteral("保险 ") + QChar(char16_t(0xd83d)) + QChar(char16_t(0xde00)) + QStringLiteral(" </b>");
    s.bidders[1].name = QStringLiteral("孤") + QChar(char16_t(0xdc00)) + QStringLiteral("\u007f");
    QVERIFY(NegotiationStore(*ws).importScenario(s, QStringLiteral("录入员 \"甲\"")).ok());
    CorrectionRequest c{QStringLiteral("P1"),
                        QStringLiteral("B1"),
                        QStringLiteral("C1"),
                        1850,
                        CorrectionCategory::AbnormalScore,
                        QStringLiteral("复核\r\n第二行"),
                        QString()};
    QVERIFY(ScoringService(*ws).correctScore(3, c, QStringLiteral("t")).ok());
    const auto events = AuditLog::events(*ws, std::nullopt);
    QVERIFY(events.ok());
    QCOMPARE(events.value->size(), 14);
    for (const AuditLog::Event& e : *events.value) {
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(e.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(e.body, parsed.toJson(QJsonDocument::Compact));
    }
    // The names are in the record as they were given.
    const QJsonObject imported = QJsonDocument::fromJson(events.value->at(12).body).object();
    QCOMPARE(imported.value(QStringLiteral("actor")).toString(), QStringLiteral("录入员 \"甲\""));
    QVERIFY(events.value->at(12).body.contains("\\\"与\\\\反斜杠\\n换行\\t制表\\u0001控制"));
    QVERIFY(events.value->at(12).body.contains("保险 \xf0\x9f\x98\x80 </b>"));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
