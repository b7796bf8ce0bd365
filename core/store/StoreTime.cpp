#include "StoreTime.h"

#include <ctime>

namespace tp::store {

namespace {

// Writes `value` as `digits` decimal digits at `out`, zero-padded.
char* putDigits(char* out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
    return out + digits;
}

} // namespace

QString StoreTime::toText(const QDateTime& time)
{
    QDateTime t = time;
    if (t.timeSpec() != Qt::OffsetFromUTC && t.timeSpec() != Qt::UTC)
        t = t.toOffsetFromUtc(t.offsetFromUtc());
    const QDate date = t.date();
    const QTime clock = t.time();
    const int offset = t.offsetFromUtc();
    // Written here as Qt writes ISO 8601 ("2014-07-29T17:00:00+08:00", milliseconds when there are some,
    // "Z" for UTC) at a tenth of its cost: the time of every change goes through here. Other years and
    // offsets of seconds are Qt's to write.
    if (!t.isValid() || date.year() < 1 || date.year() > 9999 || offset % 60 != 0)
        return t.toString(clock.msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
    char text[32];
    char* p = putDigits(text, date.year(), 4);
    *p++ = '-';
    p = putDigits(p, date.month(), 2);
    *p++ = '-';
    p = putDigits(p, date.day(), 2);
    *p++ = 'T';
    p = putDigits(p, clock.hour(), 2);
    *p++ = ':';
    p = putDigits(p, clock.minute(), 2);
    *p++ = ':';
    p = putDigits(p, clock.second(), 2);
    if (clock.msec() != 0) {
        *p++ = '.';
        p = putDigits(p, clock.msec(), 3);
    }
    if (offset == 0) {
        *p++ = 'Z';
    } else {
        const int minutes = offset < 0 ? -offset / 60 : offset / 60;
        *p++ = offset < 0 ? '-' : '+';
        p = putDigits(p, minutes / 60, 2);
        *p++ = ':';
        p = putDigits(p, minutes % 60, 2);
    }
    return QString::fromLatin1(text, p - text);
}

namespace {

// The value of the `count` decimal digits at `at` of `text`, or -1.
int digitsAt(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// A time in the form toText() writes ("2014-07-29T17:00:00+08:00", "…:00.250Z"), read without Qt's general
// ISO 8601 reader, which takes ten times as long; nullopt for any other text, and for a date or time of
// day that does not exist, which Qt's reader is left to judge.
std::optional<QDateTime> fromStoredForm(QStringView text)
{
    const qsizetype n = text.size();
    if (n < 20 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2), second = digitsAt(text, 17, 2);
    qsizetype at = 19;
    int ms = 0;
    if (text[at] == u'.') {
        if (n < at + 5 || (ms = digitsAt(text, at + 1, 3)) < 0)
            return std::nullopt;
        at += 4;
    }
    int offset = 0;
    if (text[at] == u'Z' && n == at + 1) {
        offset = 0;
    } else if ((text[at] == u'+' || text[at] == u'-') && n == at + 6 && text[at + 3] == u':') {
        const int h = digitsAt(text, at + 1, 2), m = digitsAt(text, at + 4, 2);
        if (h < 0 || m < 0 || h > 14 || m > 59)
            return std::nullopt;
        offset = (text[at] == u'-' ? -1 : 1) * (h * 3600 + m * 60);
    } else {
        return std::nullopt;
    }
    if (year < 1 || !QDate::isValid(year, month, day) || !QTime::isValid(hour, minute, second, ms))
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime clock(hour, minute, second, ms);
    // As Qt's reader gives it: UTC for "Z", a fixed offset otherwise (UTC again when it is +00:00).
    return text[at] == u'Z' || offset == 0 ? QDateTime(date, clock, Qt::UTC)
                                           : QDateTime(date, clock, Qt::OffsetFromUTC, offset);
}

} // namespace

std::optional<QDateTime> StoreTime::fromText(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    if (auto stored = fromStoredForm(text))
        return stored;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

QString StoreTime::dateToText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

std::optional<QDate> StoreTime::dateFromText(const QString& text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QDateTime StoreTime::now()
{
    // The offset from the C library, which reads the system's time zone once: Qt's local time looks for a
    // changed zone file at every call, three times for one time with its offset, and that was a tenth of
    // a save's time. A zone changed while the program runs is seen at its next start; the instant stored
    // is right either way, as it carries the offset it was written with.
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    const time_t seconds = time_t(ms / 1000 - (ms % 1000 < 0 ? 1 : 0));
    struct tm local = {};
    if (!localtime_r(&seconds, &local)) {
        const QDateTime t = QDateTime::currentDateTime();
        return t.toOffsetFromUtc(t.offsetFromUtc());
    }
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, int(local.tm_gmtoff));
}

QDateTime StoreTime::enteredTime(const QDateTime& time)
{
    if (!time.isValid())
        return time;
    QDateTime t = time.toOffsetFromUtc(time.offsetFromUtc());
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    return t;
}

QDateTime StoreTime::enteredNow()
{
    return enteredTime(QDateTime::currentDateTime());
}

} // namespace tp::store
