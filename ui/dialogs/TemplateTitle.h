#pragma once

#include "store/BuiltinTemplates.h"

#include <QString>

// The name a template is shown under: the built-in ones by what they are, the others by the name
// they were saved under.
QString templateTitle(const tp::store::CriteriaTemplate& criteriaTemplate);

// What loading a template with an award also changes, for the question asked before it (empty
// without an award).
QString templateAwardText(const tp::store::CriteriaTemplate& criteriaTemplate);
