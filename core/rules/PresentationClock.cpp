#include "PresentationClock.h"

namespace tp {

PresentationClock::PresentationClock(qint64 presentationSeconds, qint64 statementSeconds)
    : m_presentationMs(qMax<qint64>(0, presentationSeconds) * 1000),
      m_statementMs(qMax<qint64>(0, statementSeconds) * 1000)
{}

void PresentationClock::start(qint64 nowMs)
{
    if (m_runningSince)
        return;
    m_started = true;
    m_runningSince = nowMs;
}

void PresentationClock::pause(qint64 nowMs)
{
    if (!m_runningSince)
        return;
    m_accumulatedMs = elapsedMs(nowMs);
    m_runningSince.reset();
}

bool PresentationClock::beginStatement(qint64 nowMs)
{
    if (read(nowMs).phase != Phase::Presentation)
        return false;
    m_statementStartMs = elapsedMs(nowMs);
    return true;
}

void PresentationClock::reset()
{
    m_started = false;
    m_accumulatedMs = 0;
    m_runningSince.reset();
    m_statementStartMs.reset();
}

qint64 PresentationClock::elapsedMs(qint64 nowMs) const
{
    qint64 elapsed = m_accumulatedMs;
    if (m_runningSince)
        elapsed += qMax<qint64>(0, nowMs - *m_runningSince);
    return elapsed;
}

qint64 PresentationClock::statementStartMs() const
{
    return m_statementStartMs.value_or(m_presentationMs);
}

PresentationClock::Alert PresentationClock::alertFor(Phase phase, qint64 remainingSeconds)
{
    if (phase == Phase::Overrun)
        return Alert::Overrun;
    if (phase == Phase::NotStarted)
        return Alert::Normal;
    if (remainingSeconds <= kOneMinute)
        return Alert::OneMinuteLeft;
    if (remainingSeconds <= kFiveMinutes)
        return Alert::FiveMinutesLeft;
    return Alert::Normal;
}

PresentationClock::Reading PresentationClock::read(qint64 nowMs) const
{
    Reading reading;
    reading.running = m_runningSince.has_value();
    const qint64 elapsed = elapsedMs(nowMs);
    reading.elapsedSeconds = elapsed / 1000;
    const qint64 statementStart = statementStartMs();
    const qint64 statementEnd = statementStart + m_statementMs;
    qint64 remainingMs = 0;
    if (!m_started) {
        reading.phase = Phase::NotStarted;
        remainingMs = m_presentationMs;
    } else if (elapsed < statementStart) {
        reading.phase = Phase::Presentation;
        remainingMs = statementStart - elapsed;
    } else if (elapsed < statementEnd) {
        reading.phase = Phase::Statement;
        remainingMs = statementEnd - elapsed;
    } else {
        reading.phase = Phase::Overrun;
        reading.overrunSeconds = (elapsed - statementEnd) / 1000;
    }
    reading.remainingSeconds = (remainingMs + 999) / 1000;
    reading.alert = alertFor(reading.phase, reading.remainingSeconds);
    return reading;
}

} // namespace tp
