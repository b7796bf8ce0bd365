#pragma once

#include "store/NegotiationStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace tp::ui {

// The negotiations of the workspace, newest first, as NegotiationStore::list gives them.
class NegotiationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        PurchaserColumn,
        StageColumn,
        YearColumn,
        ColumnCount
    };

    explicit NegotiationListModel(QObject* parent = nullptr);

    void setNegotiations(const QList<tp::store::NegotiationSummary>& negotiations);
    const QList<tp::store::NegotiationSummary>& negotiations() const { return m_rows; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<tp::store::NegotiationSummary> m_rows;
};

} // namespace tp::ui
