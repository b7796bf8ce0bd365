#pragma once

#include "model/Decimal.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tp {

// Drops the highest and lowest panel values (docs/scenario-format.md, rule 4). Equal values drop
// one instance each; among panelists sharing a dropped value the one with the smallest id is named.
// The highest values are chosen first among all, the lowest then among the rest.
class Trimmer
{
public:
    struct Value
    {
        QString panelist;
        Hundredths value = 0;
    };

    struct Result
    {
        QStringList droppedHighest;   // largest value first, equal values by id
        QStringList droppedLowest;    // smallest value first, equal values by id
        QList<qsizetype> keptIndexes; // the positions of the kept values in the input
        Hundredths keptSum = 0;
        int keptCount = 0;
    };

    // Requires highest + lowest < values.size().
    static Result trim(const QList<Value>& values, int highest, int lowest);
};

} // namespace tp
