#include "PlainText.h"

#include <QLabel>
#include <QStringList>
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

int PlainText::linesHeight(const QLabel* label, int lines)
{
    QStringList sample;
    for (int i = 0; i < lines; ++i)
        sample.append(QStringLiteral(u"国Ag"));
    const QRect text = label->fontMetrics().boundingRect(QRect(0, 0, 10000, 10000), Qt::AlignLeft | Qt::AlignTop,
                                                         sample.join(QLatin1Char('\n')));
    const QMargins margins = label->contentsMargins();
    return text.height() + margins.top() + margins.bottom() + 2 * label->margin() + 2;
}

} // namespace tp::ui
