#include "SchemaCheck.h"

#include "SchemaMigrations.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRecursiveMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <functional>

namespace tp::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SchemaCheck", text);
}

const QString kJournalMode = QStringLiteral("journal_mode");

QString keyOf(const QString& type, const QString& name)
{
    return type.toLower() + QLatin1Char(' ') + name.toLower();
}

// The journal mode recorded in the file header (bytes 18 and 19: 2 for WAL, 1 for a rollback
// journal). A connection opened with immutable=1 reports "delete" whatever the file says, so the
// header is read directly.
QString headerJournalMode(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray header = file.read(100);
    if (header.size() < 20)
        return QStringLiteral("none");
    return header.at(18) == 2 && header.at(19) == 2 ? QStringLiteral("wal") : QStringLiteral("rollback");
}

QString typeName(const QString& type)
{
    if (type == QLatin1String("table"))
        return QCoreApplication::translate("SchemaCheck", "table");
    if (type == QLatin1String("index"))
        return QCoreApplication::translate("SchemaCheck", "index");
    if (type == QLatin1String("view"))
        return QCoreApplication::translate("SchemaCheck", "view");
    if (type == QLatin1String("trigger"))
        return QCoreApplication::translate("SchemaCheck", "trigger");
    if (type == QLatin1String("rule"))
        return QCoreApplication::translate("SchemaCheck", "rule");
    return type;
}

QString objectText(const SchemaCheck::Difference& d)
{
    if (d.table.isEmpty() || d.type == QLatin1String("table") || d.type == QLatin1String("view") ||
        d.table.compare(d.name, Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("SchemaCheck", "%1 \"%2\"").arg(typeName(d.type), d.name);
    return QCoreApplication::translate("SchemaCheck", "%1 \"%2\" on table %3").arg(typeName(d.type), d.name, d.table);
}

QString settingName(const QString& setting)
{
    if (setting == kJournalMode)
        return QCoreApplication::translate("SchemaCheck", "the journal mode");
    return QCoreApplication::translate("SchemaCheck", "the setting %1").arg(setting);
}

StoreResult<QString> pragmaValue(const QSqlDatabase& db, const QString& path, const QString& name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name))
        return StoreResult<QString>::fail(Failure::Storage, {path, q.lastError().text()});
    return StoreResult<QString>::success(q.next() ? q.value(0).toString() : QString());
}

} // namespace

QString SchemaCheck::normalised(const QString& sql)
{
    const auto punctuation = [](QChar c) { return c == u'(' || c == u')' || c == u','; };
    QString out;
    QChar quote;
    bool space = false;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            out.append(c);
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty() && !punctuation(out.back()) && !punctuation(c))
            out.append(u' ');
        space = false;
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            quote = c == u'[' ? QChar(u']') : c;
            out.append(c);
            continue;
        }
        out.append(c.toLower());
    }
    return out;
}

