#include "MemberSheetModel.h"

#include "model/Decimal.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tp::ui {

MemberSheetModel::MemberSheetModel(QObject* parent) : QAbstractTableModel(parent) {}

void MemberSheetModel::setView(const tp::store::MemberView& view)
{
    beginResetModel();
    m_view = view;
    endResetModel();
}

void MemberSheetModel::setScore(const QString& bidder, const QString& criterion, tp::Hundredths value)
{
    m_view.own.insert(key(bidder, criterion), value);
    for (int b = 0; b < m_view.bidders.size(); ++b)
        if (m_view.bidders.at(b).code == bidder)
            emit dataChanged(index(b, 0), index(b, totalColumn()));
}

int MemberSheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_view.bidders.size());
}

int MemberSheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_view.criteria.isEmpty() ? 0 : int(m_view.criteria.size()) + 1;
}

std::optional<tp::Hundredths> MemberSheetModel::score(int bidder, int criterion) const
{
    if (bidder < 0 || bidder >= m_view.bidders.size() || criterion < 0 || criterion >= m_view.criteria.size())
        return std::nullopt;
    const auto found = m_view.own.constFind(key(m_view.bidders.at(bidder).code, m_view.criteria.at(criterion).code));
    if (found == m_view.own.constEnd())
        return std::nullopt;
    return *found;
}

tp::Hundredths MemberSheetModel::rowTotal(int bidder) const
{
    tp::Hundredths total = 0;
    for (int c = 0; c < m_view.criteria.size(); ++c)
        total += score(bidder, c).value_or(0);
    return total;
}

std::optional<QModelIndex> MemberSheetModel::firstMissing() const
{
    for (int b = 0; b < m_view.bidders.size(); ++b)
        for (int c = 0; c < m_view.criteria.size(); ++c)
            if (!score(b, c))
                return index(b, c);
    return std::nullopt;
}

QString MemberSheetModel::cellName(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_view.bidders.size() || index.column() >= m_view.criteria.size())
        return QString();
    const auto& bidder = m_view.bidders.at(index.row());
    const auto& criterion = m_view.criteria.at(index.column());
    return tr("%1 / %2").arg(bidder.name.isEmpty() ? bidder.code : bidder.name,
                             criterion.title.isEmpty() ? criterion.code : criterion.title);
}

QVariant MemberSheetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool total = index.column() == totalColumn();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (total)
            return tp::Decimal::format(rowTotal(index.row()));
        const auto value = score(index.row(), index.column());
        return value ? tp::Decimal::formatShort(*value) : QString();
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    if (role == Qt::FontRole && total) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::BackgroundRole) {
        if (total)
            return QBrush(QColor(0xee, 0xee, 0xee));
        if (!m_view.submitted && !score(index.row(), index.column()))
            return QBrush(QColor(0xff, 0xf8, 0xe1)); // still to be entered
    }
    if (role == Qt::ToolTipRole && !total)
        return cellName(index);
    return {};
}

QVariant MemberSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section == totalColumn())
            return tr("Total");
        if (section < 0 || section >= m_view.criteria.size())
            return {};
        const auto& c = m_view.criteria.at(section);
        const QString title = c.title.isEmpty() ? c.code : c.title;
        // The maximum first: a long title is cut at the header's foot, and shown whole in the tooltip.
        return role == Qt::ToolTipRole ? title : tr("(max %1)\n%2").arg(tp::Decimal::formatShort(c.max), title);
    }
    if (role == Qt::ToolTipRole)
        return {};
    if (section < 0 || section >= m_view.bidders.size())
        return {};
    const auto& b = m_view.bidders.at(section);
    return tr("%1. %2").arg(section + 1).arg(b.name.isEmpty() ? b.code : b.name);
}

Qt::ItemFlags MemberSheetModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_view.submitted && !m_view.revoked && index.column() != totalColumn())
        result |= Qt::ItemIsEditable;
    return result;
}

bool MemberSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() == totalColumn())
        return false;
    if (m_view.submitted) {
        emit inputRejected(tr("Your sheet has been submitted and can no longer be changed."));
        return false;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return false;
    const auto& criterion = m_view.criteria.at(index.column());
    tp::Decimal::ParseError error = tp::Decimal::ParseError::None;
    const std::optional<tp::Hundredths> parsed = tp::Decimal::parsePlain(text, &error);
    if (!parsed) {
        emit inputRejected(error == tp::Decimal::ParseError::TooManyDecimals
                               ? tr("%1 has more than 2 decimals: scores are kept to 0.01.").arg(text)
                               : tr("“%1” is not a score: type a number such as 16 or 16.5.").arg(text));
        return false;
    }
    if (*parsed < 0 || *parsed > criterion.max) {
        emit inputRejected(tr("%1 is outside 0 to %2, the range of %3.")
                               .arg(text, tp::Decimal::formatShort(criterion.max),
                                    criterion.title.isEmpty() ? criterion.code : criterion.title));
        return false;
    }
    if (score(index.row(), index.column()) == parsed)
        return true;
    emit scoreEntered(m_view.bidders.at(index.row()).code, criterion.code, *parsed);
    return true;
}

} // namespace tp::ui
