#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <optional>

namespace tp {

// The date and date-time texts of the scenario format: "2014-08-08" and ISO 8601 date-times with
// seconds and an explicit offset ("2014-07-29T17:00:00+08:00", "2014-07-29T09:00:00.250Z").
// A date-time keeps its offset (Qt::OffsetFromUTC; an offset of zero is Qt::UTC and is written "Z").
class DateTimeText
{
public:
    enum class Error
    {
        None,
        Syntax,
        NoSuchDate,
        OffsetOutOfRange
    };

    static constexpr int kMaxOffsetSeconds = 14 * 3600;

    static std::optional<QDateTime> parseDateTime(QStringView text, Error* error = nullptr);
    static std::optional<QDate> parseDate(QStringView text, Error* error = nullptr);

    // Date-times are written in their own offset, with milliseconds only when they are not zero.
    static QString formatDateTime(const QDateTime& value);
    static QString formatDate(const QDate& date);
};

} // namespace tp
