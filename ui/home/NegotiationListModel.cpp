#include "NegotiationListModel.h"
#include "PlainText.h"

#include "main/StageText.h"

namespace tp::ui {

NegotiationListModel::NegotiationListModel(QObject* parent) : QAbstractTableModel(parent) {}

std::optional<Problem> NegotiationListModel::load(tp::store::Workspace* workspace, const QString& search)
{
    // A view may ask for more while the reset is told (modelReset): it asks again once it is laid out.
    m_resetting = true;
    beginResetModel();
    m_workspace = workspace;
    m_search = search;
    m_rows.clear();
    m_complete = workspace == nullptr;
    std::optional<Problem> problem;
    if (workspace) {
        QList<tp::store::NegotiationSummary> page;
        problem = readPage(page);
        m_rows = page;
    }
    endResetModel();
    m_resetting = false;
    return problem;
}

std::optional<Problem> NegotiationListModel::readPage(QList<tp::store::NegotiationSummary>& page)
{
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.last().id;
    const auto read = tp::store::NegotiationStore(*m_workspace).listPage(m_search, before, kPageSize);
    if (!read.ok()) {
        m_complete = true;
        return read.problem;
    }
    page = *read.value;
    m_complete = page.size() < kPageSize;
    return std::nullopt;
}

bool NegotiationListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete;
}

void NegotiationListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_complete || m_resetting)
        return;
    QList<tp::store::NegotiationSummary> page;
    const std::optional<Problem> problem = readPage(page);
    if (!page.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
    }
    if (problem)
        emit fetchFailed(*problem);
}

qint64 NegotiationListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
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
