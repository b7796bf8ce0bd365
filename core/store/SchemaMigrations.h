#pragma once

#include "SummaryQuery.h"
#include "model/Problem.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace tp::store {

class WriteTransaction;

// The versioned workspace schema. Version 1 holds the negotiation record and the audit log; version 2
// adds the publication website and the contact for challenges to each negotiation, and criteria
// templates (with the two built-in ones); version 3 adds the commitment of a verifiable draw shown
// before its reveal, and the panel's reviews of abnormal scores; version 4 stores each ballot when it
// is cast, in a ballot box kept by random slots without row ids (its rows moved into fresh slots);
// version 5 adds the document details; version 6 adds the panel members' terminal credentials
// (member_logins); version 7 adds service areas and award templates; version 8 drops the negotiation's
// updated_at, which the list reads from the audit log, and keeps a file's scores by their key alone;
// version 9 leaves a panel member's score_recorded events out of the index of the events by
// negotiation, and gives each negotiation the number of its first event that entered scores by hand,
// from which they are found. A file is upgraded step by step inside one transaction; a file of a newer
// version is refused and left untouched.
class SchemaMigrations
{
public:
    static constexpr int kCurrentVersion = summary::kSchemaVersion;

    struct Step
    {
        int version;                                                   // the version this step produces
        QStringList ddl;                                               // with SqlDialect placeholders
        std::function<std::optional<Problem>(WriteTransaction&)> data; // rows the step adds, or empty
    };

    static const QList<Step>& steps();
    // The statement that creates the version table (it exists in every version).
    static QString metaTableDdl();
};

} // namespace tp::store
