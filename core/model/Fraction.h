#pragma once

#include "Decimal.h"

#include <QString>
#include <QtGlobal>

namespace tp {

// An exact non-negative-denominator fraction of hundredths: the value in points is
// numerator / denominator / 100. Always kept in lowest terms with denominator >= 1.
class Fraction
{
public:
    constexpr Fraction() = default;
    Fraction(qint64 numerator, qint64 denominator);
    static Fraction fromHundredths(Hundredths h) { return Fraction(h, 1); }

    qint64 numerator() const { return m_num; }
    qint64 denominator() const { return m_den; }

    // Rounded half-up (away from zero for negatives) to whole hundredths: the published score.
    Hundredths roundedHundredths() const;
    // "85.70": the published score as text.
    QString published() const { return Decimal::format(roundedHundredths()); }
    // "257/3": exact value in hundredths, for calculation sheets and debugging.
    QString exactText() const;
    // The value in points with `digits` decimals, cut (not rounded) and marked with "…" when the
    // decimal does not end there: 25400/3 hundredths -> "84.6666…", 8570 -> "85.70".
    QString pointsText(int digits = 4) const;

    Fraction operator+(const Fraction& o) const;
    int compare(const Fraction& o) const; // -1, 0, 1

    bool operator==(const Fraction& o) const { return m_num == o.m_num && m_den == o.m_den; }
    bool operator!=(const Fraction& o) const { return !(*this == o); }
    bool operator<(const Fraction& o) const { return compare(o) < 0; }
    bool operator>(const Fraction& o) const { return compare(o) > 0; }
    bool operator<=(const Fraction& o) const { return compare(o) <= 0; }
    bool operator>=(const Fraction& o) const { return compare(o) >= 0; }

private:
    qint64 m_num = 0;
    qint64 m_den = 1;
};

} // namespace tp
