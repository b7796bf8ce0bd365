#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>

namespace tp::store {

// Everything that differs between the SQLite and the PostgreSQL workspace, in one place. The
// schema and the queries use standard SQL; DDL is written with two placeholders:
//   {INT}     a 64-bit integer column: INTEGER in SQLite, BIGINT in PostgreSQL
//   {STRICT}  after a table's closing parenthesis: " STRICT" in SQLite (type-checked tables)
// and every TEXT column is compared byte by byte on both engines (COLLATE "C" in PostgreSQL, SQLite's
// default), so that ORDER BY gives one order whatever the server's locale.
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
    // PostgreSQL: a transaction-scoped advisory lock of the database, taken before any read, so every
    // statement of the transaction sees what the writer before it committed.
    QStringList beginWrite() const;
    // Starts a read-only transaction in which every statement sees the same state of the workspace,
    // whatever other programs commit meanwhile (ended by COMMIT or ROLLBACK).
    QString beginSnapshot() const;
    // A statement run inside a write transaction, just before COMMIT, that tells the other programs on
    // the workspace that it changed (one bound value: the audit sequence number), or an empty string
    // where the engine has no such channel. PostgreSQL delivers it at the commit, never on rollback.
    QString notifyChange() const;
    // The channel name of notifyChange(), for QSqlDriver::subscribeToNotification().
    static QString changeChannel();
    // After a change of the ballot box: leaves no earlier state of the box in the database's files.
    // SQLite: moves every committed change from the write-ahead log into the database file and empties
    // the log (secure_delete has zeroed the deleted rows). PostgreSQL: rewrites the ballot table.
    QString truncateLog() const;
    // The full integrity check, or an empty string where the engine has none.
    QString integrityCheck() const;
    // Why a statement failed, in the user's words.
    QString describe(const QSqlError& error) const;
    // True when the error means "another program holds the database".
    bool isBusy(const QSqlError& error) const;
    // True when the transaction failed only because of other transactions (a serialization failure or
    // a deadlock) and running it again from the start is safe.
    bool isRetryable(const QSqlError& error) const;
    // True when the connection to the server is gone (the server stopped, restarted or cannot be
    // reached); the workspace reconnects before its next statement.
    bool isConnectionLost(const QSqlError& error) const;
    // True when the server asks for a password that was not given, or refused the one given.
    bool needsPassword(const QSqlError& error) const;
    // True when the server refused the login itself: no such role (a dropped login, as where the server
    // trusts the network), or a password that is missing or wrong.
    bool isLoginRefused(const QSqlError& error) const;

private:
    Kind m_kind;
};

} // namespace tp::store
