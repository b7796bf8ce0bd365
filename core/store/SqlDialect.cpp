#include "SqlDialect.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tp::store {

SqlDialect SqlDialect::forDriver(const QString& driverName)
{
    return SqlDialect(driverName == QLatin1String("QPSQL") ? Kind::Postgres : Kind::Sqlite);
}

QString SqlDialect::driverName() const
{
    return m_kind == Kind::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::ddl(const QString& statement) const
{
    QString s = statement;
    s.replace(QLatin1String("{INT}"), m_kind == Kind::Postgres ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    s.replace(QLatin1String("{STRICT_WITHOUT_ROWID}"),
              m_kind == Kind::Postgres ? QLatin1String("") : QLatin1String(" WITHOUT ROWID, STRICT"));
    s.replace(QLatin1String("{STRICT}"), m_kind == Kind::Postgres ? QLatin1String("") : QLatin1String(" STRICT"));
    if (m_kind == Kind::Postgres) {
        static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
        s.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
    }
    return s;
}

QString SqlDialect::connectOptions(bool readOnly) const
{
    if (m_kind == Kind::Postgres)
        return QStringLiteral("connect_timeout=10;application_name=tenderpanel");
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return options;
}

QStringList SqlDialect::sessionSettings() const
{
    if (m_kind == Kind::Postgres)
        // A writer waits for the one before it at most 15 s, then is told the workspace is busy.
        return {QStringLiteral("SET synchronous_commit = on"), QStringLiteral("SET lock_timeout = '15s'"),
                QStringLiteral("SET client_min_messages = warning")};
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
            QStringLiteral("PRAGMA secure_delete = ON"), QStringLiteral("PRAGMA journal_mode = WAL")};
}

QString SqlDialect::probe() const
{
    if (m_kind == Kind::Postgres)
        return QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = "
                              "c.relnamespace WHERE n.nspname = current_schema()");
    return QStringLiteral("SELECT COUNT(*) FROM sqlite_master");
}

QStringList SqlDialect::beginWrite() const
{
    if (m_kind == Kind::Postgres)
        return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(5495601604437291008)")};
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

QString SqlDialect::beginSnapshot() const
{
    return m_kind == Kind::Postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                    : QStringLiteral("BEGIN");
}

QString SqlDialect::notifyChange() const
{
    return m_kind == Kind::Postgres ? QStringLiteral("SELECT pg_notify('") + changeChannel() + QStringLiteral("', ?)")
                                    : QString();
}

QString SqlDialect::changeChannel()
{
    return QStringLiteral("tenderpanel_changes");
}

QString SqlDialect::truncateLog() const
{
    // PostgreSQL keeps deleted rows in the table's file until a vacuum; a full one writes the
    // ballot box to a new file, with no earlier state of it.
    return m_kind == Kind::Postgres ? QStringLiteral("VACUUM FULL ballots")
                                    : QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
}

QString SqlDialect::integrityCheck() const
{
    return m_kind == Kind::Postgres ? QString() : QStringLiteral("PRAGMA integrity_check");
}

bool SqlDialect::isRetryable(const QSqlError& error) const
{
    return m_kind == Kind::Postgres &&
           (error.nativeErrorCode() == QLatin1String("40001") || error.nativeErrorCode() == QLatin1String("40P01"));
}

bool SqlDialect::isConnectionLost(const QSqlError& error) const
{
    if (m_kind != Kind::Postgres || !error.isValid())
        return false;
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02") ||
        code == QLatin1String("57P03"))
        return true;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString text = error.databaseText();
    return code.isEmpty() && (text.contains(QLatin1String("server closed the connection")) ||
                              text.contains(QLatin1String("no connection to the server")) ||
                              text.contains(QLatin1String("connection to server")) ||
                              text.contains(QLatin1String("terminating connection")) ||
                              text.contains(QLatin1String("could not receive data")) ||
                              text.contains(QLatin1String("could not send data")));
}

bool SqlDialect::needsPassword(const QSqlError& error) const
{
    const QString text = error.databaseText();
    return m_kind == Kind::Postgres &&
           (error.nativeErrorCode() == QLatin1String("28P01") || text.contains(QLatin1String("no password supplied")) ||
            text.contains(QLatin1String("password authentication failed")));
}

bool SqlDialect::isLoginRefused(const QSqlError& error) const
{
    if (m_kind != Kind::Postgres)
        return false;
    // Connection failures carry no SQLSTATE in the driver's error; libpq's message says what happened.
    const QString text = error.databaseText();
    return needsPassword(error) || error.nativeErrorCode() == QLatin1String("28000") ||
           (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("does not exist")));
}

bool SqlDialect::isBusy(const QSqlError& error) const
{
    if (m_kind == Kind::Postgres)
        return error.nativeErrorCode() == QLatin1String("55P03");
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6;
}

QString SqlDialect::describe(const QSqlError& error) const
{
    if (m_kind == Kind::Sqlite) {
        switch (error.nativeErrorCode().toInt() & 0xff) {
        case 5:
        case 6:
            return QCoreApplication::translate("Workspace",
                                               "the workspace is in use by another program (close it and try again)");
        case 8:
            return QCoreApplication::translate("Workspace", "the workspace file is read-only");
        case 10:
            return QCoreApplication::translate("Workspace", "the disk could not be read or written (%1)")
                .arg(error.databaseText());
        case 11:
            return QCoreApplication::translate("Workspace", "the workspace file is damaged (restore it from a backup)");
        case 13:
            return QCoreApplication::translate("Workspace", "the disk is full");
        case 14:
            return QCoreApplication::translate("Workspace", "the workspace file cannot be opened");
        case 26:
            return QCoreApplication::translate("Workspace", "the file is not a TenderPanel workspace (not a database)");
        default:
            break;
        }
    }
    QString text = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    if (m_kind == Kind::Postgres) {
        // libpq writes its reasons over several lines ("...: Connection refused\n\tIs the server
        // running..."); a message is one line.
        text = text.simplified();
        const QString code = error.nativeErrorCode();
        if (needsPassword(error))
            return QCoreApplication::translate("Workspace", "the server refused the user name or password (%1)")
                .arg(text);
        if (code == QLatin1String("57P01") || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
            return QCoreApplication::translate("Workspace",
                                               "the server is shutting down or restarting; nothing of the action "
                                               "in progress was saved (try again once it is back)");
        if (isConnectionLost(error))
            return QCoreApplication::translate("Workspace",
                                               "the server cannot be reached; nothing of the action in progress was "
                                               "saved (try again once it is back): %1")
                .arg(text);
        if (code == QLatin1String("55P03"))
            return QCoreApplication::translate("Workspace",
                                               "the workspace is busy with another program's change (try again)");
        if (code == QLatin1String("3D000"))
            return QCoreApplication::translate("Workspace", "the database does not exist on the server (%1)").arg(text);
        if (code == QLatin1String("42501"))
            return QCoreApplication::translate("Workspace",
                                               "the server does not allow this user to change the workspace (%1)")
                .arg(text);
        if (code == QLatin1String("25006"))
            return QCoreApplication::translate("Workspace", "the server allows only reading (%1)").arg(text);
        if (code == QLatin1String("53100"))
            return QCoreApplication::translate("Workspace", "the server's disk is full");
    }
    return QCoreApplication::translate("Workspace", "the database reported: %1").arg(text);
}

} // namespace tp::store
