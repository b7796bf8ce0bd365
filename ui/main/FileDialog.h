#pragma once

#include <QString>

class QWidget;

namespace tp::ui {

// Every file chooser of the user interface goes through here. A test sets the next answer, and the
// dialog is then not shown at all; an empty answer stands for "cancelled".
class FileDialog
{
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);

    // The next chooser returns this path without being shown; used once, then cleared.
    static void setNextAnswer(const QString& path);

private:
    static bool takeAnswer(QString* path);
};

} // namespace tp::ui
