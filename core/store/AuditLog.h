#pragma once

#include "StoreResult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace tp::store {

class Workspace;
class WriteTransaction;

// The tamper-evident record of every change. Each event is canonical JSON
//   {"seq","at","actor","action","negotiation","details","changes"}
// where "changes" lists the rows the action wrote, as canonical JSON: a row inserted or written whole
// as {"op":"upsert","before","after"} (before null for a new row), a row updated as
// {"op":"update","key","before","after"} with only the columns that changed, and a row deleted as
// {"op":"delete","before"}. (Events written before updates were described by their columns carry
// every update as an upsert; both replay.) The ballot
// box is described without its rows: a ballot cast only as "one ballot in this round" (op
// "ballot_cast", never its choice), a closed (or imported) round by its tally and a digest of the
// ballot multiset (op "ballots"). An event's hash is SHA-256(previous hash + "\n" + event text),
// lowercase hex; the first event chains to 64 zeros.
//
// verify() checks the schema against the one the migrations create (SchemaCheck), recomputes the
// chain and replays the changes into the state the record describes, then compares it with the
// tables, so an edit made with another tool is found and named. A ballot box is checked by its tally
// once its round is closed, and while the round is open by its number of ballots: one per ballot
// cast, one per member on the roll.
class AuditLog
{
public:
    static QString genesis();
    static QString hashOf(const QString& previousHash, const QByteArray& body);

    struct Event
    {
        qint64 seq = 0;
        std::optional<qint64> negotiationId;
        QString action;
        QString actor;
        QString at;
        QByteArray body;
        QString previousHash;
        QString hash;
    };

    // Appends one event within the open transaction; returns (seq, hash). `changes` are the compact JSON
    // texts of the changes' objects; the body is the event's compact JSON text, as QJsonDocument writes it.
    static StoreResult<QPair<qint64, QString>> append(WriteTransaction& tx, const QString& action, const QString& actor,
                                                      std::optional<qint64> negotiationId, const QJsonObject& details,
                                                      const QList<QByteArray>& changes);

    // The number the event of the open transaction will have (the last event's, plus one).
    static StoreResult<qint64> nextSeq(WriteTransaction& tx);

    // The events of one negotiation (or of the whole workspace), in order. A panel member's
    // score_recorded events are not in the index of the events by negotiation (a save writes one page
    // fewer): they are read from the negotiation's first event that entered scores by hand
    // (negotiations.scores_from_seq), up to the last event while it is in the presentations or scoring
    // step, and after that up to its last indexed event (it left scoring by an event of its own, and no
    // step is ever undone). verify() checks that every score event lies there.
    static StoreResult<QList<Event>> events(const Workspace& workspace, std::optional<qint64> negotiationId);

    // A published document's anchor: the event whose hash is `hash` (64 hex digits) or begins with it
    // (the short form printed on the notice and the letters, at least 16 hex digits; spaces are
    // ignored). nullopt when no event of the chain has it: the chain was rewritten after the document
    // was made, or the document comes from another workspace. Failure::Invalid when the text is not
    // such a hash or its short form names more than one event. Only meaningful on a verified chain.
    static StoreResult<std::optional<Event>> eventWithHash(const Workspace& workspace, const QString& hash);

    struct Verification
    {
        bool ok = false;
        qint64 events = 0;
        QString head;                 // hash of the last event (genesis() when there is none)
        std::optional<qint64> badSeq; // the first bad event, when one can be named
        Problem problem;              // what does not match
    };
    static StoreResult<Verification> verify(const Workspace& workspace);

private:
    // The last event's number and hash (0 and genesis() when there is none).
    static StoreResult<QPair<qint64, QString>> lastEvent(WriteTransaction& tx);
};

} // namespace tp::store
