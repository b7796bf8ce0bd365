#include "WorkspaceLockGuard.h"

#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

#if defined(Q_OS_LINUX) && defined(F_OFD_SETLK)
#define TP_HAVE_OFD_LOCKS 1
#endif

namespace tp::store {

#ifdef TP_HAVE_OFD_LOCKS

namespace {

// The byte ranges of SQLite's unix VFS (os_unix.c, wal.c). They are part of SQLite's file format:
// every version and every program that uses these files locks the same bytes.
constexpr off_t kPendingByte = 0x40000000;
constexpr off_t kSharedFirst = kPendingByte + 2;
constexpr off_t kSharedSize = 510;
constexpr off_t kShmDeadManSwitch = 120 + 8; // WALINDEX_LOCK_OFFSET + SQLITE_SHM_NLOCK

int openForLocking(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    int fd;
    do
        fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    while (fd < 0 && errno == EINTR);
    return fd;
}

bool readLock(int fd, off_t start, off_t length)
{
    struct flock lock = {};
    lock.l_type = F_RDLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    lock.l_pid = 0; // required for open file description locks
    int rc;
    do
        rc = ::fcntl(fd, F_OFD_SETLK, &lock);
    while (rc < 0 && errno == EINTR);
    return rc == 0;
}

void closeDescriptor(int* fd)
{
    if (*fd >= 0)
        ::close(*fd); // the descriptor is released even when close() reports EINTR
    *fd = -1;
}

} // namespace

bool WorkspaceLockGuard::isAvailable()
{
    return true;
}

std::optional<Problem> WorkspaceLockGuard::acquire(const QString& databasePath)
{
    Q_ASSERT(m_databaseFd < 0 && m_shmFd < 0);
    // SQLite names the -shm file after the database path with every symbolic link resolved.
    QString database = QFileInfo(databasePath).canonicalFilePath();
    if (database.isEmpty())
        database = databasePath;
    const QString shm = database + QStringLiteral("-shm");
    // A descriptor, once open, stays open until release() even when its lock fails: closing it
    // here would drop the locks of this process's SQLite connection on that file.
    m_databaseFd = openForLocking(database);
    if (m_databaseFd < 0 || !readLock(m_databaseFd, kSharedFirst, kSharedSize))
        return Problem{databasePath, qt_error_string(errno)};
    m_shmFd = openForLocking(shm);
    if (m_shmFd < 0 || !readLock(m_shmFd, kShmDeadManSwitch, 1))
        return Problem{shm, qt_error_string(errno)};
    m_held = true;
    return std::nullopt;
}

void WorkspaceLockGuard::release()
{
    m_held = false;
    closeDescriptor(&m_shmFd);
    closeDescriptor(&m_databaseFd);
}

#else // no open file description locks: nothing to hold

bool WorkspaceLockGuard::isAvailable()
{
    return false;
}

std::optional<Problem> WorkspaceLockGuard::acquire(const QString&)
{
    return std::nullopt;
}

void WorkspaceLockGuard::release() {}

#endif

WorkspaceLockGuard::~WorkspaceLockGuard()
{
    release();
}

} // namespace tp::store
