#pragma once

#include "Procedure.h"
#include "StoreResult.h"
#include "rules/Evaluation.h"

#include <QVariantMap>

namespace tp::store {

class Workspace;
class WriteTransaction;

// Helpers the services share for the negotiation row inside a write transaction.
class NegotiationRecord
{
public:
    static StoreResult<QVariantMap> load(WriteTransaction& tx, qint64 id);
    static Stage stage(const QVariantMap& row);
    static QString code(const QVariantMap& row);
    // Sets the stage, when given, and writes the row; in a workspace before version 8 also updated_at,
    // the time of the change.
    static bool touch(WriteTransaction& tx, QVariantMap row, std::optional<Stage> stage = std::nullopt);
    // Sets the columns of `values` (and the stage, when given; updated_at before version 8) of negotiation
    // `id`, and only those: what an action that changes a few columns writes, without building the whole
    // row again. Nothing is written when they keep their values.
    static bool touch(WriteTransaction& tx, qint64 id, QVariantMap values, std::optional<Stage> stage = std::nullopt);
    // The columns a change that enters scores by hand (a score, a sheet) sets in the negotiation's row:
    // it has scores, and the number of the first such event is kept, as this transaction's event when
    // none was before (AuditLog::events reads the negotiation's score events from there).
    static StoreResult<QVariantMap> scoresEntered(WriteTransaction& tx, const QVariantMap& negotiation);
    static bool drawRecorded(WriteTransaction& tx, qint64 id);
    // A row of `table` keyed by (negotiation_id, code), or an Invalid problem naming `option`.
    static StoreResult<QVariantMap> member(WriteTransaction& tx, qint64 id, const QString& table, const QString& code,
                                           const QString& option);
    // member() when only whether the row is there matters: its columns are not read.
    static StoreResult<Done> hasMember(WriteTransaction& tx, qint64 id, const QString& table, const QString& code,
                                       const QString& option);
    // The rules engine's view of the negotiation without scores and votes: who is excluded and why.
    static StoreResult<Evaluation> qualification(const Workspace& workspace, qint64 id);
    // The rules engine's evaluation of the whole stored negotiation.
    static StoreResult<Evaluation> evaluate(const Workspace& workspace, qint64 id);
    static std::optional<QString> exclusionOf(const Evaluation& evaluation, const QString& bidder);
    // Why the bidder of `bidderRow` is excluded (the reason qualification() gives), or nullopt, from
    // its own rows only: what a single score entry needs to know.
    static StoreResult<std::optional<QString>> exclusionOf(WriteTransaction& tx, const QVariantMap& negotiation,
                                                           const QVariantMap& bidderRow);
};

} // namespace tp::store
