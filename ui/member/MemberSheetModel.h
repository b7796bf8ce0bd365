#pragma once

#include "store/MemberSession.h"

#include <QAbstractTableModel>
#include <optional>

namespace tp::ui {

// A panel member's own score sheet on the member's terminal: a row per qualified bidder in the drawn
// order, a column per criterion (its maximum in the header) and the member's own total of the row.
// Cells are editable until the sheet is submitted; a typed value is checked (a number of at most two
// decimals between 0 and the maximum) and handed on by scoreEntered() for the store to record — the
// model shows it only once the store's view has it (setView()).
class MemberSheetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit MemberSheetModel(QObject* parent = nullptr);

    void setView(const tp::store::MemberView& view);
    const tp::store::MemberView& view() const { return m_view; }
    // Shows a score the store has just recorded, without reading everything again (an editor that is
    // open on another cell stays open).
    void setScore(const QString& bidder, const QString& criterion, tp::Hundredths value);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int totalColumn() const { return int(m_view.criteria.size()); }
    std::optional<tp::Hundredths> score(int bidder, int criterion) const;
    // The member's own total of a bidder's row (the entered cells).
    tp::Hundredths rowTotal(int bidder) const;
    // The first cell without a score, in reading order; nullopt when the sheet is complete.
    std::optional<QModelIndex> firstMissing() const;
    // "bidder name / criterion title" for messages.
    QString cellName(const QModelIndex& index) const;

    static QString key(const QString& bidder, const QString& criterion) { return bidder + u'\n' + criterion; }

signals:
    void scoreEntered(const QString& bidder, const QString& criterion, tp::Hundredths value);
    void inputRejected(const QString& message);

private:
    tp::store::MemberView m_view;
};

} // namespace tp::ui
