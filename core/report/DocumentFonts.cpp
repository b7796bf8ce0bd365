#include "DocumentFonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>

namespace tp::report {

namespace {

struct Registration
{
    bool available = false;
    QString folder;
};

// Installed: relative to the program's folder. In the build tree: where the build made them.
QStringList candidateFolders()
{
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/" TENDERPANEL_FONT_DIR)),
            QStringLiteral(TENDERPANEL_FONT_BUILD_DIR)};
}

Registration registerFaces()
{
    Registration result;
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr)
        return result;
    for (const QString& folder : candidateFolders()) {
        const QDir dir(folder);
        bool complete = true;
        for (const QString& name : DocumentFonts::fileNames())
            complete = complete && QFileInfo(dir.filePath(name)).isFile();
        if (!complete)
            continue;
        bool added = true;
        for (const QString& name : DocumentFonts::fileNames()) {
            const int id = QFontDatabase::addApplicationFont(dir.filePath(name));
            added = added && id >= 0 && QFontDatabase::applicationFontFamilies(id).contains(DocumentFonts::family());
        }
        if (added) {
            result.available = true;
            result.folder = folder;
        }
        return result;
    }
    return result;
}

const Registration& registration()
{
    static const Registration once = registerFaces();
    return once;
}

} // namespace

QStringList DocumentFonts::fileNames()
{
    return {QStringLiteral("TenderPanelSerifSC-Regular.otf"), QStringLiteral("TenderPanelSerifSC-Bold.otf")};
}

bool DocumentFonts::available()
{
    return registration().available;
}

QString DocumentFonts::folder()
{
    return registration().folder;
}

} // namespace tp::report