StoreResult<SchemaCheck::Snapshot> SchemaCheck::read(const Workspace& workspace)
{
    using Result = StoreResult<Snapshot>;
    if (workspace.dialect().kind() == SqlDialect::Kind::Sqlite)
        return read(workspace.database(), workspace.path());
    const QSqlDatabase database = workspace.database();
    Snapshot snapshot;
    snapshot.namesOnly = true;
    const auto select = [&](const QString& sql, const std::function<void(const QSqlQuery&)>& each) {
        QSqlQuery q(database);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return std::optional<Problem>(workspace.storageProblem(q.lastError()));
        while (q.next())
            each(q);
        return std::optional<Problem>();
    };
    // Tables and views of the workspace's schema, their columns, the indexes that no constraint made,
    // and the triggers and rules (a PostgreSQL rule rewrites a statement as a trigger would).
    const QString schema = QStringLiteral(" n.nspname = current_schema()");
    auto problem = select(
        QStringLiteral("SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'view' ELSE 'table' END, c.relname "
                       "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND") +
            schema,
        [&](const QSqlQuery& q) {
            Object o;
            o.type = q.value(0).toString();
            o.name = q.value(1).toString();
            o.table = o.name;
            snapshot.objects.insert(keyOf(o.type, o.name), o);
        });
    if (!problem)
        problem = select(QStringLiteral("SELECT c.relname, a.attname FROM pg_catalog.pg_attribute a "
                                        "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
                                        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                        "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND") +
                             schema + QStringLiteral(" ORDER BY c.relname, a.attnum"),
                         [&](const QSqlQuery& q) {
                             const auto it =
                                 snapshot.objects.find(keyOf(QStringLiteral("table"), q.value(0).toString()));
                             if (it != snapshot.objects.end())
                                 it->columns.append({q.value(1).toString(), QString()});
                         });
    if (!problem)
        problem =
            select(QStringLiteral("SELECT i.relname, t.relname FROM pg_catalog.pg_index x "
                                  "JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid "
                                  "JOIN pg_catalog.pg_class t ON t.oid = x.indrelid "
                                  "JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace "
                                  "WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k "
                                  "WHERE k.conindid = x.indexrelid) AND") +
                       schema,
                   [&](const QSqlQuery& q) {
                       snapshot.objects.insert(
                           keyOf(QStringLiteral("index"), q.value(0).toString()),
                           {QStringLiteral("index"), q.value(0).toString(), q.value(1).toString(), QString(), {}});
                   });
    if (!problem)
        problem =
            select(QStringLiteral("SELECT g.tgname, c.relname FROM pg_catalog.pg_trigger g "
                                  "JOIN pg_catalog.pg_class c ON c.oid = g.tgrelid "
                                  "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                  "WHERE NOT g.tgisinternal AND") +
                       schema,
                   [&](const QSqlQuery& q) {
                       snapshot.objects.insert(
                           keyOf(QStringLiteral("trigger"), q.value(0).toString()),
                           {QStringLiteral("trigger"), q.value(0).toString(), q.value(1).toString(), QString(), {}});
                   });
    if (!problem)
        problem = select(QStringLiteral("SELECT rulename, tablename FROM pg_catalog.pg_rules "
                                        "WHERE schemaname = current_schema()"),
                         [&](const QSqlQuery& q) {
                             snapshot.objects.insert(
                                 keyOf(QStringLiteral("rule"), q.value(0).toString()),
                                 {QStringLiteral("rule"), q.value(0).toString(), q.value(1).toString(), QString(), {}});
                         });
    if (!problem && snapshot.objects.contains(keyOf(QStringLiteral("table"), QStringLiteral("schema_meta"))))
        problem = select(QStringLiteral("SELECT name, value FROM schema_meta"), [&](const QSqlQuery& q) {
            snapshot.meta.insert(q.value(0).toString(), q.value(1).toString());
        });
    if (problem)
        return Result::fail(Failure::Storage, *problem);
    return Result::success(snapshot);
}

StoreResult<SchemaCheck::Snapshot> SchemaCheck::read(const QSqlDatabase& database, const QString& path)
{
    using Result = StoreResult<Snapshot>;
    Snapshot snapshot;
    {
        QSqlQuery q(database);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master")))
            return Result::fail(Failure::Storage, {path, q.lastError().text()});
        while (q.next()) {
            // The indexes SQLite makes for a PRIMARY KEY or UNIQUE constraint follow from the table's
            // definition, which is compared itself.
            if (q.value(1).toString().startsWith(QLatin1String("sqlite_autoindex_")))
                continue;
            Object o;
            o.type = q.value(0).toString();
            o.name = q.value(1).toString();
            o.table = q.value(2).toString();
            o.sql = normalised(q.value(3).toString());
            snapshot.objects.insert(keyOf(o.type, o.name), o);
        }
    }
    for (Object& o : snapshot.objects) {
        if (o.type != QLatin1String("table"))
            continue;
        QSqlQuery q(database);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?)"));
        q.addBindValue(o.name);
        if (!q.exec())
            return Result::fail(Failure::Storage, {path, q.lastError().text()});
        while (q.next()) {
            QString definition = q.value(1).toString().toUpper();
            if (q.value(2).toInt() != 0)
                definition += QStringLiteral(" NOT NULL");
            if (!q.value(3).isNull())
                definition += QStringLiteral(" DEFAULT ") + q.value(3).toString();
            if (q.value(4).toInt() > 0)
                definition += QStringLiteral(" PRIMARY KEY");
            if (q.value(5).toInt() > 1)
                definition += QStringLiteral(" GENERATED");
            o.columns.append({q.value(0).toString(), definition.trimmed()});
        }
    }
    for (const QString& name : {QStringLiteral("user_version"), QStringLiteral("application_id"),
                                QStringLiteral("encoding"), QStringLiteral("auto_vacuum")}) {
        const auto value = pragmaValue(database, path, name);
        if (!value.ok())
            return Result::from(value);
        snapshot.settings.insert(name, *value.value);
    }
    snapshot.settings.insert(kJournalMode, headerJournalMode(path));
    if (snapshot.objects.contains(keyOf(QStringLiteral("table"), QStringLiteral("schema_meta")))) {
        QSqlQuery q(database);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT name, value FROM schema_meta")))
            return Result::fail(Failure::Storage, {path, q.lastError().text()});
        while (q.next())
            snapshot.meta.insert(q.value(0).toString(), q.value(1).toString());
    }
    return Result::success(snapshot);
}

