#pragma once

#include "StoreResult.h"
#include "model/Decimal.h"

#include <QList>
#include <QMap>
#include <QString>
#include <memory>
#include <optional>

namespace tp::store {

class Workspace;

// A member terminal's view of its negotiation: only what the member may see.
struct MemberView
{
    qint64 negotiationId = 0;
    QString negotiationCode, negotiationTitle;
    QString panelist, panelistName;
    struct Criterion
    {
        QString code, title;
        Hundredths max = 0;
    };
    struct Bidder
    {
        QString code, name;
    };
    QList<Criterion> criteria;
    QList<Bidder> bidders;         // qualified bidders in the drawn order
    QString presenting;            // bidder code presenting now (started, not ended), or empty
    QMap<QString, Hundredths> own; // "bidder\ncriterion" -> own entry
    bool submitted = false;
    QString submittedAt;
    int sheetsIn = 0, sheetsTotal = 0; // progress of the panel (counts only)
    struct Vote
    {
        qint64 round = 0;
        QList<Bidder> tied;
        bool voted = false;
    };
    std::optional<Vote> vote; // the round open now, if any (the secretary records each round)
    // The credential is revoked: the server no longer knows the login, or refuses it.
    bool revoked = false;
    QString stage; // the negotiation's step (Procedure::name)
};

// The member's terminal: a server workspace opened with a member login (MemberAccess). Every read
// goes through what the server grants the login (its own negotiation's rows, its own scores until
// every sheet is in); every write is one call of a server function that checks it, writes it and
// appends its audit event in one transaction, and notifies the change channel, so that
// WorkspaceWatcher in any program sees it.
class MemberSession
{
public:
    // Opens the server address with a member login (password typed or from the slip's QR).
    // Failure::Refused when the login is not an active member credential of any negotiation.
    static StoreResult<std::unique_ptr<MemberSession>> open(const QString& address, const QString& password);
    // Whether an opened workspace's login is a member credential (the GUI decides which window to show).
    static bool isMemberLogin(const Workspace& workspace);
    static StoreResult<std::unique_ptr<MemberSession>> fromWorkspace(std::shared_ptr<Workspace> workspace);

    StoreResult<MemberView> view() const;
    StoreResult<Done> recordScore(const QString& bidder, const QString& criterion, Hundredths value);
    StoreResult<Done> submitSheet(); // complete sheet only; locks it
    StoreResult<Done> castBallot(qint64 round, const std::optional<QString>& choice);
    Workspace& workspace(); // for WorkspaceWatcher (LISTEN/NOTIFY refresh)

    qint64 negotiationId() const { return m_negotiation; }
    QString panelist() const { return m_panelist; }
    QString login() const { return m_login; }

private:
    // Whether the connection is lost because the server refuses the login now: the credential was
    // revoked (its login dropped) while this terminal was open.
    bool loginRefused() const;
    explicit MemberSession(std::shared_ptr<Workspace> workspace) : m_workspace(std::move(workspace)) {}
    StoreResult<Done> call(const QString& statement, const QVariantList& values);

    std::shared_ptr<Workspace> m_workspace;
    qint64 m_negotiation = 0;
    QString m_panelist;
    QString m_login;
};

} // namespace tp::store
