#include "Fraction.h"

#include "Int128.h"

#include <algorithm>
#include <numeric>

namespace tp {

Fraction::Fraction(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const qint64 g = std::gcd(numerator, denominator);
    m_num = g > 1 ? numerator / g : numerator;
    m_den = g > 1 ? denominator / g : denominator;
}

Hundredths Fraction::roundedHundredths() const
{
    // half-up: floor((2n + d) / (2d)) for n >= 0; symmetric for negatives.
    const Int128 n = m_num;
    const Int128 d = m_den;
    if (n >= 0)
        return Hundredths((2 * n + d) / (2 * d));
    return -Hundredths((2 * -n + d) / (2 * d));
}

QString Fraction::exactText() const
{
    if (m_den == 1)
        return QString::number(m_num);
    return QString::number(m_num) + QLatin1Char('/') + QString::number(m_den);
}

QString Fraction::pointsText(int digits) const
{
    // value in points = m_num / (100 * m_den)
    const Int128 den = Int128(m_den) * 100;
    const bool negative = m_num < 0;
    Int128 num = negative ? -Int128(m_num) : Int128(m_num);
    const Int128 whole = num / den;
    Int128 rest = num % den;
    QString text = QString::number(qint64(whole));
    QString decimals;
    const int shown = m_den == 1 ? 2 : std::max(digits, 2);
    for (int i = 0; i < shown; ++i) {
        rest *= 10;
        decimals += QChar(u'0' + int(rest / den));
        rest %= den;
    }
    text += QLatin1Char('.') + decimals;
    if (rest != 0)
        text += QChar(0x2026);
    return negative ? QLatin1Char('-') + text : text;
}

Fraction Fraction::operator+(const Fraction& o) const
{
    const qint64 g = std::gcd(m_den, o.m_den);
    const qint64 l = m_den / g * o.m_den;
    return Fraction(m_num * (l / m_den) + o.m_num * (l / o.m_den), l);
}

int Fraction::compare(const Fraction& o) const
{
    const Int128 a = __int128(m_num) * o.m_den;
    const Int128 b = __int128(o.m_num) * m_den;
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace tp
