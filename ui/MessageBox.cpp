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
    // The box grows with its text and has no scroll bar: a long text (many problems, long names or
    // paths) would make it taller than the screen.
    constexpr int kShownCharacters = 600;
    constexpr int kShownLines = 12;
    if (text.size() > kShownCharacters || text.count(QLatin1Char('\n')) >= kShownLines) {
        QString shown = text.split(QLatin1Char('\n')).mid(0, kShownLines).join(QLatin1Char('\n'));
        if (shown.size() > kShownCharacters)
            shown = shown.left(kShownCharacters);
        box.setText(shown + QChar(0x2026));
        box.setInformativeText(tr("The whole message is under \"Show Details…\"."));
        box.setDetailedText(text);
    }
    return Button(box.exec());
}

} // namespace tp::ui
