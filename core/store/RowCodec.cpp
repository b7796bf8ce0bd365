#include "RowCodec.h"

#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>
#include <algorithm>
#include <map>

namespace tp::store {

namespace {

QVariant normalize(TableSpec::Type type, const QVariant& v)
{
    // NULL (a driver's null value of any type, a null QString) is an invalid QVariant; a value read from
    // the file is most often of its column's type already.
    if (!v.isValid() || v.isNull())
        return QVariant();
    const int id = v.typeId();
    if ((type == TableSpec::Type::Integer && id == QMetaType::LongLong) ||
        (type == TableSpec::Type::Text && id == QMetaType::QString))
        return v;
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

QVariant RowCodec::normalized(TableSpec::Type type, const QVariant& value)
{
    return normalize(type, value);
}

QVariantMap RowCodec::fromQuery(const Columns& columns, const QSqlQuery& query)
{
    QVariantMap row;
    for (qsizetype i = 0; i < columns.size(); ++i)
        row.insert(columns[i].name, normalize(columns[i].type, query.value(int(i))));
    return row;
}

QVariantMap RowCodec::fromValues(const TableSpec& spec, int version, const QVariantList& values)
{
    // Put in the order of the names, each after the one before: no name is compared to find its place.
    const Columns& columns = spec.columnsAt(version);
    std::map<QString, QVariant> row;
    for (const int i : spec.nameOrderAt(version))
        if (i < values.size())
            row.emplace_hint(row.end(), columns[i].name, normalize(columns[i].type, values[i]));
    return QVariantMap(std::move(row));
}

QJsonObject RowCodec::toJson(const Columns& columns, const QVariantMap& row)
{
    QJsonObject o;
    for (const TableSpec::Column& c : columns)
        o.insert(c.name, jsonValue(c.type, row.value(c.name)));
    return o;
}

void RowCodec::appendJson(QByteArray& out, const TableSpec& spec, int version, const QVariantMap& row,
                          const QStringList* names)
{
    const Columns& columns = spec.columnsAt(version);
    // An object's keys in order, as QJsonObject keeps them: every column, or the few named.
    QVarLengthArray<const TableSpec::Column*, 48> sorted;
    if (names) {
        for (const QString& name : *names)
            for (const TableSpec::Column& c : columns)
                if (c.name == name) {
                    sorted.append(&c);
                    break;
                }
        std::sort(sorted.begin(), sorted.end(),
                  [](const TableSpec::Column* a, const TableSpec::Column* b) { return a->name < b->name; });
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end()); // a name given twice
    } else {
        for (const int i : spec.nameOrderAt(version))
            sorted.append(&columns[i]);
    }
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
