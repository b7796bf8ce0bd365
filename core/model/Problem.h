#pragma once

#include <QList>
#include <QString>

namespace tp {

// One thing wrong with an input: where (a JSON path such as "scores[12].score", a file name, or a
// command-line option) and why (a complete sentence fragment in the user's language).
struct Problem
{
    QString where;
    QString why;

    QString toString() const { return where.isEmpty() ? why : where + QStringLiteral(": ") + why; }
    bool operator==(const Problem& o) const { return where == o.where && why == o.why; }
};

using Problems = QList<Problem>;

} // namespace tp
