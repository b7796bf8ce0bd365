#include "CriteriaModel.h"
#include "PlainText.h"

#include "model/Decimal.h"

namespace tp::ui {

CriteriaModel::CriteriaModel(QObject* parent) : OrderedListModel(ColumnCount, parent) {}

void CriteriaModel::setCriteria(const QList<tp::Criterion>& criteria)
{
    beginResetModel();
    m_criteria = criteria;
    endResetModel();
}

void CriteriaModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_criteria.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_criteria.size()) - 1, ColumnCount - 1));
}

QVariant CriteriaModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_criteria.size())
        return QVariant();
    const tp::Criterion& c = m_criteria.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case CodeColumn:
            return c.id;
        case TitleColumn:
            return c.title;
        case PointsColumn:
            return role == Qt::EditRole ? tp::Decimal::formatShort(c.max) : tp::Decimal::format(c.max);
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(PlainText::toolTip(c.title)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == PointsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant CriteriaModel::columnTitle(int column) const
{
    switch (column) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Criterion");
    case PointsColumn:
        return tr("Points");
    }
    return QVariant();
}

Qt::ItemFlags CriteriaModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CriteriaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editable || index.row() >= m_criteria.size())
        return false;
    tp::Criterion c = m_criteria.at(index.row());
    const QString text = value.toString();
    switch (index.column()) {
    case CodeColumn:
        if (text != c.id)
            emit renameRequested(c.id, text.trimmed());
        return false;
    case TitleColumn:
        if (text == c.title)
            return false;
        c.title = text;
        break;
    case PointsColumn: {
        const auto points = tp::Decimal::parseHundredths(QStringView(text).trimmed());
        if (!points) {
            emit invalidInput(tr("\"%1\" is not a number of points with at most two decimals").arg(text));
            return false;
        }
        if (*points == c.max)
            return false;
        c.max = *points;
        break;
    }
    default:
        return false;
    }
    emit editRequested(c);
    return false;
}

} // namespace tp::ui
