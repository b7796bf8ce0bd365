#pragma once

#include "model/Problem.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp::store {

// What a PostgreSQL workspace needs so that panel members can score from their own terminals, each
// logged in with a credential the secretary issued (MemberAccess), while the SERVER, not the
// terminal program, decides what such a login may do.
//
// install() runs, inside the transaction that issues credentials (PostgreSQL DDL is transactional),
// idempotent statements that
// - create the cluster-wide group role tenderpanel_member (NOLOGIN) if it is missing; every member
//   login is created IN ROLE tenderpanel_member and is a row of member_logins;
// - grant it CONNECT on the workspace's database, USAGE on the workspace's schema and SELECT on schema_meta and on the
// tables a member
//   reads (negotiations, criteria, bidders, panelists, draws, draw_order, presentations, scores,
//   sheets, vote_rounds), each with row level security: a RESTRICTIVE policy TO tenderpanel_member that
//   keeps only the rows of the member's own negotiation (for scores: the member's own rows until
//   every sheet of the panel is submitted), and a permissive USING (true) policy TO PUBLIC so that
//   every other login sees what its grants allow, as before. The owner of the tables is not subject
//   to row level security. Nothing at all is granted on vote_roll, ballots, audit_events,
//   member_logins, draw_commitments, proposals, corrections, results, documents and the
//   other tables;
// - create the SECURITY DEFINER functions through which alone a member writes
//   (tp_member_record_score, tp_member_submit_sheet, tp_member_cast_ballot) and reads what is not
//   granted (tp_member_self, tp_member_bidders, tp_member_voted). Each runs with
//   search_path = pg_catalog, <schema>, pg_temp, has EXECUTE revoked from PUBLIC and granted to
//   tenderpanel_member, identifies the member by session_user in member_logins (not revoked), takes
//   the workspace's write lock (the advisory lock every write transaction takes), checks what
//   ScoringService checks on the laptop, and appends ONE audit event computed in SQL as
//   AuditLog::verify expects it (the same action names and details, the rows before and after,
//   including the negotiation row's stage and has_scores when they change), then notifies the change
//   channel. The helper functions they call are not executable by anyone but the owner.
//
// The vote. A member casts a ballot only in a round the secretary has recorded (openVoteRound, or
// the round the laptop records with its first ballot): the terminal never opens a round. The
// function writes the roll entry and rewrites the round's whole ballot box in one INSERT, every
// ballot with a fresh slot of 128 random bits (from gen_random_uuid(), which draws from the
// server's strong random source), in slot order. Why nothing on the server ties a ballot to its roll
// entry:
// - xmin: every row of the box is written by the transaction of the latest cast, so all ballots of
//   the round carry the same transaction id (that of the last voter's roll entry, which is public);
// - ctid: the rows are inserted in the order of random slots, so their physical order says nothing
//   about the order of casting;
// - commit timestamps (when track_commit_timestamp is on): they belong to transactions, so all live
//   ballots show the time of the latest cast, which the roll and the audit log show anyway;
// - members cannot read ballots or vote_roll at all (no grant), only whether they have voted
//   themselves (tp_member_voted).
// Residual risk: the previous state of the box stays in the table's file as dead rows until the
// table is rewritten; someone who can read the server's files (or a superuser with pageinspect)
// could compare it with the new box and learn the one ballot added with a roll entry. The
// secretary's program therefore rewrites the table (VACUUM FULL ballots, MemberAccess::sweepBallots())
// whenever it sees a ballot cast, and the close of a round rewrites it as well. The write-ahead log,
// its archive and any replica hold the same history until they are recycled; they are outside the
// program, as is a database backup taken between two casts.
class MemberServerSchema
{
public:
    static QString groupRole() { return QStringLiteral("tenderpanel_member"); }
    // The statements that prepare the server workspace in `schema` (an SQL identifier, quoted).
    static QStringList statements(const QString& quotedSchema);
    // Runs them on `db` (inside the caller's transaction).
    static std::optional<QSqlError> install(QSqlDatabase db);
    // Whether the login of `db` may issue credentials: it creates roles (CREATEROLE or superuser)
    // and owns the workspace's tables. nullopt when it may; else why not, in the user's words.
    static std::optional<QString> missingPrivilege(QSqlDatabase db);
    // A refusal raised by one of the member functions: its code ("sheet_submitted", ...) or empty.
    static QString refusalCode(const QSqlError& error);
    // The refusal of `code` in the user's words (empty for an unknown code).
    static QString refusalText(const QString& code);
};

} // namespace tp::store
