#pragma once

#include "KnownReads.h"
#include "PreparedQuery.h"
#include "model/Problem.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace tp::store {

class Workspace;
struct TableSpec;

// One user action's write: a transaction on the workspace in which every row change is executed
// and described, and that ends with one audit event and a commit. Until commit() returns no
// problem, nothing is stored; destroying an uncommitted transaction rolls it back.
//
// Rows are QVariantMaps of column -> value (qint64 for integer columns, QString for text, an
// invalid QVariant for NULL) and always carry every column of the table (StoreTables).
// The first failing statement is remembered; later calls do nothing and commit() reports it.
//
// The ballot box. A ballot is committed when it is cast, together with its voter's entry on the roll,
// so that a ballot the panel member saw confirmed survives a crash. What keeps a ballot unlinkable
// to its voter although both are written in the same transaction:
// - a ballot row holds only the negotiation, the round, the choice (NULL: blank) and a slot: 128 bits
//   from the system CSPRNG. There is no voter, time or sequence column, and no row id: the table is
//   stored by (negotiation, round, slot) alone (WITHOUT ROWID), so the rows' order is the order of
//   random slots;
// - each cast rewrites the round's whole box: every ballot of the round is deleted and inserted again
//   with a fresh slot, in slot order, so neither the key order nor the place of a cell within its
//   page follows the order of casting; secure_delete zeroes what is deleted;
// - after the commit of a cast the write-ahead log is checkpointed into the file and truncated to
//   zero bytes, so the files keep no page images of earlier states of the box. The checkpoint waits
//   for other readers up to the busy timeout; if one still holds the log ("busy"), that cast's log is
//   left and emptied by the next cast or by the close of the round;
// - the audit event of a cast says only that one ballot was cast in the round: no choice, and no
//   count or digest of the box from which the choice could be computed. The roll entry beside it is
//   public, and so is the order in which members voted (the roll and the log are written as they
//   vote). The event that closes the round gives the tally and a digest of the ballot multiset.
// Residual risk, outside the program: someone who copies the file between two casts, or who reads
// the disk blocks that held the truncated log (or a file-system snapshot or backup taken in
// between), or who reads the log while another program kept it from being emptied, can compare two
// states of the box and link the one roll entry and the one ballot added between them. The program
// itself keeps no such history. While a round is open the audit log can check the number of ballots
// (one per roll entry) but not their choices; the tally at the close fixes them.
class WriteTransaction
{
public:
    explicit WriteTransaction(Workspace& workspace);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    std::optional<Problem> begin();

    // The connection itself, for what the transaction's own calls do not do. What the transaction knew
    // of the record is read again afterwards and not carried to the next (see row()).
    QSqlDatabase database();
    Workspace& workspace() const { return m_workspace; }
    bool failed() const { return m_problem.has_value(); }
    Problem problem() const { return m_problem.value_or(Problem()); }

    // Reads one row by its key (nullopt: no such row, or a failed read: see failed()). What is found,
    // a row or none, is kept (the first few hundred), and kept as this transaction then writes it, and
    // not read again: from begin() on, this transaction holds the workspace's write lock, which every
    // writer takes, so the row stays as it was until this transaction changes it.
    //
    // On a SQLite file what a transaction knew at its end (KnownReads) is carried to the next write
    // transaction on the same connection, which uses it when the file's data version shows, once it
    // holds the write lock, that nobody else has written the file since: a panel member's next score
    // then reads nothing of what the one before read. It is not carried after a transaction that used
    // the connection directly (database(), exec(), execDdl(), the ballots), nor after one that wrote
    // and was rolled back, nor ever again once the schema was found changed by another program.
    std::optional<QVariantMap> row(const QString& table, const QVariantMap& key);
    // Rows matching the given column values, ordered by the table's key.
    QList<QVariantMap> rows(const QString& table, const QVariantMap& match);
    // Whether a row matches the given column values (false also after a failed read: see failed()),
    // without reading its columns. Kept like a row read, until this transaction writes to the table.
    bool exists(const QString& table, const QVariantMap& match);
    // MAX(column) + 1 over the rows matching, or 1.
    qint64 nextValue(const QString& table, const QString& column, const QVariantMap& match);

