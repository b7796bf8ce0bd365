#include "Workspace.h"

#include "SchemaCheck.h"
#include "WorkspaceAddress.h"
#include "WriteTransaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>

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

// Whether the program can change a workspace file where it is. SQLite writes a WAL workspace
// through two files next to it (-wal and -shm), which it must be able to create unless they exist.
enum class Location
{
    Writable,
    ReadOnlyMedia,  // a read-only file system: a disc, a read-only mount
    ReadOnlyFile,   // the file itself cannot be written
    ReadOnlyFolder, // the file can be written, but the journal files cannot be created beside it
};

Location locationOf(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (QStorageInfo(folder).isReadOnly())
        return Location::ReadOnlyMedia;
    if (!info.isWritable())
        return Location::ReadOnlyFile;
    if (!QFileInfo(folder).isWritable()) {
        const QFileInfo wal(path + QStringLiteral("-wal"));
        const QFileInfo shm(path + QStringLiteral("-shm"));
        if (!(wal.isFile() && wal.isWritable() && shm.isFile() && shm.isWritable()))
            return Location::ReadOnlyFolder;
    }
    return Location::Writable;
}

QString readOnlyText(Location location, const QString& path)
{
    switch (location) {
    case Location::ReadOnlyMedia:
        return QCoreApplication::translate("Workspace",
                                           "the workspace is on read-only media: it can be read but not changed");
    case Location::ReadOnlyFile:
        return QCoreApplication::translate("Workspace",
                                           "the workspace file is read-only: it can be read but not changed");
    case Location::ReadOnlyFolder:
        return QCoreApplication::translate(
                   "Workspace",
                   "the folder %1 cannot be written, so the database cannot create its journal files (-wal, -shm) "
                   "there: the workspace can be read but not changed")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    case Location::Writable:
        break;
    }
    return QString();
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
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            // With the guard held, SQLite's own checkpoint on close cannot take the exclusive lock it
            // needs; copy the committed pages into the database file here and empty the log, so that the
            // file alone holds every commit (copied to a disc, it reads the same). Best effort: while a
            // program still reads an older state the rest stays in the -wal file, where nothing is lost.
            if (m_lockGuard.isHeld())
                QSqlQuery(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
    // Only now that SQLite has closed its descriptors (see the comment of the class).
    m_lockGuard.release();
}

QSqlDatabase Workspace::database() const
{
    // The driver also finds the server connection gone by itself when it reads the socket for
    // notifications (WorkspaceWatcher) and sees it closed: it then says it is not open, and a statement
    // would be refused without an error naming the cause.
    if (isConnectionLost())
        reconnect();
    return QSqlDatabase::database(m_connection, false);
}

bool Workspace::isConnectionLost() const
{
    return m_connectionLost || (isServer() && !QSqlDatabase::database(m_connection, false).isOpen());
}

void Workspace::reconnect() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // The channels the lost connection listened on (the window hears other programs' changes there):
    // closing forgets them, so the new connection listens on them again. A connection that could not
    // be opened again listens on none; the channels noted before it stay.
    if (const QStringList channels = db.driver()->subscribedToNotifications(); !channels.isEmpty())
        m_channels = channels;
    m_statements.clear();
    db.close();
    if (!db.open()) {
        // Still away: the next statement fails on the closed connection, and storageProblem() tells why.
        m_reconnectError = db.lastError();
        return;
    }
    m_connectionLost = false;
    m_reconnectError = QSqlError();
    ++m_reconnects;
    applySessionSettings();
    for (const QString& channel : std::as_const(m_channels))
        db.driver()->subscribeToNotification(channel);
    m_channels.clear();
}

std::optional<Problem> Workspace::applySessionSettings() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QStringList statements = m_dialect.sessionSettings();
    if (m_readOnly && m_dialect.kind() == SqlDialect::Kind::Postgres)
        statements.append(QStringLiteral("SET default_transaction_read_only = on"));
    for (const QString& statement : statements) {
        if (m_readOnly && statement.contains(QLatin1String("journal_mode")))
            continue;
        QSqlQuery q(db);
        if (!q.exec(statement))
            return storageProblem(q.lastError());
    }
    return std::nullopt;
}

