#pragma once

#include "model/Problem.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <optional>

namespace tp {

// Chinese working days: Mon-Fri, less statutory holidays, plus adjusted working days (调休上班).
// Built from text in the format of resources/calendar/cn-holidays.txt:
//   YEAR off|work DATE[..DATE] ...
// A year that has no line is "not covered": for it only weekends count as days off.
class WorkingDayCalendar
{
public:
    WorkingDayCalendar() = default;

    // Parses calendar text; problems name "<source>:<line>" and why. Lines of a later text
    // (merge) add to or replace whole years of an earlier one.
    static std::optional<WorkingDayCalendar> parse(const QString& text, const QString& sourceName,
                                                   Problems* problems);
    void merge(const WorkingDayCalendar& other);

    // The calendar embedded in the program (resources/calendar/cn-holidays.txt), extended by the
    // file named in TENDERPANEL_CALENDAR or, if that is unset, by "cn-holidays.txt" in the user's
    // data folder when present. Loaded once.
    static const WorkingDayCalendar& standard();

    bool covers(int year) const { return m_years.contains(year); }
    QList<int> coveredYears() const;
    bool isWorkingDay(const QDate& date) const;

    struct Period
    {
        QDate firstCountedDay;
        QDate end;
        QList<int> uncoveredYears; // ascending, years of days examined that the calendar lacks
    };
    // scenario.md rule 8: `workingDays` working days from `start`; by default the start day is not
    // counted (Civil Code art. 201), with countStartDay it is when it is a working day.
    Period period(const QDate& start, int workingDays, bool countStartDay) const;

private:
    QSet<int> m_years;
    QSet<qint64> m_off;  // julian days
    QSet<qint64> m_work; // julian days
    QMap<int, QPair<QSet<qint64>, QSet<qint64>>> m_byYear;
};

} // namespace tp