    // Inserts the row, or replaces the row with the same key.
    bool upsert(const QString& table, const QVariantMap& row);
    // Sets the columns of `values` in the row with this key, which must exist; the others keep their
    // values. Written and described as upsert() of the whole row so changed would be.
    bool update(const QString& table, const QVariantMap& key, const QVariantMap& values);
    bool remove(const QString& table, const QVariantMap& key);
    // Puts the ballots of a round closed elsewhere (an imported vote) in the round's empty box, in
    // random slots; the audit event gets only the tally and a digest of the ballot multiset.
    bool putBallots(qint64 negotiationId, qint64 round, const QList<std::optional<QString>>& ballots);
    // Adds one ballot (nullopt: blank) to the open round's box, rewriting the whole box with fresh
    // slots; the audit event gets only "one ballot cast in this round". After the commit the log is
    // truncated (see above).
    bool castBallot(qint64 negotiationId, qint64 round, const std::optional<QString>& choice);
    // The ballots in a round's box, sorted (bidders, then blanks), described for the audit event as
    // the round's tally and a digest of the ballot multiset: the count at the close of the round.
    QList<std::optional<QString>> countBallots(qint64 negotiationId, qint64 round);
    // The upgrade to schema version 4: moves every ballot of `fromTable` (the version 3 box) into the
    // ballot box, in fresh random slots. The ballots themselves do not change, so nothing is described.
    bool moveBallots(const QString& fromTable);

    bool execDdl(const QString& statement);
    // Runs a statement that changes nothing of the negotiation record (a server's roles and grants,
    // MemberAccess), with bound values; a failure becomes the transaction's problem.
    bool exec(const QString& statement, const QVariantList& values = QVariantList());
    // The audit log's insert of this transaction's event (AuditLog::append), which writes nothing
    // else: what is known of the record stays known.
    bool insertEvent(const QString& statement, const QVariantList& values);
    // The audit log's last event (its number and hash) when known from an earlier read in this
    // transaction or carried from the one before; nullopt: read it.
    std::optional<QPair<qint64, QString>> knownLastEvent() const { return m_known.lastEvent; }

    // The time of this transaction's change, as stored: read from the clock once, then the same for
    // every row that records it and for the audit event.
    QString timestamp();

    // Appends the audit event (action, actor, negotiation, details + every change) and commits.
    std::optional<Problem> commit(const QString& action, const QString& actor, std::optional<qint64> negotiationId,
                                  const QJsonObject& details = QJsonObject());
    // Commits without appending an audit event. Only for a workspace being created as the copy of
    // another, whose rows, audit events included, are the other's (Workspace::Options::fill).
    std::optional<Problem> commitWithoutEvent();
    // The hash of the event the last commit() appended.
    QString eventHash() const { return m_eventHash; }
    qint64 eventSeq() const { return m_eventSeq; }

private:
    bool fail(const Problem& problem);
    // The table of the negotiation record called `table`, with a key; nullptr when the transaction has
    // failed, or fails now as there is no such table.
    const TableSpec* keyedTable(const QString& table);
    // Adds the description of an update of a row from `before` to `after` in the columns `changed`.
    void describeUpdate(const TableSpec& spec, const QVariantMap& after, const QVariantMap& before,
                        const QStringList& changed);
    // Adds a change described as an object (a deletion, a ballot box's).
    void describe(const QJsonObject& change);
    // Runs a statement without values or rows (the transaction's own: BEGIN, COMMIT, ROLLBACK) and gives
    // its error, invalid when it succeeded: kept prepared on a SQLite file, as the driver would prepare
    // it again each time.
    QSqlError runPlain(const QString& statement);
    // Runs a statement with bound values; exec() without forgetting the rows known.
    bool write(const QString& statement, const QVariantList& values);
    // The name under which a row is known: its table and key, or empty when `key` does not give
    // every key column of the table a value.
    static QString knownName(const QString& table, const QVariantMap& key);
    void rollback();
    // At begin(): takes what the transaction before knew, if the file is as it left it.
    void takeCarriedReads();
    // At the end: hands what this transaction knows to the next one (see row()).
    void carryReads();
    // The name under which a match of column values is known (exists()).
    static QString matchName(const QVariantMap& match);
    // After a write to the table: what was known of its matches no longer holds.
    void forgetMatches(const QString& table) { m_known.matches.remove(table); }
    QList<std::optional<QString>> ballotsOf(qint64 negotiationId, qint64 round);
    bool writeBallotBox(qint64 negotiationId, qint64 round, const QList<std::optional<QString>>& ballots);
    void describeBallots(qint64 negotiationId, qint64 round, const QList<std::optional<QString>>& ballots);

    Workspace& m_workspace;
    bool m_active = false;
    std::optional<Problem> m_problem;
    QList<QByteArray> m_changes; // the compact JSON text of each change, in order
    KnownReads m_known;          // what is known of the record: read, or written by this transaction
    bool m_carry = true;         // what is known may be carried to the next transaction (see row())
    bool m_wrote = false;        // a statement that changes rows was run
    QString m_timestamp;
    QString m_eventHash;
    qint64 m_eventSeq = 0;
    bool m_truncateLog = false; // a ballot was cast: empty the write-ahead log after the commit
};

} // namespace tp::store