Problem Workspace::storageProblem(const QSqlError& error) const
{
    // A statement on a connection that could not be opened again fails without an error of its own
    // (Qt only warns that the database is not open); the reason is the failed reconnection. Running
    // the transaction again at once would find the server still away.
    if (!error.isValid() && m_connectionLost && m_reconnectError.isValid())
        return {m_path, m_dialect.describe(m_reconnectError)};
    if (m_dialect.isConnectionLost(error)) {
        m_connectionLost = true;
        m_retryable = true;
    } else if (m_dialect.isRetryable(error)) {
        m_retryable = true;
    }
    return {m_path, m_dialect.describe(error)};
}

StoreResult<std::shared_ptr<Workspace>> Workspace::open(const QString& path, const Options& options)
{
    bool needsUpgrade = false;
    auto opened = openOnce(path, options, &needsUpgrade);
    if (opened.ok() || !needsUpgrade || !options.upgradeFirst)
        return opened;
    Options write = options;
    write.readOnly = false;
    write.upgradeFirst = false;
    write.create = false;
    write.readOnlyFallback = false;
    {
        const auto upgraded = openOnce(path, write, nullptr);
        if (!upgraded.ok())
            return upgraded;
    }
    Options read = options;
    read.upgradeFirst = false;
    return openOnce(path, read, nullptr);
}

