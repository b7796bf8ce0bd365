#include "AuditLog.h"

#include "JsonText.h"
#include "RowCodec.h"
#include "SchemaCheck.h"
#include "StoreTables.h"
#include "Workspace.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

#include <nettle/sha2.h>

namespace tp::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditLog", text);
}

struct ExpectedRow
{
    QJsonObject row;
    qint64 seq = 0;
    QString action;
};

// Whether a value the record holds (absent or null: NULL) is the value found.
bool sameValue(const QJsonValue& recorded, const QJsonValue& found)
{
    return (recorded.isNull() || recorded.isUndefined()) ? found.isNull() : recorded == found;
}

struct Mismatch
{
    qint64 seq = std::numeric_limits<qint64>::max();
    QString action;
    QString why;
    void offer(qint64 s, const QString& a, const QString& w)
    {
        if (s < seq) {
            seq = s;
            action = a;
            why = w;
        }
    }
};

} // namespace

QString AuditLog::genesis()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::hashOf(const QString& previousHash, const QByteArray& body)
{
    const QByteArray previous = previousHash.toLatin1();
    sha256_ctx context;
    sha256_init(&context);
    sha256_update(&context, size_t(previous.size()), reinterpret_cast<const uint8_t*>(previous.constData()));
    sha256_update(&context, 1, reinterpret_cast<const uint8_t*>("\n"));
    sha256_update(&context, size_t(body.size()), reinterpret_cast<const uint8_t*>(body.constData()));
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&context, SHA256_DIGEST_SIZE, digest);
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

StoreResult<QPair<qint64, QString>> AuditLog::lastEvent(WriteTransaction& tx)
{
    using Result = StoreResult<QPair<qint64, QString>>;
    if (const auto known = tx.knownLastEvent())
        return Result::success(*known);
    const QString last = QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
    const PreparedQuery::Rows found = PreparedQuery::run(tx.workspace(), last, {});
    if (found.failed)
        return Result::fail(Failure::Storage, tx.workspace().storageProblem(found.error));
    if (found.rows.isEmpty())
        return Result::success({0, genesis()});
    return Result::success({found.rows.first().value(0).toLongLong(), found.rows.first().value(1).toString()});
}

StoreResult<qint64> AuditLog::nextSeq(WriteTransaction& tx)
{
    const auto last = lastEvent(tx);
    if (!last.ok())
        return StoreResult<qint64>::from(last);
    return StoreResult<qint64>::success(last.value->first + 1);
}

StoreResult<QPair<qint64, QString>> AuditLog::append(WriteTransaction& tx, const QString& action, const QString& actor,
                                                     std::optional<qint64> negotiationId, const QJsonObject& details,
                                                     const QList<QByteArray>& changes)
{
    using Result = StoreResult<QPair<qint64, QString>>;
    const auto last = lastEvent(tx);
    if (!last.ok())
        return Result::from(last);
    const qint64 seq = last.value->first + 1;
    const QString previous = last.value->second;
    const QString at = tx.timestamp();
    // The event's compact JSON text, keys in order (as QJsonDocument writes an object): action, actor,
    // at, changes, details, negotiation, seq.
    QByteArray body = "{\"action\":";
    JsonText::appendString(body, action);
    body.append(",\"actor\":");
    JsonText::appendString(body, actor);
    body.append(",\"at\":");
    JsonText::appendString(body, at);
    body.append(",\"changes\":[");
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (i > 0)
            body.append(',');
        body.append(changes[i]);
    }
    body.append("],\"details\":");
    JsonText::appendObject(body, details);
    body.append(",\"negotiation\":");
    if (negotiationId)
        JsonText::appendInteger(body, *negotiationId);
    else
        body.append("null");
    body.append(",\"seq\":");
    JsonText::appendInteger(body, seq);
    body.append('}');
    const QString hash = hashOf(previous, body);
    if (!tx.insertEvent(
            QStringLiteral("INSERT INTO audit_events (seq, negotiation_id, action, actor, at, body, prev_hash, "
                           "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {seq, negotiationId ? QVariant(*negotiationId) : QVariant(), action, actor, at, QString::fromUtf8(body),
             previous, hash}))
        return Result::fail(Failure::Storage, tx.problem());
    return Result::success({seq, hash});
}

