#pragma once

#include "model/Scenario.h"

#include <QByteArray>

namespace tp {

// Writes a Scenario as tenderpanel-scenario/1 JSON (keys in the order of docs/scenario-format.md,
// section 2, one-space indentation, UTF-8, trailing newline). ScenarioReader::readBytes(write(s))
// gives s back.
class ScenarioWriter
{
public:
    static QByteArray write(const Scenario& scenario);
};

} // namespace tp
