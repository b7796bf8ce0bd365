#pragma once

#include "DocumentInput.h"
#include "model/Problem.h"
#include "store/StoreResult.h"

#include <QString>
#include <optional>

namespace tp::store {
class Workspace;
}

namespace tp::report {

// Makes a DocumentInput from a scenario: reads the file (ScenarioReader), evaluates it with the
// standard working-day calendar (Evaluator). The context stays empty: a file has none. From a
// workspace negotiation the context is the whole record (WorkspaceContextReader) and the head of
// the audit chain, which must verify.
class DocumentInputLoader
{
public:
    struct Result
    {
        std::optional<DocumentInput> input;
        Problems problems;
        bool ok() const { return input.has_value(); }
    };
    struct WorkspaceResult
    {
        std::optional<DocumentInput> input;
        store::Failure failure = store::Failure::None; // the store could not give the negotiation
        bool verificationFailed = false;               // the audit chain does not verify
        Problems problems;
        bool ok() const { return input.has_value(); }
    };
    static Result fromFile(const QString& path);
    static WorkspaceResult fromWorkspace(store::Workspace& workspace, qint64 id);
    static Result fromScenario(const Scenario& scenario, const DocumentContext& context = {});
};

} // namespace tp::report
