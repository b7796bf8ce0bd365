// Helper of bench/run.sh: the durable save of one score in process.
//   save_bench EXAMPLE.json WORKSPACE ITERATIONS [BLOCK]
// Creates WORKSPACE with the example negotiation at the presentations stage (no scores yet), then, in
// alternation by blocks of BLOCK operations of each kind (1 if not given), ITERATIONS times each:
//   ours:     ScoringService::recordScore (its transaction, its audit event, the commit);
//   baseline: one raw INSERT committed on its own, on a second connection to the same file set to
//             journal_mode=WAL and synchronous=FULL;
//   floor:    the database work of a save written by hand on a third connection, with the workspace's
//             settings: one transaction that reads what the save checks (the stage, the draw, the member,
//             its credential, its sheet, the bidder, its proposal, the criterion, the score, the last
//             audit event) in one statement, then writes the score and an audit event of the same size
//             and hash chain (and the negotiation's row when it first has scores, as the store does), into
//             copies of those three tables (same columns, keys and indexes). No rule is applied: it is
//             what any save costs at the least.
//   writes:   the floor's writes alone, in a transaction of their own, on the floor's connection: what
//             it reads is known in advance (kept from the save before). The floor less its read: what
//             the pages a save writes cost beyond the raw insert.
// Prints "save-us OURS BASELINE FLOOR WRITES": the median microseconds of one operation of each.
// Each kind runs on a connection of its own, and a connection finds its cache of the file's pages stale
// after another connection has committed: it reads them again. With BLOCK 1 every operation starts so,
// which a program that is the file's only writer never does; longer blocks measure each kind as it runs
// on its own, while alternating often enough that all kinds meet the same disk.
#include "io/ScenarioReader.h"
#include "store/NegotiationStore.h"
#include "store/ScoringService.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <tuple>
#include <vector>

using namespace tp;
using namespace tp::store;

namespace {

double median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? double(values[n / 2]) : double(values[n / 2 - 1] + values[n / 2]) / 2.0;
}

int fail(const QString& why)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(why));
    return 2;
}

// The hand-written save on its own connection (see the top of this file).
class FloorSave
{
public:
    ~FloorSave()
    {
        for (sqlite3_stmt* s : {m_begin, m_check, m_score, m_touch, m_event, m_commit})
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }

