#include "NegotiationListModel.h"
#include "PlainText.h"

#include "main/StageText.h"

namespace tp::ui {

NegotiationListModel::NegotiationListModel(QObject* parent) : QAbstractTableModel(parent) {}

void NegotiationListModel::setNegotiations(const QList<tp::store::NegotiationSummary>& negotiations)
{
    beginResetModel();
    m_rows = negotiations;
    endResetModel();
}

qint64 NegotiationListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int NegotiationListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int NegotiationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NegotiationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NegotiationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const tp::store::NegotiationSummary& n = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return n.id;
    if (role == Qt::ToolTipRole)
        return PlainText::toolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case CodeColumn:
        return n.code;
    case TitleColumn:
        return n.title;
    case PurchaserColumn:
        return n.purchaser;
    case StageColumn:
        return StageText::name(n.stage);
    case YearColumn:
        // The code is "N-YYYY-NNNN": the project's year is its second part.
        return n.code.section(QLatin1Char('-'), 1, 1);
    default:
        return QVariant();
    }
}

QVariant NegotiationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Number");
    case TitleColumn:
        return tr("Title");
    case PurchaserColumn:
        return tr("Purchaser");
    case StageColumn:
        return tr("Step");
    case YearColumn:
        return tr("Year");
    default:
        return QVariant();
    }
}

} // namespace tp::ui
