#pragma once

#include <QDateTimeEdit>

namespace tp::ui {

// A date and time the desk enters by hand, shown and kept to the minute ("2014-07-29 17:00"): what
// enteredTime() returns is exactly what the field shows (tp::store::StoreTime::enteredTime). Typing
// over the whole selected text starts at the year, and a typed separator that the field has already
// passed ("2014-07-29 17:00" typed in full) is skipped, so a keyed time is never mixed with the old one.
class TimeField : public QDateTimeEdit
{
    Q_OBJECT
public:
    explicit TimeField(const QDateTime& initial, QWidget* parent = nullptr);

    // The time shown, without seconds: what is stored.
    QDateTime enteredTime() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace tp::ui
