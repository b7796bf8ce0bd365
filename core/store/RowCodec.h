#pragma once

#include "StoreTables.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

namespace tp::store {

// Rows of the record as values (qint64 / QString / NULL) and as the canonical JSON the audit log
// carries. JSON objects have sorted keys, so the compact text of a row is canonical.
class RowCodec
{
public:
    using Columns = QList<TableSpec::Column>;
    static QVariantMap normalized(const Columns& columns, const QVariantMap& values);
    // A value as a column of this type holds it: a qint64, a QString or NULL (an invalid QVariant).
    static QVariant normalized(TableSpec::Type type, const QVariant& value);
    static QVariantMap fromQuery(const Columns& columns, const QSqlQuery& query);
    // A row of the table from its values in the order of its columns at this schema version.
    static QVariantMap fromValues(const TableSpec& spec, int version, const QVariantList& values);
    static QJsonObject toJson(const Columns& columns, const QVariantMap& row);
    // The compact JSON text of a row of the table at this schema version, as QJsonDocument writes
    // toJson() of it, appended to `out`; with `names`, only those columns.
    static void appendJson(QByteArray& out, const TableSpec& spec, int version, const QVariantMap& row,
                           const QStringList* names = nullptr);
    // The key of a row as canonical text ("[1,\"P1\"]").
    static QString keyText(const TableSpec& spec, const QJsonObject& row);
    // "scores (1, P1, B1, C1)": a row named for a message.
    static QString describe(const TableSpec& spec, const QJsonObject& row);
    static QString valueText(const QJsonValue& value);
};

} // namespace tp::store
