#pragma once

#include "DocumentContext.h"
#include "DocumentLanguage.h"
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
    // The language the documents are written in; not part of the record (the canonical record and
    // its digest are the same in every language). A sealed archive is always Chinese.
    DocumentLanguage language = DocumentLanguage::Chinese;
};

} // namespace tp
