#include "ScoreSheetModel.h"
#include "PlainText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tp::ui {

namespace {

// Bidder names are long ("乙人寿保险股份有限公司宁波分公司"): header text on two lines.
QString twoLines(const QString& name)
{
    if (name.size() <= 10)
        return name;
    const qsizetype space = name.indexOf(QLatin1Char(' '), name.size() / 2 - 4);
    if (space > 0)
        return name.left(space) + QLatin1Char('\n') + name.mid(space + 1);
    const qsizetype half = (name.size() + 1) / 2;
    return name.left(half) + QLatin1Char('\n') + name.mid(half);
}

} // namespace

ScoreSheetModel::ScoreSheetModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScoreSheetModel::setSheet(const QString& panelist, const QList<tp::Criterion>& criteria,
                               const QList<tp::Bidder>& bidders)
{
    beginResetModel();
    QStringList ids;
    for (const tp::Bidder& bidder : bidders)
        ids.append(bidder.id);
    m_sheet = tp::PanelistSheet(panelist, criteria, ids);
    m_bidders = bidders;
    m_highlighted.clear();
    endResetModel();
}

void ScoreSheetModel::setScores(const QList<tp::ScoreEntry>& entries)
{
    beginResetModel();
    tp::PanelistSheet fresh(m_sheet.panelist(), m_sheet.criteria(), m_sheet.bidders());
    fresh.load(entries);
    m_sheet = fresh;
    endResetModel();
    emit scoresChanged();
}

void ScoreSheetModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ScoreSheetModel::setCompactCriteria(bool compact)
{
    m_compact = compact;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

void ScoreSheetModel::setHighlightedCells(const QList<tp::PanelistSheet::Cell>& cells)
{
    m_highlighted = cells;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
}

QString ScoreSheetModel::entryErrorMessage(tp::PanelistSheet::EntryError error, const QString& text,
                                           const tp::Criterion& criterion)
{
    switch (error) {
    case tp::PanelistSheet::EntryError::None:
        return QString();
    case tp::PanelistSheet::EntryError::Syntax:
        return tr("“%1” is not a score: type a number such as 16 or 16.5.").arg(text.trimmed());
    case tp::PanelistSheet::EntryError::TooManyDecimals:
        return tr("%1 has more than 2 decimals: scores are kept to 0.01.").arg(text.trimmed());
    case tp::PanelistSheet::EntryError::Negative:
        return tr("A score cannot be negative: criterion %1 takes 0 to %2.")
            .arg(criterion.id, tp::Decimal::formatShort(criterion.max));
    case tp::PanelistSheet::EntryError::AboveMaximum:
        return tr("%1 is above the maximum %2 of criterion %3.")
            .arg(text.trimmed(), tp::Decimal::formatShort(criterion.max), criterion.id);
    }
    return QString();
}

QString ScoreSheetModel::checkEntry(const QModelIndex& index, const QString& text)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !isScoreCell(index))
        return QString();
    QString message;
    if (m_readOnly) {
        message = tr("This sheet has been submitted and can no longer be changed.");
    } else if (!text.trimmed().isEmpty()) {
        const tp::Criterion& criterion = m_sheet.criteria().at(index.row());
        message = entryErrorMessage(tp::PanelistSheet::check(text, criterion.max), text, criterion);
    }
    if (!message.isEmpty())
        emit inputRejected(message);
    return message;
}

int ScoreSheetModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_sheet.bidders().isEmpty())
        return 0;
    return int(m_sheet.criteria().size()) + 1;
}

int ScoreSheetModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_sheet.bidders().isEmpty())
        return 0;
    return int(m_sheet.bidders().size()) + 1;
}

bool ScoreSheetModel::isScoreCell(const QModelIndex& index) const
{
    return index.isValid() && index.column() > 0 && index.row() < subtotalRow();
}

