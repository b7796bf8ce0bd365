#pragma once

#include <QStyledItemDelegate>

namespace tp::ui {

class ScoreSheetModel;

// Editor of one score cell: a right-aligned line edit that takes digits and at most two decimals.
// Enter (or Tab) on a value the sheet rejects keeps the editor open on its cell with the text as
// typed, marked, and the reason next to it (ScoreSheetModel::acceptsEntry() reports it); nothing is
// stored and the cursor does not move.
class ScoreCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
};

} // namespace tp::ui
