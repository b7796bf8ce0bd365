#pragma once

#include "StoreResult.h"
#include "model/Decimal.h"
#include "model/Scenario.h"
#include "rules/Evaluation.h"
#include "rules/OutlierCheck.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp::store {

class Workspace;

// The four grounds on which a compiled score may be changed.
enum class CorrectionCategory
{
    SummationError,
    OutOfRange,
    ObjectiveDisagreement,
    AbnormalScore
};

struct CorrectionRequest
{
    QString panelist;
    QString bidder;
    QString criterion;
    Hundredths value = 0;
    CorrectionCategory category = CorrectionCategory::SummationError;
    QString reason;
    QString leader; // the panel leader's name; empty: the leader recorded in the panel
};

// The panel's confirmation of a score flagged as abnormal (OutlierCheck): it stands as given.
struct ScoreConfirmation
{
    QString panelist;
    QString bidder;
    QString criterion;
    QString reason;
    QString leader; // the panel leader's name; empty: the leader recorded in the panel
};

// A recorded confirmation (score_reviews).
struct ScoreReview
{
    qint64 seq = 0;
    QString panelist;
    QString bidder;
    QString criterion;
    Hundredths value = 0;
    QString reason;
    QString leader;
    QString reviewedAt;
};

struct CorrectionReceipt
{
    qint64 seq = 0; // the correction's number within the negotiation
    std::optional<Hundredths> previous;
    QString leader;
};

// A round of the anonymous vote as the store holds it. Nothing in it pairs a ballot with a voter, and
// nothing tells what was voted before the round closes.
struct VoteRoundState
{
    qint64 round = 0;
    QStringList tied;      // the bidders voted on, sorted
    bool recorded = false; // false: the round due next, recorded with its first ballot
    bool closed = false;
    QStringList roll;               // the members who have voted, by code (not in the order of voting)
    int ballots = 0;                // ballots in the box: one per member on the roll
    std::optional<VoteTally> tally; // once the round is closed
};

// One-time scoring, corrections, the anonymous vote and the result. One method per user action;
// each runs one transaction with one audit event and returns only after the commit.
class ScoringService
{
public:
    explicit ScoringService(Workspace& workspace) : m_workspace(workspace) {}

    static QString categoryName(CorrectionCategory category);
    static std::optional<CorrectionCategory> categoryFromName(const QString& name);

