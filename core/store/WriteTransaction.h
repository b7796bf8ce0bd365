#pragma once

#include "model/Problem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace tp::store {

class Workspace;

// One user action's write: a transaction on the workspace in which every row change is executed
// and described, and that ends with one audit event and a commit. Until commit() returns no
// problem, nothing is stored; destroying an uncommitted transaction rolls it back.
//
// Rows are QVariantMaps of column -> value (qint64 for integer columns, QString for text, an
// invalid QVariant for NULL) and always carry every column of the table (StoreTables).
// The first failing statement is remembered; later calls do nothing and commit() reports it.
class WriteTransaction
{
public:
    explicit WriteTransaction(Workspace& workspace);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    std::optional<Problem> begin();

    QSqlDatabase database() const;
    Workspace& workspace() const { return m_workspace; }
    bool failed() const { return m_problem.has_value(); }
    Problem problem() const { return m_problem.value_or(Problem()); }

    // Reads one row by its key (nullopt: no such row, or a failed read: see failed()).
    std::optional<QVariantMap> row(const QString& table, const QVariantMap& key);
    // Rows matching the given column values, ordered by the table's key.
    QList<QVariantMap> rows(const QString& table, const QVariantMap& match);
    // MAX(column) + 1 over the rows matching, or 1.
    qint64 nextValue(const QString& table, const QString& column, const QVariantMap& match);

    // Inserts the row, or replaces the row with the same key.
    bool upsert(const QString& table, const QVariantMap& row);
    bool remove(const QString& table, const QVariantMap& key);
    // Puts a closed round's ballots in the ballot box, shuffled with the system CSPRNG; the audit
    // event gets only the tally and a digest of the ballot multiset.
    bool putBallots(qint64 negotiationId, qint64 round, const QList<std::optional<QString>>& ballots);

    bool execDdl(const QString& statement);

    // Appends the audit event (action, actor, negotiation, details + every change) and commits.
    std::optional<Problem> commit(const QString& action, const QString& actor, std::optional<qint64> negotiationId,
                                  const QJsonObject& details = QJsonObject());
    // The hash of the event the last commit() appended.
    QString eventHash() const { return m_eventHash; }
    qint64 eventSeq() const { return m_eventSeq; }

private:
    bool fail(const Problem& problem);
    void rollback();

    Workspace& m_workspace;
    bool m_active = false;
    std::optional<Problem> m_problem;
    QJsonArray m_changes;
    QString m_eventHash;
    qint64 m_eventSeq = 0;
};

} // namespace tp::store
