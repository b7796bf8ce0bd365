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
};

} // namespace tp::store
