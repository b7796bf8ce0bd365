#pragma once

#include "model/Fraction.h"

#include <QString>

namespace tp::ui {

// Display of an exact score (a fraction of hundredths) in points, for the panel's tables.
class FractionText
{
public:
    // 8570/1 -> "85.70"; 25630/3 -> "2563/30 = 85.4333…" (reduced fraction of points, then the first
    // four decimals by integer long division).
    static QString points(const tp::Fraction& value);
};

} // namespace tp::ui
