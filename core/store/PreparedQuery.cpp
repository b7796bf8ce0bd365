#include "PreparedQuery.h"

#include "Workspace.h"

#include <QSqlDriver>
#include <QSqlRecord>
#include <sqlite3.h>
#include <unordered_map>

namespace tp::store {

namespace {

// More distinct texts than this are not kept: statements whose text varies (an IN list of varying
// length) would otherwise fill the cache with statements used once.
constexpr std::size_t kMaxKept = 256;

struct QStringHash
{
    std::size_t operator()(const QString& s) const noexcept { return qHash(s); }
};

} // namespace

struct PreparedQuery::Kept
{
    explicit Kept(const QSqlDatabase& db) : query(db) {}
    QSqlQuery query;
    bool inUse = false;
};

struct PreparedQuery::Cache::Entries
{
    ~Entries() { finalizeNative(); }
    // Before the connection closes: SQLite does not close a connection with statements left.
    void finalizeNative()
    {
        for (const auto& kept : native)
            sqlite3_finalize(kept.second);
        native.clear();
        handle = nullptr;
    }

    std::unordered_map<QString, std::shared_ptr<Kept>, QStringHash> byText;
    std::unordered_map<QString, sqlite3_stmt*, QStringHash> native;
    // The connection the native statements belong to, found once: the cache is cleared before the
    // connection closes or is opened again, so it is the same until then.
    sqlite3* handle = nullptr;
};

PreparedQuery::Cache::Cache() : m_entries(std::make_unique<Entries>()) {}

PreparedQuery::Cache::~Cache() = default;

void PreparedQuery::Cache::clear()
{
    // A statement in use stays with its holder until it is done with it.
    m_entries->byText.clear();
    m_entries->finalizeNative();
}

namespace {

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

QSqlError nativeError(sqlite3* db, const char* what, int code)
{
    return QSqlError(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(code));
}

// Whether SQLite's own interface binds v as Qt's driver would: numbers, text, bytes and NULL. Other
// types (a date, a time) go through the driver, which turns them into text its own way.
bool bindable(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Bool:
    case QMetaType::Double:
    case QMetaType::QByteArray:
    case QMetaType::QString:
        return true;
    default:
        return false;
    }
}

bool bind(sqlite3_stmt* statement, int index, const QVariant& v)
{
    // A null string or byte array is NULL, as the driver binds it.
    if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull()) ||
        (v.typeId() == QMetaType::QByteArray && v.toByteArray().isNull()))
        return sqlite3_bind_null(statement, index) == SQLITE_OK;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        return sqlite3_bind_int64(statement, index, v.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, v.toDouble()) == SQLITE_OK;
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    }
    default: {
        // The file's text is UTF-8: text bound and read as UTF-8 is not converted by SQLite.
        const QByteArray text = v.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    }
    }
}

QVariant columnValue(sqlite3_stmt* statement, int i)
{
    switch (sqlite3_column_type(statement, i)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(statement, i)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, i));
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(statement, i)));
    }
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement, i));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(statement, i)));
    }
    default:
        return QVariant();
    }
}

} // namespace

