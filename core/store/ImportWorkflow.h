#pragma once

#include "NegotiationStore.h"
#include "StoreResult.h"
#include "model/Problem.h"
#include "model/Scenario.h"

#include <QString>
#include <optional>

namespace tp::store {

class Workspace;

// Importing a scenario file as a new negotiation, for the window and the command line alike: the
// file is read (ScenarioReader) and evaluated with the standard working-day calendar (Evaluator);
// a file with any problem is refused with them, and nothing is stored; a file without problems is
// stored as one new negotiation (NegotiationStore::importScenario). The check needs no workspace, so
// a front end can refuse a bad file before it opens (or creates) one.
class ImportWorkflow
{
public:
    struct Checked
    {
        std::optional<Scenario> scenario; // present when the file can be imported
        Problems problems;                // why it cannot: the reading's problems, else the evaluation's
        bool ok() const { return scenario.has_value(); }
    };
    static Checked check(const QString& path);
    // Stores a checked file as a new negotiation: one transaction, one audit event. A file that did not
    // pass the check is refused (Failure::Invalid, its first problem).
    static StoreResult<NegotiationSummary> store(Workspace& workspace, const Checked& checked, const QString& actor);
};

} // namespace tp::store
