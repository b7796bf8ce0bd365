#pragma once

#include "model/Problem.h"
#include "model/Scenario.h"

#include <QList>
#include <QString>
#include <optional>

namespace tp::store {

class WriteTransaction;

// A named list of criteria a negotiation can start from.
struct CriteriaTemplate
{
    qint64 id = 0;
    QString name;
    bool builtin = false;
    QList<Criterion> criteria;
};

// The templates every workspace has: "cixi-2014", the eight elements of the 2014 Cixi
// critical-illness negotiation, and "reinsurance-2022", the five of the 2022 reinsurance project.
class BuiltinTemplates
{
public:
    static QList<CriteriaTemplate> all();
    // Writes them (schema version 2 migration).
    static std::optional<Problem> install(WriteTransaction& tx);
};

} // namespace tp::store
