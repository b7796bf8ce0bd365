#pragma once

#include "SchemaMigrations.h"
#include "SqlDialect.h"
#include "StoreResult.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace tp::store {

// One open workspace: the database that holds every negotiation. Opening checks that the file
// really is a workspace, refuses one written by a newer program (leaving it untouched), upgrades
// an older one inside one transaction, and sets the durability settings (WAL, synchronous=FULL,
// foreign keys). Not copyable; one connection per object, used from one thread.
//
// Opening for changes checks the schema against the one the migrations create for the version the
// file says it has (SchemaCheck) and refuses, changing nothing, a file with a trigger the program
// did not create (it creates none), a file that lacks a table or column of its version, and an
// upgrade of a file that does not hold exactly the schema of the version it claims. Only a missing
// file is ever created; an existing empty file is refused.
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
    };

    // QStandardPaths::AppDataLocation + "/workspace.sqlite".
    static QString defaultPath();
    // The explicit path if given, else the TENDERPANEL_WORKSPACE environment variable, else defaultPath().
    static QString resolvePath(const QString& explicitPath);

    static StoreResult<std::shared_ptr<Workspace>> open(const QString& path, const Options& options);
    static StoreResult<std::shared_ptr<Workspace>> open(const QString& path) { return open(path, Options()); }

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QSqlDatabase database() const;
    const SqlDialect& dialect() const { return m_dialect; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    bool isReadOnly() const { return m_readOnly; }
    // Why a write is refused on a read-only workspace, in the user's words.
    QString readOnlyReason() const { return m_readOnlyReason; }

    // The engine's full consistency check ("ok", or what is wrong).
    StoreResult<QString> integrityCheck() const;

    // A failed statement as a Problem naming this workspace file.
    Problem storageProblem(const QSqlError& error) const;

private:
    Workspace(QString connectionName, QString path, SqlDialect dialect, bool readOnly);
    // One opening; *needsUpgrade tells that a read-only opening failed only for want of an upgrade.
    static StoreResult<std::shared_ptr<Workspace>> openOnce(const QString& path, const Options& options,
                                                            bool* needsUpgrade);
    std::optional<Problem> checkSchema(int version, bool upgrading) const;
    std::optional<Problem> migrate(int from, const Options& options);

    QString m_connection;
    QString m_path;
    SqlDialect m_dialect;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_version = 0;
};

} // namespace tp::store
