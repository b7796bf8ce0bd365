#include "TimerStyle.h"

#include <QCoreApplication>

namespace tp::ui {

namespace {

QString minutesSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString TimerStyle::digits(const tp::PresentationClock::Reading& reading)
{
    if (reading.phase == tp::PresentationClock::Phase::Overrun)
        return QLatin1Char('+') + minutesSeconds(reading.overrunSeconds);
    return minutesSeconds(reading.remainingSeconds);
}

QString TimerStyle::phaseText(tp::PresentationClock::Phase phase)
{
    switch (phase) {
    case tp::PresentationClock::Phase::NotStarted:
        return QCoreApplication::translate("tp::ui::TimerStyle", "Not started");
    case tp::PresentationClock::Phase::Presentation:
        return QCoreApplication::translate("tp::ui::TimerStyle", "Presentation");
    case tp::PresentationClock::Phase::Statement:
        return QCoreApplication::translate("tp::ui::TimerStyle", "Supplementary statement");
    case tp::PresentationClock::Phase::Overrun:
        return QCoreApplication::translate("tp::ui::TimerStyle", "Time is up: overrun");
    }
    return QString();
}

QColor TimerStyle::colour(tp::PresentationClock::Alert alert)
{
    switch (alert) {
    case tp::PresentationClock::Alert::Normal:
        return QColor(0x2e, 0x7d, 0x32);
    case tp::PresentationClock::Alert::FiveMinutesLeft:
        return QColor(0xef, 0x8f, 0x00);
    case tp::PresentationClock::Alert::OneMinuteLeft:
        return QColor(0xe5, 0x39, 0x35);
    case tp::PresentationClock::Alert::Overrun:
        return QColor(0xb7, 0x1c, 0x1c);
    }
    return QColor();
}

} // namespace tp::ui