    // Enters or changes a score on a sheet that is not submitted. Refused before the draw is
    // recorded, after the sheet is submitted, after scoring, and for an excluded bidder.
    StoreResult<Done> recordScore(qint64 id, const QString& panelist, const QString& bidder, const QString& criterion,
                                  Hundredths value, const QString& actor);
    // Locks a complete sheet (every qualified bidder x criterion scored).
    StoreResult<Done> submitSheet(qint64 id, const QString& panelist, const QString& actor);
    // A whole sheet entered at once (a signed paper sheet, or a terminal's submit): checks every
    // cell (panelist's own, a qualified bidder, a known criterion, within range, once each) and
    // that every qualified bidder x criterion is there, then stores the scores and locks the sheet
    // in one transaction with one audit event. Any problem: nothing is stored.
    StoreResult<Done> enterSheet(qint64 id, const QString& panelist, const QList<ScoreEntry>& scores,
                                 const QString& actor);
    // Changes a score of a submitted sheet on one of the four grounds; recorded in corrections.
    StoreResult<CorrectionReceipt> correctScore(qint64 id, const CorrectionRequest& request, const QString& actor);
    // Records the panel's confirmation of a flagged score (it stands as given, for the reason
    // stated, approved by the leader); returns the review's number. Refused for a score that is not
    // flagged or already reviewed at its value. A flagged score changed instead goes through
    // correctScore() with the AbnormalScore ground.
    StoreResult<qint64> confirmScore(qint64 id, const ScoreConfirmation& confirmation, const QString& actor);
    // The flagged scores (OutlierCheck over the stored scores of the qualified bidders) that are
    // neither confirmed nor corrected on the AbnormalScore ground at their present value. The result
    // cannot be recorded while this list is not empty.
    StoreResult<QList<OutlierFlag>> pendingReviews(qint64 id) const;
    // The confirmations recorded, in order.
    StoreResult<QList<ScoreReview>> scoreReviews(qint64 id) const;
    // The anonymous vote on a tie, one round after another. A ballot is stored the moment it is cast,
    // in one transaction with its voter's entry on the roll, so that a confirmed ballot survives a
    // crash; the ballot itself carries no voter, time or sequence number and is kept so that nothing
    // in the file or the audit log links it to the roll entry (how, and what remains possible from
    // outside the program: WriteTransaction.h). Votes are held from scoring until the result.
    //
    // Records the next round on the tied bidders (at least two different qualified bidders) and
    // returns its number. Refused while a round is open.
    StoreResult<qint64> openVoteRound(qint64 id, const QStringList& tied, const QString& actor);
    // Casts `voter`'s ballot in round `round`: a bidder of the round, or nullopt for a blank ballot.
    // Refused unless the voter is a panel member not yet on the round's roll and the round is open.
    // When no round is open and `round` is the next one, the round is recorded with this first ballot,
    // on the tie the rules engine reports (currentVoteRound()). The audit event names the voter (the
    // roll is public) but not the choice.
    StoreResult<Done> castBallot(qint64 id, qint64 round, const QString& voter, const std::optional<QString>& choice,
                                 const QString& actor);
    // Closes the open round `round` (recording it first, empty, when it is the round due and has no
    // ballot yet) and counts the ballots stored in its box; the audit event gets the tally and a
    // digest of the ballot multiset.
    StoreResult<VoteTally> closeVoteRound(qint64 id, qint64 round, const QString& actor);
    // The rounds recorded, in order (a closed round with its tally).
    StoreResult<QList<VoteRoundState>> voteRounds(qint64 id) const;
    // The round the panel votes in now: the open round if one is recorded; else, while the rules
    // engine reports a tie that needs a vote, the round due next (not recorded yet); else nothing.
    StoreResult<std::optional<VoteRoundState>> currentVoteRound(qint64 id) const;
    // Evaluates the negotiation with the rules engine and stores the result snapshot: the step
    // becomes "result" (final or failed) or "vote" (a tie needs a vote). Refused until every sheet
    // is submitted and every flagged score reviewed (pendingReviews()).
    StoreResult<Evaluation> recordResult(qint64 id, const QString& actor);
    // Notes a document issued from the result (kind: result, report, letters, archive...). The result
    // notice is issued only once it is published (before that an export is a draft), and a document
    // already recorded with the same kind and digest (for the notice: the notice) is not recorded again:
    // both are refused.
    StoreResult<qint64> recordDocument(qint64 id, const QString& kind, const QString& sha256, const QString& actor);
    // Notes an editable copy of a document (format: "odt") exported for staff to adjust: an audit event
    // with its kind, format and digest, and no issued document. Only the PDF the program makes is issued.
    StoreResult<Done> recordDraft(qint64 id, const QString& kind, const QString& format, const QString& sha256,
                                  const QString& actor);

    // The submitted sheets: panelist -> submitted-at. The sheets' status only, never a figure.
    StoreResult<QMap<QString, QString>> submittedSheets(qint64 id) const;
    // The scores of `panelist`'s sheet, as the scoring view may show them: the draft of a sheet not
    // yet submitted (the member entering it sees the own entries), or any sheet once every panel
    // member's sheet is submitted. Refused for a submitted sheet while another sheet is still out,
    // so that no member's figures are seen before all are in.
    StoreResult<QList<ScoreEntry>> sheetValues(qint64 id, const QString& panelist) const;

private:
    Workspace& m_workspace;
};

} // namespace tp::store
