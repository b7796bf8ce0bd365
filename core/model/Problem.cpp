#include "Problem.h"

namespace tp {

QStringList problemLines(const Problems& problems, qsizetype limit)
{
    const qsizetype count = limit < 0 ? problems.size() : qMin(limit, problems.size());
    QStringList lines;
    lines.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        lines.append(problems.at(i).toString());
    return lines;
}

QString problemsText(const Problems& problems, qsizetype limit)
{
    return problemLines(problems, limit).join(QLatin1Char('\n'));
}

} // namespace tp
