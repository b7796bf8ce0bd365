#pragma once

#include "NegotiationRecord.h"
#include "Procedure.h"
#include "StoreResult.h"
#include "Workspace.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace tp::store {

class Workspace;

// The audit event an action ends with: what was done, its details and the negotiation it concerns.
// A body that finds nothing to change says so with none(): the action then succeeds without an event
// and stores nothing.
struct ActionEvent
{
    ActionEvent() = default;
    ActionEvent(const QString& what, const QJsonObject& about = QJsonObject(),
                std::optional<qint64> negotiationId = std::nullopt)
        : action(what), details(about), negotiation(negotiationId)
    {}
    static ActionEvent none()
    {
        ActionEvent event;
        event.recorded = false;
        return event;
    }

    QString action;
    QJsonObject details;
    std::optional<qint64> negotiation; // set by the frame of an action on one negotiation
    bool recorded = true;
};

// The procedure rule an action on a negotiation asks before it changes anything (Procedure::check...).
using StageGuard = std::optional<Problem> (*)(Stage stage);

// The frame of one user action, shared by the services: one write transaction and one audit event at
// the commit, or nothing stored.
class NegotiationAction
{
public:
    // An action on the workspace rather than on one negotiation (creating or importing a negotiation,
    // saving a criteria template). Opens the transaction and calls body(tx, event), which returns a
    // StoreResult<T>. When the body succeeds, commits with the audit event it described (naming the
    // negotiation it set, if any) and returns the body's result; when the body fails, or says that
    // nothing changed (ActionEvent::none()), or the commit fails, nothing is stored.
    //
    // A transaction that failed only because of other transactions (a serialization failure or a
    // deadlock on a server) or because the connection was found lost before the commit is run again
    // from the start, on a new connection, a few times; the body must therefore only read and write
    // through `tx`. A commit whose outcome is unknown is never run again.
    template <typename T, typename Body>
    static StoreResult<T> runOnWorkspace(Workspace& workspace, const QString& actor, Body&& body)
    {
        for (int attempt = 1;; ++attempt) {
            workspace.clearTransient();
            StoreResult<T> result = runOnce<T>(workspace, actor, body);
            if (result.ok() || attempt >= kAttempts || !workspace.retryable())
                return result;
        }
    }

    // An action on negotiation `id`: like runOnWorkspace(), with the negotiation's row loaded in the
    // transaction and, when a guard is given, refused (Failure::Refused) when the guard says no at the
    // negotiation's stage. Calls body(tx, row, event); the event names the negotiation.
    template <typename T, typename Body>
    static StoreResult<T> run(Workspace& workspace, qint64 id, const QString& actor, StageGuard guard, Body&& body)
    {
        return runOnWorkspace<T>(workspace, actor, [&](WriteTransaction& tx, ActionEvent& event) {
            const StoreResult<QVariantMap> negotiation = NegotiationRecord::load(tx, id);
            if (!negotiation.ok())
                return StoreResult<T>::from(negotiation);
            if (guard)
                if (auto p = guard(NegotiationRecord::stage(*negotiation.value)))
                    return StoreResult<T>::fail(Failure::Refused, *p);
            StoreResult<T> result = body(tx, *negotiation.value, event);
            event.negotiation = id;
            return result;
        });
    }

    template <typename T, typename Body>
    static StoreResult<T> run(Workspace& workspace, qint64 id, const QString& actor, Body&& body)
    {
        return run<T>(workspace, id, actor, nullptr, std::forward<Body>(body));
    }

private:
    static constexpr int kAttempts = 4;

    template <typename T, typename Body>
    static StoreResult<T> runOnce(Workspace& workspace, const QString& actor, Body& body)
    {
        WriteTransaction tx(workspace);
        if (auto p = tx.begin())
            return StoreResult<T>::fail(Failure::Storage, *p);
        ActionEvent event;
        StoreResult<T> result = body(tx, event);
        if (!result.ok() || !event.recorded)
            return result;
        if (auto p = tx.commit(event.action, actor, event.negotiation, event.details))
            return StoreResult<T>::fail(Failure::Storage, *p);
        return result;
    }
};

} // namespace tp::store
