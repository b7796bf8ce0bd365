#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

namespace tp::ui {

// Every confirmation and notice of the user interface goes through here. A test sets the next
// answer, and the box is then not shown at all (as KeePassXC's MessageBox does). A text too long for
// a laptop's screen shows its beginning; the whole text is under "Show Details…", where it scrolls.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::No);
    static Button warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::Ok);
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);

    // The next box returns this answer without being shown; used once, then cleared.
    static void setNextAnswer(Button answer);
    // The text of the last box asked for (shown or answered by setNextAnswer), for tests.
    static QString lastText();

private:
    static Button ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                      Buttons buttons, Button defaultButton);
};

} // namespace tp::ui
