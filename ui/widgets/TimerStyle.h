#pragma once

#include "rules/PresentationClock.h"

#include <QColor>
#include <QString>

namespace tp::ui {

// How a presentation clock reading looks, the same on the panel's screen and on the projector.
class TimerStyle
{
public:
    // "19:59" counting down; "+01:23" for overrun.
    static QString digits(const tp::PresentationClock::Reading& reading);
    static QString phaseText(tp::PresentationClock::Phase phase);
    static QColor colour(tp::PresentationClock::Alert alert);
};

} // namespace tp::ui
