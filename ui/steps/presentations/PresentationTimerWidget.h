#pragma once

#include "model/Scenario.h"
#include "rules/PresentationClock.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace tp::ui {

// The presentations in the drawn order: for each bidder the presentation countdown, then the
// supplementary statement, then overrun counted up; colour at 5:00 and 1:00 left. Each finished
// presentation is logged with its start, end and overrun.
class PresentationTimerWidget : public QWidget
{
    Q_OBJECT
public:
    using TimeSource = std::function<QDateTime()>;

    explicit PresentationTimerWidget(QWidget* parent = nullptr);

    // The bidders in presentation order and the project's limits (presentation_minutes,
    // statement_minutes).
    void setSchedule(const QList<tp::Bidder>& order, int presentationMinutes, int statementMinutes);
    // Where the time comes from (a test passes a settable clock); the default is the system clock.
    void setTimeSource(TimeSource source);

    int currentIndex() const { return m_current; }
    bool isFinished() const { return m_current >= m_order.size(); }
    tp::PresentationClock::Reading reading() const;

public slots:
    void startOrPause();
    void beginStatement();
    // Logs the current presentation (when it started) and moves on to the next bidder.
    void nextBidder();
    // Reads the clock and updates the screen; a timer calls it several times a second.
    void refresh();

signals:
    void presentationLogged(const QString& bidder, const QDateTime& start, const QDateTime& end, qint64 overrunSeconds);
    void presenterChanged(const QString& bidderName, int number, int count);
    void clockChanged(const tp::PresentationClock::Reading& reading);
    void scheduleFinished();

private:
    qint64 nowMs() const;
    void showPresenter();
    void updateButtons();

    QList<tp::Bidder> m_order;
    int m_current = 0;
    tp::PresentationClock m_clock;
    QDateTime m_startedAt;
    TimeSource m_timeSource;
    QTimer* m_ticker;
    QLabel* m_presenter;
    QLabel* m_phase;
    QLabel* m_digits;
    QLabel* m_limits;
    QPushButton* m_start;
    QPushButton* m_statement;
    QPushButton* m_next;
    QTableWidget* m_log;
    tp::PresentationClock::Reading m_last;
};

} // namespace tp::ui
