#pragma once

#include "Decimal.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>

namespace tp {

// One score: what a panelist gave a bidder on a criterion, by their codes.
struct ScoreEntry
{
    QString panelist;
    QString bidder;
    QString criterion;
    Hundredths score = 0;
};

// The scores of a negotiation, in order. A negotiation has a score for every panelist, bidder and
// criterion, so the same few codes repeat in every entry: the list keeps each code once, in a table of
// its own, and each score as three positions in that table beside its value (24 bytes, where three
// strings and the value take 80). Reading 150,000 scores thus fills a few megabytes rather than a
// dozen, and copying or dropping the list moves no string.
//
// An entry is read as a ScoreEntry (at(), iteration), which holds the codes' strings. The rules read
// the rows and the table directly (rows(), code()). A copy shares its rows and table until either
// changes, as Qt's containers do.
class ScoreList
{
public:
    // A position in the table of codes.
    using Code = quint32;
    struct Row
    {
        Code panelist = 0;
        Code bidder = 0;
        Code criterion = 0;
        Hundredths score = 0;
    };

    ScoreList() = default;
    // Not explicit: a list of ScoreEntry is a list of scores.
    ScoreList(const QList<ScoreEntry>& entries);

    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    ScoreEntry at(qsizetype i) const { return entry(m_rows.at(i)); }
    QList<ScoreEntry> toList() const;

    // The rows, and the code at a position of the table.
    const QList<Row>& rows() const { return m_rows; }
    const Row& row(qsizetype i) const { return m_rows.at(i); }
    const QString& code(Code position) const { return m_codes.at(qsizetype(position)); }
    // The table of codes: every code some row names, and perhaps codes no row names any more.
    const QStringList& codes() const { return m_codes; }
    // The position of `text` in the table; nothing when no row ever named it.
    std::optional<Code> find(const QString& text) const;
    // The position of `text`, added to the table when it is not there yet.
    Code intern(const QString& text);

    void reserve(qsizetype rows) { m_rows.reserve(rows); }
    // Where the rows reserve() made room for go: memory a reader may prepare before filling it.
    Row* reservedRows() { return m_rows.data(); }
    void append(const ScoreEntry& entry);
    // A row whose codes are positions in this list's table (intern()).
    void append(const Row& row) { m_rows.append(row); }
    // `count` rows as append(const Row&) takes them.
    void appendRows(const Row* rows, qsizetype count)
    {
        const qsizetype at = m_rows.size();
        m_rows.resize(at + count);
        std::copy(rows, rows + count, m_rows.data() + at);
    }
    void removeLast() { m_rows.removeLast(); }
    // Puts `row` (codes of this list's table) in the place of row i.
    void replace(qsizetype i, const Row& row) { m_rows[i] = row; }
    // Removes the rows for which pred(row) holds; gives how many it removed.
    template <typename Pred> qsizetype removeRowsIf(Pred pred) { return m_rows.removeIf(pred); }

    // Iterates the entries as ScoreEntry values.
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = ScoreEntry;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = ScoreEntry;

        const_iterator() = default;
        ScoreEntry operator*() const { return m_list->at(m_index); }
        const_iterator& operator++()
        {
            ++m_index;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++m_index;
            return before;
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.m_index == b.m_index; }
        friend bool operator!=(const const_iterator& a, const const_iterator& b) { return a.m_index != b.m_index; }

    private:
        friend class ScoreList;
        const_iterator(const ScoreList* list, qsizetype index) : m_list(list), m_index(index) {}
        const ScoreList* m_list = nullptr;
        qsizetype m_index = 0;
    };
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, size()); }

private:
    ScoreEntry entry(const Row& row) const
    {
        return ScoreEntry{m_codes.at(qsizetype(row.panelist)), m_codes.at(qsizetype(row.bidder)),
                          m_codes.at(qsizetype(row.criterion)), row.score};
    }

    QList<Row> m_rows;
    QStringList m_codes;
    QHash<QString, Code> m_positions;
};

} // namespace tp
