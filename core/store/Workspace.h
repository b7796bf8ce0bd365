#pragma once

#include "KnownReads.h"
#include "PreparedQuery.h"
#include "SchemaMigrations.h"
#include "SqlDialect.h"
#include "StoreResult.h"
#include "WorkspaceLockGuard.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace tp::store {

class WriteTransaction;

// One open workspace: the database that holds every negotiation, a SQLite file or a database on a
// PostgreSQL server (WorkspaceAddress). Opening checks that the file
// really is a workspace, refuses one written by a newer program (leaving it untouched), upgrades
// an older one inside one transaction, and sets the durability settings (WAL, synchronous=FULL,
// foreign keys). Not copyable; one connection per object, used from one thread.
//
// Opening for changes checks the schema against the one the migrations create for the version the
// file says it has (SchemaCheck) and refuses, changing nothing, a file with a trigger the program
// did not create (it creates none), a file that lacks a table or column of its version, and an
// upgrade of a file that does not hold exactly the schema of the version it claims. Only a missing
// file is ever created; an existing empty file is refused.
//
// Locks. Several programs may have the workspace open at once (the window, a second window,
// tenderpanel-cli); SQLite coordinates them with POSIX advisory locks on the database file and on
// its -shm file. Such locks belong to the process, and POSIX drops all of them as soon as the
// process closes *any* descriptor of that file, even one it opened for something else. One stray
// open() + close() in this process (a file dialog looking up the MIME type of the -shm file, a
// probe of the database file) therefore used to leave SQLite believing it still held its locks while
// the system had none. The next program to open and close the workspace then thought it was alone:
// it checkpointed, deleted the -wal and -shm files, and every later commit of this process went into
// a deleted write-ahead log, shown as saved and lost when the process ended.
//
// Two measures, because neither alone is enough:
//  1. Nothing in the program opens a workspace file but SQLite: the file dialogs of the user
//     interface (ui/main/FileDialog) are Qt's own, with an icon provider that looks types up by file
//     name only, and refuse to hand a workspace file to code that would read or overwrite it. This
//     keeps all of SQLite's locks, but only against the code paths known to open files.
//  2. A read-write workspace on Linux also holds a WorkspaceLockGuard, taken right after SQLite has
//     opened it in WAL mode: open file description locks (fcntl F_OFD_SETLK) that belong to
//     descriptors of their own, so no close() elsewhere in the process can drop them. A read lock
//     over SQLite's SHARED range of the database file keeps every other process from the EXCLUSIVE
//     lock it needs to decide that it is the last connection (checkpoint and delete the log) or to
//     enter exclusive locking mode; a read lock on the -shm file's dead man switch byte keeps every
//     other process from reinitialising the shared memory. Both are compatible with the shared
//     locks this process's own connection holds in WAL mode. The guard's descriptors are never read
//     or written, and are closed only after SQLite has closed its connection (closing them earlier
//     would itself drop SQLite's locks).
// Consequences: SQLite's own end-of-session checkpoint, which needs the exclusive lock, never runs
// while a guard is held, so the -wal and -shm files stay for the next program to open it; the
// destructor first copies the log into the database file and empties it (a TRUNCATE checkpoint: all
// of it unless another program is reading an older state right then); nothing committed is lost
// either way.
// Residual risk:
//  - The locks SQLite takes only inside a transaction (the WAL write lock, the reader marks in the
//    -shm file) are not guarded; a stray close() while a transaction is open could drop them. The
//    user interface runs its transactions and its dialogs on the same thread, one after the other.
//  - Closing one Workspace's guard drops the POSIX locks of another connection of this process to
//    the same file; a read-write one keeps its own guard, a read-only one has none.
//  - Read-only workspaces take no guard (they may be on read-only media and commit nothing), and
//    systems without open file description locks get none (Windows needs none: its file locks are
//    not dropped by closing another handle).
class Workspace
{
public:
    struct Options
    {
        // Open for reading only: nothing is written (no upgrade, no change of settings), and every
        // write is refused with readOnlyReason().
        bool readOnly = false;
        // With readOnly: a file of an older schema version that can be written is upgraded first
        // (one recorded transaction), then opened read-only.
        bool upgradeFirst = false;
        // Create a new workspace when no file exists at the path. An existing file is never
        // adopted: an empty one is refused ("the file is empty; it is not a workspace").
        bool create = true;
        // Without readOnly: when the file or its folder cannot be written (read-only media, a
        // read-only file, a folder in which the journal files cannot be created), open it read-only
        // instead of failing; isReadOnly() and readOnlyReason() say so.
        bool readOnlyFallback = false;
        // Upgrade only up to this schema version. Tests use it to build files of older versions.
        int targetVersion = SchemaMigrations::kCurrentVersion;
        // Who is recorded in the audit log for a schema upgrade.
        QString actor = QStringLiteral("system");
        // A server workspace: the password, when the user typed one (never stored). Without it libpq
        // takes PGPASSWORD or ~/.pgpass.
        QString password;
        // Creating only: fills the new workspace in the transaction that creates its schema, in place
        // of the event that records the creation, with rows that bring their own audit events (the copy
        // of another workspace, WorkspaceCopy). open() then refuses (Failure::Refused) an existing file
        // and a database that holds anything, and a failure of `fill` leaves the database as it was.
        std::function<std::optional<Problem>(WriteTransaction&)> fill;
    };