QVariant ScoreSheetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    const bool subtotal = row == subtotalRow();

    if (column == 0) {
        if (subtotal) {
            if (role == Qt::DisplayRole)
                return tr("Subtotal");
            if (role == Qt::FontRole) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return QVariant();
        }
        const tp::Criterion& criterion = m_sheet.criteria().at(row);
        const QString max = tp::Decimal::formatShort(criterion.max);
        if (role == Qt::DisplayRole) {
            if (m_compact)
                return tr("%1 (max %2)").arg(criterion.id, max);
            return tr("%1 %2 (max %3)").arg(criterion.id, criterion.title, max);
        }
        if (role == Qt::ToolTipRole)
            return PlainText::toolTip(
                tr("%1 %2\nScore from 0 to %3 points, up to 2 decimals.").arg(criterion.id, criterion.title, max));
        return QVariant();
    }

    const int bidder = column - 1;
    if (subtotal) {
        switch (role) {
        case Qt::DisplayRole:
            return tp::Decimal::format(m_sheet.subtotal(bidder));
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ForegroundRole:
            if (!m_sheet.isBidderComplete(bidder))
                return QBrush(QColor(0x80, 0x80, 0x80));
            return QVariant();
        case Qt::ToolTipRole:
            if (!m_sheet.isBidderComplete(bidder))
                return tr("Some scores for this bidder are still empty.");
            return QVariant();
        default:
            return QVariant();
        }
    }

    const std::optional<tp::Hundredths> score = m_sheet.score(row, bidder);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return score ? tp::Decimal::format(*score) : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (m_highlighted.contains(tp::PanelistSheet::Cell{row, bidder}))
            return QBrush(QColor(0xf6, 0xc4, 0xc4));
        if (m_readOnly)
            return QBrush(QColor(0xee, 0xee, 0xee));
        return QVariant();
    case Qt::ToolTipRole:
        return PlainText::toolTip(tr("%1 for %2: 0 to %3")
                                      .arg(m_sheet.criteria().at(row).id, m_bidders.at(bidder).name,
                                           tp::Decimal::formatShort(m_sheet.criteria().at(row).max)));
    default:
        return QVariant();
    }
}

QVariant ScoreSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section < subtotalRow() ? QVariant(section + 1) : QVariant(QStringLiteral("Σ"));
        return QVariant();
    }
    if (section < 0 || section >= columnCount())
        return QVariant();
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Criterion");
        return QVariant();
    }
    const tp::Bidder& bidder = m_bidders.at(section - 1);
    if (role == Qt::DisplayRole)
        return twoLines(bidder.name.isEmpty() ? bidder.id : bidder.name);
    if (role == Qt::ToolTipRole)
        return PlainText::toolTip(bidderText(section - 1));
    return QVariant();
}

Qt::ItemFlags ScoreSheetModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!isScoreCell(index))
        return Qt::ItemIsEnabled;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly)
        result |= Qt::ItemIsEditable;
    return result;
}

bool ScoreSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !isScoreCell(index))
        return false;
    if (m_readOnly) {
        emit inputRejected(tr("This sheet has been submitted and can no longer be changed."));
        return false;
    }
    const QString text = value.toString();
    const int criterion = index.row();
    const int bidder = index.column() - 1;
    const std::optional<tp::Hundredths> before = m_sheet.score(criterion, bidder);
    const tp::PanelistSheet::EntryError error = m_sheet.enter(criterion, bidder, text);
    if (error != tp::PanelistSheet::EntryError::None) {
        emit inputRejected(entryErrorMessage(error, text, m_sheet.criteria().at(criterion)));
        return false;
    }
    emit inputAccepted();
    if (m_sheet.score(criterion, bidder) == before)
        return true;
    emit dataChanged(index, index);
    const QModelIndex subtotal = this->index(subtotalRow(), index.column());
    emit dataChanged(subtotal, subtotal);
    emit scoresChanged();
    return true;
}

QString ScoreSheetModel::bidderText(int bidder) const
{
    if (bidder < 0 || bidder >= m_bidders.size())
        return QString();
    return tr("%1 (%2)").arg(m_bidders.at(bidder).name, m_bidders.at(bidder).id);
}

} // namespace tp::ui
