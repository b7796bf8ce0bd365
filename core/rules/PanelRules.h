#pragma once

#include "model/Scenario.h"

#include <QList>
#include <optional>

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

// What is wrong with the leaders of a panel.
enum class LeaderFinding
{
    NoLeader,
    SeveralLeaders
};

// The rules on the make-up of the panel, each coded here once: the scenario reader, the setup and
// procedure services, the rules engine and the setup editor ask these functions and only word the
// answer for their reader.
class PanelRules
{
public:
    // Trimming drops trim.highest and trim.lowest values of each bidder and must keep at least one,
    // so the panel needs at least trim.highest + trim.lowest + 1 members (scenario.md section 1).
    static qint64 trimMinimum(const TrimRule& trim);
    static bool tooSmallToTrim(qint64 size, const TrimRule& trim);

    // The smallest panel the procurement regulations allow for the body the panel forms.
    static int minimumSize(PanelBody body);

    // The regulations want an odd number of members; an empty panel is not called even.
    static bool evenSize(qint64 size);

    // A panel has exactly one leader: what is wrong when `leaders` of its members lead it.
    static std::optional<LeaderFinding> checkLeaders(qsizetype leaders);
    // Whether a member given `role` would be a second leader while `otherLeads` says another member
    // leads already.
    static bool secondLeader(PanelRole role, bool otherLeads);
    // The members of `panel` (Panelist, PanelistEntry, ...) who lead it.
    template <typename Member> static qsizetype leaderCount(const QList<Member>& panel)
    {
        qsizetype n = 0;
        for (const Member& m : panel)
            n += m.role == PanelRole::Leader ? 1 : 0;
        return n;
    }

    // The size rules shown while the negotiation is set up, in the order TooSmallToTrim,
    // BelowMinimum, EvenSize; empty when the size is fine.
    static QList<PanelSizeFinding> checkSize(int size, PanelBody body, const TrimRule& trim);
};

} // namespace tp
