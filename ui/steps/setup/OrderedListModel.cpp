#include "OrderedListModel.h"

namespace tp::ui {

OrderedListModel::OrderedListModel(int columnCount, QObject* parent)
    : QAbstractTableModel(parent), m_columnCount(columnCount)
{}

int OrderedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : entryCount();
}

int OrderedListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant OrderedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return section + 1;
    return columnTitle(section);
}

} // namespace tp::ui