StoreResult<SchemaCheck::Snapshot> SchemaCheck::reference(int version)
{
    using Result = StoreResult<Snapshot>;
    static QRecursiveMutex mutex;
    static QHash<int, Snapshot> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.constEnd())
        return Result::success(*it);
    if (version < 1 || version > SchemaMigrations::kCurrentVersion)
        return Result::success(Snapshot());
    if (version == SchemaMigrations::kCurrentVersion) {
        QFile recorded(QStringLiteral(":/schema/reference.json"));
        if (recorded.open(QIODevice::ReadOnly)) {
            if (auto snapshot = fromJson(recorded.readAll(), version)) {
                cache.insert(version, *snapshot);
                return Result::success(*snapshot);
            }
        }
    }
    const auto built = buildReference(version);
    if (built.ok())
        cache.insert(version, *built.value);
    return built;
}

StoreResult<SchemaCheck::Snapshot> SchemaCheck::buildReference(int version)
{
    using Result = StoreResult<Snapshot>;
    QTemporaryDir dir;
    if (!dir.isValid())
        return Result::fail(Failure::Storage,
                            {dir.path(), tr("a temporary folder for the reference schema cannot be created")});
    const QString path = dir.filePath(QStringLiteral("reference.sqlite"));
    Snapshot snapshot;
    {
        Workspace::Options options;
        options.create = true;
        options.targetVersion = version;
        auto opened = Workspace::open(path, options);
        if (!opened.ok())
            return Result::from(opened);
        const auto read = SchemaCheck::read((*opened.value)->database(), path);
        if (!read.ok())
            return read;
        snapshot = *read.value;
    }
    // Read once the connection is closed, when everything is in the file itself.
    snapshot.settings.insert(kJournalMode, headerJournalMode(path));
    return Result::success(snapshot);
}

