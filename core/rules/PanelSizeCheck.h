#pragma once

#include "model/Scenario.h"

#include <QList>

namespace tp {

// The body the panel forms, which sets the smallest panel the procurement regulations allow.
enum class PanelBody
{
    Negotiation,         // 谈判小组 / 磋商小组: at least 3
    EvaluationCommittee, // 评标委员会 / 评审委员会: at least 5
    LargeBudget          // a large-budget project: at least 7
};

struct PanelSizeFinding
{
    enum class Code
    {
        TooSmallToTrim, // fewer members than trim.highest + trim.lowest + 1: the scenario is invalid
        BelowMinimum,   // fewer members than the regulations want for the body
        EvenSize        // the regulations want an odd number of members
    };
    Code code = Code::EvenSize;
    int required = 0; // the smallest acceptable size (for EvenSize: the next odd size)
    bool blocking = false;
    bool operator==(const PanelSizeFinding& o) const
    {
        return code == o.code && required == o.required && blocking == o.blocking;
    }
};

// The rule check of the panel's size shown while the negotiation is set up.
class PanelSizeCheck
{
public:
    static int minimumSize(PanelBody body);
    // Findings in the order TooSmallToTrim, BelowMinimum, EvenSize; empty when the size is fine.
    static QList<PanelSizeFinding> check(int size, PanelBody body, const TrimRule& trim);
};

} // namespace tp
