#pragma once

#include "Evaluation.h"
#include "model/Problem.h"
#include "model/Scenario.h"

#include <variant>

namespace tp {

class WorkingDayCalendar;

// The rules engine: docs/scenario-format.md, section 3 (rules 1 to 9), in order. Input that passed
// the ScenarioReader can still be invalid against the rules (a missing score of a qualified bidder,
// a manual draw that is not a permutation of the qualified bidders, a vote for the wrong bidders,
// leftover votes); those come back as Problems naming the JSON path, and no Evaluation.
class Evaluator
{
public:
    explicit Evaluator(const WorkingDayCalendar& calendar);

    struct Outcome
    {
        std::optional<Evaluation> evaluation;
        Problems problems;
        bool ok() const { return evaluation.has_value(); }
    };

    Outcome evaluate(const Scenario& scenario) const;

private:
    const WorkingDayCalendar& m_calendar;
};

} // namespace tp
