#pragma once

#include "CliCommand.h"

#include "model/Scenario.h"
#include "rules/Evaluation.h"

#include <optional>

namespace tp::cli {

// The arguments of the commands that evaluate one scenario and print what they find as JSON or text
// (evaluate, analyze): "FILE [--format json|text]", or "FILE|ID ..." where the scenario may also be
// a negotiation of the workspace. The scenario is read and evaluated; a scenario the rules reject is
// reported as invalid input.
class ScenarioInput
{
public:
    enum class Source
    {
        File,
        FileOrNegotiation
    };
    struct Parsed
    {
        Scenario scenario;
        Evaluation evaluation;
        bool json = true;
    };
    // Prints what is wrong (`usage` when there is not exactly one FILE) and sets *exitCode.
    static std::optional<Parsed> parse(const QStringList& args, Source source, const QString& usage,
                                       CliContext& context, int* exitCode);
};

} // namespace tp::cli
