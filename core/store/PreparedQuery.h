#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>

struct sqlite3;

namespace tp::store {

class Workspace;

// A statement of the workspace's connection, prepared once and kept for the next use of the same
// text: a save runs the same dozen statements every time, and parsing them again each time cost
// more than running them.
//
// Used for the length of one statement's work: the destructor finishes (resets) the statement, so
// that no read stays open after it: an unfinished read would hold its snapshot of a file past the
// commit and keep the write-ahead log from being emptied after a ballot (WriteTransaction). While
// one holder uses a statement, a second use of the same text (a nested read) gets a statement of
// its own, not kept. The kept statements are dropped when the connection is opened again, on a
// change of the schema (execDdl) and with the workspace.
class PreparedQuery
{
public:
    PreparedQuery(const Workspace& workspace, const QString& sql);
    ~PreparedQuery();
    PreparedQuery(const PreparedQuery&) = delete;
    PreparedQuery& operator=(const PreparedQuery&) = delete;

    // Whether the statement could be prepared; if not, query().lastError() tells why.
    bool isPrepared() const { return m_prepared; }
    QSqlQuery& query() { return *m_query; }
    QSqlQuery* operator->() { return m_query; }

    // The rows of a statement on a workspace that is a SQLite file, run through SQLite's own interface
    // on the connection Qt opened (nullopt: the workspace is on a server, or a value is of a type only
    // Qt's driver binds, such as a date). Qt's driver describes every column of the result again at
    // each execution, which costs more than reading a row by its key. A statement that changes rows,
    // or begins or ends a transaction, gives no row. The statement is kept like the others; `values`
    // are bound in order, a null string as NULL as the driver binds it. Each row is its values:
    // qint64, double, QString, QByteArray, or an invalid QVariant for NULL.
    struct Rows
    {
        QList<QVariantList> rows;
        bool failed = false; // the statement failed: `rows` is empty
        // Why, as Qt's driver describes it. Empty when a statement failed on a server connection that
        // could not be opened again (the workspace knows why: Workspace::storageProblem()).
        QSqlError error;
    };
    static std::optional<Rows> readNative(const Workspace& workspace, const QString& sql, const QVariantList& values);

    // Runs one statement of the workspace's connection, `values` bound in order, and gives its rows
    // (each its values, NULL as an invalid QVariant) or the error. The one place that chooses the way:
    // SQLite's own interface where readNative() can (a file), Qt's driver otherwise (a server, a value
    // only the driver binds, a text of several statements), the statement then prepared and kept
    // (Use::Kept) or used once (Use::Once: run as it is when it has no values, as PostgreSQL does not
    // prepare a statement such as BEGIN). The driver's values are of its own types (a date as QDate).
    enum class Use
    {
        Kept,
        Once
    };
    static Rows run(const Workspace& workspace, const QString& sql, const QVariantList& values, Use use = Use::Kept);

    // The data version of a workspace that is a SQLite file (SQLITE_FCNTL_DATA_VERSION): a count that
    // changes with every commit of this connection and whenever it finds, at the start of a
    // transaction, that another connection has changed the file. nullopt on a server.
    static std::optional<quint32> dataVersion(const Workspace& workspace);

    // What the workspace keeps: statements by their text, each marked while a holder uses it.
    class Cache
    {
    public:
        Cache();
        ~Cache();
        void clear();

    private:
        friend class PreparedQuery;
        struct Entries;
        std::unique_ptr<Entries> m_entries;
    };

private:
    // The SQLite connection Qt opened for a workspace file, found once and kept with the statements;
    // nullptr on a server or when the driver does not give it.
    static sqlite3* fileHandle(const Workspace& workspace);

    struct Kept;
    // Shared with the cache when kept; the cache may drop it while it is used.
    std::shared_ptr<Kept> m_kept;
    QSqlQuery* m_query = nullptr;
    bool m_prepared = false;
};

} // namespace tp::store
