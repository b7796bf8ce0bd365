#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <optional>
#include <string>

namespace tp {

// Scores and points are exact integer hundredths (85.70 points == 8570).
using Hundredths = qint64;

// Largest magnitude a decimal value may have, in hundredths (one billion points). Keeps every sum
// of a scenario far inside 64 bits.
inline constexpr Hundredths kMaxHundredths = Hundredths(100000000000LL);

class Decimal
{
public:
    enum class ParseError
    {
        None,
        Syntax,
        TooManyDecimals,
        OutOfRange
    };

    // Parses a JSON-style decimal literal ("16", "16.5", "-0.25", "1.65e1") exactly into hundredths.
    // The value must be a whole number of hundredths ("16.500" is fine, "16.005" is not) and at most
    // kMaxHundredths in magnitude.
    static std::optional<Hundredths> parseHundredths(QStringView text, ParseError* error = nullptr);

    // A score or points value as scenario files write it and as a person types it: an optional
    // minus sign, an integer part without superfluous leading zeros, and at most 2 decimals after a
    // point ("18", "18.5", "0.25", "-1"). No exponent, "+" sign, space, hexadecimal, or point
    // without digits on both sides (Syntax); a third decimal is TooManyDecimals, even a zero. The
    // value is then read by parseHundredths().
    static std::optional<Hundredths> parsePlain(QStringView text, ParseError* error = nullptr);

    // "85.70", "-0.05", "100.00": always two decimals.
    static QString format(Hundredths value);
    // format() in ASCII, appended to `out`.
    static void appendFormatted(std::string& out, Hundredths value);

    // Shortest exact decimal: 1650 -> "16.5", 1600 -> "16", 1655 -> "16.55".
    static QString formatShort(Hundredths value);
};

} // namespace tp
