#pragma once

#include <QStyledItemDelegate>

namespace tp::ui {

// Editor of one score cell: a right-aligned line edit that takes digits and at most two decimals.
class ScoreCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tp::ui
