#include "RowCodec.h"

#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>
#include <algorithm>

namespace tp::store {

namespace {

QVariant normalize(TableSpec::Type type, const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return QVariant();
    if (type == TableSpec::Type::Integer)
        return QVariant(qint64(v.toLongLong()));
    return QVariant(v.toString());
}

QJsonValue jsonValue(TableSpec::Type type, const QVariant& v)
{
    if (!v.isValid())
        return QJsonValue(QJsonValue::Null);
    if (type == TableSpec::Type::Integer)
        return QJsonValue(v.toLongLong());
    return QJsonValue(v.toString());
}

} // namespace

QVariantMap RowCodec::normalized(const Columns& columns, const QVariantMap& values)
{
    // A row as the store reads it (every column, each value a qint64, a QString or NULL) is already
    // normal: it is shared, not built again.
    if (values.size() == columns.size()) {
        bool normal = true;
        for (const TableSpec::Column& c : columns) {
            const auto found = values.constFind(c.name);
            if (found == values.constEnd() ||
                (found->isValid() &&
                 (found->isNull() || found->typeId() != (c.type == TableSpec::Type::Integer ? QMetaType::LongLong
                                                                                            : QMetaType::QString)))) {
                normal = false;
                break;
            }
        }
        if (normal)
            return values;
    }
    QVariantMap row;
    for (const TableSpec::Column& c : columns)
        row.insert(c.name, normalize(c.type, values.value(c.name)));
    return row;
}

QVariantMap RowCodec::fromQuery(const Columns& columns, const QSqlQuery& query)
{
    QVariantMap row;
    for (qsizetype i = 0; i < columns.size(); ++i)
        row.insert(columns[i].name, normalize(columns[i].type, query.value(int(i))));
    return row;
}

QVariantMap RowCodec::fromValues(const Columns& columns, const QVariantList& values)
{
    QVariantMap row;
    for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i)
        row.insert(columns[i].name, normalize(columns[i].type, values[i]));
    return row;
}

QJsonObject RowCodec::toJson(const Columns& columns, const QVariantMap& row)
{
    QJsonObject o;
    for (const TableSpec::Column& c : columns)
        o.insert(c.name, jsonValue(c.type, row.value(c.name)));
    return o;
}

void RowCodec::appendJson(QByteArray& out, const Columns& columns, const QVariantMap& row, const QStringList* names)
{
    // An object's keys in order, as QJsonObject keeps them.
    QVarLengthArray<const TableSpec::Column*, 32> sorted;
    for (const TableSpec::Column& c : columns)
        if (!names || names->contains(c.name))
            sorted.append(&c);
    std::sort(sorted.begin(), sorted.end(),
              [](const TableSpec::Column* a, const TableSpec::Column* b) { return a->name < b->name; });
    out.append('{');
    for (const TableSpec::Column* c : sorted) {
        if (c != sorted.front())
            out.append(',');
        JsonText::appendString(out, c->name);
        out.append(':');
        const auto found = row.constFind(c->name);
        if (found == row.constEnd() || !found->isValid())
            out.append("null");
        else if (c->type == TableSpec::Type::Integer)
            JsonText::appendInteger(out, found->toLongLong());
        else
            JsonText::appendString(out, found->toString());
    }
    out.append('}');
}

QString RowCodec::keyText(const TableSpec& spec, const QJsonObject& row)
{
    QJsonArray key;
    for (const QString& k : spec.key)
        key.append(row.value(k));
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

QString RowCodec::valueText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("NULL");
    if (value.isString())
        return value.toString();
    return QString::number(value.toInteger());
}

QString RowCodec::describe(const TableSpec& spec, const QJsonObject& row)
{
    QStringList parts;
    const QStringList names = spec.key.isEmpty() ? spec.columnNames(1) : spec.key;
    for (const QString& k : names)
        parts.append(valueText(row.value(k)));
    return spec.name + QStringLiteral(" (") + parts.join(QLatin1String(", ")) + QStringLiteral(")");
}

} // namespace tp::store
