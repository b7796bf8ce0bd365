#pragma once

#include "model/Scenario.h"
#include "rules/Evaluation.h"
#include "store/Procedure.h"

#include <QString>
#include <optional>

namespace tp::store {
class Workspace;
}

namespace tp::ui {

// What every step page shows: the stored negotiation as the store reads it, its step, and the rules
// engine's evaluation of it (or why it cannot be evaluated yet).
struct StepContext
{
    tp::store::Workspace* workspace = nullptr;
    qint64 id = 0;
    QString code;
    tp::store::Stage stage = tp::store::Stage::Setup;
    tp::Scenario scenario;
    std::optional<tp::Evaluation> evaluation;    // the whole negotiation, when it evaluates
    std::optional<tp::Evaluation> qualification; // who is excluded and why, without scores and votes
    QString evaluationProblem;
    QMap<QString, QString> submittedSheets; // panelist -> submitted at

    bool drawRecorded() const { return scenario.draw.has_value(); }
    QString bidderName(const QString& bidder) const;
    QString actor() const;
};

} // namespace tp::ui
