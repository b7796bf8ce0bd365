#include "PlainText.h"

#include <QLabel>
#include <QTextDocument>

namespace tp::ui {

QLabel* PlainText::label(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString PlainText::toolTip(const QString& text)
{
    if (text.isEmpty())
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString PlainText::html(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString PlainText::button(const QString& text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace tp::ui
