#include "WorkingDayCalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtDebug>

#include <algorithm>

namespace tp {

namespace {

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= 6;
}

QString dayText(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

struct LineParser
{
    QString where;
    Problems problems;

    void fail(const QString& why) { problems.append({where, why}); }

    std::optional<QDate> date(const QString& text)
    {
        // The usual form, in ASCII digits, by Qt's ISO date reading: much faster than the format and
        // the pattern below, which a whole calendar of dates makes felt. Anything else is checked below.
        bool plain = text.size() == 10;
        for (qsizetype i = 0; plain && i < text.size(); ++i)
            plain = i == 4 || i == 7 ? text[i] == u'-' : text[i] >= u'0' && text[i] <= u'9';
        if (plain) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (d.isValid())
                return d;
        }
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!shape.match(text).hasMatch() || !d.isValid()) {
            fail(QCoreApplication::translate("WorkingDayCalendar", "%1 is not a date (YYYY-MM-DD)").arg(text));
            return std::nullopt;
        }
        return d;
    }
};

// The words of a line, between ASCII white space (what \s matches).
QStringList words(const QString& line)
{
    QStringList words;
    const auto space = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
    };
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && space(line[i]))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && !space(line[i]))
            ++i;
        if (i > start)
            words.append(line.mid(start, i - start));
    }
    return words;
}

// Four ASCII digits.
bool isYearShape(const QString& word)
{
    if (word.size() != 4)
        return false;
    for (const QChar c : word)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace

std::optional<WorkingDayCalendar> WorkingDayCalendar::parse(const QString& text, const QString& sourceName,
                                                            Problems* problems)
{
    WorkingDayCalendar calendar;
    Problems found;
    // julian day -> (is a working day, line) of its first listing
    QHash<qint64, QPair<bool, int>> listed;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines[n];
        const qsizetype hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        const QStringList tokens = words(line);
        if (tokens.isEmpty())
            continue;
        LineParser parser{sourceName + QLatin1Char(':') + QString::number(n + 1), {}};
        if (!isYearShape(tokens[0]) || tokens[0].toInt() < 1) {
            parser.fail(QCoreApplication::translate("WorkingDayCalendar", "the line must start with a year, not %1")
                            .arg(tokens[0]));
            found += parser.problems;
            continue;
        }
        const int year = tokens[0].toInt();
        const bool work = tokens.size() > 1 && tokens[1] == QLatin1String("work");
        if (tokens.size() < 2 || (!work && tokens[1] != QLatin1String("off"))) {
            parser.fail(QCoreApplication::translate("WorkingDayCalendar", "after the year comes \"off\" or \"work\""));
            found += parser.problems;
            continue;
        }
        if (tokens.size() < 3)
            parser.fail(QCoreApplication::translate("WorkingDayCalendar", "the line lists no dates"));
        auto& sets = calendar.m_byYear[year];
        for (int t = 2; t < tokens.size(); ++t) {
            const QStringList ends = tokens[t].split(QStringLiteral(".."));
            if (ends.size() > 2) {
                parser.fail(QCoreApplication::translate("WorkingDayCalendar", "%1 is not a date or a range DATE..DATE")
                                .arg(tokens[t]));
                continue;
            }
            const std::optional<QDate> from = parser.date(ends[0]);
            const std::optional<QDate> to = ends.size() == 2 ? parser.date(ends[1]) : from;
            if (!from || !to)
                continue;
            if (*to < *from) {
                parser.fail(QCoreApplication::translate("WorkingDayCalendar", "the range %1 ends before it starts")
                                .arg(tokens[t]));
                continue;
            }
            if (from->year() < year - 1 || to->year() > year + 1) {
                parser.fail(QCoreApplication::translate("WorkingDayCalendar", "%1 is too far from the year %2")
                                .arg(tokens[t])
                                .arg(year));
                continue;
            }
            for (qint64 day = from->toJulianDay(); day <= to->toJulianDay(); ++day) {
                const auto previous = listed.constFind(day);
                if (previous != listed.cend() && previous->first != work) {
                    parser.fail(QCoreApplication::translate(
                                    "WorkingDayCalendar", "%1 is both a day off and an adjusted working day (line %2)")
                                    .arg(dayText(day))
                                    .arg(previous->second));
                    continue;
                }
                if (previous == listed.cend())
                    listed.insert(day, {work, n + 1});
                (work ? sets.second : sets.first).insert(day);
            }
        }
        found += parser.problems;
    }
    if (problems)
        *problems += found;
    if (!found.isEmpty())
        return std::nullopt;
    calendar.rebuild();
    return calendar;
}

