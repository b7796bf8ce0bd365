#pragma once

#include "model/Decimal.h"
#include "model/Scenario.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace tp {

// One panel member's score sheet: every criterion for every qualified bidder, in exact hundredths.
// Checks each entry against its criterion (docs/scenario-format.md, section 2, "scores") and sums
// the subtotals.
class PanelistSheet
{
public:
    enum class EntryError
    {
        None,
        Syntax,
        TooManyDecimals,
        Negative,
        AboveMaximum
    };

    struct Cell
    {
        int criterion = 0; // index into criteria()
        int bidder = 0;    // index into bidders()
        bool operator==(const Cell& o) const { return criterion == o.criterion && bidder == o.bidder; }
    };

    PanelistSheet() = default;
    PanelistSheet(const QString& panelist, const QList<Criterion>& criteria, const QStringList& bidders);

    // Parses one typed score ("16", "16.5", "16.50") and checks it against the criterion maximum.
    static EntryError check(QStringView text, Hundredths maximum, Hundredths* value = nullptr);

    const QString& panelist() const { return m_panelist; }
    const QList<Criterion>& criteria() const { return m_criteria; }
    const QStringList& bidders() const { return m_bidders; }
    int cellCount() const { return int(m_cells.size()); }

    std::optional<Hundredths> score(int criterion, int bidder) const;
    // Enters typed text; empty text clears the cell. On an error the cell keeps its value.
    EntryError enter(int criterion, int bidder, QStringView text);
    // Sets a checked value; returns false (and changes nothing) when it is out of range.
    bool set(int criterion, int bidder, std::optional<Hundredths> value);

    // Sum of the entered scores for one bidder.
    Hundredths subtotal(int bidder) const;
    bool isBidderComplete(int bidder) const;
    int filledCount() const;
    bool isComplete() const { return filledCount() == cellCount(); }

    // The filled cells as score entries of this panelist, criteria-major.
    QList<ScoreEntry> entries() const;
    // Fills the cells from the entries of this panelist; other entries are ignored. Returns false
    // when an entry is out of range (that entry is skipped).
    bool load(const QList<ScoreEntry>& entries);

    // Cells whose values differ between two sheets of the same shape (a filled and an empty cell differ).
    static QList<Cell> differences(const PanelistSheet& a, const PanelistSheet& b);

private:
    int indexOf(int criterion, int bidder) const;
    bool contains(int criterion, int bidder) const;

    QString m_panelist;
    QList<Criterion> m_criteria;
    QStringList m_bidders;
    QList<std::optional<Hundredths>> m_cells; // criterion-major
};

} // namespace tp
