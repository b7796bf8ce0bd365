#pragma once

#include <QHash>
#include <QPair>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace tp::store {

// What write transactions learned of the record by reading it (WriteTransaction): rows by key,
// absent ones too, whether any row matches a set of column values, and the audit log's last event.
// A transaction keeps what it reads, and keeps it as it then writes it, for its own length. On a
// SQLite file it hands what it knows at its end to the next transaction on the same connection,
// which uses it only when the file has not been written by anyone else in between
// (Workspace::carriedReads()).
struct KnownReads
{
    // WriteTransaction's name of a row (table and key) -> the row, or none: no row has that key.
    QHash<QString, std::optional<QVariantMap>> rows;
    // Table -> the columns and values matched -> whether a row of the table matches them.
    QHash<QString, QHash<QString, bool>> matches;
    // The audit log's last event: its number and hash.
    std::optional<QPair<qint64, QString>> lastEvent;

    void clear()
    {
        rows.clear();
        matches.clear();
        lastEvent.reset();
    }
};

// What the last transaction on a connection to a SQLite file knew when it ended, with the file's
// data version then: SQLite's count, for one connection, of the changes it made and of the changes
// it found made by other connections. When the count is the same at the start of the next write
// transaction, after it took the write lock, nobody has written the file in between.
struct CarriedReads
{
    KnownReads reads;
    quint32 dataVersion = 0;
    bool valid = false;
    // The schema's change counter when the schema was last checked (at the opening, after its
    // upgrade, or since: Workspace::schemaStillChecked()); nullopt where nothing is carried (a server,
    // a read-only workspace).
    std::optional<qint64> schemaCookie;
    // Set for good when another program changed the schema into one the opening would refuse (a
    // trigger could change rows behind every write): nothing is carried any more.
    bool disabled = false;
};

} // namespace tp::store