QByteArray SchemaCheck::toJson(const Snapshot& snapshot, int version)
{
    QJsonArray objects;
    for (auto it = snapshot.objects.cbegin(); it != snapshot.objects.cend(); ++it) {
        const Object& o = it.value();
        QJsonArray columns;
        for (const Column& c : o.columns)
            columns.append(QJsonArray{c.name, c.definition});
        objects.append(QJsonObject{{QStringLiteral("key"), it.key()},
                                   {QStringLiteral("type"), o.type},
                                   {QStringLiteral("name"), o.name},
                                   {QStringLiteral("table"), o.table},
                                   {QStringLiteral("sql"), o.sql},
                                   {QStringLiteral("columns"), columns}});
    }
    auto map = [](const QMap<QString, QString>& values) {
        QJsonObject object;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    const QJsonObject root{{QStringLiteral("version"), version},
                           {QStringLiteral("objects"), objects},
                           {QStringLiteral("settings"), map(snapshot.settings)},
                           {QStringLiteral("meta"), map(snapshot.meta)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<SchemaCheck::Snapshot> SchemaCheck::fromJson(const QByteArray& json, int version)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QStringLiteral("version")).toInt() != version || !root.value(QStringLiteral("objects")).isArray())
        return std::nullopt;
    Snapshot snapshot;
    for (const QJsonValue& value : root.value(QStringLiteral("objects")).toArray()) {
        const QJsonObject o = value.toObject();
        Object object{o.value(QStringLiteral("type")).toString(),
                      o.value(QStringLiteral("name")).toString(),
                      o.value(QStringLiteral("table")).toString(),
                      o.value(QStringLiteral("sql")).toString(),
                      {}};
        for (const QJsonValue& c : o.value(QStringLiteral("columns")).toArray())
            object.columns.append({c.toArray().at(0).toString(), c.toArray().at(1).toString()});
        snapshot.objects.insert(o.value(QStringLiteral("key")).toString(), object);
    }
    const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it)
        snapshot.settings.insert(it.key(), it.value().toString());
    const QJsonObject meta = root.value(QStringLiteral("meta")).toObject();
    for (auto it = meta.constBegin(); it != meta.constEnd(); ++it)
        snapshot.meta.insert(it.key(), it.value().toString());
    return snapshot;
}

StoreResult<QList<SchemaCheck::Difference>> SchemaCheck::compare(const Snapshot& found, int version)
{
    using Result = StoreResult<QList<Difference>>;
    const auto reference = SchemaCheck::reference(version);
    if (!reference.ok())
        return Result::from(reference);
    Snapshot expected = *reference.value;
    if (found.namesOnly) {
        // Only what a server snapshot holds is compared.
        expected.settings.clear();
        for (Object& o : expected.objects) {
            o.sql.clear();
            for (Column& c : o.columns)
                c.definition.clear();
        }
    }
    QList<Difference> list;
    using Kind = Difference::Kind;

    // The later version that has an object (or a table's column), for Extra and ExtraColumn.
    auto laterVersion = [version](const QString& key, const QString& column) -> StoreResult<int> {
        for (int v = version + 1; v <= SchemaMigrations::kCurrentVersion; ++v) {
            const auto later = SchemaCheck::reference(v);
            if (!later.ok())
                return StoreResult<int>::from(later);
            const auto it = later.value->objects.constFind(key);
            if (it == later.value->objects.constEnd())
                continue;
            if (column.isEmpty())
                return StoreResult<int>::success(v);
            for (const Column& c : it->columns)
                if (c.name.compare(column, Qt::CaseInsensitive) == 0)
                    return StoreResult<int>::success(v);
        }
        return StoreResult<int>::success(0);
    };

    for (auto it = expected.objects.cbegin(); it != expected.objects.cend(); ++it) {
        const Object& want = it.value();
        const auto have = found.objects.constFind(it.key());
        if (have == found.objects.constEnd()) {
            list.append({Kind::Missing, want.type, want.name, want.table, {}, {}, {}, 0});
            continue;
        }
        const qsizetype before = list.size();
        if (want.type == QLatin1String("table")) {
            for (const Column& c : want.columns) {
                const auto match = std::find_if(have->columns.cbegin(), have->columns.cend(), [&](const Column& h) {
                    return h.name.compare(c.name, Qt::CaseInsensitive) == 0;
                });
                if (match == have->columns.cend())
                    list.append({Kind::MissingColumn, want.type, want.name, want.name, c.name, c.definition, {}, 0});
                else if (match->definition != c.definition)
                    list.append({Kind::ChangedColumn, want.type, want.name, want.name, c.name, c.definition,
                                 match->definition, 0});
            }
            for (const Column& h : have->columns) {
                const bool known = std::any_of(want.columns.cbegin(), want.columns.cend(), [&](const Column& c) {
                    return c.name.compare(h.name, Qt::CaseInsensitive) == 0;
                });
                if (known)
                    continue;
                const auto since = laterVersion(it.key(), h.name);
                if (!since.ok())
                    return Result::from(since);
                list.append(
                    {Kind::ExtraColumn, want.type, want.name, want.name, h.name, {}, h.definition, *since.value});
            }
        }
        if (list.size() == before && (want.sql != have->sql || want.table.compare(have->table, Qt::CaseInsensitive)))
            list.append({Kind::Changed, want.type, want.name, have->table, {}, want.sql, have->sql, 0});
    }
    for (auto it = found.objects.cbegin(); it != found.objects.cend(); ++it) {
        if (expected.objects.contains(it.key()))
            continue;
        const auto since = laterVersion(it.key(), QString());
        if (!since.ok())
            return Result::from(since);
        list.append({Kind::Extra, it->type, it->name, it->table, {}, {}, it->sql, *since.value});
    }
    for (auto it = expected.settings.cbegin(); it != expected.settings.cend(); ++it) {
        const QString value = found.settings.value(it.key());
        if (value != it.value())
            list.append({Kind::Setting, {}, it.key(), {}, {}, it.value(), value, 0});
    }
    QStringList rows = expected.meta.keys() + found.meta.keys();
    rows.removeDuplicates();
    for (const QString& row : rows) {
        const bool want = expected.meta.contains(row);
        const bool have = found.meta.contains(row);
        if (want && have && expected.meta.value(row) == found.meta.value(row))
            continue;
        list.append({Kind::MetaRow,
                     {},
                     row,
                     QStringLiteral("schema_meta"),
                     {},
                     want ? expected.meta.value(row) : QString(),
                     have ? found.meta.value(row) : QString(),
                     0});
    }
    return Result::success(list);
}

