#include "DocumentFonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>

namespace tp::report {

namespace {

// The two files, regular and bold.
QStringList fileNames()
{
    return {QStringLiteral("TenderPanelSerifSC-Regular.otf"), QStringLiteral("TenderPanelSerifSC-Bold.otf")};
}

// Installed: relative to the program's folder. In the build tree: where the build made them.
QStringList candidateFolders()
{
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/" TENDERPANEL_FONT_DIR)),
            QStringLiteral(TENDERPANEL_FONT_BUILD_DIR)};
}

// A face's bytes, mapped from its file (or read, where the file cannot be mapped). Qt's font database
// keeps a reference to them and FreeType reads them in place, so they stay for the life of the process.
QByteArray faceBytes(const QString& path)
{
    static QList<QFile*> mapped; // never released: the font database holds the mapped bytes
    auto* file = new QFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        return QByteArray();
    }
    if (uchar* data = file->size() > 0 ? file->map(0, file->size()) : nullptr) {
        mapped.append(file);
        return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(file->size()));
    }
    const QByteArray bytes = file->readAll();
    delete file;
    return bytes;
}

bool registerFaces()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr)
        return false;
    for (const QString& folder : candidateFolders()) {
        const QDir dir(folder);
        bool complete = true;
        for (const QString& name : fileNames())
            complete = complete && QFileInfo(dir.filePath(name)).isFile();
        if (!complete)
            continue;
        // Added as data rather than by path: Qt's PDF writer orders the fonts it embeds by a hash of
        // the face's file name, so a face added by path would make a document's bytes depend on where
        // the program is installed, and a record sealed by one installation would not verify with
        // another. Data has the same name in every installation.
        bool added = true;
        for (const QString& name : fileNames()) {
            const QByteArray bytes = faceBytes(dir.filePath(name));
            const int id = bytes.isEmpty() ? -1 : QFontDatabase::addApplicationFontFromData(bytes);
            added = added && id >= 0 && QFontDatabase::applicationFontFamilies(id).contains(DocumentFonts::family());
        }
        // Asking for the family also has Qt read the system's fonts now, rather than in the first
        // document's layout.
        return added && QFontDatabase::hasFamily(DocumentFonts::family());
    }
    return false;
}

} // namespace

bool DocumentFonts::available()
{
    static const bool registered = registerFaces();
    return registered;
}

} // namespace tp::report
