#pragma once

#include <QCoreApplication>
#include <QString>

namespace tp::store {
class Workspace;
}

namespace tp::ui {

// Seals a published negotiation into a .tparchive and archives it, as `tenderpanel-cli archive seal
// ID` does: the documents' input from the whole workspace record (the audit chain must verify), the
// sealed archive written with FileWriter, then (only once the file is complete) the seal digest
// recorded as the issued document "archive" and the negotiation moved to the archived stage. Nothing
// is written when the procedure does not allow archiving yet, and nothing is recorded when the file
// cannot be written.
class ArchiveSealer
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveSealer)
public:
    struct Outcome
    {
        bool ok = false;
        QString digest;       // the seal digest (SHA-256 of manifest.sha256), once the file is written
        bool written = false; // the archive file was written (even if recording it failed)
        QString title;        // what failed, for the message box
        QString why;
    };
    static Outcome seal(tp::store::Workspace& workspace, qint64 id, const QString& path, const QString& actor);
};

} // namespace tp::ui
