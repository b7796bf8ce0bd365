#pragma once

#include "DocumentContext.h"
#include "store/StoreResult.h"

namespace tp::store {
class Workspace;
}

namespace tp::report {

// Reads what a workspace records about a negotiation beyond its scenario, for its documents: the
// code, where the notice is published and whom to contact about a challenge, the registration log
// (representative, documents checked), the proposal receipt log (receiver, opening and witness),
// the draw's time and witnesses, the presentation log with overruns, and the corrections with their
// grounds. Read only. The audit chain head is left to the caller, which decides whether the chain
// must verify first.
class WorkspaceContextReader
{
public:
    static store::StoreResult<DocumentContext> read(store::Workspace& workspace, qint64 id);
};

} // namespace tp::report
