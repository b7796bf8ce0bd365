#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tp::store {

// The tables that hold a negotiation's record, as the audit log knows them: every change to one of
// these tables is written through a WriteTransaction and described by an audit event, so the
// events replay into exactly what the tables hold.
struct TableSpec
{
    enum class Type
    {
        Integer,
        Text
    };
    struct Column
    {
        QString name;
        Type type;
        int since = 1; // the schema version that added the column
        int until = 0; // the schema version that dropped it, or 0: still there
        bool existsAt(int version) const { return since <= version && (until == 0 || version < until); }
    };

    QString name;
    QList<Column> columns; // in the table's order
    QStringList key;       // primary key columns; empty for the ballot box (a multiset: its random
                           // slot column, from version 4, is no part of the record and not listed)
    QList<Type> keyTypes;  // the types of the key columns, in the key's order

    const Column* column(const QString& name) const;
    // The columns a workspace of this schema version has (all of them at the current version), and
    // their names: made once with the table, as every read and write of a row asks for them.
    const QList<Column>& columnsAt(int version) const;
    const QStringList& columnNames(int version) const;
    // The positions in columnsAt(version) of its columns in the order of their names, the order in which
    // a QVariantMap and a JSON object keep a row's columns.
    const QList<int>& nameOrderAt(int version) const;
    bool existsAt(int version) const { return !columnsAt(version).isEmpty(); }

    // columnsAt(), columnNames() and nameOrderAt() of versions 0 (none) to the version of the last column
    // added or dropped.
    QList<QList<Column>> byVersion;
    QList<QStringList> namesByVersion;
    QList<QList<int>> nameOrderByVersion;
};

class StoreTables
{
public:
    static const QList<TableSpec>& all();
    static const TableSpec* find(const QString& name);
    static QString ballotTable() { return QStringLiteral("ballots"); }
};

} // namespace tp::store
