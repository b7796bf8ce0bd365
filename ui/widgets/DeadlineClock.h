#pragma once

#include <QDateTime>
#include <QLabel>

#include <optional>

class QTimer;

namespace tp::ui {

// The time left until a deadline, in large type, updated every second; once the deadline has passed
// it says that later entries are recorded as late.
class DeadlineClock : public QLabel
{
    Q_OBJECT
public:
    explicit DeadlineClock(QWidget* parent = nullptr);

    void setDeadline(const std::optional<QDateTime>& deadline);

private:
    void showTimeLeft();

    std::optional<QDateTime> m_deadline;
    QTimer* m_ticker;
};

} // namespace tp::ui
