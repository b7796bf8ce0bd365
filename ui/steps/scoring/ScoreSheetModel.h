#pragma once

#include "model/Scenario.h"
#include "rules/PanelistSheet.h"

#include <QAbstractTableModel>
#include <QList>

namespace tp::ui {

// One panel member's score sheet as a table: a criterion column, then one column per bidder; one row
// per criterion, then the subtotal row. Cells take typed scores ("16", "16.5"), checked by
// tp::PanelistSheet against the criterion maximum; a rejected entry changes nothing and is
// explained through inputRejected().
class ScoreSheetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ScoreSheetModel(QObject* parent = nullptr);

    void setSheet(const QString& panelist, const QList<tp::Criterion>& criteria, const QList<tp::Bidder>& bidders);
    // Fills the cells from this panelist's entries (others are ignored).
    void setScores(const QList<tp::ScoreEntry>& entries);
    const tp::PanelistSheet& sheet() const { return m_sheet; }
    QList<tp::ScoreEntry> entries() const { return m_sheet.entries(); }

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The criterion column shows only the id and maximum (the full title stays in the tooltip).
    void setCompactCriteria(bool compact);
    // Cells drawn as mismatching (double entry).
    void setHighlightedCells(const QList<tp::PanelistSheet::Cell>& cells);

    int subtotalRow() const { return int(m_sheet.criteria().size()); }
    static int columnOfBidder(int bidder) { return bidder + 1; }
    QModelIndex cellIndex(int criterion, int bidder) const { return index(criterion, columnOfBidder(bidder)); }
    // The bidder of a column as "name (id)", as plain text.
    QString bidderText(int bidder) const;

    // Why typed `text` would not be stored in the score cell `index` (empty text clears it), by the
    // sheet's own check, also emitted through inputRejected(); empty when it would be. Changes nothing.
    QString checkEntry(const QModelIndex& index, const QString& text);

    // The user-facing explanation of a rejected entry.
    static QString entryErrorMessage(tp::PanelistSheet::EntryError error, const QString& text,
                                     const tp::Criterion& criterion);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void inputRejected(const QString& message);
    void inputAccepted();
    void scoresChanged();

private:
    bool isScoreCell(const QModelIndex& index) const;

    tp::PanelistSheet m_sheet;
    QList<tp::Bidder> m_bidders;
    QList<tp::PanelistSheet::Cell> m_highlighted;
    bool m_readOnly = false;
    bool m_compact = false;
};

} // namespace tp::ui
