#include "WriteTransaction.h"

#include "AuditLog.h"
#include "JsonText.h"
#include "RowCodec.h"
#include "StoreTables.h"
#include "StoreTime.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>
#include <charconv>

namespace tp::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Workspace", text);
}

QString whereClause(const QVariantMap& match)
{
    QStringList parts;
    for (auto it = match.cbegin(); it != match.cend(); ++it)
        parts.append(it.value().isValid() ? it.key() + QStringLiteral(" = ?") : it.key() + QStringLiteral(" IS NULL"));
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

// The values of `match` that are not NULL, in its order: those bound to whereClause(match).
QVariantList boundValues(const QVariantMap& match)
{
    QVariantList values;
    for (auto it = match.cbegin(); it != match.cend(); ++it)
        if (it.value().isValid())
            values.append(it.value());
    return values;
}

// The text of a statement, made by `make` the first time its name is asked for on this thread and
// kept from then on: each name stands for one text.
template <typename Make> QString statementText(const QString& name, Make make)
{
    thread_local QHash<QString, QString> texts;
    if (const auto found = texts.constFind(name); found != texts.constEnd())
        return *found;
    QString sql = make();
    texts.insert(name, sql);
    return sql;
}

// The text of a read of the table's rows matching `match`, ordered by its key, for each table, schema
// version and set of matched columns; with `exists`, of a read of whether one row matches.
QString selectText(const TableSpec& spec, int version, const QVariantMap& match, bool exists = false)
{
    QString name;
    name.reserve(64);
    name += exists ? QStringLiteral("exists ") : QStringLiteral("select ");
    name += spec.name;
    name += QLatin1Char(' ');
    name += QString::number(version);
    for (auto it = match.cbegin(); it != match.cend(); ++it) {
        name += it.value().isValid() ? QLatin1Char(' ') : QLatin1Char('!');
        name += it.key();
    }
    return statementText(name, [&]() -> QString {
        if (exists)
            return QStringLiteral("SELECT 1 FROM ") + spec.name + whereClause(match) + QStringLiteral(" LIMIT 1");
        QString sql = QStringLiteral("SELECT ") + spec.columnNames(version).join(QLatin1String(", ")) +
                      QStringLiteral(" FROM ") + spec.name + whereClause(match);
        if (!spec.key.isEmpty())
            sql += QStringLiteral(" ORDER BY ") + spec.key.join(QLatin1String(", "));
        return sql;
    });
}

// The text of an update of the columns `set` of one row of the table, named by its key: the values of
// `set`, then of the key, are bound. One for each table and set of columns.
QString updateText(const TableSpec& spec, const QStringList& set)
{
    QString name = QStringLiteral("update ") + spec.name;
    for (const QString& c : set)
        name += QLatin1Char(' ') + c;
    return statementText(name, [&]() -> QString {
        QStringList sets;
        for (const QString& c : set)
            sets.append(c + QStringLiteral(" = ?"));
        QStringList keyParts;
        for (const QString& k : spec.key)
            keyParts.append(k + QStringLiteral(" = ?"));
        return QStringLiteral("UPDATE ") + spec.name + QStringLiteral(" SET ") + sets.join(QLatin1String(", ")) +
               QStringLiteral(" WHERE ") + keyParts.join(QLatin1String(" AND "));
    });
}

// The text of an insert of a whole row of the table, its columns at this schema version bound in order.
QString insertText(const TableSpec& spec, int version)
{
    const QString name = QStringLiteral("insert ") + spec.name + QLatin1Char(' ') + QString::number(version);
    return statementText(name, [&]() -> QString {
        const QStringList& columns = spec.columnNames(version);
        return QStringLiteral("INSERT INTO ") + spec.name + QStringLiteral(" (") + columns.join(QLatin1String(", ")) +
               QStringLiteral(") VALUES (") +
               QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", ")) + QStringLiteral(")");
    });
}

// At most this many rows are kept by a transaction (one that reads every row of a large record).
constexpr qsizetype kKnownRows = 256;

} // namespace

WriteTransaction::WriteTransaction(Workspace& workspace) : m_workspace(workspace) {}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