std::optional<PreparedQuery::Rows> PreparedQuery::readNative(const Workspace& workspace, const QString& sql,
                                                             const QVariantList& values)
{
    for (const QVariant& v : values)
        if (!bindable(v))
            return std::nullopt;
    sqlite3* db = fileHandle(workspace);
    if (!db)
        return std::nullopt;
    Cache::Entries& entries = *workspace.statements().m_entries;
    Rows result;
    auto& native = entries.native;
    sqlite3_stmt* statement = nullptr;
    bool kept = true;
    if (const auto found = native.find(sql); found != native.end()) {
        statement = found->second;
    } else {
        const void* tail = nullptr;
        const int rc = sqlite3_prepare16_v2(db, sql.utf16(), int(sql.size() * sizeof(QChar)), &statement, &tail);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(statement);
            result.failed = true;
            result.error = nativeError(db, "Unable to execute statement", rc);
            return result;
        }
        // A text of several statements, or of none, is the driver's to refuse: SQLite would run only the
        // first, or nothing.
        const auto rest = QStringView(static_cast<const QChar*>(tail), sql.constData() + sql.size());
        if (!statement || !rest.trimmed().isEmpty()) {
            sqlite3_finalize(statement);
            return std::nullopt;
        }
        // As many texts as Qt's statements are kept (see kMaxKept); any other is used once.
        kept = native.size() < kMaxKept;
        if (kept)
            native.emplace(sql, statement);
    }
    // Reset and unbound at the end whatever happens, or finalized when not kept: no read stays open past
    // its use.
    struct Finish
    {
        sqlite3_stmt* s;
        bool kept;
        ~Finish()
        {
            if (!kept) {
                sqlite3_finalize(s);
                return;
            }
            sqlite3_reset(s);
            sqlite3_clear_bindings(s);
        }
    } finish{statement, kept};
    for (int i = 0; i < values.size(); ++i)
        if (!bind(statement, i + 1, values[i])) {
            result.failed = true;
            result.error = nativeError(db, "Unable to bind parameters", sqlite3_errcode(db));
            return result;
        }
    const int columns = sqlite3_column_count(statement);
    for (;;) {
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            result.failed = true;
            result.error = nativeError(db, "Unable to fetch row", rc);
            result.rows.clear();
            break;
        }
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(columnValue(statement, i));
        result.rows.append(row);
    }
    return result;
}

sqlite3* PreparedQuery::fileHandle(const Workspace& workspace)
{
    if (workspace.dialect().kind() != SqlDialect::Kind::Sqlite)
        return nullptr;
    Cache::Entries& entries = *workspace.statements().m_entries;
    if (!entries.handle)
        entries.handle = nativeHandle(workspace.database());
    return entries.handle;
}

std::optional<quint32> PreparedQuery::dataVersion(const Workspace& workspace)
{
    sqlite3* db = fileHandle(workspace);
    unsigned int version = 0;
    if (!db || sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, &version) != SQLITE_OK)
        return std::nullopt;
    return quint32(version);
}

PreparedQuery::Rows PreparedQuery::run(const Workspace& workspace, const QString& sql, const QVariantList& values,
                                       Use use)
{
    if (auto native = readNative(workspace, sql, values))
        return std::move(*native);
    // Qt's driver: a kept statement, or one of its own (run as it is when it has no values).
    std::optional<PreparedQuery> kept;
    std::optional<QSqlQuery> once;
    if (use == Use::Kept) {
        kept.emplace(workspace, sql);
    } else {
        once.emplace(workspace.database());
        once->setForwardOnly(true);
    }
    QSqlQuery& q = kept ? kept->query() : *once;
    bool done = false;
    if (once && values.isEmpty()) {
        done = q.exec(sql);
    } else if (kept ? kept->isPrepared() : q.prepare(sql)) {
        for (const QVariant& v : values)
            q.addBindValue(v);
        done = q.exec();
    }
    Rows result;
    if (done && q.isSelect()) {
        const int columns = q.record().count();
        while (q.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i) {
                const QVariant v = q.value(i);
                row.append(v.isNull() ? QVariant() : v);
            }
            result.rows.append(row);
        }
        done = !q.lastError().isValid();
    }
    if (!done) {
        result.failed = true;
        result.error = q.lastError();
        result.rows.clear();
    }
    return result;
}

PreparedQuery::PreparedQuery(const Workspace& workspace, const QString& sql)
{
    const QSqlDatabase db = workspace.database(); // first: it may open a lost connection again
    auto& byText = workspace.statements().m_entries->byText;
    const auto found = byText.find(sql);
    if (found != byText.end() && !found->second->inUse) {
        m_kept = found->second;
        m_kept->inUse = true;
        m_query = &m_kept->query;
        m_prepared = true;
        return;
    }
    auto kept = std::make_shared<Kept>(db);
    kept->query.setForwardOnly(true);
    m_prepared = kept->query.prepare(sql);
    if (m_prepared && found == byText.end() && byText.size() < kMaxKept) {
        kept->inUse = true;
        byText.emplace(sql, kept);
    }
    m_kept = std::move(kept);
    m_query = &m_kept->query;
}

PreparedQuery::~PreparedQuery()
{
    m_query->finish();
    m_kept->inUse = false;
}

} // namespace tp::store
