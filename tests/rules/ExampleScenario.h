#pragma once

#include "model/Scenario.h"

#include <QJsonObject>

namespace tp::test {

// Builds a Scenario from one of the shipped example files (tests only; the real reader lives in
// core/io). Assumes the file is valid.
class ExampleScenario
{
public:
    static Scenario load(const QString& path);
    static QJsonObject loadJson(const QString& path);
};

} // namespace tp::test