StoreResult<QList<SchemaCheck::Difference>> SchemaCheck::check(const Workspace& workspace)
{
    using Result = StoreResult<QList<Difference>>;
    const auto snapshot = read(workspace);
    if (!snapshot.ok())
        return Result::from(snapshot);
    return compare(*snapshot.value, workspace.schemaVersion());
}

QString SchemaCheck::describe(const Difference& d)
{
    using Kind = Difference::Kind;
    switch (d.kind) {
    case Kind::Extra:
        return tr("%1 is not part of the TenderPanel schema").arg(objectText(d));
    case Kind::Missing:
        return tr("%1 is missing").arg(objectText(d));
    case Kind::Changed:
        return tr("%1 is not defined as TenderPanel defines it").arg(objectText(d));
    case Kind::ExtraColumn:
        return tr("table %1 has a column %2 that TenderPanel does not define").arg(d.table, d.column);
    case Kind::MissingColumn:
        return tr("table %1 lacks its column %2").arg(d.table, d.column);
    case Kind::ChangedColumn:
        return tr("table %1: column %2 is \"%3\" instead of \"%4\"").arg(d.table, d.column, d.found, d.expected);
    case Kind::Setting:
        return tr("%1 is \"%2\" instead of \"%3\"").arg(settingName(d.name), d.found, d.expected);
    case Kind::MetaRow:
        if (d.expected.isEmpty())
            return tr("schema_meta holds a row \"%1\" that TenderPanel does not write").arg(d.name);
        if (d.found.isEmpty())
            return tr("schema_meta lacks its row \"%1\"").arg(d.name);
        return tr("schema_meta row \"%1\" is \"%2\" instead of \"%3\"").arg(d.name, d.found, d.expected);
    }
    return QString();
}

QString SchemaCheck::describeAgainstClaim(const Difference& d)
{
    using Kind = Difference::Kind;
    if (d.kind == Kind::Extra && d.since > 0)
        return tr("already has %1 of version %2").arg(objectText(d)).arg(d.since);
    if (d.kind == Kind::ExtraColumn && d.since > 0)
        return tr("already has column %1 (table %2) of version %3").arg(d.column, d.table).arg(d.since);
    if (d.kind == Kind::Missing)
        return tr("has no %1").arg(objectText(d));
    if (d.kind == Kind::MissingColumn)
        return tr("has no column %1 in table %2").arg(d.column, d.table);
    return describe(d);
}

} // namespace tp::store
