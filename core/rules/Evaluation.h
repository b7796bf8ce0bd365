#pragma once

#include "model/Decimal.h"
#include "model/Fraction.h"
#include "model/Problem.h"
#include "model/Scenario.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp {

// The result of evaluating a scenario (docs/scenario-format.md, sections 3 and 4).

enum class EvaluationStatus
{
    Final,
    Failed,
    VoteRequired,
    Scoring
};

struct Exclusion
{
    QString bidder;
    QString reason; // withdrawn, not_eligible, not_registered, late_registration, no_proposal,
                    // late_proposal, proposal_rejected
};

struct DrawOutcome
{
    std::optional<QString> commitment; // only for a seeded draw
    std::optional<QString> seed;       // only for a seeded draw
    QStringList order;
};

struct PanelTotal
{
    QString panelist;
    Hundredths total = 0;
};

struct CriterionResult
{
    QString criterion;
    Fraction mean;              // level criterion: trimmed mean; level total: mean over the kept panelists
    QStringList droppedHighest; // level criterion only
    QStringList droppedLowest;  // level criterion only
};

struct RankEntry
{
    QString bidder;
    Fraction score;           // exact, in hundredths
    Hundredths published = 0; // score rounded half-up to 2 decimals
    int position = 0;
    std::optional<int> share;        // nullopt while a vote is required, and when the project has no shares
    std::optional<ServiceArea> area; // the winner's service area, when the project has areas
    bool decidedByVote = false;
    QStringList droppedHighest; // panelists whose totals are dropped, one per value (level criterion: display only)
    QStringList droppedLowest;  // likewise for the lowest totals
    QList<PanelTotal> totals;   // per panelist in panel order (level total: what is trimmed)
    QList<CriterionResult> criteria; // per criterion in criteria order
    QList<int> ballots;              // ballots received in each vote round this bidder took part in
};

struct TieOutcome
{
    QStringList bidders; // sorted
    int first = 0;       // positions [first, last]
    int last = 0;
};

struct PublicationOutcome
{
    QDate start;
    QDate firstCountedDay;
    QDate end;
    int workingDays = 0;
};

struct VoteTally
{
    QStringList tied;                  // sorted
    QList<QPair<QString, int>> counts; // per tied bidder, sorted by id
    int blank = 0;
};

struct Evaluation
{
    EvaluationStatus status = EvaluationStatus::Scoring;
    QString reason; // "insufficient_bidders" when failed
    QList<Exclusion> excluded;
    QStringList warnings;
    QStringList qualified; // bidder ids in file order
    std::optional<DrawOutcome> draw;
    QList<RankEntry> ranking;
    QStringList winners;
    std::optional<TieOutcome> tie;
    std::optional<PublicationOutcome> publication;
    QList<VoteTally> tallies; // the vote rounds that were applied, in order
};

QString statusName(EvaluationStatus status);

} // namespace tp
