#pragma once

#include "Procedure.h"
#include "StoreResult.h"
#include "model/Scenario.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp::store {

class Workspace;

struct BidderRegistration
{
    QString id;   // "B1"
    QString name; // the company
    QDateTime registeredAt;
    QString representative;
    QString idNumber; // stored masked: all but the last 4 characters become '*'
    bool introLetterChecked = false;
    bool idCopyChecked = false;
    bool eligible = true;
};

struct RegistrationReceipt
{
    bool late = false; // after the registration deadline: recorded, and excluded as giving up
};

struct ProposalReceipt
{
    bool late = false; // after the proposal deadline: recorded, and excluded
};

// A panelist's entry in the workspace's panel: the Panelist the rules see, plus what only the
// workspace keeps about them (the setup edits it; see the glossary in Scenario.h).
struct PanelistEntry : Panelist
{
    QString affiliation;
    std::optional<bool> conflictDeclared; // the conflict-of-interest declaration: true = has a conflict
    QString conflictNote;
};

// A draw to record: a seed, a manual order, or neither to reveal the seed already committed.
struct DrawInput
{
    std::optional<QString> seed;      // a verifiable draw (docs/scenario-format.md, rule 3)
    std::optional<QStringList> order; // a manual (physical) draw record
    QStringList witnesses;
};

// A verifiable draw whose commitment has been shown and whose seed is not revealed yet.
struct DrawCommitment
{
    QString seed; // secret until the reveal: never exported, never shown
    QString commitment;
    QString committedAt;
};

// The procedure from setup to archive, one method per user action. Each checks what the step
// needs (Procedure), runs one transaction with one audit event and returns after the commit.
class ProcedureService
{
public:
    explicit ProcedureService(Workspace& workspace) : m_workspace(workspace) {}

    static QString maskIdNumber(const QString& idNumber);

    StoreResult<Stage> stage(qint64 id) const;
    // Moves to the next step when what it needs is recorded. Steps cannot be undone.
    StoreResult<Stage> advance(qint64 id, Stage to, const QString& actor);

    StoreResult<RegistrationReceipt> registerBidder(qint64 id, const BidderRegistration& registration,
                                                    const QString& actor);
    StoreResult<Done> setEligibility(qint64 id, const QString& bidder, bool eligible, const QString& actor);
    StoreResult<Done> withdrawBidder(qint64 id, const QString& bidder, const QString& actor);
    // Records a proposal's receipt. A second receipt for the same bidder is refused: a receipt
    // recorded in error is changed with correctProposal(), which keeps the reason.
    StoreResult<ProposalReceipt> recordProposal(qint64 id, const Proposal& proposal, const QString& actor);
    // Corrects a registration recorded in error (Procedure::checkRegistrationCorrection): `corrected`
    // replaces the entry's fields (the bidder number stays), or, without it, the entry is withdrawn as
    // never made (refused while a proposal receipt of the bidder is recorded). One transaction; its
    // audit event keeps the entry before and after, and the reason, which the evaluation report shows.
    StoreResult<RegistrationReceipt> correctRegistration(qint64 id, const QString& bidder,
                                                         const std::optional<BidderRegistration>& corrected,
                                                         const QString& reason, const QString& actor);
    // Corrects a proposal receipt recorded in error (Procedure::checkReceiptCorrection), like
    // correctRegistration(); an opened proposal's receipt can be corrected but not withdrawn.
    StoreResult<ProposalReceipt> correctProposal(qint64 id, const QString& bidder,
                                                 const std::optional<Proposal>& corrected, const QString& reason,
                                                 const QString& actor);
    StoreResult<Done> openProposal(qint64 id, const QString& bidder, const QDateTime& openedAt, const QString& witness,
                                   const QString& actor);
    // Records the opening of the sealed proposals (开标): when, and who witnessed it. Every received
    // proposal not rejected is marked opened at `openedAt`; recording it again corrects the time or the
    // witnesses until the draw is recorded (Procedure::checkOpening). At least one witness; not before
    // the proposal deadline. No change, no event.
    StoreResult<Done> recordOpening(qint64 id, const QDateTime& openedAt, const QStringList& witnesses,
                                    const QString& actor);
    // Stores a verifiable draw's seed at the moment its commitment is shown, and returns the
    // commitment. The draw stays unrecorded (no order, nothing in a scenario export or the result)
    // until the reveal; the reveal can only use this seed. Committing the same seed again changes
    // nothing; another seed is refused.
    StoreResult<QString> commitDraw(qint64 id, const QString& seed, const QString& actor);
    // The commitment shown and not yet revealed, if any.
    StoreResult<std::optional<DrawCommitment>> pendingDraw(qint64 id) const;
    // Records the draw and moves to the presentations; returns the commitment (seeded draw) or "".
    // After commitDraw(), only the committed seed is accepted (a manual order is refused), and a
    // DrawInput without seed and order reveals it.
    StoreResult<QString> recordDraw(qint64 id, const DrawInput& draw, const QString& actor);
    // Reveals the committed seed: recordDraw() with the stored seed, in one transaction.
    StoreResult<QString> revealDraw(qint64 id, const QStringList& witnesses, const QString& actor);
    // Logs one presentation; returns the overrun in seconds beyond presentation + statement time.
    StoreResult<qint64> logPresentation(qint64 id, const QString& bidder, const QDateTime& start, const QDateTime& end,
                                        const QString& actor);
    // Publishes the fixed result: notice start, working days, website and contact for challenges, and,
    // when given, the address where a written challenge is delivered (else the one already stored stays).
    StoreResult<Done> publish(qint64 id, const PublicationRule& rule, const QString& website, const QString& contact,
                              const QString& actor, const std::optional<QString>& challengeAddress = std::nullopt);
    StoreResult<Done> archive(qint64 id, const QString& actor);

private:
    Workspace& m_workspace;
};

} // namespace tp::store
