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
class Workspace
{
public:
    struct Options
    {
        bool readOnly = false;
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

    // The engine's full consistency check ("ok", or what is wrong).
    StoreResult<QString> integrityCheck() const;

    // A failed statement as a Problem naming this workspace file.
    Problem storageProblem(const QSqlError& error) const;

private:
    Workspace(QString connectionName, QString path, SqlDialect dialect, bool readOnly);
    std::optional<Problem> migrate(int from, const Options& options);

    QString m_connection;
    QString m_path;
    SqlDialect m_dialect;
    bool m_readOnly = false;
    int m_version = 0;
};

} // namespace tp::store
