#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>

namespace tp::store {

// Everything that differs between the SQLite and the PostgreSQL workspace, in one place. The
// schema and the queries use standard SQL; DDL is written with two placeholders:
//   {INT}     a 64-bit integer column: INTEGER in SQLite, BIGINT in PostgreSQL
//   {STRICT}  after a table's closing parenthesis: " STRICT" in SQLite (type-checked tables)
//   {STRICT_WITHOUT_ROWID}  the same, for a table stored by its primary key alone: no row id that
//             could follow the order of insertion (" WITHOUT ROWID, STRICT" in SQLite)
// Row ids are assigned by the program inside the write transaction, so no AUTOINCREMENT/IDENTITY.
class SqlDialect
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    explicit SqlDialect(Kind kind = Kind::Sqlite) : m_kind(kind) {}
    static SqlDialect forDriver(const QString& driverName);

    Kind kind() const { return m_kind; }
    QString driverName() const;

    QString ddl(const QString& statement) const;
    // Connection options for QSqlDatabase::setConnectOptions().
    QString connectOptions(bool readOnly) const;
    // Statements run right after opening: the durability settings.
    QStringList sessionSettings() const;
    // A statement that fails unless the connection really is a database of this kind.
    QString probe() const;
    // Starts a write transaction that serialises writers (so ids taken as MAX + 1 are unique).
    QStringList beginWrite() const;
    // Moves every committed change from the write-ahead log into the database file and empties the
    // log, or an empty string where the engine keeps no such file.
    QString truncateLog() const;
    // The full integrity check, or an empty string where the engine has none.
    QString integrityCheck() const;
    // Why a statement failed, in the user's words.
    QString describe(const QSqlError& error) const;
    // True when the error means "another program holds the database".
    bool isBusy(const QSqlError& error) const;

private:
    Kind m_kind;
};

} // namespace tp::store