namespace {

AuditLog::Event eventFromQuery(const QSqlQuery& q)
{
    AuditLog::Event e;
    e.seq = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        e.negotiationId = q.value(1).toLongLong();
    e.action = q.value(2).toString();
    e.actor = q.value(3).toString();
    e.at = q.value(4).toString();
    e.body = q.value(5).toString().toUtf8();
    e.previousHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

} // namespace

StoreResult<std::optional<AuditLog::Event>> AuditLog::eventWithHash(const Workspace& workspace, const QString& hash)
{
    using Result = StoreResult<std::optional<Event>>;
    const QString wanted = QString(hash).remove(QLatin1Char(' ')).toLower();
    const bool hex = std::all_of(wanted.cbegin(), wanted.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
    if (!hex || wanted.size() < 16 || wanted.size() > 64)
        return Result::fail(Failure::Invalid,
                            {hash, tr("is not an audit chain head (64 hexadecimal digits, or at least the first 16)")});
    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, negotiation_id, action, actor, at, body, prev_hash, hash FROM audit_events"
                             " WHERE substr(hash, 1, ?) = ? ORDER BY seq LIMIT 2"));
    q.addBindValue(wanted.size());
    q.addBindValue(wanted);
    if (!q.exec())
        return Result::fail(Failure::Storage, workspace.storageProblem(q.lastError()));
    QList<Event> found;
    while (q.next())
        found.append(eventFromQuery(q));
    if (found.size() > 1)
        return Result::fail(Failure::Invalid, {hash, tr("names more than one audit event; give more of its digits")});
    return Result::success(found.isEmpty() ? std::nullopt : std::optional<Event>(found.first()));
}

StoreResult<QList<AuditLog::Event>> AuditLog::events(const Workspace& workspace, std::optional<qint64> negotiationId)
{
    using Result = StoreResult<QList<Event>>;
    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    if (!negotiationId || workspace.schemaVersion() < 9) {
        // Before version 9 (a file built for a test of its upgrade) every event is in the index.
        q.prepare(
            QStringLiteral("SELECT seq, negotiation_id, action, actor, at, body, prev_hash, hash FROM audit_events") +
            (negotiationId ? QStringLiteral(" WHERE negotiation_id = ?") : QString()) +
            QStringLiteral(" ORDER BY seq"));
        if (negotiationId)
            q.addBindValue(*negotiationId);
    } else {
        // The indexed events, then the score events between the negotiation's first event that entered
        // scores and the end of its scoring (see events() in the header).
        q.prepare(
            QStringLiteral("SELECT seq, negotiation_id, action, actor, at, body, prev_hash, hash FROM audit_events"
                           " WHERE negotiation_id = ? AND action <> 'score_recorded'"
                           " UNION ALL"
                           " SELECT e.seq, e.negotiation_id, e.action, e.actor, e.at, e.body, e.prev_hash, e.hash"
                           " FROM negotiations n JOIN audit_events e ON e.negotiation_id = n.id"
                           " WHERE n.id = ? AND e.seq >= n.scores_from_seq AND e.seq <= CASE"
                           " WHEN n.stage IN ('presentations', 'scoring') THEN (SELECT max(seq) FROM audit_events)"
                           " ELSE (SELECT max(i.seq) FROM audit_events i WHERE i.negotiation_id = n.id"
                           " AND i.action <> 'score_recorded') END AND e.action = 'score_recorded'"
                           " ORDER BY 1"));
        q.addBindValue(*negotiationId);
        q.addBindValue(*negotiationId);
    }
    if (!q.exec())
        return Result::fail(Failure::Storage, workspace.storageProblem(q.lastError()));
    QList<Event> list;
    while (q.next())
        list.append(eventFromQuery(q));
    return Result::success(list);
}