QSqlDatabase WriteTransaction::database()
{
    // What is done with the connection itself may change any row: what was known is read again, and
    // nothing is carried to the next transaction.
    m_known.clear();
    m_carry = false;
    return m_workspace.database();
}

void WriteTransaction::describe(const QJsonObject& change)
{
    QByteArray text;
    JsonText::appendObject(text, change);
    m_changes.append(text);
}

bool WriteTransaction::fail(const Problem& problem)
{
    if (!m_problem)
        m_problem = problem;
    return false;
}

QSqlError WriteTransaction::runPlain(const QString& statement)
{
    return PreparedQuery::run(m_workspace, statement, {}, PreparedQuery::Use::Once).error;
}

void WriteTransaction::rollback()
{
    const bool rolledBack = !runPlain(QStringLiteral("ROLLBACK")).isValid();
    m_active = false;
    // A transaction that only read leaves the file as it found it: what it read still holds.
    if (rolledBack && !m_wrote)
        carryReads();
}

void WriteTransaction::takeCarriedReads()
{
    CarriedReads& carried = m_workspace.carriedReads();
    const bool valid = carried.valid;
    carried.valid = false;
    KnownReads reads = std::move(carried.reads);
    carried.reads.clear();
    if (carried.disabled || !carried.schemaCookie)
        return;
    const std::optional<quint32> version = PreparedQuery::dataVersion(m_workspace);
    if (!version) {
        carried.disabled = true;
        return;
    }
    if (valid && *version == carried.dataVersion) {
        m_known = std::move(reads);
        return;
    }
    // Another connection has written the file: what it holds is read again. If it changed the schema
    // into one with a trigger of its own, which could change rows behind this program's writes, nothing
    // is carried any more.
    if (!m_workspace.schemaStillChecked())
        carried.disabled = true;
}

void WriteTransaction::carryReads()
{
    CarriedReads& carried = m_workspace.carriedReads();
    carried.valid = false;
    if (!m_carry || carried.disabled || !carried.schemaCookie)
        return;
    const std::optional<quint32> version = PreparedQuery::dataVersion(m_workspace);
    if (!version)
        return;
    // A full store of rows is begun again: the rows of the actions to come are read anew.
    if (m_known.rows.size() >= kKnownRows) {
        m_known.rows.clear();
        m_known.matches.clear();
    }
    carried.reads = std::move(m_known);
    m_known.clear();
    carried.dataVersion = *version;
    carried.valid = true;
}

QString WriteTransaction::matchName(const QVariantMap& match)
{
    // Each column's name, then its value's type and its text preceded by its length, or "!" for NULL:
    // no two matches give one name.
    QString name;
    for (auto it = match.cbegin(); it != match.cend(); ++it) {
        name += it.key();
        if (!it.value().isValid()) {
            name += QLatin1Char('!');
            continue;
        }
        const QString text = it.value().toString();
        name += QLatin1Char('=') + QString::number(it.value().typeId()) + QLatin1Char(':') +
                QString::number(text.size()) + QLatin1Char(':') + text;
    }
    return name;
}

std::optional<Problem> WriteTransaction::begin()
{
    if (m_workspace.isReadOnly())
        return Problem{m_workspace.path(), m_workspace.readOnlyReason()};
    for (const QString& statement : m_workspace.dialect().beginWrite()) {
        if (const QSqlError error = runPlain(statement); error.isValid()) {
            const Problem p = m_workspace.storageProblem(error);
            if (m_active)
                rollback();
            return p;
        }
        m_active = true;
    }
    takeCarriedReads();
    return std::nullopt;
}

