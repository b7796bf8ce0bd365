#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#endif

// The record locks this process holds on `file` through its own descriptors, of one kind:
// "POSIX" (classic fcntl locks, which belong to the process) or "OFDLCK" (open file description
// locks). Each is "TYPE FIRST LAST" (TYPE READ or WRITE, the bytes locked), sorted, without repeats.
// `ok`, when given, tells whether the locks could be read at all.
//
// They are read from /proc/self/fdinfo of each descriptor open on the file, which lists the locks
// taken through it by this process, in one consistent view. Nothing opens the file itself (which
// would drop the process's POSIX locks on it). The system-wide /proc/locks is no substitute: it is
// listed a page at a time, and lines move while other processes take and drop locks, so that a lock
// can be listed twice or not at all.
inline QStringList fileLocks(const QString& file, const char* kind, bool* ok = nullptr)
{
    QStringList held;
    if (ok)
        *ok = false;
#ifdef Q_OS_LINUX
    struct stat wanted = {};
    if (::stat(QFile::encodeName(file).constData(), &wanted) != 0)
        return held;
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    const QStringList fds = descriptors.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    if (fds.isEmpty())
        return held;
    for (const QString& fd : fds) {
        struct stat st = {};
        if (::stat(QFile::encodeName(descriptors.filePath(fd)).constData(), &st) != 0 || st.st_dev != wanted.st_dev ||
            st.st_ino != wanted.st_ino)
            continue;
        QFile info(QStringLiteral("/proc/self/fdinfo/") + fd);
        if (!info.open(QIODevice::ReadOnly))
            return held;
        for (const QByteArray& line : info.readAll().split('\n')) {
            // "lock:\t1: POSIX  ADVISORY  READ 1234 fe:00:5678 128 128"
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() < 9 || f[0] != "lock:" || f[2] != kind)
                continue;
            const QString lock = QString::fromLatin1(f[4] + ' ' + f[7] + ' ' + f[8]);
            if (!held.contains(lock))
                held.append(lock);
        }
    }
    held.sort();
    if (ok)
        *ok = true;
#else
    Q_UNUSED(file)
    Q_UNUSED(kind)
#endif
    return held;
}
