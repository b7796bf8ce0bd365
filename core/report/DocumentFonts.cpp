#include "DocumentFonts.h"

#include <QCoreApplication>
#include <QDir>
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
        bool added = true;
        for (const QString& name : fileNames()) {
            const int id = QFontDatabase::addApplicationFont(dir.filePath(name));
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
