#include "NameOnlyIconProvider.h"

#include <QApplication>
#include <QStyle>

namespace tp::ui {

NameOnlyIconProvider::NameOnlyIconProvider()
{
    const QStyle* style = QApplication::style();
    m_computer = style->standardIcon(QStyle::SP_ComputerIcon);
    m_desktop = style->standardIcon(QStyle::SP_DesktopIcon);
    m_trash = style->standardIcon(QStyle::SP_TrashIcon);
    m_network = style->standardIcon(QStyle::SP_DriveNetIcon);
    m_drive = style->standardIcon(QStyle::SP_DriveHDIcon);
    m_folder = style->standardIcon(QStyle::SP_DirIcon);
    m_file = style->standardIcon(QStyle::SP_FileIcon);
}

QIcon NameOnlyIconProvider::icon(IconType type) const
{
    switch (type) {
    case Computer:
        return m_computer;
    case Desktop:
        return m_desktop;
    case Trashcan:
        return m_trash;
    case Network:
        return m_network;
    case Drive:
        return m_drive;
    case Folder:
        return m_folder;
    case File:
        return m_file;
    }
    return m_file;
}

QIcon NameOnlyIconProvider::icon(const QFileInfo& info) const
{
    if (info.isRoot())
        return m_drive;
    if (info.isDir())
        return m_folder;
    const QMimeType mime = mimeTypeByName(info);
    if (!mime.isDefault()) {
        const QIcon themed = QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName()));
        if (!themed.isNull())
            return themed;
    }
    return m_file;
}

QString NameOnlyIconProvider::type(const QFileInfo& info) const
{
    // For anything but a file Qt's provider only looks at what the listing knows (drive, folder,
    // shortcut); for a file it would read the content.
    if (!info.isFile())
        return QAbstractFileIconProvider::type(info);
    const QMimeType mime = mimeTypeByName(info);
    return mime.comment().isEmpty() ? mime.name() : mime.comment();
}

QMimeType NameOnlyIconProvider::mimeTypeByName(const QFileInfo& info) const
{
    // The bare name, not the path: the lookup cannot reach the file even by mistake.
    return m_mimeTypes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
}

} // namespace tp::ui
