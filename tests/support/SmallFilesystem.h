#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

// A small tmpfs mounted on a temporary folder for one test, to fill a disk for real. Mounting needs
// root; otherwise isMounted() is false and skipReason() says why. The destructor always unmounts,
// also when a check of the test failed and returned early.
class SmallFilesystem
{
public:
    explicit SmallFilesystem(int kib = 64)
    {
#ifdef Q_OS_UNIX
        if (::geteuid() != 0) {
            m_skipReason = QStringLiteral("needs root to mount a small tmpfs and fill it");
            return;
        }
        if (!m_dir.isValid()) {
            m_skipReason = QStringLiteral("no temporary folder for the mount point");
            return;
        }
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=%1k,mode=0755").arg(kib), QStringLiteral("tmpfs"), m_dir.path()});
        if (!mount.waitForFinished(30000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
            m_skipReason = QStringLiteral("mount -t tmpfs failed: %1")
                               .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed());
            return;
        }
        m_mounted = true;
#else
        Q_UNUSED(kib)
        m_skipReason = QStringLiteral("a tmpfs mount needs Linux");
#endif
    }

    ~SmallFilesystem()
    {
        if (!m_mounted)
            return;
        if (QProcess::execute(QStringLiteral("umount"), {m_dir.path()}) != 0)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }

    SmallFilesystem(const SmallFilesystem&) = delete;
    SmallFilesystem& operator=(const SmallFilesystem&) = delete;

    bool isMounted() const
    {
        return m_mounted;
    }
    QString skipReason() const
    {
        return m_skipReason;
    }
    QString path() const
    {
        return m_dir.path();
    }
    QString filePath(const QString& name) const
    {
        return m_dir.filePath(name);
    }

    // Writes the file `name` (before the disk is filled: a good file that must survive).
    bool put(const QString& name, const QByteArray& bytes) const
    {
        QFile file(filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
    }

    // Fills the file system with a filler file until a write fails for lack of space, then frees
    // `leaveFree` bytes of it again. Returns whether the disk is then full (less than `leaveFree`
    // plus one page free).
    bool fill(qint64 leaveFree = 0) const
    {
        QFile filler(filePath(QStringLiteral(".filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray chunk(4096, 'f');
        while (filler.write(chunk) > 0) {
        }
        if (filler.error() == QFileDevice::NoError) // Qt reports ENOSPC as a ResourceError
            return false;
        if (leaveFree > 0 && !filler.resize(qMax<qint64>(0, filler.size() - leaveFree)))
            return false;
        filler.close();
        return freeBytes() <= leaveFree + 4096;
    }

    qint64 freeBytes() const
    {
        QProcess df;
        df.start(QStringLiteral("df"), {QStringLiteral("--output=avail"), QStringLiteral("-B1"), path()});
        if (!df.waitForFinished(30000))
            return -1;
        const QList<QByteArray> lines = df.readAllStandardOutput().trimmed().split('\n');
        return lines.size() == 2 ? lines.at(1).trimmed().toLongLong() : -1;
    }

    // The names in the mount other than the filler: what a failed write must not leave behind.
    QStringList entries() const
    {
        QStringList names =
            QDir(path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        names.removeAll(QStringLiteral(".filler"));
        return names;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_skipReason;
};

// Whether `path` is a character device (as /dev/full and /dev/null are).
inline bool isCharacterDevice(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
#else
    Q_UNUSED(path)
    return false;
#endif
}
