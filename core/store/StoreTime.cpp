#include "StoreTime.h"

namespace tp::store {

QString StoreTime::toText(const QDateTime& time)
{
    QDateTime t = time;
    if (t.timeSpec() != Qt::OffsetFromUTC)
        t = t.toOffsetFromUtc(t.offsetFromUtc());
    return t.toString(t.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

std::optional<QDateTime> StoreTime::fromText(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
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
    const QDateTime local = QDateTime::currentDateTime();
    QDateTime t = local.toOffsetFromUtc(local.offsetFromUtc());
    return t;
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
