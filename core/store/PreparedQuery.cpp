#include "PreparedQuery.h"

#include "Workspace.h"

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
    std::unordered_map<QString, std::shared_ptr<Kept>, QStringHash> byText;
};

PreparedQuery::Cache::Cache() : m_entries(std::make_unique<Entries>()) {}

PreparedQuery::Cache::~Cache() = default;

void PreparedQuery::Cache::clear()
{
    // A statement in use stays with its holder until it is done with it.
    m_entries->byText.clear();
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
