#include "PresentationTimerWidget.h"
#include "PlainText.h"

#include "MessageBox.h"
#include "widgets/TimerStyle.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

QString clockTime(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

bool sameReading(const tp::PresentationClock::Reading& a, const tp::PresentationClock::Reading& b)
{
    return a.phase == b.phase && a.remainingSeconds == b.remainingSeconds && a.overrunSeconds == b.overrunSeconds &&
           a.running == b.running;
}

} // namespace

PresentationTimerWidget::PresentationTimerWidget(QWidget* parent)
    : QWidget(parent), m_timeSource([] { return QDateTime::currentDateTimeUtc(); }), m_ticker(new QTimer(this)),
      m_presenter(new QLabel(this)), m_phase(new QLabel(this)), m_digits(new QLabel(this)), m_limits(new QLabel(this)),
      m_start(new QPushButton(this)), m_statement(new QPushButton(tr("Start the statement now"), this)),
      m_next(new QPushButton(this)), m_log(new QTableWidget(this))
{
    PlainText::label(m_presenter);
    PlainText::label(m_limits);
    m_presenter->setObjectName(QStringLiteral("presenter"));
    m_phase->setObjectName(QStringLiteral("phase"));
    m_digits->setObjectName(QStringLiteral("digits"));
    m_limits->setObjectName(QStringLiteral("limits"));
    m_start->setObjectName(QStringLiteral("startPause"));
    m_statement->setObjectName(QStringLiteral("beginStatement"));
    m_next->setObjectName(QStringLiteral("nextBidder"));
    m_log->setObjectName(QStringLiteral("presentationLog"));

    QFont presenterFont = m_presenter->font();
    presenterFont.setPointSizeF(presenterFont.pointSizeF() * 1.8);
    presenterFont.setBold(true);
    m_presenter->setFont(presenterFont);
    m_presenter->setAlignment(Qt::AlignCenter);
    m_presenter->setWordWrap(true);
    QFont phaseFont = m_phase->font();
    phaseFont.setPointSizeF(phaseFont.pointSizeF() * 1.5);
    m_phase->setFont(phaseFont);
    m_phase->setAlignment(Qt::AlignCenter);
    QFont digitsFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    digitsFont.setPixelSize(120);
    digitsFont.setBold(true);
    m_digits->setFont(digitsFont);
    m_digits->setAlignment(Qt::AlignCenter);
    m_limits->setAlignment(Qt::AlignCenter);
    for (QPushButton* button : {m_start, m_statement, m_next}) {
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        button->setFont(font);
        button->setMinimumHeight(44);
    }

    m_log->setColumnCount(4);
    m_log->setHorizontalHeaderLabels({tr("Bidder"), tr("Start"), tr("End"), tr("Overrun")});
    m_log->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_log->verticalHeader()->setVisible(false);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setMaximumHeight(170);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_statement);
    buttons->addStretch(1);
    buttons->addWidget(m_next);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_presenter);
    layout->addWidget(m_phase);
    layout->addWidget(m_digits, 1);
    layout->addWidget(m_limits);
    layout->addLayout(buttons);
    layout->addWidget(m_log);

    connect(m_start, &QPushButton::clicked, this, &PresentationTimerWidget::startOrPause);
    connect(m_statement, &QPushButton::clicked, this, &PresentationTimerWidget::beginStatement);
    connect(m_next, &QPushButton::clicked, this, &PresentationTimerWidget::nextBidder);
    connect(m_ticker, &QTimer::timeout, this, &PresentationTimerWidget::refresh);
    m_ticker->setInterval(200);
    showPresenter();
}

void PresentationTimerWidget::setSchedule(const QList<tp::Bidder>& order, int presentationMinutes, int statementMinutes)
{
    m_order = order;
    m_current = 0;
    m_clock = tp::PresentationClock(qint64(presentationMinutes) * 60, qint64(statementMinutes) * 60);
    m_limits->setText(
        tr("Presentation %1 min, then supplementary statement %2 min.").arg(presentationMinutes).arg(statementMinutes));
    m_log->setRowCount(0);
    showPresenter();
}

void PresentationTimerWidget::setTimeSource(TimeSource source)
{
    m_timeSource = std::move(source);
    refresh();
}

