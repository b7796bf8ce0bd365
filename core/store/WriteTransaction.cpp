#include "WriteTransaction.h"

#include "AuditLog.h"
#include "RowCodec.h"
#include "StoreTables.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>

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

void bindMatch(QSqlQuery& q, const QVariantMap& match)
{
    for (auto it = match.cbegin(); it != match.cend(); ++it)
        if (it.value().isValid())
            q.addBindValue(it.value());
}

} // namespace

WriteTransaction::WriteTransaction(Workspace& workspace) : m_workspace(workspace) {}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

QSqlDatabase WriteTransaction::database() const
{
    return m_workspace.database();
}

bool WriteTransaction::fail(const Problem& problem)
{
    if (!m_problem)
        m_problem = problem;
    return false;
}

void WriteTransaction::rollback()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

std::optional<Problem> WriteTransaction::begin()
{
    if (m_workspace.isReadOnly())
        return Problem{m_workspace.path(), m_workspace.readOnlyReason()};
    for (const QString& statement : m_workspace.dialect().beginWrite()) {
        QSqlQuery q(database());
        if (!q.exec(statement)) {
            const Problem p = m_workspace.storageProblem(q.lastError());
            if (m_active)
                rollback();
            return p;
        }
        m_active = true;
    }
    return std::nullopt;
}

std::optional<QVariantMap> WriteTransaction::row(const QString& table, const QVariantMap& key)
{
    const QList<QVariantMap> found = rows(table, key);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<QVariantMap> WriteTransaction::rows(const QString& table, const QVariantMap& match)
{
    QList<QVariantMap> result;
    const TableSpec* spec = StoreTables::find(table);
    if (m_problem || !spec)
        return result;
    const auto columns = spec->columnsAt(m_workspace.schemaVersion());
    QSqlQuery q(database());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT ") + spec->columnNames(m_workspace.schemaVersion()).join(QLatin1String(", ")) +
                  QStringLiteral(" FROM ") + table + whereClause(match);
    if (!spec->key.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + spec->key.join(QLatin1String(", "));
    q.prepare(sql);
    bindMatch(q, match);
    if (!q.exec()) {
        fail(m_workspace.storageProblem(q.lastError()));
        return result;
    }
    while (q.next())
        result.append(RowCodec::fromQuery(columns, q));
    return result;
}

qint64 WriteTransaction::nextValue(const QString& table, const QString& column, const QVariantMap& match)
{
    if (m_problem)
        return 0;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT MAX(") + column + QStringLiteral(") FROM ") + table + whereClause(match));
    bindMatch(q, match);
    if (!q.exec() || !q.next()) {
        fail(m_workspace.storageProblem(q.lastError()));
        return 0;
    }
    return q.value(0).isNull() ? 1 : q.value(0).toLongLong() + 1;
}

bool WriteTransaction::upsert(const QString& table, const QVariantMap& values)
{
    const TableSpec* spec = StoreTables::find(table);
    if (m_problem)
        return false;
    if (!spec || spec->key.isEmpty())
        return fail({table, tr("not a table of the negotiation record")});
    const auto columnSpecs = spec->columnsAt(m_workspace.schemaVersion());
    const QVariantMap row = RowCodec::normalized(columnSpecs, values);
    QVariantMap key;
    for (const QString& k : spec->key)
        key.insert(k, row.value(k));
    const std::optional<QVariantMap> before = this->row(table, key);
    if (m_problem)
        return false;
    if (before && *before == row)
        return true;

    QSqlQuery q(database());
    const QStringList columns = spec->columnNames(m_workspace.schemaVersion());
    if (before) {
        QStringList sets;
        for (const QString& c : columns)
            if (!spec->key.contains(c))
                sets.append(c + QStringLiteral(" = ?"));
        QStringList keyParts;
        for (const QString& k : spec->key)
            keyParts.append(k + QStringLiteral(" = ?"));
        q.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + sets.join(QLatin1String(", ")) +
                  QStringLiteral(" WHERE ") + keyParts.join(QLatin1String(" AND ")));
        for (const QString& c : columns)
            if (!spec->key.contains(c))
                q.addBindValue(row.value(c));
        for (const QString& k : spec->key)
            q.addBindValue(row.value(k));
    } else {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        q.prepare(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QLatin1String(", ")) +
                  QStringLiteral(") VALUES (") + marks.join(QLatin1String(", ")) + QStringLiteral(")"));
        for (const QString& c : columns)
            q.addBindValue(row.value(c));
    }
    if (!q.exec())
        return fail(m_workspace.storageProblem(q.lastError()));
    m_changes.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("upsert")},
                                 {QStringLiteral("table"), table},
                                 {QStringLiteral("before"), before ? QJsonValue(RowCodec::toJson(columnSpecs, *before))
                                                                   : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("after"), RowCodec::toJson(columnSpecs, row)}});
    return true;
}

bool WriteTransaction::remove(const QString& table, const QVariantMap& key)
{
    const TableSpec* spec = StoreTables::find(table);
    if (m_problem)
        return false;
    if (!spec || spec->key.isEmpty())
        return fail({table, tr("not a table of the negotiation record")});
    const std::optional<QVariantMap> before = row(table, key);
    if (m_problem)
        return false;
    if (!before)
        return true;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM ") + table + whereClause(key));
    bindMatch(q, key);
    if (!q.exec())
        return fail(m_workspace.storageProblem(q.lastError()));
    m_changes.append(QJsonObject{
        {QStringLiteral("op"), QStringLiteral("delete")},
        {QStringLiteral("table"), table},
        {QStringLiteral("before"), RowCodec::toJson(spec->columnsAt(m_workspace.schemaVersion()), *before)}});
    return true;
}

bool WriteTransaction::putBallots(qint64 negotiationId, qint64 round, const QList<std::optional<QString>>& ballots)
{
    if (m_problem)
        return false;
    QList<std::optional<QString>> shuffled = ballots;
    QRandomGenerator* random = QRandomGenerator::system();
    for (qsizetype i = shuffled.size() - 1; i > 0; --i)
        std::swap(shuffled[i], shuffled[qsizetype(random->bounded(quint32(i + 1)))]);

    QMap<QString, qint64> tally;
    qint64 blank = 0;
    QStringList sorted;
    for (const std::optional<QString>& b : shuffled) {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("INSERT INTO ballots (negotiation_id, round_no, choice) VALUES (?, ?, ?)"));
        q.addBindValue(negotiationId);
        q.addBindValue(round);
        q.addBindValue(b ? QVariant(*b) : QVariant());
        if (!q.exec())
            return fail(m_workspace.storageProblem(q.lastError()));
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
    m_changes.append(QJsonObject{
        {QStringLiteral("op"), QStringLiteral("ballots")},
        {QStringLiteral("table"), StoreTables::ballotTable()},
        {QStringLiteral("negotiation_id"), negotiationId},
        {QStringLiteral("round_no"), round},
        {QStringLiteral("tally"), counts},
        {QStringLiteral("blank"), blank},
        {QStringLiteral("digest"),
         QString::fromLatin1(
             QCryptographicHash::hash(sorted.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex())}});
    return true;
}

bool WriteTransaction::execDdl(const QString& statement)
{
    if (m_problem)
        return false;
    QSqlQuery q(database());
    if (!q.exec(m_workspace.dialect().ddl(statement)))
        return fail(m_workspace.storageProblem(q.lastError()));
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
        }
    }
    if (m_problem) {
        rollback();
        return m_problem;
    }
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Problem p = m_workspace.storageProblem(q.lastError());
        rollback();
        return p;
    }
    m_active = false;
    return std::nullopt;
}

} // namespace tp::store
