#include "FractionText.h"

#include <QCoreApplication>

#include <numeric>

namespace tp::ui {

QString FractionText::points(const tp::Fraction& value)
{
    if (value.denominator() == 1)
        return tp::Decimal::format(value.numerator());
    const qint64 numerator = value.numerator();
    const qint64 denominator = value.denominator() * 100;
    const qint64 divisor = std::gcd(numerator < 0 ? -numerator : numerator, denominator);
    const qint64 p = numerator / divisor;
    const qint64 q = denominator / divisor;

    const bool negative = p < 0;
    qint64 rest = negative ? -p : p;
    QString decimals = QString::number(rest / q) + QLatin1Char('.');
    rest %= q;
    for (int digit = 0; digit < 4; ++digit) {
        rest *= 10;
        decimals += QChar(QLatin1Char('0').unicode() + char16_t(rest / q));
        rest %= q;
    }
    if (rest != 0)
        decimals += QChar(0x2026);
    if (negative)
        decimals.prepend(QLatin1Char('-'));
    return QCoreApplication::translate("tp::ui::FractionText", "%1/%2 = %3").arg(p).arg(q).arg(decimals);
}

} // namespace tp::ui
