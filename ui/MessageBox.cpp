#include "MessageBox.h"

namespace tp::ui {

namespace {

MessageBox::Button g_nextAnswer = QMessageBox::NoButton;
QString g_lastText;

} // namespace

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    return ask(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                       Button defaultButton)
{
    return ask(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                           Button defaultButton)
{
    return ask(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

MessageBox::Button MessageBox::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                                   Buttons buttons, Button defaultButton)
{
    g_lastText = text;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const Button answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return Button(box.exec());
}

} // namespace tp::ui
