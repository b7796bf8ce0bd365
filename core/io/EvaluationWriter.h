#pragma once

#include "model/Scenario.h"
#include "rules/Evaluation.h"

#include <QByteArray>
#include <QString>

namespace tp {

// The result of `tenderpanel-cli evaluate` as JSON, exactly as docs/scenario-format.md, section 4
// says (keys in order, one-space indentation, UTF-8, trailing newline).
class EvaluationWriter
{
public:
    static QByteArray json(const Evaluation& evaluation, const Scenario& scenario);
};

} // namespace tp
