#pragma once

#include "Evaluation.h"
#include "model/Fraction.h"
#include "model/Scenario.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp {

class Evaluator;

// How solid a ranked result is (status final or vote_required), from the evaluation's exact figures:
// how far the last winner is ahead, whether any one member's absence would change the winners, and
// how each member scored against the panel. docs/analysis.md says what each figure means.
struct RobustnessMargin
{
    QString lastWinner;
    QString firstOther;
    Fraction difference; // exact; the last winner's score minus the first other's, votes not applied
};

struct LeaveOneOut
{
    QString panelist;
    std::optional<QStringList> winners; // nullopt: a tie that matters, or a panel too small to trim
    QStringList ranking;                // bidder ids best first (empty when too small)
    QStringList tie;                    // sorted, when a tie that matters arises
    bool tooSmall = false;
    bool changed = false; // winners differ from the result's, or are undecided
};

struct PanelistFigures
{
    QString panelist;
    int droppedHighest = 0; // values dropped as highest: totals (level total) or criterion values
    int droppedLowest = 0;
    Fraction meanDeviation; // mean over the qualified bidders of |member's total - exact score|
    int concordant = 0;     // pairs of bidders the member's totals order as the exact scores do
    int discordant = 0;     // pairs ordered the other way (pairs equal in either count as neither)
};

struct Robustness
{
    EvaluationStatus status = EvaluationStatus::Scoring;
    bool analysed = false;                  // false for statuses scoring and failed: nothing else is set
    QStringList winners;                    // as the evaluation gives them
    std::optional<RobustnessMargin> margin; // nullopt when every qualified bidder wins
    QList<LeaveOneOut> leaveOneOut;         // in panel order
    QList<PanelistFigures> panelists;       // in panel order
};

class RobustnessAnalysis
{
public:
    // `evaluation` is `evaluator`'s evaluation of `scenario`.
    static Robustness analyse(const Scenario& scenario, const Evaluation& evaluation, const Evaluator& evaluator);

    // The scenario as it would be without member `panelist`: their scores gone, the panel one
    // smaller, the trims unchanged and no votes.
    static Scenario without(const Scenario& scenario, const QString& panelist);
};

} // namespace tp
