#include "Evaluation.h"

namespace tp {

QString statusName(EvaluationStatus status)
{
    switch (status) {
    case EvaluationStatus::Final:
        return QStringLiteral("final");
    case EvaluationStatus::Failed:
        return QStringLiteral("failed");
    case EvaluationStatus::VoteRequired:
        return QStringLiteral("vote_required");
    case EvaluationStatus::Scoring:
        return QStringLiteral("scoring");
    }
    return QString();
}

} // namespace tp
