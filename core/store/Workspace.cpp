#include "Workspace.h"

#include "WriteTransaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QStandardPaths>

namespace tp::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Workspace", text);
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("tp-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.sqlite");
}

QString Workspace::resolvePath(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString env = QProcessEnvironment::systemEnvironment().value(QStringLiteral("TENDERPANEL_WORKSPACE"));
    if (!env.isEmpty())
        return env;
    return defaultPath();
}

Workspace::Workspace(QString connectionName, QString path, SqlDialect dialect, bool readOnly)
    : m_connection(std::move(connectionName)), m_path(std::move(path)), m_dialect(dialect), m_readOnly(readOnly)
{}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            // With the guard held, SQLite's own checkpoint on close cannot take the exclusive lock it
            // needs; copy the committed pages into the database file here (best effort: a program
            // still reading an older state keeps the rest in the -wal file, where nothing is lost).
            if (m_lockGuard.isHeld())
                QSqlQuery(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
    // Only now that SQLite has closed its descriptors (see the comment of the class).
    m_lockGuard.release();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Problem Workspace::storageProblem(const QSqlError& error) const
{
    return {m_path, m_dialect.describe(error)};
}

StoreResult<std::shared_ptr<Workspace>> Workspace::open(const QString& path, const Options& options)
{
    using Result = StoreResult<std::shared_ptr<Workspace>>;
    const SqlDialect dialect(SqlDialect::Kind::Sqlite);
    const QFileInfo info(path);
    if (path.isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("--workspace"), tr("no workspace file given")});
    if (info.exists() && !info.isFile())
        return Result::fail(Failure::Storage, {path, tr("is not a file")});
    if (!info.exists()) {
        if (options.readOnly)
            return Result::fail(Failure::NotFound, {path, tr("no workspace at this path")});
        if (!QDir().mkpath(info.absolutePath()))
            return Result::fail(Failure::Storage, {path, tr("the folder cannot be created")});
    }

    std::shared_ptr<Workspace> ws(new Workspace(newConnectionName(), path, dialect, options.readOnly));
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), ws->m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(dialect.connectOptions(options.readOnly));
    if (!db.open())
        return Result::fail(Failure::Storage, ws->storageProblem(db.lastError()));

    // Qt opens any file; the first query tells whether it is a database at all.
    {
        QSqlQuery probe(db);
        if (!probe.exec(dialect.probe()))
            return Result::fail(Failure::Storage, ws->storageProblem(probe.lastError()));
    }

    const QStringList tables = db.tables();
    int version = 0;
    if (tables.contains(QStringLiteral("schema_meta"))) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT value FROM schema_meta WHERE name = 'version'")))
            return Result::fail(Failure::Storage, ws->storageProblem(q.lastError()));
        bool ok = false;
        if (q.next())
            version = q.value(0).toString().toInt(&ok);
        if (!ok || version < 1)
            return Result::fail(Failure::Storage, {path, tr("the workspace has no valid schema version")});
    } else if (!tables.isEmpty()) {
        return Result::fail(Failure::Storage,
                            {path, tr("the database is not a TenderPanel workspace (it holds other tables)")});
    }
    if (version > SchemaMigrations::kCurrentVersion) {
        return Result::fail(Failure::Storage,
                            {path, tr("the workspace was written by a newer TenderPanel (schema version %1; this "
                                      "program reads up to version %2); it was left unchanged")
                                       .arg(version)
                                       .arg(SchemaMigrations::kCurrentVersion)});
    }

    for (const QString& statement : dialect.sessionSettings()) {
        if (options.readOnly && statement.contains(QLatin1String("journal_mode")))
            continue;
        QSqlQuery q(db);
        if (!q.exec(statement))
            return Result::fail(Failure::Storage, ws->storageProblem(q.lastError()));
    }

    if (!options.readOnly && dialect.kind() == SqlDialect::Kind::Sqlite) {
        if (auto problem = ws->guardLocks())
            return Result::fail(Failure::Storage, *problem);
    }

    ws->m_version = version;
    const int target = qBound(1, options.targetVersion, SchemaMigrations::kCurrentVersion);
    if (version < target) {
        if (options.readOnly)
            return Result::fail(Failure::Refused,
                                {path, tr("the workspace needs an upgrade from schema version %1 but was opened "
                                          "read-only")
                                           .arg(version)});
        if (auto problem = ws->migrate(version, options))
            return Result::fail(Failure::Storage, *problem);
    }
    return Result::success(ws);
}

std::optional<Problem> Workspace::guardLocks()
{
    QSqlDatabase db = database();
    QString journalMode;
    {
        // A read opens the write-ahead log and its -shm file, on which the guard locks a byte.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")))
            return storageProblem(q.lastError());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
            return storageProblem(q.lastError());
        journalMode = q.value(0).toString();
    }
    // Without WAL (SQLite could not switch) these bytes mean something else: every commit needs the
    // exclusive lock, which a read lock on the SHARED range would refuse to this very connection.
    if (journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    if (auto problem = m_lockGuard.acquire(m_path))
        return Problem{problem->where, tr("the workspace cannot be locked against other programs (%1); it was not "
                                          "opened")
                                           .arg(problem->why)};
    return std::nullopt;
}

std::optional<Problem> Workspace::migrate(int from, const Options& options)
{
    QSqlDatabase db = database();
    WriteTransaction tx(*this);
    if (auto problem = tx.begin())
        return problem;
    // Another program may have upgraded the file between our check and the lock.
    if (from > 0) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT value FROM schema_meta WHERE name = 'version'")) && q.next() &&
            q.value(0).toString().toInt() != from)
            return Problem{m_path, tr("the workspace was changed by another program while opening; open it again")};
    }
    if (from == 0 && !tx.execDdl(SchemaMigrations::metaTableDdl()))
        return tx.problem();
    int reached = from;
    for (const SchemaMigrations::Step& step : SchemaMigrations::steps()) {
        if (step.version <= from || step.version > options.targetVersion)
            continue;
        for (const QString& statement : step.ddl)
            if (!tx.execDdl(statement))
                return tx.problem();
        m_version = step.version; // rows of this step are written with its columns
        if (step.data) {
            if (auto problem = step.data(tx))
                return problem;
        }
        reached = step.version;
    }
    {
        QSqlQuery q(db);
        q.prepare(from == 0 ? QStringLiteral("INSERT INTO schema_meta (name, value) VALUES ('version', ?)")
                            : QStringLiteral("UPDATE schema_meta SET value = ? WHERE name = 'version'"));
        q.addBindValue(QString::number(reached));
        if (!q.exec())
            return storageProblem(q.lastError());
    }
    QJsonObject details{{QStringLiteral("from"), from}, {QStringLiteral("to"), reached}};
    if (auto problem = tx.commit(QStringLiteral("schema_migrated"), options.actor, std::nullopt, details)) {
        m_version = from;
        return problem;
    }
    m_version = reached;
    return std::nullopt;
}

StoreResult<QString> Workspace::integrityCheck() const
{
    const QString statement = m_dialect.integrityCheck();
    if (statement.isEmpty())
        return StoreResult<QString>::success(QStringLiteral("ok"));
    QSqlQuery q(database());
    if (!q.exec(statement))
        return StoreResult<QString>::fail(Failure::Storage, storageProblem(q.lastError()));
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return StoreResult<QString>::success(lines.join(QLatin1String("; ")));
}

} // namespace tp::store
