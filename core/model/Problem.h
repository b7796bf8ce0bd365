#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

// A message box shows at most this many problems: the first ones name the cause, a long list hides it.
inline constexpr qsizetype kProblemsInMessage = 10;

// The problems as the lines of a message, Problem::toString() each, in their order: the first `limit`
// of them, or all of them when `limit` is negative.
QStringList problemLines(const Problems& problems, qsizetype limit = -1);

// problemLines() joined with newlines, for a message box or a label.
QString problemsText(const Problems& problems, qsizetype limit = -1);

} // namespace tp