    QString open(const QString& path, qint64 negotiation)
    {
        m_negotiation = negotiation;
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            return error();
        for (const char* sql : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA secure_delete = ON",
                                "PRAGMA journal_mode = WAL"})
            if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
                return error();
        // Copies of the three tables a save writes, with their keys and indexes.
        sqlite3_stmt* schema = nullptr;
        if (sqlite3_prepare_v2(m_db,
                               "SELECT sql FROM sqlite_master WHERE tbl_name IN ('scores', 'negotiations', "
                               "'audit_events') AND sql IS NOT NULL ORDER BY type DESC",
                               -1, &schema, nullptr) != SQLITE_OK)
            return error();
        QStringList ddl;
        while (sqlite3_step(schema) == SQLITE_ROW) {
            QString sql = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(schema, 0)));
            for (const char* table : {"scores", "negotiations", "audit_events"})
                sql.replace(QStringLiteral(" %1 ").arg(QLatin1String(table)),
                            QStringLiteral(" floor_%1 ").arg(QLatin1String(table)));
            sql.replace(QStringLiteral("INDEX "), QStringLiteral("INDEX floor_"));
            ddl << sql;
        }
        sqlite3_finalize(schema);
        ddl << QStringLiteral("INSERT INTO floor_negotiations SELECT * FROM negotiations");
        for (const QString& sql : ddl)
            if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return error() + QStringLiteral(" (") + sql + QStringLiteral(")");
        const auto prepare = [this](const char* sql, sqlite3_stmt** s) {
            return sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, s, nullptr) == SQLITE_OK;
        };
        if (!prepare("BEGIN IMMEDIATE", &m_begin) || !prepare("COMMIT", &m_commit) ||
            !prepare("SELECT n.stage, n.has_scores,"
                     " EXISTS (SELECT 1 FROM draws WHERE negotiation_id = n.id),"
                     " EXISTS (SELECT 1 FROM panelists WHERE negotiation_id = n.id AND code = ?2),"
                     " EXISTS (SELECT 1 FROM member_logins WHERE negotiation_id = n.id AND panelist_code = ?2"
                     "         AND revoked_at IS NULL),"
                     " EXISTS (SELECT 1 FROM sheets WHERE negotiation_id = n.id AND panelist_code = ?2),"
                     " EXISTS (SELECT 1 FROM bidders WHERE negotiation_id = n.id AND code = ?3),"
                     " (SELECT received_at FROM proposals WHERE negotiation_id = n.id AND bidder_code = ?3),"
                     " (SELECT max_hundredths FROM criteria WHERE negotiation_id = n.id AND code = ?4),"
                     " (SELECT hundredths FROM floor_scores WHERE negotiation_id = n.id AND panelist_code = ?2"
                     "         AND bidder_code = ?3 AND criterion_code = ?4),"
                     " last.seq, last.hash"
                     " FROM floor_negotiations n LEFT JOIN (SELECT seq, hash FROM floor_audit_events"
                     "         ORDER BY seq DESC LIMIT 1) last WHERE n.id = ?1",
                     &m_check) ||
            !prepare("INSERT INTO floor_scores (negotiation_id, panelist_code, bidder_code, criterion_code, "
                     "hundredths) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO UPDATE SET hundredths = "
                     "excluded.hundredths",
                     &m_score) ||
            !prepare("UPDATE floor_negotiations SET has_scores = 1 WHERE id = ?1", &m_touch) ||
            !prepare("INSERT INTO floor_audit_events (seq, negotiation_id, action, actor, at, body, prev_hash, "
                     "hash) VALUES (?1, ?2, 'score_recorded', ?3, ?4, ?5, ?6, ?7)",
                     &m_event))
            return error();
        return QString();
    }

    // The floor's save; with `read` false, its writes only, what it reads taken from the save before.
    QString save(const QString& panelist, const QString& bidder, const QString& criterion, qint64 value,
                 const QString& actor, bool read = true)
    {
        const QByteArray p = panelist.toUtf8();
        const QByteArray b = bidder.toUtf8();
        const QByteArray c = criterion.toUtf8();
        if (!step(m_begin))
            return error();
        bool first = !m_hasScores;
        bool known = false;
        qint64 old = 0;
        qint64 seq = m_lastSeq + 1;
        QByteArray previous = m_lastHash;
        if (read) {
            sqlite3_bind_int64(m_check, 1, m_negotiation);
            sqlite3_bind_text(m_check, 2, p.constData(), int(p.size()), SQLITE_STATIC);
            sqlite3_bind_text(m_check, 3, b.constData(), int(b.size()), SQLITE_STATIC);
            sqlite3_bind_text(m_check, 4, c.constData(), int(c.size()), SQLITE_STATIC);
            if (sqlite3_step(m_check) != SQLITE_ROW)
                return rollback();
            first = sqlite3_column_int64(m_check, 1) == 0;
            known = sqlite3_column_type(m_check, 9) != SQLITE_NULL;
            old = sqlite3_column_int64(m_check, 9);
            seq = sqlite3_column_int64(m_check, 10) + 1;
            previous = sqlite3_column_type(m_check, 11) == SQLITE_NULL
                           ? QByteArray(64, '0')
                           : QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(m_check, 11)));
            sqlite3_reset(m_check);
        }
        const QByteArray at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        const QString touch = first
                                  ? QStringLiteral(",{\"after\":{\"has_scores\":1},\"before\":{\"has_scores\":0},"
                                                   "\"key\":{\"id\":%1},\"op\":\"update\",\"table\":\"negotiations\"}")
                                        .arg(m_negotiation)
                                  : QString();
        const QByteArray body =
            QStringLiteral("{\"action\":\"score_recorded\",\"actor\":\"%1\",\"at\":\"%2\",\"changes\":["
                           "{\"after\":{\"hundredths\":%3},\"before\":%4,\"key\":{\"bidder_code\":\"%5\","
                           "\"criterion_code\":\"%6\",\"negotiation_id\":%7,\"panelist_code\":\"%8\"},"
                           "\"op\":\"%9\",\"table\":\"scores\"}%10],"
                           "\"details\":{\"bidder\":\"%5\",\"criterion\":\"%6\",\"panelist\":\"%8\"},"
                           "\"negotiation\":%7,\"seq\":%11}")
                .arg(actor, QString::fromUtf8(at))
                .arg(value)
                .arg(known ? QStringLiteral("{\"hundredths\":%1}").arg(old) : QStringLiteral("null"), bidder, criterion)
                .arg(m_negotiation)
                .arg(panelist, known ? QStringLiteral("update") : QStringLiteral("upsert"), touch)
                .arg(seq)
                .toUtf8();
        const QByteArray hash =
            QCryptographicHash::hash(QByteArray(previous + body), QCryptographicHash::Sha256).toHex();
        sqlite3_bind_int64(m_score, 1, m_negotiation);
        sqlite3_bind_text(m_score, 2, p.constData(), int(p.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_score, 3, b.constData(), int(b.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_score, 4, c.constData(), int(c.size()), SQLITE_STATIC);
        sqlite3_bind_int64(m_score, 5, value);
        sqlite3_bind_int64(m_touch, 1, m_negotiation);
        const QByteArray who = actor.toUtf8();
        sqlite3_bind_int64(m_event, 1, seq);
        sqlite3_bind_int64(m_event, 2, m_negotiation);
        sqlite3_bind_text(m_event, 3, who.constData(), int(who.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_event, 4, at.constData(), int(at.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_event, 5, body.constData(), int(body.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_event, 6, previous.constData(), int(previous.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_event, 7, hash.constData(), int(hash.size()), SQLITE_STATIC);
        if (!step(m_score) || (first && !step(m_touch)) || !step(m_event))
            return rollback();
        if (!step(m_commit))
            return rollback();
        m_hasScores = true;
        m_lastSeq = seq;
        m_lastHash = hash;
        return QString();
    }

private:
    bool step(sqlite3_stmt* s)
    {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        return rc == SQLITE_DONE;
    }
    QString error() const { return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "cannot open"); }
    QString rollback()
    {
        const QString why = error();
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return why;
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_begin = nullptr;
    sqlite3_stmt* m_check = nullptr;
    sqlite3_stmt* m_score = nullptr;
    sqlite3_stmt* m_touch = nullptr;
    sqlite3_stmt* m_event = nullptr;
    sqlite3_stmt* m_commit = nullptr;
    qint64 m_negotiation = 0;
    // What the last save wrote (read back by the next save that reads).
    bool m_hasScores = false;
    qint64 m_lastSeq = 0;
    QByteArray m_lastHash = QByteArray(64, '0');
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if ((args.size() != 4 && args.size() != 5) || args[3].toInt() < 1 || (args.size() == 5 && args[4].toInt() < 1)) {
        std::fputs("usage: save_bench EXAMPLE.json WORKSPACE ITERATIONS [BLOCK]\n", stderr);
        return 2;
    }
    const int iterations = args[3].toInt();
    const int block = args.size() == 5 ? args[4].toInt() : 1;
    auto read = ScenarioReader::readFile(args[1]);
    if (!read.ok())
        return fail(args[1] + QStringLiteral(": cannot read"));
    Scenario scenario = *read.scenario;
    scenario.scores.reset(); // presentations: scores may be entered
    auto opened = Workspace::open(args[2]);
    if (!opened.ok())
        return fail(opened.problem.toString());
    Workspace& ws = **opened.value;
    const auto imported = NegotiationStore(ws).importScenario(scenario, QStringLiteral("bench"));
    if (!imported.ok())
        return fail(imported.problem.toString());
    const qint64 id = imported.value->id;

    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(args[2]);
    if (!raw.open())
        return fail(raw.lastError().text());
    QSqlQuery setup(raw);
    for (const char* sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                            "CREATE TABLE bench_raw (id INTEGER PRIMARY KEY, panelist TEXT, bidder TEXT, "
                            "criterion TEXT, hundredths INTEGER)"})
        if (!setup.exec(QString::fromLatin1(sql)))
            return fail(setup.lastError().text());
    QSqlQuery insert(raw);
    insert.prepare(
        QStringLiteral("INSERT INTO bench_raw (panelist, bidder, criterion, hundredths) VALUES (?, ?, ?, ?)"));

    FloorSave floorSave;
    if (const QString why = floorSave.open(args[2], id); !why.isEmpty())
        return fail(QStringLiteral("floor: ") + why);

    ScoringService scoring(ws);
    const auto& panel = scenario.panel;
    const auto& criteria = scenario.criteria;
    std::vector<qint64> ours;
    std::vector<qint64> baseline;
    std::vector<qint64> floor;
    std::vector<qint64> writes;
    QElapsedTimer timer;
    // One operation of each kind in turn, or blocks of `block` operations of each kind in turn.
    const auto cell = [&](int i) {
        const Panelist& p = panel[i % int(panel.size())];
        const Criterion& c = criteria[(i / int(panel.size())) % int(criteria.size())];
        return std::make_tuple(p.id, c.id, Hundredths((i * 25) % (c.max + 1)));
    };
    QString failure;
    const std::function<bool(int)> kinds[] = {
        [&](int i) {
            const auto [p, c, value] = cell(i);
            timer.start();
            const auto saved = scoring.recordScore(id, p, QStringLiteral("B1"), c, value, QStringLiteral("bench"));
            ours.push_back(timer.nsecsElapsed() / 1000);
            failure = saved.ok() ? QString() : saved.problem.toString();
            return saved.ok();
        },
        [&](int i) {
            const auto [p, c, value] = cell(i);
            timer.start();
            insert.addBindValue(p);
            insert.addBindValue(QStringLiteral("B1"));
            insert.addBindValue(c);
            insert.addBindValue(qint64(value));
            const bool inserted = insert.exec();
            baseline.push_back(timer.nsecsElapsed() / 1000);
            failure = inserted ? QString() : insert.lastError().text();
            return inserted;
        },
        [&](int i) {
            const auto [p, c, value] = cell(i);
            timer.start();
            failure = floorSave.save(p, QStringLiteral("B1"), c, qint64(value), QStringLiteral("bench"));
            floor.push_back(timer.nsecsElapsed() / 1000);
            return failure.isEmpty();
        },
        [&](int i) {
            const auto [p, c, value] = cell(i);
            timer.start();
            failure = floorSave.save(p, QStringLiteral("B1"), c, qint64(value), QStringLiteral("bench"), false);
            writes.push_back(timer.nsecsElapsed() / 1000);
            return failure.isEmpty();
        },
    };
    for (int first = 0; first < iterations; first += block)
        for (const auto& kind : kinds)
            for (int i = first; i < std::min(iterations, first + block); ++i)
                if (!kind(i))
                    return fail(failure);
    std::printf("save-us %.0f %.0f %.0f %.0f\n", median(ours), median(baseline), median(floor), median(writes));
    return 0;
}
