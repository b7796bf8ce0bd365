#pragma once

#include "NegotiationRecord.h"
#include "StoreResult.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace tp::store {

class Workspace;

// The audit event a negotiation action ends with: what was done and its details.
struct ActionEvent
{
    QString action;
    QJsonObject details;
};

// The frame of one user action on one negotiation, shared by the services: one write transaction,
// the negotiation's row loaded in it, and one audit event at the commit.
class NegotiationAction
{
public:
    // Opens the transaction, loads negotiation `id` and calls body(tx, row, event), which returns a
    // StoreResult<T>. When the body succeeds, commits with the audit event it described and returns
    // the body's result; when the body fails, or the commit does, nothing is stored.
    template <typename T, typename Body>
    static StoreResult<T> run(Workspace& workspace, qint64 id, const QString& actor, Body&& body)
    {
        WriteTransaction tx(workspace);
        if (auto p = tx.begin())
            return StoreResult<T>::fail(Failure::Storage, *p);
        const StoreResult<QVariantMap> negotiation = NegotiationRecord::load(tx, id);
        if (!negotiation.ok())
            return StoreResult<T>::from(negotiation);
        ActionEvent event;
        StoreResult<T> result = body(tx, *negotiation.value, event);
        if (!result.ok())
            return result;
        if (auto p = tx.commit(event.action, actor, id, event.details))
            return StoreResult<T>::fail(Failure::Storage, *p);
        return result;
    }
};

} // namespace tp::store
