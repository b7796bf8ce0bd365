#include "QpdfModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace tp::report {

namespace {

struct Loaded
{
    TpQpdfRewriteTextMaps entry = nullptr;
    QString problem; // why it could not be loaded
};

Loaded load()
{
    const QStringList candidates{
        QDir::cleanPath(QCoreApplication::applicationDirPath() +
                        QStringLiteral("/" TENDERPANEL_QPDF_MODULE_DIR "/" TENDERPANEL_QPDF_MODULE_FILE)),
        QStringLiteral(TENDERPANEL_QPDF_MODULE_BUILD_PATH)};
    QStringList reasons;
    for (const QString& path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        if (!library.load()) {
            reasons << library.errorString();
            continue;
        }
        if (auto entry = reinterpret_cast<TpQpdfRewriteTextMaps>(library.resolve(TP_QPDF_ENTRY)))
            return {entry, {}};
        reasons << QCoreApplication::translate("QpdfModule", "%1: no entry point").arg(path);
    }
    return {nullptr, QCoreApplication::translate("QpdfModule", "the PDF module %1 cannot be loaded (%2)")
                         .arg(candidates.first(), reasons.isEmpty()
                                                      ? QCoreApplication::translate("QpdfModule", "the file is missing")
                                                      : reasons.join(QLatin1String("; ")))};
}

} // namespace

QpdfModule::Outcome QpdfModule::rewriteTextMaps(const QByteArray& pdf, const QpdfTextMapRewrite& rewrite,
                                                QByteArray* out, QString* error)
{
    // Loaded once; the library stays loaded for the life of the process.
    static const Loaded loaded = load();
    if (!loaded.entry) {
        *error = loaded.problem;
        return Outcome::Failed;
    }
    std::string why;
    switch (loaded.entry(&pdf, &rewrite, out, &why)) {
    case TP_QPDF_UNCHANGED:
        return Outcome::Unchanged;
    case TP_QPDF_REWRITTEN:
        return Outcome::Rewritten;
    default:
        *error = QString::fromLocal8Bit(why.c_str());
        return Outcome::Failed;
    }
}

} // namespace tp::report
