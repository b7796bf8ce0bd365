#pragma once

#include <QFileDialog>
#include <QString>

class QWidget;

namespace tp::ui {

// Every file chooser of the user interface goes through here. A test sets the next answer, and the
// dialog is then not shown at all; an empty answer stands for "cancelled".
//
// The choosers never open a file of the folder they show: they are Qt's own dialogs, never the
// platform's (which may read files in this process to recognise them), with an icon provider that
// goes by file names only (NameOnlyIconProvider). Closing any descriptor of the open workspace's
// files in this process would drop SQLite's locks on them (see store/Workspace.h); for the same
// reason a file of the open workspace is never given as an answer.
class FileDialog
{
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);

    // The dialog the two choosers above show, configured and not shown yet; the caller owns it.
    // `suggested` is the folder, or the file to preselect in its folder (empty: the last folder).
    static QFileDialog* create(QWidget* parent, QFileDialog::AcceptMode mode, const QString& caption,
                               const QString& suggested, const QString& filter);

    // The next chooser returns this path without being shown; used once, then cleared.
    static void setNextAnswer(const QString& path);

    // The workspace the program has open (empty: none). Its database, -wal, -shm and -journal files
    // are refused as answers: only SQLite reads or writes them.
    static void setWorkspacePath(const QString& path);
    static QString workspacePath();
    static bool isWorkspaceFile(const QString& path);

private:
    // Shows the configured dialog (or takes the test's answer) and refuses a workspace file.
    static QString choose(QWidget* parent, QFileDialog::AcceptMode mode, const QString& caption,
                          const QString& suggested, const QString& filter);
    static bool takeAnswer(QString* path);
    static QString checked(QWidget* parent, const QString& caption, const QString& path);
};

} // namespace tp::ui
