#pragma once

#include <QtGlobal>

#include <optional>

namespace tp {

// The clock of one bidder's presentation: the presentation countdown (20:00 by default), then the
// supplementary statement countdown (5:00), then overrun counted up. The presentation moves on to
// the statement when its time is up, or earlier when the chair says so. Time comes in from the
// caller (milliseconds since the epoch), so the clock itself never reads a system clock.
class PresentationClock
{
public:
    enum class Phase
    {
        NotStarted,
        Presentation,
        Statement,
        Overrun
    };
    enum class Alert
    {
        Normal,
        FiveMinutesLeft,
        OneMinuteLeft,
        Overrun
    };

    static constexpr qint64 kFiveMinutes = 300;
    static constexpr qint64 kOneMinute = 60;

    struct Reading
    {
        Phase phase = Phase::NotStarted;
        qint64 remainingSeconds = 0; // of the current countdown, rounded up (20:00 at the start)
        qint64 overrunSeconds = 0;   // past the end of the statement, rounded down
        qint64 elapsedSeconds = 0;   // running time since the start, pauses excluded
        Alert alert = Alert::Normal;
        bool running = false;
    };

    PresentationClock() = default;
    PresentationClock(qint64 presentationSeconds, qint64 statementSeconds);

    qint64 presentationSeconds() const { return m_presentationMs / 1000; }
    qint64 statementSeconds() const { return m_statementMs / 1000; }

    bool hasStarted() const { return m_started; }
    bool isRunning() const { return m_runningSince.has_value(); }

    // Starts, or resumes after a pause.
    void start(qint64 nowMs);
    void pause(qint64 nowMs);
    // Ends the presentation early and starts the statement countdown; only during the presentation.
    bool beginStatement(qint64 nowMs);
    // Back to the beginning, for the next bidder.
    void reset();

    Reading read(qint64 nowMs) const;
    static Alert alertFor(Phase phase, qint64 remainingSeconds);

private:
    qint64 elapsedMs(qint64 nowMs) const;
    qint64 statementStartMs() const;

    qint64 m_presentationMs = 0;
    qint64 m_statementMs = 0;
    bool m_started = false;
    qint64 m_accumulatedMs = 0;
    std::optional<qint64> m_runningSince;
    std::optional<qint64> m_statementStartMs; // elapsed time at which the statement began early
};

} // namespace tp
