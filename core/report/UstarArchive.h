#pragma once

#include "model/Problem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace tp::report {

// A deterministic POSIX ustar (IEEE 1003.1-1988) archive: regular files only, in the given order,
// mode 0644, uid/gid 0, no user or group names, one fixed modification time, no directories.
// Each header is followed by the data padded with zero bytes to 512; the archive ends with exactly
// two zero blocks and nothing after. Any tar program can list and extract it.
//
// read() accepts exactly what write() produces: every header field in its canonical form, valid
// header checksums, zero padding, the two end blocks and no extra bytes. Anything else is a
// Problem naming the byte offset and the entry; a member that is not a regular file (a symbolic or
// hard link, a directory, a device) is named as what it is.
class UstarArchive
{
public:
    static constexpr int kBlock = 512;
    static constexpr qsizetype kMaxName = 100;

    struct Entry
    {
        QString name; // ASCII, at most 100 bytes, no '/' at the start, no ".." components
        QByteArray data;
        bool operator==(const Entry& o) const { return name == o.name && data == o.data; }
    };

    static bool isValidName(const QString& name);
    static QByteArray write(const QList<Entry>& entries, qint64 mtime);

    struct Contents
    {
        QList<Entry> entries;
        qint64 mtime = 0;
    };
    static std::optional<Contents> read(const QByteArray& bytes, Problems* problems);
};

} // namespace tp::report
