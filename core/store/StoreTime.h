#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace tp::store {

// Times in the workspace are ISO 8601 text with an explicit UTC offset ("2014-07-29T17:00:00+08:00"),
// so a record read in 15 years still says which local time the panel saw.
class StoreTime
{
public:
    static QString toText(const QDateTime& time);
    static std::optional<QDateTime> fromText(const QString& text);
    static QString dateToText(const QDate& date);
    static std::optional<QDate> dateFromText(const QString& text);
    // The current time with the system's UTC offset.
    static QDateTime now();
    // A time entered by hand, at the precision the user sees it: whole minutes (the seconds and
    // milliseconds are dropped), with its UTC offset. Every time a dialog or form enters goes
    // through here, so a time shown as the deadline's minute is the deadline, not a few seconds after.
    static QDateTime enteredTime(const QDateTime& time);
    // The current time as enteredTime() keeps it: the default of a time field.
    static QDateTime enteredNow();
};

} // namespace tp::store
