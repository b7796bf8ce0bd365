#include "Scenario.h"

namespace tp {

namespace {
template <typename T> const T* findByCode(const QList<T>& list, const QString& code)
{
    for (const T& item : list)
        if (item.id == code)
            return &item;
    return nullptr;
}
} // namespace

const Bidder* Scenario::bidder(const QString& code) const
{
    return findByCode(bidders, code);
}

const Criterion* Scenario::criterion(const QString& code) const
{
    return findByCode(criteria, code);
}

const Panelist* Scenario::panelist(const QString& code) const
{
    return findByCode(panel, code);
}

} // namespace tp
