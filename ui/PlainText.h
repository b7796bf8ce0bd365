#pragma once

#include <QString>

class QLabel;

namespace tp::ui {

// User-supplied text (names, titles, notes, reasons) shown literally wherever Qt would otherwise read
// it as rich text: labels with Qt::AutoText, tooltips and QtCharts labels, legends and axis categories.
class PlainText
{
public:
    // Makes the label show its text literally, whatever markup the text contains; returns the label.
    static QLabel* label(QLabel* label);
    // A tooltip that shows `text` literally: Qt detects rich text in tooltips, so the text is escaped
    // and marked as rich text explicitly.
    static QString toolTip(const QString& text);
    // Text for a place that is always rendered as HTML (QtCharts labels, legends and categories).
    static QString html(const QString& text);
    // Text for a button or radio button, whose '&' would otherwise mark a shortcut.
    static QString button(const QString& text);
    // The height of `lines` lines of Chinese or Latin text in the label's font (Chinese glyphs come
    // from a fallback font with taller lines), with the label's margins: a label's maximum height
    // that keeps a very long text to that many lines.
    static int linesHeight(const QLabel* label, int lines);
};

} // namespace tp::ui
