#include "WorkspaceCopy.h"

#include "AuditLog.h"
#include "StoreTables.h"
#include "Workspace.h"
#include "WorkspaceAddress.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tp::store {

namespace {

const QString kAuditTable = QStringLiteral("audit_events");
const QString kMetaTable = QStringLiteral("schema_meta");
constexpr int kRowsPerStatement = 100;

// The tables in an order in which every row refers only to rows already there (the order of their
// creation), the audit log last.
QStringList tablesInOrder(const QStringList& present)
{
    QStringList ordered;
    for (const TableSpec& spec : StoreTables::all())
        if (present.contains(spec.name))
            ordered.append(spec.name);
    ordered.append(kAuditTable);
    return ordered;
}

// The order in which the rows of a table are read: by its key, so both engines give one order.
QString orderOf(const QString& table)
{
    if (table == kAuditTable)
        return QStringLiteral("seq");
    if (table == StoreTables::ballotTable())
        return QStringLiteral("negotiation_id, round_no, slot");
    const TableSpec* spec = StoreTables::find(table);
    return spec ? spec->key.join(QLatin1String(", ")) : QString();
}

// Replaces what the creation of `tx`'s workspace wrote (the built-in templates) with every row of
// `source`, table by table.
std::optional<Problem> copyRows(const Workspace& source, WriteTransaction& tx)
{
    Workspace& target = tx.workspace();
    QSqlDatabase to = tx.database();
    QSqlDatabase from = source.database();
    const QStringList present = to.tables();
    const QStringList ordered = tablesInOrder(present);
    for (const QString& table : present)
        if (table != kMetaTable && !ordered.contains(table))
            return Problem{target.path(),
                           QCoreApplication::translate("WorkspaceCopy",
                                                       "the table %1 is not known to the copy; nothing was copied")
                               .arg(table)};

    for (auto it = ordered.crbegin(); it != ordered.crend(); ++it) {
        QSqlQuery q(to);
        if (!q.exec(QStringLiteral("DELETE FROM ") + *it))
            return target.storageProblem(q.lastError());
    }
    // The rows go in as literals, many per statement: fewer round trips to a server, and no prepared
    // statement left to release in a transaction that a failed row has aborted.
    const QSqlDriver* driver = to.driver();
    for (const QString& table : ordered) {
        const QSqlRecord record = to.record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        const QString insert = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                               columns.join(QLatin1String(", ")) + QStringLiteral(") VALUES ");
        QSqlQuery read(from);
        read.setForwardOnly(true);
        QString select =
            QStringLiteral("SELECT ") + columns.join(QLatin1String(", ")) + QStringLiteral(" FROM ") + table;
        if (const QString order = orderOf(table); !order.isEmpty())
            select += QStringLiteral(" ORDER BY ") + order;
        if (!read.exec(select))
            return source.storageProblem(read.lastError());
        QStringList batch;
        const auto flush = [&]() -> std::optional<Problem> {
            if (batch.isEmpty())
                return std::nullopt;
            QSqlQuery write(to);
            if (!write.exec(insert + batch.join(QLatin1String(", "))))
                return target.storageProblem(write.lastError());
            batch.clear();
            return std::nullopt;
        };
        while (read.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant value = read.value(i);
                QSqlField field(columns[i], value.metaType());
                field.setValue(value);
                values.append(driver->formatValue(field));
            }
            batch.append(QLatin1Char('(') + values.join(QLatin1String(", ")) + QLatin1Char(')'));
            if (batch.size() >= kRowsPerStatement)
                if (auto problem = flush())
                    return problem;
        }
        if (read.lastError().isValid())
            return source.storageProblem(read.lastError());
        if (auto problem = flush())
            return problem;
    }
    return std::nullopt;
}

// Removes a workspace file this copy created, with SQLite's files beside it.
void removeFile(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

StoreResult<WorkspaceCopy::Outcome> WorkspaceCopy::copy(const QString& sourcePath, const QString& targetPath,
                                                        const QString& actor, bool* sourceUnverified)
{
    using Result = StoreResult<Outcome>;
    if (sourceUnverified)
        *sourceUnverified = false;
    Outcome outcome;

    Workspace::Options read;
    read.readOnly = true;
    read.upgradeFirst = true;
    read.create = false;
    read.actor = actor;
    auto opened = Workspace::open(sourcePath, read);
    if (!opened.ok())
        return Result::from(opened);
    const std::shared_ptr<Workspace> source = *opened.value;
    outcome.source = source->path();

    // One state of the source from its verification to the last row copied.
    {
        QSqlQuery q(source->database());
        if (!q.exec(source->dialect().beginSnapshot()))
            return Result::fail(Failure::Storage, source->storageProblem(q.lastError()));
    }
    const auto verified = AuditLog::verify(*source);
    if (!verified.ok())
        return Result::from(verified);
    if (!verified.value->ok) {
        if (sourceUnverified)
            *sourceUnverified = true;
        return Result::fail(
            Failure::Refused,
            {source->path(), QCoreApplication::translate(
                                 "WorkspaceCopy", "the audit chain does not verify, so it is not copied (%1); nothing "
                                                  "was written")
                                 .arg(verified.value->problem.toString())});
    }
    outcome.sourceEvents = verified.value->events;
    outcome.sourceHead = verified.value->head;

    const std::optional<WorkspaceAddress> address = WorkspaceAddress::parse(targetPath);
    const bool newFile =
        address && !address->isServer() && !QFileInfo::exists(targetPath) && !QFileInfo(targetPath).isSymLink();
    Workspace::Options create;
    create.create = true;
    create.actor = actor;
    create.fill = [&source](WriteTransaction& tx) { return copyRows(*source, tx); };
    {
        auto target = Workspace::open(targetPath, create);
        if (!target.ok()) {
            if (newFile && target.failure != Failure::Refused)
                removeFile(targetPath);
            return Result::from(target);
        }
        outcome.target = (*target.value)->path();
    }
    QSqlQuery(QStringLiteral("ROLLBACK"), source->database());

    // The copy as any later reading sees it.
    Workspace::Options check;
    check.readOnly = true;
    check.create = false;
    auto reopened = Workspace::open(targetPath, check);
    if (!reopened.ok())
        return Result::from(reopened);
    const auto copied = AuditLog::verify(**reopened.value);
    if (!copied.ok())
        return Result::from(copied);
    outcome.targetEvents = copied.value->events;
    outcome.targetHead = copied.value->head;
    if (!copied.value->ok)
        return Result::fail(Failure::Storage, {outcome.target, QCoreApplication::translate(
                                                                   "WorkspaceCopy", "the copy does not verify: %1")
                                                                   .arg(copied.value->problem.toString())});
    if (outcome.targetHead != outcome.sourceHead || outcome.targetEvents != outcome.sourceEvents)
        return Result::fail(
            Failure::Storage,
            {outcome.target, QCoreApplication::translate(
                                 "WorkspaceCopy", "the copy's audit chain (%1 events, head %2) is not the source's "
                                                  "(%3 events, head %4)")
                                 .arg(outcome.targetEvents)
                                 .arg(outcome.targetHead)
                                 .arg(outcome.sourceEvents)
                                 .arg(outcome.sourceHead)});
    return Result::success(outcome);
}

} // namespace tp::store
