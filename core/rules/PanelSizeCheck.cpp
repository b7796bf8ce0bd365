#include "PanelSizeCheck.h"

namespace tp {

int PanelSizeCheck::minimumSize(PanelBody body)
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

QList<PanelSizeFinding> PanelSizeCheck::check(int size, PanelBody body, const TrimRule& trim)
{
    QList<PanelSizeFinding> findings;
    const int trimMinimum = trim.highest + trim.lowest + 1;
    if (size < trimMinimum)
        findings.append({PanelSizeFinding::Code::TooSmallToTrim, trimMinimum, true});
    const int regulationMinimum = minimumSize(body);
    if (size < regulationMinimum)
        findings.append({PanelSizeFinding::Code::BelowMinimum, regulationMinimum, false});
    if (size > 0 && size % 2 == 0)
        findings.append({PanelSizeFinding::Code::EvenSize, size + 1, false});
    return findings;
}

} // namespace tp
