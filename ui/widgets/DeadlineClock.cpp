#include "DeadlineClock.h"

#include "PlainText.h"

#include <QTimer>

namespace tp::ui {

DeadlineClock::DeadlineClock(QWidget* parent) : QLabel(parent), m_ticker(new QTimer(this))
{
    PlainText::label(this);
    setObjectName(QStringLiteral("deadlineClock"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    setFont(big);
    connect(m_ticker, &QTimer::timeout, this, &DeadlineClock::showTimeLeft);
    m_ticker->start(1000);
}

void DeadlineClock::setDeadline(const std::optional<QDateTime>& deadline)
{
    m_deadline = deadline;
    showTimeLeft();
}

void DeadlineClock::showTimeLeft()
{
    if (!m_deadline) {
        setText(tr("No deadline is set."));
        return;
    }
    const qint64 left = QDateTime::currentDateTime().secsTo(*m_deadline);
    const QString at = m_deadline->toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (left <= 0) {
        setText(tr("Deadline %1 has passed: later entries are recorded as late.").arg(at));
        return;
    }
    const qint64 days = left / 86400;
    const QTime rest = QTime(0, 0).addSecs(int(left % 86400));
    setText(
        tr("Deadline %1 — %n day(s) %2 left", nullptr, int(days)).arg(at, rest.toString(QStringLiteral("HH:mm:ss"))));
}

} // namespace tp::ui