QString WriteTransaction::knownName(const QString& table, const QVariantMap& key)
{
    const TableSpec* spec = StoreTables::find(table);
    if (!spec || spec->key.isEmpty() || key.size() != spec->key.size())
        return QString();
    QString name;
    name.reserve(table.size() + 16 * spec->key.size());
    name += table;
    char digits[24];
    const auto appendNumber = [&](qint64 n) {
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        name += QLatin1StringView(digits, end - digits);
    };
    for (qsizetype i = 0; i < spec->key.size(); ++i) {
        const auto v = key.constFind(spec->key[i]);
        if (v == key.constEnd() || !v->isValid() || v->isNull())
            return QString();
        // An integer as its digits; a text preceded by its length, so that no two keys give one name.
        name += QLatin1Char(' ');
        if (spec->keyTypes[i] == TableSpec::Type::Integer) {
            appendNumber(v->toLongLong());
        } else {
            const QString text = v->toString();
            appendNumber(text.size());
            name += QLatin1Char(':');
            name += text;
        }
    }
    return name;
}

std::optional<QVariantMap> WriteTransaction::row(const QString& table, const QVariantMap& key)
{
    const QString name = m_problem ? QString() : knownName(table, key);
    if (!name.isEmpty())
        if (const auto it = m_known.rows.constFind(name); it != m_known.rows.constEnd())
            return *it;
    const QList<QVariantMap> found = rows(table, key);
    if (m_problem)
        return std::nullopt;
    std::optional<QVariantMap> result;
    if (!found.isEmpty())
        result = found.first();
    if (!name.isEmpty() && m_known.rows.size() < kKnownRows)
        m_known.rows.insert(name, result);
    return result;
}

QList<QVariantMap> WriteTransaction::rows(const QString& table, const QVariantMap& match)
{
    QList<QVariantMap> result;
    const TableSpec* spec = StoreTables::find(table);
    if (m_problem || !spec)
        return result;
    const int version = m_workspace.schemaVersion();
    const QString sql = selectText(*spec, version, match);
    const PreparedQuery::Rows found = PreparedQuery::run(m_workspace, sql, boundValues(match));
    if (found.failed) {
        fail(m_workspace.storageProblem(found.error));
        return result;
    }
    result.reserve(found.rows.size());
    for (const QVariantList& row : found.rows)
        result.append(RowCodec::fromValues(*spec, version, row));
    return result;
}

bool WriteTransaction::exists(const QString& table, const QVariantMap& match)
{
    const TableSpec* spec = StoreTables::find(table);
    if (m_problem || !spec)
        return false;
    // A row known by its key, or a match known; else read, and an absent row or the match kept.
    const QString name = knownName(table, match);
    if (!name.isEmpty())
        if (const auto it = m_known.rows.constFind(name); it != m_known.rows.constEnd())
            return it->has_value();
    const QString matched = matchName(match);
    if (const auto t = m_known.matches.constFind(table); t != m_known.matches.constEnd())
        if (const auto m = t->constFind(matched); m != t->constEnd())
            return *m;
    const PreparedQuery::Rows found = PreparedQuery::run(
        m_workspace, selectText(*spec, m_workspace.schemaVersion(), match, true), boundValues(match));
    if (found.failed) {
        fail(m_workspace.storageProblem(found.error));
        return false;
    }
    const bool matches = !found.rows.isEmpty();
    if (!name.isEmpty() && !matches) {
        if (m_known.rows.size() < kKnownRows)
            m_known.rows.insert(name, std::nullopt);
    } else if (QHash<QString, bool>& known = m_known.matches[table]; known.size() < kKnownRows) {
        known.insert(matched, matches);
    }
    return matches;
}

qint64 WriteTransaction::nextValue(const QString& table, const QString& column, const QVariantMap& match)
{
    if (m_problem)
        return 0;
    const PreparedQuery::Rows found = PreparedQuery::run(
        m_workspace, QStringLiteral("SELECT MAX(") + column + QStringLiteral(") FROM ") + table + whereClause(match),
        boundValues(match));
    if (found.failed || found.rows.size() != 1) {
        fail(m_workspace.storageProblem(found.error));
        return 0;
    }
    const QVariant last = found.rows.first().value(0);
    return last.isValid() ? last.toLongLong() + 1 : 1;
}

const TableSpec* WriteTransaction::keyedTable(const QString& table)
{
    if (m_problem)
        return nullptr;
    const TableSpec* spec = StoreTables::find(table);
    if (!spec || spec->key.isEmpty()) {
        fail({table, tr("not a table of the negotiation record")});
        return nullptr;
    }
    return spec;
}

