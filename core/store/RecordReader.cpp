#include "RecordReader.h"

#include "RowCodec.h"
#include "StoreTables.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace tp::store {

StoreResult<QList<QVariantMap>> RecordReader::rows(const Workspace& workspace, const QString& table,
                                                   const QVariantMap& match)
{
    using Result = StoreResult<QList<QVariantMap>>;
    const TableSpec* spec = StoreTables::find(table);
    if (!spec)
        return Result::fail(Failure::Invalid,
                            {table, QCoreApplication::translate("Workspace", "not a table of the negotiation record")});
    QStringList where;
    for (auto it = match.cbegin(); it != match.cend(); ++it)
        where.append(it.key() + QStringLiteral(" = ?"));
    const auto columns = spec->columnsAt(workspace.schemaVersion());
    QString sql = QStringLiteral("SELECT ") + spec->columnNames(workspace.schemaVersion()).join(QLatin1String(", ")) +
                  QStringLiteral(" FROM ") + table;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    if (!spec->key.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + spec->key.join(QLatin1String(", "));
    PreparedQuery q(workspace, sql);
    for (auto it = match.cbegin(); it != match.cend(); ++it)
        q->addBindValue(it.value());
    if (!q.isPrepared() || !q->exec())
        return Result::fail(Failure::Storage, workspace.storageProblem(q->lastError()));
    QList<QVariantMap> list;
    while (q->next())
        list.append(RowCodec::fromQuery(columns, q.query()));
    return Result::success(list);
}

} // namespace tp::store
