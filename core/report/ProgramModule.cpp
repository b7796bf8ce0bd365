#include "ProgramModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

namespace tp::report {

QFunctionPointer ProgramModule::resolve(const QString& fileName, const QString& buildPath, const char* entry,
                                        const QString& cannotLoad, QString* problem)
{
    const QStringList candidates{QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                                 QStringLiteral("/" TENDERPANEL_MODULE_DIR "/") + fileName),
                                 buildPath};
    QStringList reasons;
    for (const QString& path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        if (!library.load()) {
            reasons << library.errorString();
            continue;
        }
        if (const QFunctionPointer function = library.resolve(entry))
            return function;
        reasons << QCoreApplication::translate("ProgramModule", "%1: no entry point").arg(path);
    }
    *problem = cannotLoad.arg(candidates.first(),
                              reasons.isEmpty() ? QCoreApplication::translate("ProgramModule", "the file is missing")
                                                : reasons.join(QLatin1String("; ")));
    return nullptr;
}

} // namespace tp::report
