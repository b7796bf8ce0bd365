#include "FileWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tp {

namespace {

bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

QString reason(const QFileDevice& file)
{
    const QString text = file.errorString();
    return text.isEmpty() ? QCoreApplication::translate("FileWriter", "unknown error") : text;
}

// Writes all of `bytes` to an unbuffered device, checking every write: a partial write is
// continued, so that the next one reports why the rest does not fit.
bool writeAll(QFileDevice& file, const QByteArray& bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

#ifdef Q_OS_UNIX
// Makes the rename of the file into `folder` durable. Some file systems cannot sync a folder; the
// file itself is complete and synced by then, so a failure here is not reported.
void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}
#endif

// A device or a named pipe: opened where it is and written, never replaced by a regular file.
bool writeInPlace(const QString& path, const QByteArray& bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::ExistingOnly | QIODevice::Unbuffered))
        return fail(error, reason(file));
    if (!writeAll(file, bytes))
        return fail(error, reason(file));
    file.close();
    if (file.error() != QFileDevice::NoError)
        return fail(error, reason(file));
    return true;
}

// A new or a regular file (or the target of a link): a temporary file beside it, renamed over it
// once it is complete on the disk.
bool replace(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(error, reason(file));
    if (!writeAll(file, bytes)) {
        const QString why = reason(file);
        file.cancelWriting();
        return fail(error, why);
    }
#ifdef Q_OS_UNIX
    // commit() syncs as well but ignores the result; a file system that reports a lost write (or a
    // full disk) only now must stop the rename. EINVAL: this file cannot be synced at all.
    const int synced = ::fsync(file.handle());
    const int code = errno;
    if (synced != 0 && code != EINVAL) {
        const QString why = QCoreApplication::translate("FileWriter", "the file could not be saved to the disk: %1")
                                .arg(qt_error_string(code));
        file.cancelWriting();
        return fail(error, why);
    }
#endif
    if (!file.commit())
        return fail(error, reason(file));
#ifdef Q_OS_UNIX
    const QString written = QFileInfo(path).canonicalFilePath();
    syncFolder(QFileInfo(written.isEmpty() ? path : written).absolutePath());
#endif
    return true;
}

} // namespace

bool FileWriter::write(const QString& path, const QByteArray& bytes, QString* error)
{
    if (path.isEmpty())
        return fail(error, QCoreApplication::translate("FileWriter", "no file name was given"));
    const QFileInfo info(path); // follows symbolic links
    if (info.isDir())
        return fail(error, QCoreApplication::translate("FileWriter", "it is a folder, not a file"));
    if (info.exists() && !info.isFile())
        return writeInPlace(path, bytes, error);
    return replace(path, bytes, error);
}

} // namespace tp