void WriteTransaction::describeUpdate(const TableSpec& spec, const QVariantMap& after, const QVariantMap& before,
                                      const QStringList& changed)
{
    // The row named by its key, and the changed columns only, before and after.
    const int version = m_workspace.schemaVersion();
    QByteArray change = "{\"after\":";
    RowCodec::appendJson(change, spec, version, after, &changed);
    change.append(",\"before\":");
    RowCodec::appendJson(change, spec, version, before, &changed);
    change.append(",\"key\":");
    RowCodec::appendJson(change, spec, version, before, &spec.key);
    change.append(",\"op\":\"update\",\"table\":");
    JsonText::appendString(change, spec.name);
    change.append('}');
    m_changes.append(change);
}

bool WriteTransaction::upsert(const QString& table, const QVariantMap& values)
{
    const TableSpec* spec = keyedTable(table);
    if (!spec)
        return false;
    const int version = m_workspace.schemaVersion();
    const auto& columnSpecs = spec->columnsAt(version);
    const QVariantMap row = RowCodec::normalized(columnSpecs, values);
    QVariantMap key;
    for (const QString& k : spec->key)
        key.insert(k, row.value(k));
    const std::optional<QVariantMap> before = this->row(table, key);
    if (m_problem)
        return false;
    if (before && *before == row)
        return true;

    const QStringList& columns = spec->columnNames(version);
    QString sql;
    QVariantList bound;
    QStringList changed; // the value columns whose values change (an update)
    if (before) {
        // Only the columns that change: an index whose columns keep their values is not written again.
        // Every column when only the key is written differently.
        const auto valueColumns = [&] {
            QStringList names;
            for (const QString& c : columns)
                if (!spec->key.contains(c))
                    names.append(c);
            return names;
        };
        // Rows that hold the same columns (every column, as read and as normalized) are compared side by
        // side, in the maps' order, then named in the table's order, as the statement names them.
        bool sameColumns = before->size() == row.size();
        for (auto b = before->cbegin(), a = row.cbegin(); sameColumns && b != before->cend(); ++b, ++a) {
            sameColumns = b.key() == a.key();
            if (sameColumns && b.value() != a.value() && !spec->key.contains(b.key()))
                changed.append(b.key());
        }
        if (sameColumns) {
            std::sort(changed.begin(), changed.end(),
                      [&](const QString& x, const QString& y) { return columns.indexOf(x) < columns.indexOf(y); });
        } else {
            changed.clear();
            for (const QString& c : valueColumns())
                if (before->value(c) != row.value(c))
                    changed.append(c);
        }
        const QStringList set = changed.isEmpty() ? valueColumns() : changed;
        for (const QString& c : set)
            bound.append(row.value(c));
        for (const QString& k : spec->key)
            bound.append(row.value(k));
        sql = updateText(*spec, set);
    } else {
        for (const QString& c : columns)
            bound.append(row.value(c));
        sql = insertText(*spec, version);
    }
    if (!write(sql, bound))
        return false;
    forgetMatches(table);
    // A row kept (or known to be absent) is kept as written; a new one is not kept otherwise (an import
    // writes thousands).
    if (const auto it = m_known.rows.find(knownName(table, key)); it != m_known.rows.end())
        *it = row;
    // The change as its JSON object's text, keys in order: after, before, key, op, table.
    if (!changed.isEmpty()) {
        describeUpdate(*spec, row, *before, changed);
        return true;
    }
    QByteArray change = "{\"after\":";
    RowCodec::appendJson(change, *spec, version, row);
    change.append(",\"before\":");
    if (before)
        RowCodec::appendJson(change, *spec, version, *before);
    else
        change.append("null");
    change.append(",\"op\":\"upsert\",\"table\":");
    JsonText::appendString(change, spec->name);
    change.append('}');
    m_changes.append(change);
    return true;
}

