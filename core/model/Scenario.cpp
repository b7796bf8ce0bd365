#include "Scenario.h"

namespace tp {

namespace {
template <typename T> const T* findById(const QList<T>& list, const QString& id)
{
    for (const T& item : list)
        if (item.id == id)
            return &item;
    return nullptr;
}
} // namespace

const Bidder* Scenario::bidder(const QString& id) const
{
    return findById(bidders, id);
}

const Criterion* Scenario::criterion(const QString& id) const
{
    return findById(criteria, id);
}

const Panelist* Scenario::panelist(const QString& id) const
{
    return findById(panel, id);
}

} // namespace tp
