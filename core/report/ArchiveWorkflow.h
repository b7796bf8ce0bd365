#pragma once

#include "DocumentInput.h"
#include "model/Problem.h"
#include "store/StoreResult.h"

#include <QString>

namespace tp::store {
class Workspace;
}

namespace tp::report {

// What sealing a negotiation means, for the window and the command line alike.
//
// A scenario file has no store: sealing it writes the .tparchive (SealedArchive) and nothing else.
// A workspace negotiation is sealed as the last step of its procedure: the procedure must allow
// archiving (the notice is published), the documents' input is the whole workspace record (the audit
// chain must verify), the archive is written with FileWriter, and only once the file is complete is
// the seal digest recorded as the issued document "archive" and the negotiation moved to the
// archived stage. Nothing is written when the negotiation cannot be sealed, and nothing is recorded
// when the file cannot be written. Either way the negotiation's result must be final or failed.
class ArchiveWorkflow
{
public:
    // Where sealing stopped.
    enum class Stop
    {
        None,        // sealed (and, for a workspace negotiation, recorded and archived)
        Store,       // the store could not give the negotiation (failure, problems)
        Refused,     // the procedure does not allow archiving now (problems)
        Unverified,  // the audit chain does not verify (problems)
        Invalid,     // the record does not make documents (problems)
        NotFinished, // the result is neither final nor failed (status)
        NotWritten,  // the file cannot be written (writeError); nothing is recorded
        NotRecorded, // written, but the seal digest is not recorded (failure, problems)
        NotArchived, // written and recorded, but the negotiation is not archived (failure, problems)
    };
    struct Outcome
    {
        Stop stop = Stop::None;
        store::Failure failure = store::Failure::None;
        Problems problems;
        EvaluationStatus status = EvaluationStatus::Scoring;
        QString writeError; // why the file cannot be written, without the path
        bool written = false;
        QString digest; // the seal digest (SHA-256 of manifest.sha256), once the file is written
        bool ok() const { return stop == Stop::None; }
    };

    // Seals a scenario file's documents into `path`.
    static Outcome seal(const DocumentInput& input, const QString& path);
    // Seals, records and archives a workspace negotiation.
    static Outcome seal(store::Workspace& workspace, qint64 id, const QString& path, const QString& actor);
};

} // namespace tp::report
