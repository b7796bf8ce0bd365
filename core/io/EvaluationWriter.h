#pragma once

#include "model/Scenario.h"
#include "rules/Evaluation.h"

#include <QByteArray>
#include <QString>

namespace tp {

// The result of `tenderpanel-cli evaluate`: JSON exactly as scenario.md section 3 says (keys in
// order, one-space indentation, trailing newline), or a readable Chinese/English text summary.
class EvaluationWriter
{
public:
    static QByteArray json(const Evaluation& evaluation, const Scenario& scenario);
    static QString text(const Evaluation& evaluation, const Scenario& scenario);
};

} // namespace tp
