#pragma once

#include "model/Problem.h"

#include <QString>
#include <optional>

namespace tp::store {

// Keeps other programs from treating an open read-write workspace as unused, whatever else this
// process does with the file (see the comment of Workspace for why this is needed).
//
// On Linux it holds two "open file description" read locks (fcntl F_OFD_SETLK), each through a
// descriptor of its own, opened read-only and close-on-exec, that is never read or written:
//   - on the database file, over SQLite's SHARED lock range (bytes 0x40000002 to 0x400001FF), so
//     that no other process gets the EXCLUSIVE lock with which SQLite decides that it is the last
//     connection (then checkpoints and deletes the -wal and -shm files) or enters exclusive locking
//     mode;
//   - on the -shm file, over the "dead man switch" byte (offset 128), so that no other process
//     opening the workspace believes the shared memory is unused and reinitialises it.
// These locks conflict with the classic POSIX record locks SQLite takes in other processes, but,
// unlike those, they belong to their open file description: close() of another descriptor of the
// same file in this process does not drop them. They are read locks, compatible with the shared
// locks this process's own SQLite connection holds on the same bytes in WAL mode.
//
// Elsewhere the guard does nothing (isAvailable() is false): Windows file locks are not dropped by
// closing another handle.
class WorkspaceLockGuard
{
public:
    WorkspaceLockGuard() = default;
    ~WorkspaceLockGuard();
    WorkspaceLockGuard(const WorkspaceLockGuard&) = delete;
    WorkspaceLockGuard& operator=(const WorkspaceLockGuard&) = delete;

    // Whether this platform has the mechanism; where it has not, acquire() holds nothing.
    static bool isAvailable();

    // Takes both locks for the database file at `databasePath`. SQLite must already have it open in
    // WAL mode and have read from it (so that the -shm file exists and SQLite holds its own locks).
    // On failure the problem names the file and the system's reason; a descriptor already opened
    // stays open (unlocked or not) until release(), which, as always, comes after SQLite's close.
    std::optional<Problem> acquire(const QString& databasePath);

    // Closes the descriptors, which drops the locks. Closing a descriptor of the database or -shm
    // file also drops every POSIX lock of this process on that file: call this only after SQLite
    // has closed its connection.
    void release();

    // Both locks are held.
    bool isHeld() const { return m_held; }

private:
    int m_databaseFd = -1;
    int m_shmFd = -1;
    bool m_held = false;
};

} // namespace tp::store
