#pragma once

#include <QAbstractTableModel>

namespace tp::ui {

// The table of an ordered list of the setup step (the criteria, the panel): one row for each entry in
// the list's order, numbered from 1 in the vertical header, and a title above each column.
class OrderedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    OrderedListModel(int columnCount, QObject* parent);

    virtual int entryCount() const = 0;
    // The title of `column`; nothing for a column the list does not have.
    virtual QVariant columnTitle(int column) const = 0;

private:
    int m_columnCount;
};

} // namespace tp::ui