    // `path` is a file path or a postgresql:// address (WorkspaceAddress). On a server, "create"
    // means creating the schema in an empty database, which the centre's IT staff create.
    //
    // QStandardPaths::AppDataLocation + "/workspace.sqlite".
    static QString defaultPath();
    // The explicit path if given, else the TENDERPANEL_WORKSPACE environment variable, else defaultPath().
    static QString resolvePath(const QString& explicitPath);

    static StoreResult<std::shared_ptr<Workspace>> open(const QString& path, const Options& options);
    static StoreResult<std::shared_ptr<Workspace>> open(const QString& path) { return open(path, Options()); }

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // The connection. On a server, a connection found lost by an earlier statement, or that the driver
    // reports closed, is opened again first (with the same session settings, listening on the same
    // notification channels); if the server is still away, the next statement fails and says so.
    QSqlDatabase database() const;
    const SqlDialect& dialect() const { return m_dialect; }
    // The file path, or the server address without its password.
    QString path() const { return m_path; }
    bool isServer() const { return m_dialect.kind() == SqlDialect::Kind::Postgres; }
    int schemaVersion() const { return m_version; }
    bool isReadOnly() const { return m_readOnly; }
    // Why a write is refused on a read-only workspace, in the user's words.
    QString readOnlyReason() const { return m_readOnlyReason; }

    // The engine's full consistency check ("ok", or what is wrong).
    StoreResult<QString> integrityCheck() const;

    // A failed statement as a Problem naming this workspace. Also notes whether the failure was only
    // transient (retryable()) and whether the connection is lost (reconnected by database()).
    Problem storageProblem(const QSqlError& error) const;
    // Whether a statement failed, since clearTransient(), for a reason that makes running the whole
    // transaction again safe and useful: a serialization failure or deadlock, or a connection found
    // lost before anything was committed.
    bool retryable() const { return m_retryable; }
    void clearTransient() const { m_retryable = false; }
    // Whether an earlier statement found the server connection lost, or the driver reports it closed
    // (database() then opens it again).
    bool isConnectionLost() const;
    // How many times database() has opened the server connection again after it was lost (0 for a
    // file). What was tied to the old connection is gone with it: a subscription to notifications
    // (WorkspaceWatcher) is made again when this number has changed.
    int reconnectCount() const { return m_reconnects; }

    // The statements kept prepared on the connection (PreparedQuery).
    PreparedQuery::Cache& statements() const { return m_statements; }
    // What the last write transaction on this connection knew of the record (WriteTransaction).
    CarriedReads& carriedReads() const { return m_carried; }
    // On a SQLite file opened for changes: whether its schema is still one the program has checked:
    // unchanged since the opening, or since it was last found so, or found now to hold nothing that
    // could change rows behind the program (a foreign trigger) and nothing that breaks its statements
    // (checkSchema()). Reads the schema's change counter; the whole schema only when it changed.
    bool schemaStillChecked() const;

private:
    Workspace(QString connectionName, QString path, SqlDialect dialect, bool readOnly);
    // One opening; *needsUpgrade tells that a read-only opening failed only for want of an upgrade.
    static StoreResult<std::shared_ptr<Workspace>> openOnce(const QString& path, const Options& options,
                                                            bool* needsUpgrade);
    std::optional<Problem> checkSchema(int version, bool upgrading) const;
    std::optional<Problem> migrate(int from, const Options& options);
    std::optional<Problem> guardLocks();
    // SQLite's schema change counter (PRAGMA schema_version); nullopt when it cannot be read.
    std::optional<qint64> schemaCookie() const;
    std::optional<Problem> applySessionSettings() const;
    void reconnect() const;

    QString m_connection;
    QString m_path;
    SqlDialect m_dialect;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_version = 0;
    WorkspaceLockGuard m_lockGuard;
    mutable bool m_connectionLost = false;
    // Why the connection could not be opened again (reconnect()), while it is lost.
    mutable QSqlError m_reconnectError;
    // The notification channels a lost connection listened on, until a new connection listens again.
    mutable QStringList m_channels;
    mutable bool m_retryable = false;
    mutable int m_reconnects = 0;
    mutable PreparedQuery::Cache m_statements;
    mutable CarriedReads m_carried;
};

} // namespace tp::store
