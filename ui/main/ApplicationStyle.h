#pragma once

#include <QProxyStyle>

namespace tp::ui {

// The program's style: the platform's own (Fusion where there is none), with one change. The icons of
// buttons that a window has from its start but shows only later (the menu bar's overflow arrow, a line
// edit's clear button) are read when they are first drawn, not when the button is made.
//
// Reading the first image of a process makes Qt load every image format plugin it finds (SVG, JPEG,
// GIF, ICO and their libraries), to ask each one whether it reads PNG before it uses its own reader.
// Asked for at once, these two icons made every start pay that before its first paint (about a
// twentieth of the main window's start), for images no one had yet seen.
class ApplicationStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // A proxy of the style named `baseKey` (QStyleFactory's key; the platform's default if empty or
    // unknown).
    explicit ApplicationStyle(const QString& baseKey = QString());

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

    // Whether the style gives `standardIcon` only when it is first drawn.
    static bool isReadWhenDrawn(StandardPixmap standardIcon);

    // Makes an ApplicationStyle over the style the application was given (its -style option, the
    // QT_STYLE_OVERRIDE variable or the platform's choice) the application's style.
    static void install();
};

} // namespace tp::ui
