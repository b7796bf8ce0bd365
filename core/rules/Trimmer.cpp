#include "Trimmer.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace tp {

Trimmer::Result Trimmer::trim(const QList<Value>& values, int highest, int lowest)
{
    Result result;
    // Positions in `values`, so that no id is copied to be sorted.
    std::vector<qsizetype> order(std::size_t(values.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    const auto higher = [&values](qsizetype a, qsizetype b) {
        const Value& x = values[a];
        const Value& y = values[b];
        return x.value != y.value ? x.value > y.value : x.panelist < y.panelist;
    };
    const auto lower = [&values](qsizetype a, qsizetype b) {
        const Value& x = values[a];
        const Value& y = values[b];
        return x.value != y.value ? x.value < y.value : x.panelist < y.panelist;
    };
    // The highest first among all, then the lowest among the rest.
    const auto high = order.begin() + std::clamp(highest, 0, int(order.size()));
    std::partial_sort(order.begin(), high, order.end(), higher);
    const auto low = high + std::clamp(lowest, 0, int(order.end() - high));
    std::partial_sort(high, low, order.end(), lower);
    for (auto it = order.begin(); it != high; ++it)
        result.droppedHighest.append(values[*it].panelist);
    for (auto it = high; it != low; ++it)
        result.droppedLowest.append(values[*it].panelist);
    // A value is dropped with its panelist: were an id given twice, both of its values would go.
    const auto dropped = [&](const QString& panelist) {
        return std::any_of(order.begin(), low, [&](qsizetype i) { return values[i].panelist == panelist; });
    };
    for (qsizetype i = 0; i < values.size(); ++i) {
        const Value& v = values[i];
        if (dropped(v.panelist))
            continue;
        result.keptIndexes.append(i);
        result.keptSum += v.value;
        ++result.keptCount;
    }
    return result;
}

} // namespace tp
