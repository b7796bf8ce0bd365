#pragma once

#include <QCoreApplication>
#include <QString>

namespace tp::store {
class Workspace;
}

namespace tp::ui {

// Seals a published negotiation into a .tparchive and archives it (ArchiveWorkflow, as `tenderpanel-cli
// archive seal ID` does), and words what stopped it for the window's message box.
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
