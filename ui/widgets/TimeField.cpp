#include "TimeField.h"

#include "store/StoreTime.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace tp::ui {

TimeField::TimeField(const QDateTime& initial, QWidget* parent)
    : QDateTimeEdit(tp::store::StoreTime::enteredTime(initial), parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    setCalendarPopup(true);
}

QDateTime TimeField::enteredTime() const
{
    return tp::store::StoreTime::enteredTime(dateTime());
}

void TimeField::keyPressEvent(QKeyEvent* event)
{
    QLineEdit* edit = lineEdit();
    const QString typed = event->text();
    if (typed.size() == 1 && typed.at(0).isDigit() && edit->hasSelectedText() && edit->selectedText() == edit->text()) {
        // The whole text is selected (Ctrl+A, a triple click): the typed time starts with the year.
        setCurrentSectionIndex(0);
        setSelectedSection(sectionAt(0));
    } else if (typed.size() == 1 && !typed.at(0).isDigit() && typed.at(0).isPrint()) {
        // A separator just after a section completed by typing: the field has moved past it already.
        const int at = edit->hasSelectedText() ? edit->selectionStart() : edit->cursorPosition();
        if (at > 0 && edit->text().at(at - 1) == typed.at(0)) {
            event->accept();
            return;
        }
    }
    QDateTimeEdit::keyPressEvent(event);
}

} // namespace tp::ui
