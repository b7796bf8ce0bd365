#pragma once

#include "StoreResult.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp::store {

class Workspace;

// The schema of a workspace file compared with the one this program creates. The reference for a
// schema version is built by running the migrations up to that version on a new temporary
// workspace (once per process), so every migration, present or future, is part of it.
//
// Compared: every object in sqlite_master (type, name, table and its normalised SQL; a table's
// columns one by one; the indexes SQLite makes for a key follow from their table and are skipped), the stored settings
// that matter (the journal mode recorded in the file header, user_version, application_id, encoding, auto_vacuum) and
// the rows of schema_meta. Per-connection settings (foreign_keys, synchronous) are not stored in the file and not
// compared.
class SchemaCheck
{
public:
    struct Column
    {
        QString name;
        QString definition; // "TEXT NOT NULL", "INTEGER PRIMARY KEY", ...
    };
    struct Object
    {
        QString type; // table, index, view, trigger
        QString name;
        QString table;         // the table an index or trigger belongs to
        QString sql;           // normalised
        QList<Column> columns; // tables only
    };
    struct Snapshot
    {
        QMap<QString, Object> objects;   // "type name" (lower case) -> object
        QMap<QString, QString> settings; // setting -> value
        QMap<QString, QString> meta;     // schema_meta: name -> value
        // Read from a PostgreSQL server: tables, columns, indexes, triggers and rules by name only
        // (the server writes definitions in its own words), without the file settings.
        bool namesOnly = false;
    };
    struct Difference
    {
        enum class Kind
        {
            Extra,         // an object the program does not create
            Missing,       // an object the program creates, not there
            Changed,       // an object defined otherwise
            ExtraColumn,   // a table column the program does not define
            MissingColumn, // a table column the program defines, not there
            ChangedColumn, // a table column defined otherwise
            Setting,       // a stored setting with another value
            MetaRow,       // a schema_meta row added, missing or with another value
        };
        Kind kind = Kind::Extra;
        QString type;     // object type
        QString name;     // object name, or the setting or schema_meta row
        QString table;    // the table of an index, trigger or column
        QString column;   // the column, for the column kinds
        QString expected; // what the program creates (column definition, setting, row value)
        QString found;    // what the file holds
        int since = 0;    // Extra, ExtraColumn: the later schema version that has it, 0 when none

        // A trigger, or a PostgreSQL rule: something that can change what is stored without the program.
        bool isForeignTrigger() const
        {
            return kind == Kind::Extra && (type == QLatin1String("trigger") || type == QLatin1String("rule"));
        }
    };

    // Reads the schema of an open SQLite connection to the workspace file at `path`.
    static StoreResult<Snapshot> read(const QSqlDatabase& database, const QString& path);
    // Reads the schema of an open workspace, file or server.
    static StoreResult<Snapshot> read(const Workspace& workspace);
    // The schema the migrations create up to `version`: for the current version the one the build
    // recorded (the resource :/schema/reference.json of tp_schema_reference, made by running
    // buildReference() at build time), when the program links it; otherwise built (once per process).
    static StoreResult<Snapshot> reference(int version);
    // Runs the migrations up to `version` on a new temporary workspace and reads its schema.
    static StoreResult<Snapshot> buildReference(int version);
    // A snapshot as text, and back (nullopt: not such a text).
    static QByteArray toJson(const Snapshot& snapshot, int version);
    static std::optional<Snapshot> fromJson(const QByteArray& json, int version);
    // What differs between `found` and the reference of `version` (Extra and ExtraColumn name the
    // later version that has them, when there is one).
    static StoreResult<QList<Difference>> compare(const Snapshot& found, int version);
    // The open workspace against the reference of the schema version it says it has.
    static StoreResult<QList<Difference>> check(const Workspace& workspace);

    // One difference in words, naming the object ("trigger "t" on table scores is not part of ...").
    static QString describe(const Difference& difference);
    // One difference against the version a workspace says it has ("already has column X of version 3").
    static QString describeAgainstClaim(const Difference& difference);
    // SQL as compared: whitespace collapsed and case folded outside quotes.
    static QString normalised(const QString& sql);
};

} // namespace tp::store
