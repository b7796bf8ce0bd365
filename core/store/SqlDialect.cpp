#include "SqlDialect.h"

#include <QCoreApplication>

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
    return s;
}

QString SqlDialect::connectOptions(bool readOnly) const
{
    if (m_kind == Kind::Postgres)
        return QStringLiteral("connect_timeout=10");
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return options;
}

QStringList SqlDialect::sessionSettings() const
{
    if (m_kind == Kind::Postgres)
        return {QStringLiteral("SET synchronous_commit = on")};
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
            QStringLiteral("PRAGMA secure_delete = ON"), QStringLiteral("PRAGMA journal_mode = WAL")};
}

QString SqlDialect::probe() const
{
    if (m_kind == Kind::Postgres)
        return QStringLiteral("SELECT COUNT(*) FROM information_schema.tables");
    return QStringLiteral("SELECT COUNT(*) FROM sqlite_master");
}

QStringList SqlDialect::beginWrite() const
{
    if (m_kind == Kind::Postgres)
        return {QStringLiteral("BEGIN"), QStringLiteral("LOCK TABLE audit_events IN EXCLUSIVE MODE")};
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

QString SqlDialect::truncateLog() const
{
    return m_kind == Kind::Postgres ? QString() : QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
}

QString SqlDialect::integrityCheck() const
{
    return m_kind == Kind::Postgres ? QString() : QStringLiteral("PRAGMA integrity_check");
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
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return QCoreApplication::translate("Workspace", "the database reported: %1").arg(text);
}

} // namespace tp::store
