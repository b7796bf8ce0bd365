#pragma once

#include <QObject>

class QWidget;

namespace tp::app {

// Measures start-up for bench/run.sh: when TENDERPANEL_EXIT_AT_FIRST_PAINT=1, waits for the first paint
// event of a widget (the home list), lets it be painted and flushed to the window, then prints
//   first-paint-ms MS
//   peak-rss-kib KIB
// on standard output and quits the application with exit code 0.
// MS counts from the process start: from TENDERPANEL_START_NS (nanoseconds of CLOCK_REALTIME, set by the
// launcher just before it starts the process) when given, otherwise from the start time the kernel records
// for the process (10 ms resolution). KIB is the peak resident set (VmHWM). Without the variable it does
// nothing. If no paint comes within 60 s it prints "first-paint-ms none" and exits with code 3.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    // Watches `target` if the variable is set; returns whether it does.
    static bool watchIfRequested(QWidget* target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FirstPaintProbe(QObject* parent);
    void report();
    void giveUp();

    bool m_seen = false;
};

} // namespace tp::app
