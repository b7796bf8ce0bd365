#pragma once

#include "model/Problem.h"

#include <QString>
#include <optional>

namespace tp::store {

// Where a workspace lives: a SQLite file (a path), or a database on a PostgreSQL server named by a
// libpq connection URI, postgresql://USER@HOST:PORT/DATABASE?sslmode=require. The password is not
// part of what is shown or remembered: libpq takes it from PGPASSWORD or ~/.pgpass, or the program
// asks for it and passes it with the connection (Workspace::Options::password).
class WorkspaceAddress
{
public:
    enum class Kind
    {
        File,
        Server
    };

    // A server address when `text` starts with postgresql:// or postgres://, else a file path.
    // A malformed server address is a Problem naming what is wrong.
    static std::optional<WorkspaceAddress> parse(const QString& text, Problem* problem = nullptr);
    static bool isServer(const QString& text);
    // A server address from its parts (the GUI's connection form); an empty port means 5432.
    static WorkspaceAddress server(const QString& host, int port, const QString& database, const QString& user,
                                   const QString& sslMode);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }
    QString path() const { return m_path; } // File
    QString host() const { return m_host; } // Server: a host name, an address or a socket directory
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; } // only when the URI carried one
    QString sslMode() const { return m_sslMode; }
    // libpq keywords other than the above (connect_timeout, sslrootcert, application_name, ...), as
    // "key=value;key=value" for QSqlDatabase::setConnectOptions().
    QString connectOptions() const { return m_options; }

    // The address as the user reads and the program remembers it: the path, or the URI without a
    // password.
    QString toDisplayString() const;

private:
    Kind m_kind = Kind::File;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_sslMode;
    QString m_options;
};

} // namespace tp::store
