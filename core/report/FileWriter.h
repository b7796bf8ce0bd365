#pragma once

#include <QByteArray>
#include <QString>

namespace tp::report {

// Writes a whole file with QSaveFile: afterwards the file is complete, or unchanged on failure.
class FileWriter
{
public:
    static bool write(const QString& path, const QByteArray& bytes, QString* error);
};

} // namespace tp::report
