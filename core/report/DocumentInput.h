#pragma once

#include "DocumentContext.h"
#include "model/Scenario.h"
#include "rules/Evaluation.h"

namespace tp {

// The single input of every document: a scenario, its evaluation by the rules engine, and what the
// workspace adds. A scenario file and a workspace negotiation both become one of these.
struct DocumentInput
{
    Scenario scenario;
    Evaluation evaluation;
    DocumentContext context;
};

} // namespace tp
