#pragma once

#include "StoreResult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp::store {

class Workspace;
class WriteTransaction;

// One panel member's terminal credential as issued (the password exists only here and on the slip).
struct MemberCredential
{
    QString panelist; // panel member code
    QString name;     // panel member name
    QString negotiationCode;
    QString negotiationTitle;
    QString server; // host[:port] as the member's terminal should reach it
    QString database;
    QString login;         // the PostgreSQL login created for this credential
    QString password;      // random one-time password (never stored by the program)
    QString address;       // postgresql://login@host:port/db (no password): what the terminal opens
    QString connectionUri; // the same with the password: what the QR code holds
    QString issuedAt;
};

// What the secretary's and chair's view shows per member, without any score.
struct MemberProgress
{
    enum class State
    {
        NoCredential,
        Waiting, // issued, nothing entered
        Scoring,
        Submitted,
        Revoked
    };
    QString panelist;
    QString name;
    State state = State::NoCredential;
    bool terminal = false; // holds (or held) a credential
    QString login;         // when issued
    int entered = 0;       // cells entered so far (a count, never a value)
    int cells = 0;         // qualified bidders x criteria
    QString submittedAt;
};

// The secretary's side of member terminals, on a server workspace opened by the login that owns it.
// Each member scores and votes from a terminal logged in with a PostgreSQL login of their own, which
// this class creates (CREATE ROLE ... LOGIN IN ROLE tenderpanel_member, with a random password of
// which the server gets only the SCRAM verifier) and drops. What such a login may read and write is
// enforced by the server (MemberServerSchema); a member holding an active credential can no longer
// be scored on the laptop (ScoringService refuses), members without one keep the laptop and paper
// flow.
//
// Issuing needs a login that owns the workspace's tables and may create roles (CREATEROLE); the
// refusal says so when it lacks either.
class MemberAccess
{
public:
    explicit MemberAccess(Workspace& workspace) : m_workspace(workspace) {}

    // Whether terminals can be used: a server workspace. (Failure::Refused with the reason otherwise.)
    static std::optional<Problem> unsupported(const Workspace& workspace);
    // Issues one credential per listed member (empty list: every member without an active credential
    // and without a submitted sheet) for negotiation `id`: once the draw is recorded and while the
    // member's sheet is not submitted. One transaction, one audit event ("member_credentials_issued",
    // logins named, no password). `terminalHost`, when given, replaces the workspace address's host
    // on the slips (the name or address by which the terminals reach the server).
    StoreResult<QList<MemberCredential>> issue(qint64 id, const QStringList& panelists, const QString& actor,
                                               const QString& terminalHost = QString());
    // Revokes the listed members' active credentials (empty: all of the negotiation): the login
    // loses its membership, its sessions are ended and it is dropped; revoked_at is set. One
    // transaction, one audit event ("member_credentials_revoked"). Returns how many. On a workspace
    // file (a copy of a server workspace) only the rows are marked revoked.
    StoreResult<int> revoke(qint64 id, const QStringList& panelists, const QString& actor);
    StoreResult<QList<MemberProgress>> progress(qint64 id) const;
    // Rewrites the ballot table so that no earlier state of a ballot box stays in its file (see
    // MemberServerSchema.h). The window calls it when another program's change arrives. With
    // `sweptUpTo`, the table is rewritten only when a ballot was cast in negotiation `id` after that
    // audit event (the last one a sweep covered), and *sweptUpTo moves on: a score entered elsewhere
    // costs one indexed read. Does nothing on a file workspace.
    std::optional<Problem> sweepBallots();
    std::optional<Problem> sweepBallots(qint64 id, qint64* sweptUpTo);

    // Inside a write transaction: revokes the active credentials of `panelists` of negotiation `id`
    // (empty: all), writing member_logins and dropping the logins. Nothing happens on a file
    // workspace. Returns how many were revoked (-1 after a failure, in tx.problem()).
    static int revokeIn(WriteTransaction& tx, qint64 id, const QStringList& panelists);
    // Whether `panelist` of negotiation `id` holds an active credential (read in the transaction).
    static bool hasActiveCredential(WriteTransaction& tx, qint64 id, const QString& panelist);
    static StoreResult<bool> hasActiveCredential(const Workspace& workspace, qint64 id, const QString& panelist);
    // The refusal of a laptop action on the sheet or ballot of a member who scores on a terminal.
    static Problem terminalMemberProblem(const QString& panelist);

private:
    Workspace& m_workspace;
};

} // namespace tp::store