StoreResult<std::shared_ptr<Workspace>> Workspace::openOnce(const QString& path, const Options& options,
                                                            bool* needsUpgrade)
{
    using Result = StoreResult<std::shared_ptr<Workspace>>;
    if (path.isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("--workspace"), tr("no workspace file given")});
    Problem invalid;
    const std::optional<WorkspaceAddress> address = WorkspaceAddress::parse(path, &invalid);
    if (!address)
        return Result::fail(Failure::Invalid, invalid);
    std::shared_ptr<Workspace> ws;
    Location location = Location::Writable;
    if (address->isServer()) {
        ws.reset(new Workspace(newConnectionName(), address->toDisplayString(), SqlDialect(SqlDialect::Kind::Postgres),
                               options.readOnly));
        ws->m_readOnlyReason = tr("the workspace was opened read-only");
        QSqlDatabase db = QSqlDatabase::addDatabase(ws->m_dialect.driverName(), ws->m_connection);
        if (!db.isValid())
            return Result::fail(Failure::Storage,
                                {ws->m_path, tr("the PostgreSQL driver of Qt (QPSQL) is not installed")});
        db.setHostName(address->host());
        db.setPort(address->port());
        db.setDatabaseName(address->database());
        db.setUserName(address->user());
        db.setPassword(options.password.isEmpty() ? address->password() : options.password);
        QStringList connectOptions{ws->m_dialect.connectOptions(options.readOnly)};
        if (!address->sslMode().isEmpty())
            connectOptions.append(QStringLiteral("sslmode=") + address->sslMode());
        if (!address->connectOptions().isEmpty())
            connectOptions.append(address->connectOptions());
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
        if (!db.open())
            return Result::fail(Failure::Storage, ws->storageProblem(db.lastError()));
        ws->m_connectionLost = false;
    } else {
        const SqlDialect dialect(SqlDialect::Kind::Sqlite);
        const QFileInfo info(path);
        if (options.fill && (info.exists() || info.isSymLink()))
            return Result::fail(Failure::Refused, {path, tr("the file already exists; a copy is written only to a new "
                                                            "file or an empty database, never over another")});
        if (info.exists() && !info.isFile())
            return Result::fail(Failure::Storage, {path, tr("is not a file")});
        if (info.exists()) {
            // A new workspace in WAL mode may have all of its content in the -wal file for a while.
            if (info.size() == 0 && QFileInfo(path + QStringLiteral("-wal")).size() == 0)
                return Result::fail(Failure::Storage, {path, tr("the file is empty; it is not a workspace")});
            location = locationOf(path);
            if (location != Location::Writable && !options.readOnly && !options.readOnlyFallback)
                return Result::fail(Failure::Storage, {path, readOnlyText(location, path)});
        } else {
            if (options.readOnly || !options.create)
                return Result::fail(Failure::NotFound, {path, tr("no workspace at this path")});
            if (!QDir().mkpath(info.absolutePath()))
                return Result::fail(Failure::Storage, {path, tr("the folder cannot be created")});
            if (QStorageInfo(info.absolutePath()).isReadOnly() || !QFileInfo(info.absolutePath()).isWritable())
                return Result::fail(Failure::Storage,
                                    {path, tr("the folder %1 cannot be written, so no workspace can be "
                                              "created there")
                                               .arg(QDir::toNativeSeparators(info.absolutePath()))});
        }
        const bool readOnly = options.readOnly || location != Location::Writable;
        ws.reset(new Workspace(newConnectionName(), path, dialect, readOnly));
        ws->m_readOnlyReason =
            location != Location::Writable ? readOnlyText(location, path) : tr("the workspace was opened read-only");
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), ws->m_connection);
        QString connectOptions = dialect.connectOptions(readOnly);
        if (location == Location::ReadOnlyMedia || location == Location::ReadOnlyFolder) {
            // SQLite cannot create the -shm and -wal files next to the database: it reads the file as it
            // is, without watching for changes, which nobody can make there.
            db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?mode=ro&immutable=1"));
            connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return Result::fail(Failure::Storage, ws->storageProblem(db.lastError()));
    }
    const SqlDialect dialect = ws->m_dialect;
    const bool readOnly = ws->m_readOnly;
    QSqlDatabase db = ws->database();

    // Qt opens any file; the first query tells whether it is a database at all.
    qint64 objects = 0;
    {
        QSqlQuery probe(db);
        if (!probe.exec(dialect.probe()))
            return Result::fail(Failure::Storage, ws->storageProblem(probe.lastError()));
        if (probe.next())
            objects = probe.value(0).toLongLong();
    }

    const QStringList tables = db.tables();
    if (options.fill && (!tables.isEmpty() || objects > 0))
        return Result::fail(
            Failure::Refused,
            {ws->m_path, tables.contains(QStringLiteral("schema_meta"))
                             ? tr("the database already holds a workspace; a copy is written only to "
                                  "a new file or an empty database, never over or into another")
                             : tr("the database is not empty (it holds %1); a copy is written only to "
                                  "a new file or an empty database")
                                   .arg(tables.isEmpty() ? tr("other objects") : tables.join(QLatin1String(", ")))});
    int version = 0;
    if (tables.contains(QStringLiteral("schema_meta"))) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT value FROM schema_meta WHERE name = 'version'")))
            return Result::fail(Failure::Storage, ws->storageProblem(q.lastError()));
        bool ok = false;
        if (q.next())
            version = q.value(0).toString().toInt(&ok);
        if (!ok || version < 1)
            return Result::fail(Failure::Storage, {ws->m_path, tr("the workspace has no valid schema version")});
    } else if (!tables.isEmpty() || objects > 0) {
        return Result::fail(Failure::Storage,
                            {ws->m_path, tr("the database is not a TenderPanel workspace (it holds other tables)")});
    } else if (ws->isServer() && (readOnly || !options.create)) {
        return Result::fail(Failure::NotFound,
                            {ws->m_path, tr("the database holds no workspace yet (importing a negotiation creates "
                                            "one)")});
    }
    if (version > SchemaMigrations::kCurrentVersion) {
        return Result::fail(Failure::Storage,
                            {ws->m_path, tr("the workspace was written by a newer TenderPanel (schema version %1; this "
                                            "program reads up to version %2); it was left unchanged")
                                             .arg(version)
                                             .arg(SchemaMigrations::kCurrentVersion)});
    }

    ws->m_version = version;
    const int target = qBound(1, options.targetVersion, SchemaMigrations::kCurrentVersion);
    if (version >= 1 && !readOnly) {
        if (auto problem = ws->checkSchema(version, version < target))
            return Result::fail(Failure::Storage, *problem);
    }

    if (auto problem = ws->applySessionSettings())
        return Result::fail(Failure::Storage, *problem);

    if (!readOnly && dialect.kind() == SqlDialect::Kind::Sqlite) {
        if (auto problem = ws->guardLocks())
            return Result::fail(Failure::Storage, *problem);
    }

    if (version < target) {
        if (readOnly) {
            if (needsUpgrade)
                *needsUpgrade = options.readOnly && location == Location::Writable;
            return Result::fail(Failure::Refused,
                                {ws->m_path, location != Location::Writable
                                                 ? tr("the workspace needs an upgrade from schema version %1, but %2")
                                                       .arg(version)
                                                       .arg(readOnlyText(location, path))
                                                 : tr("the workspace needs an upgrade from schema version %1 but was "
                                                      "opened read-only")
                                                       .arg(version)});
        }
        if (auto problem = ws->migrate(version, options))
            return Result::fail(Failure::Storage, *problem);
    }
    if (!readOnly && dialect.kind() == SqlDialect::Kind::Sqlite) {
        // The schema as checked and upgraded: what a write transaction may carry to the next holds
        // while it stays so (WriteTransaction).
        ws->m_carried.schemaCookie = ws->schemaCookie();
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

std::optional<qint64> Workspace::schemaCookie() const
{
    const PreparedQuery::Rows cookie = PreparedQuery::run(*this, QStringLiteral("PRAGMA schema_version"), {});
    if (cookie.failed || cookie.rows.size() != 1)
        return std::nullopt;
    return cookie.rows.first().value(0).toLongLong();
}

bool Workspace::schemaStillChecked() const
{
    if (!m_carried.schemaCookie)
        return false;
    const std::optional<qint64> now = schemaCookie();
    if (!now)
        return false;
    if (*now == *m_carried.schemaCookie)
        return true;
    if (checkSchema(m_version, false))
        return false;
    m_carried.schemaCookie = now;
    return true;
}

std::optional<Problem> Workspace::checkSchema(int version, bool upgrading) const
{
    const auto snapshot = SchemaCheck::read(*this);
    if (!snapshot.ok())
        return snapshot.problem;
    const auto differences = SchemaCheck::compare(*snapshot.value, version);
    if (!differences.ok())
        return differences.problem;
    using Kind = SchemaCheck::Difference::Kind;
    QStringList triggers;
    QStringList wrong;
    for (const SchemaCheck::Difference& d : *differences.value) {
        if (d.isForeignTrigger()) {
            triggers.append(d.table.isEmpty() ? tr("trigger \"%1\"").arg(d.name)
                                              : tr("trigger \"%1\" on table %2").arg(d.name, d.table));
            continue;
        }
        // The settings are the opening's own; extra objects other than triggers cannot change what
        // the program writes, and audit verification reports them.
        const bool breaks = d.kind == Kind::Missing || d.kind == Kind::MissingColumn || d.kind == Kind::Changed ||
                            d.kind == Kind::ChangedColumn;
        if (d.kind != Kind::Setting && (upgrading || breaks))
            wrong.append(SchemaCheck::describeAgainstClaim(d));
    }
    if (!triggers.isEmpty())
        return Problem{m_path, tr("the workspace holds %1, which TenderPanel did not create (a trigger can change what "
                                  "is stored without the audit log); it is not opened for changes and was left "
                                  "unchanged")
                                   .arg(triggers.join(QLatin1String(", ")))};
    if (!wrong.isEmpty())
        return Problem{m_path, tr("the workspace says schema version %1 but %2; it was left unchanged")
                                   .arg(version)
                                   .arg(wrong.join(QLatin1String("; ")))};
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
    if (from == 0 && db.tables().contains(QStringLiteral("schema_meta")))
        return Problem{m_path, tr("the workspace was changed by another program while opening; open it again")};
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
    if (options.fill && from == 0) {
        // The new workspace takes the rows, audit events included, that `fill` writes, and no event of
        // its own: its log is the one copied.
        m_version = reached;
        std::optional<Problem> problem = options.fill(tx);
        if (!problem)
            problem = tx.commitWithoutEvent();
        if (problem) {
            m_version = from;
            return problem;
        }
        return std::nullopt;
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