bool WriteTransaction::update(const QString& table, const QVariantMap& key, const QVariantMap& values)
{
    const TableSpec* spec = keyedTable(table);
    if (!spec)
        return false;
    const std::optional<QVariantMap> before = row(table, key);
    if (m_problem)
        return false;
    if (!before)
        return fail({table, tr("the row to change is not in the workspace")});
    const int version = m_workspace.schemaVersion();
    const auto& columnSpecs = spec->columnsAt(version);
    const QStringList& columnNames = spec->columnNames(version);
    // Every column given is a value column of the table at this schema version.
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (spec->key.contains(it.key()) || !columnNames.contains(it.key()))
            return fail({table, tr("no column \"%1\" to change").arg(it.key())});
    // The value columns that change, in the table's order, as the statement and upsert() name them.
    QStringList changed;
    QVariantMap after;
    QVariantList bound;
    for (const TableSpec::Column& c : columnSpecs) {
        const auto value = values.constFind(c.name);
        if (value == values.constEnd() || spec->key.contains(c.name))
            continue;
        const QVariant normal = RowCodec::normalized(c.type, *value);
        if (before->value(c.name) == normal)
            continue;
        changed.append(c.name);
        after.insert(c.name, normal);
        bound.append(normal);
    }
    if (changed.isEmpty())
        return true;
    for (const QString& k : spec->key)
        bound.append(before->value(k));
    if (!write(updateText(*spec, changed), bound))
        return false;
    forgetMatches(table);
    // The row kept is kept as written.
    if (const auto it = m_known.rows.find(knownName(table, key)); it != m_known.rows.end() && it->has_value())
        for (auto a = after.cbegin(); a != after.cend(); ++a)
            (*it)->insert(a.key(), a.value());
    describeUpdate(*spec, after, *before, changed);
    return true;
}

bool WriteTransaction::remove(const QString& table, const QVariantMap& key)
{
    const TableSpec* spec = keyedTable(table);
    if (!spec)
        return false;
    const std::optional<QVariantMap> before = row(table, key);
    if (m_problem)
        return false;
    if (!before)
        return true;
    if (!write(QStringLiteral("DELETE FROM ") + table + whereClause(key), boundValues(key)))
        return false;
    forgetMatches(table);
    if (const auto it = m_known.rows.find(knownName(table, key)); it != m_known.rows.end())
        *it = std::nullopt;
    describe(QJsonObject{
        {QStringLiteral("op"), QStringLiteral("delete")},
        {QStringLiteral("table"), table},
        {QStringLiteral("before"), RowCodec::toJson(spec->columnsAt(m_workspace.schemaVersion()), *before)}});
    return true;
}

QList<std::optional<QString>> WriteTransaction::ballotsOf(qint64 negotiationId, qint64 round)
{
    QList<std::optional<QString>> ballots;
    if (m_problem)
        return ballots;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT choice FROM ballots WHERE negotiation_id = ? AND round_no = ?"));
    q.addBindValue(negotiationId);
    q.addBindValue(round);
    if (!q.exec()) {
        fail(m_workspace.storageProblem(q.lastError()));
        return ballots;
    }
    while (q.next())
        ballots.append(q.value(0).isNull() ? std::nullopt : std::optional<QString>(q.value(0).toString()));
    return ballots;
}

bool WriteTransaction::writeBallotBox(qint64 negotiationId, qint64 round, const QList<std::optional<QString>>& ballots)
{
    if (m_problem)
        return false;
    {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("DELETE FROM ballots WHERE negotiation_id = ? AND round_no = ?"));
        q.addBindValue(negotiationId);
        q.addBindValue(round);
        if (!q.exec())
            return fail(m_workspace.storageProblem(q.lastError()));
    }
    QRandomGenerator* random = QRandomGenerator::system();
    // slot -> ballot: a fresh 128-bit slot for every ballot; the map holds them in slot order.
    QMap<QString, std::optional<QString>> bySlot;
    for (const std::optional<QString>& b : ballots) {
        QString slot;
        do {
            quint32 bits[4];
            random->fillRange(bits);
            slot = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bits), sizeof bits).toHex());
        } while (bySlot.contains(slot));
        bySlot.insert(slot, b);
    }
    // A version 3 box (written only while a file is built at that version) has no slot column: the
    // ballots go in shuffled, as that version wrote them.
    const bool slotted = m_workspace.schemaVersion() >= 4;
    for (auto it = bySlot.cbegin(); it != bySlot.cend(); ++it) {
        QSqlQuery q(database());
        q.prepare(
            slotted ? QStringLiteral("INSERT INTO ballots (negotiation_id, round_no, slot, choice) VALUES (?, ?, ?, ?)")
                    : QStringLiteral("INSERT INTO ballots (negotiation_id, round_no, choice) VALUES (?, ?, ?)"));
        q.addBindValue(negotiationId);
        q.addBindValue(round);
        if (slotted)
            q.addBindValue(it.key());
        q.addBindValue(it.value() ? QVariant(*it.value()) : QVariant());
        if (!q.exec())
            return fail(m_workspace.storageProblem(q.lastError()));
    }
    return true;
}

