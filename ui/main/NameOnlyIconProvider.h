#pragma once

#include <QAbstractFileIconProvider>
#include <QIcon>
#include <QMimeDatabase>

namespace tp::ui {

// The icons and type names of the program's file dialogs, found from file names alone. Qt's default
// provider opens every file it lists to recognise its content; opening and closing the workspace's
// files in this process would drop SQLite's locks on them (see store/Workspace.h). This one never
// opens a file: MIME types by extension only (QMimeDatabase::MatchExtension), folders and drives
// from what the listing already knows.
class NameOnlyIconProvider : public QAbstractFileIconProvider
{
public:
    // Create it on the GUI thread: it takes the style's standard icons once.
    NameOnlyIconProvider();

    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo& info) const override;
    QString type(const QFileInfo& info) const override;

    // The MIME type that `info`'s name suggests (application/octet-stream when it suggests none).
    QMimeType mimeTypeByName(const QFileInfo& info) const;

private:
    QIcon m_computer, m_desktop, m_trash, m_network, m_drive, m_folder, m_file;
    QMimeDatabase m_mimeTypes;
};

} // namespace tp::ui