void WorkingDayCalendar::rebuild()
{
    m_years.clear();
    m_off.clear();
    m_work.clear();
    for (auto it = m_byYear.cbegin(); it != m_byYear.cend(); ++it) {
        m_years.insert(it.key());
        m_off.unite(it.value().first);
        m_work.unite(it.value().second);
    }
}

void WorkingDayCalendar::merge(const WorkingDayCalendar& other)
{
    for (auto it = other.m_byYear.cbegin(); it != other.m_byYear.cend(); ++it)
        m_byYear.insert(it.key(), it.value());
    rebuild();
}

bool WorkingDayCalendar::mergeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << QStringLiteral("Ignoring the calendar file %1: %2")
                                    .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    Problems problems;
    const std::optional<WorkingDayCalendar> extension =
        parse(QString::fromUtf8(file.readAll()), QDir::toNativeSeparators(path), &problems);
    if (!extension) {
        QStringList lines;
        for (const Problem& problem : std::as_const(problems))
            lines.append(problem.toString());
        qWarning().noquote() << QStringLiteral("Ignoring the calendar file %1: %2")
                                    .arg(QDir::toNativeSeparators(path), lines.join(QStringLiteral("; ")));
        return false;
    }
    merge(*extension);
    return true;
}

WorkingDayCalendar WorkingDayCalendar::embedded()
{
    const QString name = QStringLiteral(":/calendar/cn-holidays.txt");
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << QStringLiteral("The embedded calendar %1 is missing").arg(name);
        return WorkingDayCalendar();
    }
    Problems problems;
    const std::optional<WorkingDayCalendar> calendar = parse(QString::fromUtf8(file.readAll()), name, &problems);
    for (const Problem& problem : std::as_const(problems))
        qWarning().noquote() << problem.toString();
    return calendar.value_or(WorkingDayCalendar());
}

QString WorkingDayCalendar::extensionPath()
{
    const QString fromEnvironment = qEnvironmentVariable("TENDERPANEL_CALENDAR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::locate(QStandardPaths::AppDataLocation, QStringLiteral("cn-holidays.txt"));
}

const WorkingDayCalendar& WorkingDayCalendar::standard()
{
    static const WorkingDayCalendar calendar = [] {
        WorkingDayCalendar result = embedded();
        const QString extension = extensionPath();
        if (!extension.isEmpty())
            result.mergeFile(extension);
        return result;
    }();
    return calendar;
}

QList<int> WorkingDayCalendar::coveredYears() const
{
    QList<int> years(m_years.cbegin(), m_years.cend());
    std::sort(years.begin(), years.end());
    return years;
}

bool WorkingDayCalendar::isWorkingDay(const QDate& date) const
{
    if (!covers(date.year()))
        return !isWeekend(date);
    const qint64 day = date.toJulianDay();
    if (m_work.contains(day))
        return true;
    return !m_off.contains(day) && !isWeekend(date);
}

WorkingDayCalendar::Period WorkingDayCalendar::period(const QDate& start, int workingDays, bool countStartDay) const
{
    Period result;
    QSet<int> uncovered;
    int counted = 0;
    auto examine = [&](const QDate& day) {
        if (!covers(day.year()))
            uncovered.insert(day.year());
        if (!isWorkingDay(day))
            return;
        ++counted;
        if (!result.firstCountedDay.isValid())
            result.firstCountedDay = day;
        if (counted == workingDays)
            result.end = day;
    };
    if (workingDays < 1 || !start.isValid()) {
        result.end = start;
        return result;
    }
    if (countStartDay)
        examine(start);
    for (QDate day = start.addDays(1); counted < workingDays && day.isValid(); day = day.addDays(1))
        examine(day);
    result.uncoveredYears = QList<int>(uncovered.cbegin(), uncovered.cend());
    std::sort(result.uncoveredYears.begin(), result.uncoveredYears.end());
    return result;
}

} // namespace tp
