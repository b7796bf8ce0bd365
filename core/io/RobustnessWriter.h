#pragma once

#include "model/Scenario.h"
#include "rules/Robustness.h"

#include <QByteArray>
#include <QString>

namespace tp {

// The result of `tenderpanel-cli analyze`: JSON (keys in a fixed order, figures as 2-decimal text
// rounded half-up) and a Chinese plain-text summary for the panel and the supervisors.
class RobustnessWriter
{
public:
    static QByteArray json(const Robustness& robustness);
    static QString text(const Robustness& robustness, const Scenario& scenario);
};

} // namespace tp