StoreResult<AuditLog::Verification> AuditLog::verify(const Workspace& workspace)
{
    using Result = StoreResult<Verification>;
    Verification v;
    v.head = genesis();

    const StoreResult<QString> integrity = workspace.integrityCheck();
    if (!integrity.ok())
        return Result::fail(integrity.failure, integrity.problem);
    if (*integrity.value != QLatin1String("ok")) {
        v.problem = {workspace.path(), tr("the database file is damaged: %1").arg(*integrity.value)};
        return Result::success(v);
    }

    // 0. The schema: only what the migrations of its version create (a trigger, for one, could
    // rewrite what the program stores).
    const auto schema = SchemaCheck::check(workspace);
    if (!schema.ok())
        return Result::fail(schema.failure, schema.problem);
    if (!schema.value->isEmpty()) {
        QStringList differences;
        for (const SchemaCheck::Difference& d : *schema.value)
            differences.append(SchemaCheck::describe(d));
        v.problem = {workspace.path(), tr("the schema is not the one TenderPanel creates for version %1: %2")
                                           .arg(workspace.schemaVersion())
                                           .arg(differences.join(QLatin1String("; ")))};
        return Result::success(v);
    }

    // 1. The chain.
    QHash<QString, QHash<QString, ExpectedRow>> expected; // table -> key text -> row
    // The ballot boxes, by "negotiation:round". A box is either counted (a "ballots" change: its
    // tally, when the round closed or was imported) or open (only "ballot_cast" changes so far: a
    // number of ballots, never what they say).
    struct Box
    {
        QHash<QString, qint64> counts; // "+bidder" or "-" (blank) -> ballots, once counted
        qint64 counted = 0;            // ballots in the tally
        qint64 cast = 0;               // ballots cast one by one
        bool closed = false;
        QPair<qint64, QString> writer; // the last event that changed the box
    };
    QHash<QString, Box> boxes;
    // Each negotiation's first score_recorded event: AuditLog::events() finds them from the
    // negotiation's scores_from_seq on, and only while it was in the presentations or scoring step.
    QHash<qint64, qint64> firstScore;
    const TableSpec* negotiations = StoreTables::find(QStringLiteral("negotiations"));
    const auto negotiationRow = [&](qint64 id) {
        return expected.value(QStringLiteral("negotiations"))
            .value(RowCodec::keyText(*negotiations, {{QStringLiteral("id"), id}}))
            .row;
    };
    {
        QSqlQuery q(workspace.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT seq, negotiation_id, action, actor, at, body, prev_hash, hash"
                                   " FROM audit_events ORDER BY seq")))
            return Result::fail(Failure::Storage, workspace.storageProblem(q.lastError()));
        qint64 expectedSeq = 1;
        QString previous = genesis();
        while (q.next()) {
            const qint64 seq = q.value(0).toLongLong();
            const QString action = q.value(2).toString();
            const QByteArray body = q.value(5).toString().toUtf8();
            const QString where = tr("audit event %1 (%2)").arg(seq).arg(action);
            auto bad = [&](qint64 badSeq, const Problem& p) {
                v.badSeq = badSeq;
                v.problem = p;
                return Result::success(v);
            };
            if (seq != expectedSeq)
                return bad(expectedSeq,
                           {tr("audit event %1").arg(expectedSeq),
                            tr("is missing (the log goes from event %1 to event %2)").arg(expectedSeq - 1).arg(seq)});
            if (q.value(6).toString() != previous)
                return bad(seq, {where, tr("does not chain to the previous event (its previous hash is %1, the "
                                           "previous event's hash is %2)")
                                            .arg(q.value(6).toString(), previous)});
            const QString hash = hashOf(previous, body);
            if (hash != q.value(7).toString())
                return bad(seq, {where, tr("its content does not match its hash (stored %1, computed %2)")
                                            .arg(q.value(7).toString(), hash)});
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
            const QJsonObject event = doc.object();
            const QJsonValue negotiation = event.value(QStringLiteral("negotiation"));
            const bool columnsMatch =
                parseError.error == QJsonParseError::NoError && doc.isObject() &&
                event.value(QStringLiteral("seq")).toInteger(-1) == seq &&
                event.value(QStringLiteral("action")).toString() == action &&
                event.value(QStringLiteral("actor")).toString() == q.value(3).toString() &&
                event.value(QStringLiteral("at")).toString() == q.value(4).toString() &&
                (q.value(1).isNull() ? negotiation.isNull() : negotiation.toInteger(-1) == q.value(1).toLongLong());
            if (!columnsMatch)
                return bad(seq, {where, tr("its columns do not match its content")});

            // Replay the changes.
            const QJsonArray changes = event.value(QStringLiteral("changes")).toArray();
            for (const QJsonValue& cv : changes) {
                const QJsonObject change = cv.toObject();
                const QString op = change.value(QStringLiteral("op")).toString();
                const QString tableName = change.value(QStringLiteral("table")).toString();
                const TableSpec* spec = StoreTables::find(tableName);
                if (!spec)
                    return bad(seq, {where, tr("names an unknown table \"%1\"").arg(tableName)});
                if (op == QLatin1String("upsert")) {
                    const QJsonObject after = change.value(QStringLiteral("after")).toObject();
                    expected[tableName].insert(RowCodec::keyText(*spec, after), {after, seq, action});
                } else if (op == QLatin1String("update")) {
                    // The row by its key, and only the columns that changed, before and after.
                    const QJsonObject key = change.value(QStringLiteral("key")).toObject();
                    const QJsonObject before = change.value(QStringLiteral("before")).toObject();
                    const QJsonObject after = change.value(QStringLiteral("after")).toObject();
                    bool wellFormed =
                        key.size() == spec->key.size() && !after.isEmpty() && before.keys() == after.keys();
                    for (const QString& k : spec->key)
                        wellFormed = wellFormed && key.contains(k);
                    for (auto c = after.begin(); c != after.end(); ++c)
                        wellFormed = wellFormed && spec->column(c.key()) && !spec->key.contains(c.key());
                    if (!wellFormed)
                        return bad(seq, {where, tr("has a malformed update of table \"%1\"").arg(tableName)});
                    const auto it = expected[tableName].find(RowCodec::keyText(*spec, key));
                    if (it == expected[tableName].end())
                        return bad(
                            seq, {where,
                                  tr("updates %1, which no earlier event wrote").arg(RowCodec::describe(*spec, key))});
                    for (auto c = before.begin(); c != before.end(); ++c) {
                        const QJsonValue held = it->row.value(c.key());
                        if (!sameValue(held, c.value()))
                            return bad(seq,
                                       {where, tr("%1: %2 was %3 by the earlier events but %4 before this one")
                                                   .arg(RowCodec::describe(*spec, key), c.key(),
                                                        RowCodec::valueText(held), RowCodec::valueText(c.value()))});
                    }
                    for (auto c = after.begin(); c != after.end(); ++c)
                        it->row.insert(c.key(), c.value());
                    it->seq = seq;
                    it->action = action;
                } else if (op == QLatin1String("delete")) {
                    const QJsonObject before = change.value(QStringLiteral("before")).toObject();
                    expected[tableName].remove(RowCodec::keyText(*spec, before));
                } else if (op == QLatin1String("ballots") || op == QLatin1String("ballot_cast")) {
                    const QString name = QStringLiteral("%1:%2")
                                             .arg(change.value(QStringLiteral("negotiation_id")).toInteger())
                                             .arg(change.value(QStringLiteral("round_no")).toInteger());
                    Box& box = boxes[name];
                    if (box.closed)
                        return bad(
                            seq,
                            {where, tr("changes the ballot box of vote %1 after its ballots were counted").arg(name)});
                    box.writer = {seq, action};
                    if (op == QLatin1String("ballot_cast")) {
                        ++box.cast;
                        continue;
                    }
                    const QJsonObject tally = change.value(QStringLiteral("tally")).toObject();
                    for (auto it = tally.begin(); it != tally.end(); ++it) {
                        box.counts[QStringLiteral("+") + it.key()] += it.value().toInteger();
                        box.counted += it.value().toInteger();
                    }
                    const qint64 blank = change.value(QStringLiteral("blank")).toInteger();
                    if (blank > 0) {
                        box.counts[QStringLiteral("-")] += blank;
                        box.counted += blank;
                    }
                    box.closed = true;
                    // Ballots cast one by one are counted when the round closes: the tally covers
                    // exactly those. (A vote imported or closed before version 4 has only its tally.)
                    if (box.cast > 0 && box.cast != box.counted)
                        return bad(seq, {where, tr("counts %1 ballots in vote %2, but %3 were cast")
                                                    .arg(box.counted)
                                                    .arg(name)
                                                    .arg(box.cast)});
                } else {
                    return bad(seq, {where, tr("has an unknown change \"%1\"").arg(op)});
                }
            }
            if (action == QLatin1String("score_recorded") && !negotiation.isNull()) {
                const qint64 id = negotiation.toInteger();
                const QString stage = negotiationRow(id).value(QStringLiteral("stage")).toString();
                if (stage != QLatin1String("presentations") && stage != QLatin1String("scoring"))
                    return bad(seq, {where, tr("records a score while the negotiation is at the step \"%1\"; "
                                               "scores are entered only during the presentations and scoring")
                                                .arg(stage)});
                firstScore.insert(id, std::min(firstScore.value(id, seq), seq));
            }
            previous = hash;
            ++expectedSeq;
            ++v.events;
        }
        v.head = previous;
    }

    // Every score event lies at or after its negotiation's scores_from_seq, where events() reads them.
    if (workspace.schemaVersion() >= 9) {
        for (auto it = firstScore.cbegin(); it != firstScore.cend(); ++it) {
            const QJsonValue from = negotiationRow(it.key()).value(QStringLiteral("scores_from_seq"));
            if (!from.isDouble() || from.toInteger() > it.value()) {
                v.badSeq = it.value();
                v.problem = {tr("audit event %1 (score_recorded)").arg(it.value()),
                             tr("is before the first event that entered scores of negotiation %1 in the record (%2), "
                                "so the negotiation's record would not show it")
                                 .arg(it.key())
                                 .arg(RowCodec::valueText(from))};
                return Result::success(v);
            }
        }
    }

    // 2. The tables against the replayed record.
    Mismatch first;
    const int version = workspace.schemaVersion();
    for (const TableSpec& spec : StoreTables::all()) {
        if (!spec.existsAt(version))
            continue;
        const auto columns = spec.columnsAt(version);
        QSqlQuery q(workspace.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT ") + spec.columnNames(version).join(QLatin1String(", ")) +
                    QStringLiteral(" FROM ") + spec.name))
            return Result::fail(Failure::Storage, workspace.storageProblem(q.lastError()));
        if (spec.key.isEmpty()) {
            QHash<QString, QHash<QString, qint64>> actual;
            QHash<QString, qint64> actualCount;
            while (q.next()) {
                const QString box = QStringLiteral("%1:%2").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong());
                actual[box][q.value(2).isNull() ? QStringLiteral("-") : QStringLiteral("+") + q.value(2).toString()] +=
                    1;
                actualCount[box] += 1;
            }
            // Who voted in each round, as the table holds it (the rows themselves are checked with
            // vote_roll against the log).
            QHash<QString, qint64> rollCount;
            QSqlQuery roll(workspace.database());
            roll.setForwardOnly(true);
            if (!roll.exec(QStringLiteral("SELECT negotiation_id, round_no FROM vote_roll")))
                return Result::fail(Failure::Storage, workspace.storageProblem(roll.lastError()));
            while (roll.next())
                rollCount[QStringLiteral("%1:%2").arg(roll.value(0).toLongLong()).arg(roll.value(1).toLongLong())] += 1;
            QSet<QString> names;
            for (auto it = actual.cbegin(); it != actual.cend(); ++it)
                names.insert(it.key());
            for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
                names.insert(it.key());
            for (const QString& name : names) {
                const Box box = boxes.value(name, Box{{}, 0, 0, false, {std::numeric_limits<qint64>::max() - 1, {}}});
                if (box.closed) {
                    if (actual.value(name) != box.counts)
                        first.offer(
                            box.writer.first, box.writer.second,
                            tr("the ballot box of vote %1 does not hold the ballots the tally records").arg(name));
                } else if (actualCount.value(name) != box.cast) {
                    first.offer(box.writer.first, box.writer.second,
                                tr("the ballot box of vote %1 holds %2 ballots, but %3 were cast")
                                    .arg(name)
                                    .arg(actualCount.value(name))
                                    .arg(box.cast));
                } else if (rollCount.value(name) != box.cast) {
                    first.offer(box.writer.first, box.writer.second,
                                tr("the ballot box of vote %1 holds %2 ballots, but the roll names %3 members")
                                    .arg(name)
                                    .arg(box.cast)
                                    .arg(rollCount.value(name)));
                }
            }
            continue;
        }
        QHash<QString, ExpectedRow> remaining = expected.value(spec.name);
        while (q.next()) {
            const QJsonObject actual = RowCodec::toJson(columns, RowCodec::fromQuery(columns, q));
            const QString key = RowCodec::keyText(spec, actual);
            const auto it = remaining.constFind(key);
            if (it == remaining.constEnd()) {
                first.offer(std::numeric_limits<qint64>::max() - 1, QString(),
                            tr("%1 is in the table but no audit event wrote it").arg(RowCodec::describe(spec, actual)));
                continue;
            }
            for (const TableSpec::Column& c : columns) {
                const QJsonValue recorded = it->row.value(c.name);
                const QJsonValue held = actual.value(c.name);
                if (!sameValue(recorded, held)) {
                    first.offer(it->seq, it->action,
                                tr("%1: %2 is %3 in the table but %4 in the record")
                                    .arg(RowCodec::describe(spec, actual), c.name, RowCodec::valueText(held),
                                         RowCodec::valueText(recorded)));
                    break;
                }
            }
            remaining.erase(it);
        }
        for (auto it = remaining.cbegin(); it != remaining.cend(); ++it)
            first.offer(
                it->seq, it->action,
                tr("%1 written by this event is missing from the table").arg(RowCodec::describe(spec, it->row)));
    }
    if (first.seq != std::numeric_limits<qint64>::max()) {
        if (first.action.isEmpty()) {
            v.problem = {workspace.path(), first.why};
        } else {
            v.badSeq = first.seq;
            v.problem = {tr("audit event %1 (%2)").arg(first.seq).arg(first.action), first.why};
        }
        return Result::success(v);
    }
    v.ok = true;
    return Result::success(v);
}

} // namespace tp::store
