#include "DateTimeText.h"

#include <QTime>

namespace tp {

namespace {

// Reads count ASCII digits at pos; -1 when any is missing.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

bool isAt(QStringView text, qsizetype pos, char16_t c)
{
    return pos < text.size() && text[pos].unicode() == c;
}

template <typename T> std::optional<T> fail(DateTimeText::Error* error, DateTimeText::Error e)
{
    if (error)
        *error = e;
    return std::nullopt;
}

QString padded(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

std::optional<QDate> DateTimeText::parseDate(QStringView text, Error* error)
{
    if (error)
        *error = Error::None;
    const int y = digits(text, 0, 4);
    const int m = digits(text, 5, 2);
    const int d = digits(text, 8, 2);
    if (text.size() != 10 || y < 0 || m < 0 || d < 0 || !isAt(text, 4, u'-') || !isAt(text, 7, u'-'))
        return fail<QDate>(error, Error::Syntax);
    const QDate date(y, m, d);
    if (!date.isValid())
        return fail<QDate>(error, Error::NoSuchDate);
    return date;
}

std::optional<QDateTime> DateTimeText::parseDateTime(QStringView text, Error* error)
{
    if (error)
        *error = Error::None;
    if (text.size() < 20 || !isAt(text, 10, u'T'))
        return fail<QDateTime>(error, Error::Syntax);
    Error dateError = Error::None;
    const std::optional<QDate> date = parseDate(text.left(10), &dateError);
    if (dateError == Error::Syntax)
        return fail<QDateTime>(error, Error::Syntax);
    const int hh = digits(text, 11, 2);
    const int mm = digits(text, 14, 2);
    const int ss = digits(text, 17, 2);
    if (hh < 0 || mm < 0 || ss < 0 || !isAt(text, 13, u':') || !isAt(text, 16, u':'))
        return fail<QDateTime>(error, Error::Syntax);
    qsizetype pos = 19;
    int msec = 0;
    if (isAt(text, pos, u'.')) {
        ++pos;
        int count = 0;
        while (pos < text.size() && text[pos].unicode() >= u'0' && text[pos].unicode() <= u'9') {
            if (++count > 3)
                return fail<QDateTime>(error, Error::Syntax);
            msec = msec * 10 + int(text[pos].unicode() - u'0');
            ++pos;
        }
        if (count == 0)
            return fail<QDateTime>(error, Error::Syntax);
        for (; count < 3; ++count)
            msec *= 10;
    }
    bool utc = false;
    int offset = 0;
    bool offsetMinutesValid = true;
    if (isAt(text, pos, u'Z') && pos + 1 == text.size()) {
        utc = true;
    } else if ((isAt(text, pos, u'+') || isAt(text, pos, u'-')) && pos + 6 == text.size() &&
               isAt(text, pos + 3, u':')) {
        const int oh = digits(text, pos + 1, 2);
        const int om = digits(text, pos + 4, 2);
        if (oh < 0 || om < 0)
            return fail<QDateTime>(error, Error::Syntax);
        offsetMinutesValid = om < 60;
        offset = (oh * 3600 + om * 60) * (isAt(text, pos, u'-') ? -1 : 1);
    } else {
        return fail<QDateTime>(error, Error::Syntax);
    }
    const QTime time(hh, mm, ss, msec);
    if (!date || !time.isValid() || !offsetMinutesValid)
        return fail<QDateTime>(error, Error::NoSuchDate);
    if (offset > kMaxOffsetSeconds || offset < -kMaxOffsetSeconds)
        return fail<QDateTime>(error, Error::OffsetOutOfRange);
    if (utc || offset == 0)
        return QDateTime(*date, time, Qt::UTC);
    return QDateTime(*date, time, Qt::OffsetFromUTC, offset);
}

QString DateTimeText::formatDateTime(const QDateTime& value)
{
    if (!value.isValid())
        return QString();
    QDateTime local = value;
    int offset = value.offsetFromUtc();
    if (offset % 60 != 0 || offset > kMaxOffsetSeconds || offset < -kMaxOffsetSeconds) {
        local = value.toUTC();
        offset = 0;
    }
    const QTime time = local.time();
    QString text = formatDate(local.date()) + QLatin1Char('T') + padded(time.hour(), 2) + QLatin1Char(':') +
                   padded(time.minute(), 2) + QLatin1Char(':') + padded(time.second(), 2);
    if (time.msec() != 0)
        text += QLatin1Char('.') + padded(time.msec(), 3);
    if (offset == 0)
        return text + QLatin1Char('Z');
    const int minutes = (offset < 0 ? -offset : offset) / 60;
    text += QLatin1Char(offset < 0 ? '-' : '+') + padded(minutes / 60, 2) + QLatin1Char(':') + padded(minutes % 60, 2);
    return text;
}

QString DateTimeText::formatDate(const QDate& date)
{
    if (!date.isValid())
        return QString();
    return padded(date.year(), 4) + QLatin1Char('-') + padded(date.month(), 2) + QLatin1Char('-') +
           padded(date.day(), 2);
}

} // namespace tp
