#include "Trimmer.h"

#include <QSet>

#include <algorithm>

namespace tp {

Trimmer::Result Trimmer::trim(const QList<Value>& values, int highest, int lowest)
{
    Result result;
    QList<Value> byValue = values;
    std::sort(byValue.begin(), byValue.end(), [](const Value& a, const Value& b) {
        return a.value != b.value ? a.value > b.value : a.panelist < b.panelist;
    });
    QSet<QString> dropped;
    const int dropHigh = std::clamp(highest, 0, int(byValue.size()));
    for (int i = 0; i < dropHigh; ++i) {
        result.droppedHighest.append(byValue[i].panelist);
        dropped.insert(byValue[i].panelist);
    }
    QList<Value> rest = byValue.mid(dropHigh);
    std::sort(rest.begin(), rest.end(), [](const Value& a, const Value& b) {
        return a.value != b.value ? a.value < b.value : a.panelist < b.panelist;
    });
    const int dropLow = std::clamp(lowest, 0, int(rest.size()));
    for (int i = 0; i < dropLow; ++i) {
        result.droppedLowest.append(rest[i].panelist);
        dropped.insert(rest[i].panelist);
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const Value& v = values[i];
        if (dropped.contains(v.panelist))
            continue;
        result.kept.append(v.panelist);
        result.keptIndexes.append(i);
        result.keptSum += v.value;
        ++result.keptCount;
    }
    return result;
}

} // namespace tp
