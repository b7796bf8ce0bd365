#pragma once

#include "DocumentInput.h"
#include "model/Problem.h"

#include <QString>
#include <optional>

namespace tp::report {

// Makes a DocumentInput from a scenario: reads the file (ScenarioReader), evaluates it with the
// standard working-day calendar (Evaluator). The context stays empty: a file has none.
class DocumentInputLoader
{
public:
    struct Result
    {
        std::optional<DocumentInput> input;
        Problems problems;
        bool ok() const { return input.has_value(); }
    };
    static Result fromFile(const QString& path);
    static Result fromScenario(const Scenario& scenario, const DocumentContext& context = {});
};

} // namespace tp::report
