#pragma once

#include "model/Problem.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QString>
#include <optional>

namespace tp {

// Chinese working days: Mon-Fri, less statutory holidays, plus adjusted working days (调休上班).
// Built from text in the format of resources/calendar/cn-holidays.txt:
//   YEAR off|work DATE[..DATE] ...
// A year's line may list dates of the neighbouring years (e.g. "2012 work 2011-12-31"); the covered
// years are the YEAR fields. A year that has no line is "not covered": for its dates only weekends
// count as days off.
class WorkingDayCalendar
{
public:
    WorkingDayCalendar() = default;

    // Parses calendar text; problems name "<source>:<line>" and why. Lines of a later text
    // (merge) add to or replace whole years of an earlier one.
    static std::optional<WorkingDayCalendar> parse(const QString& text, const QString& sourceName, Problems* problems);
    // Every year that `other` covers replaces that year here entirely.
    void merge(const WorkingDayCalendar& other);
    // Parses the file and merges it; a file that cannot be read or parsed changes nothing, is
    // reported with qWarning naming the file, and returns false.
    bool mergeFile(const QString& path);

    // The calendar embedded in the program (resources/calendar/cn-holidays.txt), extended by the
    // file named in TENDERPANEL_CALENDAR or, if that is unset, by "cn-holidays.txt" in the user's
    // data folder when present. Loaded once; safe to read from any thread.
    static const WorkingDayCalendar& standard();
    // The embedded calendar alone, parsed anew.
    static WorkingDayCalendar embedded();
    // The extension file standard() merges: TENDERPANEL_CALENDAR when set, else cn-holidays.txt in
    // the application data folder when it exists, else empty.
    static QString extensionPath();

    bool covers(int year) const { return m_years.contains(year); }
    QList<int> coveredYears() const;
    bool isWorkingDay(const QDate& date) const;

    struct Period
    {
        QDate firstCountedDay;
        QDate end;
        QList<int> uncoveredYears; // ascending, years of days examined that the calendar lacks
    };
    // docs/scenario-format.md, rule 9: `workingDays` working days from `start`; by default the
    // start day is not counted (Civil Code art. 201), with countStartDay it is when it is a working
    // day. Fewer than one working day: the period ends on the start day and counts no day.
    Period period(const QDate& start, int workingDays, bool countStartDay) const;

private:
    void rebuild();

    QSet<int> m_years;
    QSet<qint64> m_off;                                    // julian days
    QSet<qint64> m_work;                                   // julian days
    QMap<int, QPair<QSet<qint64>, QSet<qint64>>> m_byYear; // YEAR field -> (off, work)
};

} // namespace tp
