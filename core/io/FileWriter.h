#pragma once

#include <QByteArray>
#include <QString>

namespace tp {

// Writes a whole output file: an exported scenario, a document, an OCDS release, a sealed archive.
// Every output of the command line and of the GUI goes through here, so that a full or failing disk
// is always reported and never passes for a written file.
//
// - A path that does not exist yet, or a regular file, is written with QSaveFile, without Qt's write
//   buffer: each write reaches the temporary file at once and its result is checked, the temporary
//   file is synced to the disk (fsync, checked), and only then is it renamed over the path. On any
//   failure the temporary file is discarded and a file already at the path keeps its bytes.
// - A symbolic link is followed: its target is written as above, and the link stays a link.
// - Something that exists and is neither a regular file nor a folder (a device such as /dev/null or
//   /dev/full, a named pipe) is opened and written in place, never replaced by a regular file.
// - A folder is refused.
class FileWriter
{
public:
    // Returns whether all of `bytes` is in the file. On failure *error is the reason, without the
    // path (the caller names the file).
    static bool write(const QString& path, const QByteArray& bytes, QString* error);
};

} // namespace tp
