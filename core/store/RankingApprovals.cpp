#include "RankingApprovals.h"

#include "AuditLog.h"
#include "MemberAccess.h"
#include "NegotiationAction.h"
#include "NegotiationRecord.h"
#include "Procedure.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tp::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tp::store::RankingApprovals", text);
}

const QString kAction = QStringLiteral("ranking_approved");

} // namespace

StoreResult<RankingApproval> RankingApprovals::approve(qint64 id, const QString& actor)
{
    using Result = StoreResult<RankingApproval>;
    const auto approved = NegotiationAction::run<bool>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const Stage stage = NegotiationRecord::stage(neg);
            if (stage != Stage::Result && stage != Stage::Publication)
                return StoreResult<bool>::fail(Failure::Refused,
                                               {QStringLiteral("stage %1").arg(Procedure::name(stage)),
                                                tr("the ranking is approved once the final result is recorded")});
            const auto evaluation = NegotiationRecord::evaluate(m_workspace, id);
            if (!evaluation.ok())
                return StoreResult<bool>::from(evaluation);
            if (evaluation.value->status != EvaluationStatus::Final)
                return StoreResult<bool>::fail(Failure::Refused,
                                               {QStringLiteral("result"), tr("only a final ranking is approved")});
            // Credentials still active (issued after the result was recorded) end with the approval.
            if (MemberAccess::revokeIn(tx, id, {}) < 0)
                return StoreResult<bool>::fail(Failure::Storage, tx.problem());
            event = {kAction, {{QStringLiteral("winners"), QJsonArray::fromStringList(evaluation.value->winners)}}};
            return StoreResult<bool>::success(true);
        });
    if (!approved.ok())
        return Result::from(approved);
    const auto read = latest(id);
    if (!read.ok())
        return Result::from(read);
    if (!*read.value)
        return Result::fail(Failure::Storage, {QStringLiteral("audit"), tr("the approval is not in the record")});
    return Result::success(**read.value);
}

StoreResult<std::optional<RankingApproval>> RankingApprovals::latest(qint64 id) const
{
    using Result = StoreResult<std::optional<RankingApproval>>;
    const auto events = AuditLog::events(m_workspace, id);
    if (!events.ok())
        return Result::from(events);
    std::optional<RankingApproval> found;
    for (const AuditLog::Event& e : *events.value) {
        if (e.action == kAction)
            found = RankingApproval{e.at, e.actor};
    }
    return Result::success(found);
}

} // namespace tp::store
