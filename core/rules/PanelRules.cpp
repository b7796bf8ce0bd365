#include "PanelRules.h"

namespace tp {

qint64 PanelRules::trimMinimum(const TrimRule& trim)
{
    return qint64(trim.highest) + trim.lowest + 1;
}

bool PanelRules::tooSmallToTrim(qint64 size, const TrimRule& trim)
{
    return size < trimMinimum(trim);
}

int PanelRules::minimumSize(PanelBody body)
{
    switch (body) {
    case PanelBody::Negotiation:
        return 3;
    case PanelBody::EvaluationCommittee:
        return 5;
    case PanelBody::LargeBudget:
        return 7;
    }
    return 3;
}

bool PanelRules::evenSize(qint64 size)
{
    return size > 0 && size % 2 == 0;
}

std::optional<LeaderFinding> PanelRules::checkLeaders(qsizetype leaders)
{
    if (leaders == 0)
        return LeaderFinding::NoLeader;
    if (leaders > 1)
        return LeaderFinding::SeveralLeaders;
    return std::nullopt;
}

bool PanelRules::secondLeader(PanelRole role, bool otherLeads)
{
    return role == PanelRole::Leader && otherLeads;
}

QList<PanelSizeFinding> PanelRules::checkSize(int size, PanelBody body, const TrimRule& trim)
{
    QList<PanelSizeFinding> findings;
    if (tooSmallToTrim(size, trim))
        findings.append({PanelSizeFinding::Code::TooSmallToTrim, int(trimMinimum(trim)), true});
    const int regulationMinimum = minimumSize(body);
    if (size < regulationMinimum)
        findings.append({PanelSizeFinding::Code::BelowMinimum, regulationMinimum, false});
    if (evenSize(size))
        findings.append({PanelSizeFinding::Code::EvenSize, size + 1, false});
    return findings;
}

} // namespace tp
