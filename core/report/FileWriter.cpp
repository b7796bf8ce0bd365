#include "FileWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace tp::report {

bool FileWriter::write(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("FileWriter", "cannot write the file: %1").arg(file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("FileWriter", "cannot write the file: %1").arg(file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace tp::report
