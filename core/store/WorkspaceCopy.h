#pragma once

#include "StoreResult.h"

#include <QString>

namespace tp::store {

// Copies a whole workspace to a new one, on the same engine or the other (a file to a server, a server
// to a file for an offline copy or the archive), the way a records office expects:
//  - the source is opened read-only (a file of an older schema version is upgraded first, as for
//    every reading) and its audit chain must verify before anything is written; the whole copy reads
//    one state of it, whatever other programs commit meanwhile;
//  - the destination must be a new file or an empty database: one that holds anything is refused
//    (Failure::Refused) and left as it was; nothing is ever overwritten or merged;
//  - the destination is created at the current schema version and takes every row of every table
//    but schema_meta, the audit events verbatim (seq, hash, prev_hash, body...), in the transaction
//    that creates its schema, with no event of its own; a failure therefore leaves an empty database
//    as it was, and a new file is removed;
//  - afterwards the copy is verified; its chain head must be the source's.
class WorkspaceCopy
{
public:
    struct Outcome
    {
        QString source; // the addresses as displayed (no password)
        QString target;
        qint64 sourceEvents = 0;
        QString sourceHead;
        qint64 targetEvents = 0;
        QString targetHead;
    };

    // `actor` is recorded for an upgrade of an older source. *sourceUnverified (when given) tells that
    // the copy was refused because the source's audit chain does not verify.
    static StoreResult<Outcome> copy(const QString& source, const QString& target, const QString& actor,
                                     bool* sourceUnverified = nullptr);
};

} // namespace tp::store