void WriteTransaction::describeBallots(qint64 negotiationId, qint64 round, const QList<std::optional<QString>>& ballots)
{
    QMap<QString, qint64> tally;
    qint64 blank = 0;
    QStringList sorted;
    for (const std::optional<QString>& b : ballots) {
        if (b)
            tally[*b] += 1;
        else
            ++blank;
        sorted.append(b ? QStringLiteral("+") + *b : QStringLiteral("-"));
    }
    std::sort(sorted.begin(), sorted.end());
    QJsonObject counts;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        counts.insert(it.key(), it.value());
    describe(QJsonObject{
        {QStringLiteral("op"), QStringLiteral("ballots")},
        {QStringLiteral("table"), StoreTables::ballotTable()},
        {QStringLiteral("negotiation_id"), negotiationId},
        {QStringLiteral("round_no"), round},
        {QStringLiteral("tally"), counts},
        {QStringLiteral("blank"), blank},
        {QStringLiteral("digest"),
         QString::fromLatin1(
             QCryptographicHash::hash(sorted.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex())}});
}

bool WriteTransaction::putBallots(qint64 negotiationId, qint64 round, const QList<std::optional<QString>>& ballots)
{
    if (!writeBallotBox(negotiationId, round, ballots))
        return false;
    describeBallots(negotiationId, round, ballots);
    return true;
}

bool WriteTransaction::castBallot(qint64 negotiationId, qint64 round, const std::optional<QString>& choice)
{
    QList<std::optional<QString>> box = ballotsOf(negotiationId, round);
    box.append(choice);
    if (!writeBallotBox(negotiationId, round, box))
        return false;
    describe(QJsonObject{{QStringLiteral("op"), QStringLiteral("ballot_cast")},
                         {QStringLiteral("table"), StoreTables::ballotTable()},
                         {QStringLiteral("negotiation_id"), negotiationId},
                         {QStringLiteral("round_no"), round}});
    m_truncateLog = true;
    return true;
}

QList<std::optional<QString>> WriteTransaction::countBallots(qint64 negotiationId, qint64 round)
{
    QList<std::optional<QString>> box = ballotsOf(negotiationId, round);
    if (m_problem)
        return {};
    std::sort(box.begin(), box.end(), [](const std::optional<QString>& a, const std::optional<QString>& b) {
        if (a.has_value() != b.has_value())
            return a.has_value();
        return a && *a < *b;
    });
    describeBallots(negotiationId, round, box);
    m_truncateLog = true;
    return box;
}

bool WriteTransaction::moveBallots(const QString& fromTable)
{
    if (m_problem)
        return false;
    QMap<QPair<qint64, qint64>, QList<std::optional<QString>>> boxes;
    {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT negotiation_id, round_no, choice FROM ") + fromTable))
            return fail(m_workspace.storageProblem(q.lastError()));
        while (q.next())
            boxes[{q.value(0).toLongLong(), q.value(1).toLongLong()}].append(
                q.value(2).isNull() ? std::nullopt : std::optional<QString>(q.value(2).toString()));
    }
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
        if (!writeBallotBox(it.key().first, it.key().second, it.value()))
            return false;
    m_truncateLog = true;
    return true;
}

bool WriteTransaction::execDdl(const QString& statement)
{
    if (m_problem)
        return false;
    // A statement prepared before may no longer fit the tables (a server refuses a kept plan whose
    // result has changed).
    m_workspace.statements().clear();
    m_known.clear();
    m_carry = false;
    QSqlQuery q(database());
    if (!q.exec(m_workspace.dialect().ddl(statement)))
        return fail(m_workspace.storageProblem(q.lastError()));
    return true;
}

bool WriteTransaction::exec(const QString& statement, const QVariantList& values)
{
    // A statement of its own may change any row.
    m_known.clear();
    m_carry = false;
    return write(statement, values);
}

bool WriteTransaction::insertEvent(const QString& statement, const QVariantList& values)
{
    if (!write(statement, values))
        return false;
    forgetMatches(QStringLiteral("audit_events"));
    return true;
}

QString WriteTransaction::timestamp()
{
    if (m_timestamp.isEmpty())
        m_timestamp = StoreTime::toText(StoreTime::now());
    return m_timestamp;
}

bool WriteTransaction::write(const QString& statement, const QVariantList& values)
{
    if (m_problem)
        return false;
    m_wrote = true;
    // A statement with no value is run as it is: PostgreSQL prepares only queries and data changes.
    const auto use = values.isEmpty() ? PreparedQuery::Use::Once : PreparedQuery::Use::Kept;
    if (const auto done = PreparedQuery::run(m_workspace, statement, values, use); done.failed)
        return fail(m_workspace.storageProblem(done.error));
    return true;
}

std::optional<Problem> WriteTransaction::commit(const QString& action, const QString& actor,
                                                std::optional<qint64> negotiationId, const QJsonObject& details)
{
    if (!m_active)
        return Problem{m_workspace.path(), tr("no transaction is open")};
    if (!m_problem) {
        const auto appended = AuditLog::append(*this, action, actor, negotiationId, details, m_changes);
        if (!appended.ok()) {
            fail(appended.problem);
        } else {
            m_eventSeq = appended.value->first;
            m_eventHash = appended.value->second;
            m_known.lastEvent = *appended.value;
        }
    }
    if (m_problem) {
        rollback();
        return m_problem;
    }
    if (const QString notify = m_workspace.dialect().notifyChange(); !notify.isEmpty()) {
        QSqlQuery q(database());
        q.prepare(notify);
        q.addBindValue(QString::number(m_eventSeq));
        if (!q.exec()) {
            const Problem p = m_workspace.storageProblem(q.lastError());
            rollback();
            return p;
        }
    }
    if (const QSqlError error = runPlain(QStringLiteral("COMMIT")); error.isValid()) {
        Problem p = m_workspace.storageProblem(error);
        if (m_workspace.dialect().isConnectionLost(error)) {
            // The server may have committed before the connection broke: running the action again
            // could record it twice.
            m_workspace.clearTransient();
            p.why = tr("the connection to the server broke while the change was being saved, so whether it was "
                       "saved is not known; open the negotiation again and check before entering it again (%1)")
                        .arg(p.why);
        }
        rollback();
        return p;
    }
    m_active = false;
    if (m_truncateLog) {
        // The ballot is committed whatever happens here. A reader on another connection keeps the
        // log from being emptied ("busy"): the next cast, or the close of the round, tries again.
        const QString statement = m_workspace.dialect().truncateLog();
        if (!statement.isEmpty()) {
            QSqlQuery checkpoint(database());
            checkpoint.exec(statement);
        }
    }
    carryReads();
    return std::nullopt;
}

std::optional<Problem> WriteTransaction::commitWithoutEvent()
{
    // The rows of a copy, audit events included, are written without being described.
    m_carry = false;
    if (!m_active)
        return Problem{m_workspace.path(), tr("no transaction is open")};
    if (m_problem) {
        rollback();
        return m_problem;
    }
    if (const QSqlError error = runPlain(QStringLiteral("COMMIT")); error.isValid()) {
        const Problem p = m_workspace.storageProblem(error);
        rollback();
        return p;
    }
    m_active = false;
    return std::nullopt;
}

} // namespace tp::store