qint64 PresentationTimerWidget::nowMs() const
{
    return m_timeSource().toMSecsSinceEpoch();
}

tp::PresentationClock::Reading PresentationTimerWidget::reading() const
{
    return m_clock.read(nowMs());
}

void PresentationTimerWidget::startOrPause()
{
    if (isFinished())
        return;
    const qint64 now = nowMs();
    if (m_clock.isRunning()) {
        m_clock.pause(now);
        m_ticker->stop();
    } else {
        if (!m_clock.hasStarted())
            m_startedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        m_clock.start(now);
        m_ticker->start();
    }
    refresh();
}

void PresentationTimerWidget::beginStatement()
{
    m_clock.beginStatement(nowMs());
    refresh();
}

void PresentationTimerWidget::nextBidder()
{
    if (isFinished())
        return;
    const qint64 now = nowMs();
    const tp::Bidder& bidder = m_order.at(m_current);
    if (m_clock.hasStarted()) {
        const tp::PresentationClock::Reading last = m_clock.read(now);
        if (last.phase != tp::PresentationClock::Phase::Overrun && last.running) {
            const MessageBox::Button answer =
                MessageBox::question(this, tr("End presentation"),
                                     tr("%1 still has %2 left. End this presentation and move on?")
                                         .arg(bidder.name, TimerStyle::digits(last)),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return;
        }
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        const int row = m_log->rowCount();
        m_log->insertRow(row);
        m_log->setItem(row, 0, new QTableWidgetItem(bidder.name));
        m_log->setItem(row, 1, new QTableWidgetItem(clockTime(m_startedAt)));
        m_log->setItem(row, 2, new QTableWidgetItem(clockTime(end)));
        auto* overrun = new QTableWidgetItem(last.overrunSeconds > 0 ? TimerStyle::digits(last) : tr("none"));
        if (last.overrunSeconds > 0)
            overrun->setForeground(TimerStyle::colour(tp::PresentationClock::Alert::Overrun));
        m_log->setItem(row, 3, overrun);
        emit presentationLogged(bidder.id, m_startedAt, end, last.overrunSeconds);
    }
    m_ticker->stop();
    m_clock.reset();
    ++m_current;
    showPresenter();
    if (isFinished())
        emit scheduleFinished();
}

void PresentationTimerWidget::showPresenter()
{
    if (m_order.isEmpty()) {
        m_presenter->setText(tr("No presentation order yet."));
    } else if (isFinished()) {
        m_presenter->setText(tr("All %n presentation(s) finished.", nullptr, int(m_order.size())));
    } else {
        m_presenter->setText(tr("%1 of %2: %3").arg(m_current + 1).arg(m_order.size()).arg(m_order.at(m_current).name));
        emit presenterChanged(m_order.at(m_current).name, m_current + 1, int(m_order.size()));
    }
    m_last = tp::PresentationClock::Reading();
    m_last.remainingSeconds = -1;
    refresh();
}

void PresentationTimerWidget::refresh()
{
    const tp::PresentationClock::Reading now = reading();
    const bool changed = !sameReading(now, m_last);
    m_last = now;
    m_digits->setText(isFinished() ? QString() : TimerStyle::digits(now));
    const QColor colour = TimerStyle::colour(now.alert);
    m_digits->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    QString phase = TimerStyle::phaseText(now.phase);
    if (now.phase != tp::PresentationClock::Phase::NotStarted && !now.running)
        phase = tr("%1 (paused)").arg(phase);
    m_phase->setText(isFinished() ? QString() : phase);
    updateButtons();
    if (changed)
        emit clockChanged(now);
}

void PresentationTimerWidget::updateButtons()
{
    const bool active = !isFinished() && !m_order.isEmpty();
    m_start->setEnabled(active);
    m_start->setText(m_clock.isRunning() ? tr("Pause") : (m_clock.hasStarted() ? tr("Resume") : tr("Start")));
    m_statement->setEnabled(active && m_clock.read(nowMs()).phase == tp::PresentationClock::Phase::Presentation);
    m_next->setEnabled(active);
    m_next->setText(m_current + 1 < m_order.size() ? tr("Next bidder") : tr("Finish presentations"));
}

} // namespace tp::ui
