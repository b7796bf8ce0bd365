#pragma once

#include "StoreResult.h"

#include <QString>

#include <optional>

namespace tp::store {

class Workspace;

// The approval of the final ranking for the audience and the result notice.
struct RankingApproval
{
    QString at;    // when, as StoreTime text
    QString actor; // who approved it
};

// The panel's approval of the final ranking: one user action, recorded as its own audit event
// ("ranking_approved", with the winners approved); read back from the audit record.
class RankingApprovals
{
public:
    explicit RankingApprovals(Workspace& workspace) : m_workspace(workspace) {}

    // Approves the recorded final ranking. Refused unless the result is recorded and final.
    StoreResult<RankingApproval> approve(qint64 id, const QString& actor);
    // The latest approval of the ranking, if any.
    StoreResult<std::optional<RankingApproval>> latest(qint64 id) const;

private:
    Workspace& m_workspace;
};

} // namespace tp::store
