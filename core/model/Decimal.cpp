#include "Decimal.h"

namespace tp {

std::optional<Hundredths> Decimal::parseHundredths(QStringView text, ParseError* error)
{
    auto fail = [error](ParseError e) -> std::optional<Hundredths> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = ParseError::None;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    // Digits before and after the point, kept as a digit string without leading zeros.
    QString digits;
    qsizetype fractionDigits = 0;
    bool anyDigit = false;
    bool seenPoint = false;
    for (; i < n; ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128) {
            anyDigit = true;
            if (seenPoint)
                ++fractionDigits;
            if (!(digits.isEmpty() && c == u'0'))
                digits.append(c);
            else if (seenPoint)
                digits.append(c); // keep zeros after the point so positions stay right
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!anyDigit)
        return fail(ParseError::Syntax);
    qint64 exponent = 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == u'-' || text[i] == u'+')) {
            expNegative = text[i] == u'-';
            ++i;
        }
        bool anyExp = false;
        for (; i < n && text[i].isDigit() && text[i].unicode() < 128; ++i) {
            anyExp = true;
            if (exponent < 100000)
                exponent = exponent * 10 + (text[i].unicode() - u'0');
        }
        if (!anyExp)
            return fail(ParseError::Syntax);
        if (expNegative)
            exponent = -exponent;
    }
    if (i != n)
        return fail(ParseError::Syntax);

    // value = digits * 10^(exponent - fractionDigits); we want value * 100.
    qint64 shift = exponent - fractionDigits + 2;
    // Strip leading zeros (possible when the integer part was 0 and zeros followed the point).
    qsizetype lead = 0;
    while (lead < digits.size() && digits[lead] == u'0')
        ++lead;
    digits = digits.mid(lead);
    if (digits.isEmpty())
        return Hundredths(0);
    // Drop trailing zeros into the shift.
    while (!digits.isEmpty() && digits.back() == u'0') {
        digits.chop(1);
        ++shift;
    }
    if (shift < 0)
        return fail(ParseError::TooManyDecimals);
    if (digits.size() + shift > 18)
        return fail(ParseError::OutOfRange);
    qint64 value = 0;
    for (QChar c : std::as_const(digits))
        value = value * 10 + (c.unicode() - u'0');
    for (qint64 s = 0; s < shift; ++s)
        value *= 10;
    if (value > kMaxHundredths)
        return fail(ParseError::OutOfRange);
    return negative ? -value : value;
}

std::optional<Hundredths> Decimal::parsePlain(QStringView text, ParseError* error)
{
    auto fail = [error](ParseError e) -> std::optional<Hundredths> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && text[i] == u'-')
        ++i;
    const qsizetype integerStart = i;
    while (i < n && isDigit(text[i]))
        ++i;
    const qsizetype integerDigits = i - integerStart;
    if (integerDigits == 0 || (integerDigits > 1 && text[integerStart] == u'0'))
        return fail(ParseError::Syntax);
    if (i < n && text[i] == u'.') {
        ++i;
        const qsizetype fractionStart = i;
        while (i < n && isDigit(text[i]))
            ++i;
        if (i == fractionStart)
            return fail(ParseError::Syntax);
        if (i == n && i - fractionStart > 2)
            return fail(ParseError::TooManyDecimals);
    }
    if (i != n)
        return fail(ParseError::Syntax);
    return parseHundredths(text, error);
}

namespace {

// format()'s characters, written backwards from the end of `buffer`; where they start.
constexpr std::size_t kFormatBytes = 24; // a sign, up to 19 digits, the point and two decimals
char* formatBackwards(Hundredths value, char (&buffer)[kFormatBytes])
{
    const bool negative = value < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    char* at = buffer + kFormatBytes;
    *--at = char('0' + magnitude % 10);
    *--at = char('0' + magnitude / 10 % 10);
    *--at = '.';
    magnitude /= 100;
    do {
        *--at = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (negative)
        *--at = '-';
    return at;
}

} // namespace

QString Decimal::format(Hundredths value)
{
    char buffer[kFormatBytes];
    const char* const at = formatBackwards(value, buffer);
    return QString::fromLatin1(at, qsizetype(buffer + kFormatBytes - at));
}

void Decimal::appendFormatted(std::string& out, Hundredths value)
{
    char buffer[kFormatBytes];
    const char* const at = formatBackwards(value, buffer);
    out.append(at, std::size_t(buffer + kFormatBytes - at));
}

QString Decimal::formatShort(Hundredths value)
{
    QString s = format(value);
    if (s.endsWith(QLatin1String(".00")))
        s.chop(3);
    else if (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    return s;
}

} // namespace tp
