#include "RankingModel.h"
#include "PlainText.h"

#include "widgets/FractionText.h"
#include "widgets/VoteTallyText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tp::ui {

RankingModel::RankingModel(QObject* parent) : QAbstractTableModel(parent) {}

void RankingModel::setEvaluation(const tp::Evaluation& evaluation, const tp::Scenario& scenario)
{
    beginResetModel();
    m_evaluation = evaluation;
    m_panel = scenario.panel;
    m_areas = !scenario.project.areas.isEmpty();
    m_shares = !m_areas || !scenario.project.allocation.isEmpty();
    m_bidderNames.clear();
    for (const tp::Bidder& bidder : scenario.bidders)
        m_bidderNames.insert(bidder.id, bidder.name);
    endResetModel();
}

int RankingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_evaluation.ranking.size());
}

int RankingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : voteColumn() + 1;
}

bool RankingModel::isTied(const QString& bidder) const
{
    return m_evaluation.tie && m_evaluation.tie->bidders.contains(bidder);
}

QStringList RankingModel::voteRounds(const QString& bidder) const
{
    QStringList rounds;
    const QStringList order = VoteTallyText::rankOrder(m_evaluation);
    for (int i = 0; i < m_evaluation.tallies.size(); ++i) {
        if (m_evaluation.tallies.at(i).tied.contains(bidder))
            rounds.append(VoteTallyText::bidderRound(i + 1, m_evaluation.tallies.at(i), order, bidder));
    }
    return rounds;
}

QString RankingModel::voteDetails(const QString& bidder) const
{
    QStringList lines;
    const QStringList order = VoteTallyText::rankOrder(m_evaluation);
    const auto nameOf = [this](const QString& id) { return m_bidderNames.value(id, id); };
    for (int i = 0; i < m_evaluation.tallies.size(); ++i) {
        if (m_evaluation.tallies.at(i).tied.contains(bidder))
            lines.append(VoteTallyText::details(i + 1, m_evaluation.tallies.at(i), order, nameOf));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant RankingModel::panelCell(const tp::RankEntry& entry, int panelist, int role) const
{
    const QString& id = m_panel.at(panelist).id;
    const tp::PanelTotal* total = nullptr;
    for (const tp::PanelTotal& t : entry.totals) {
        if (t.panelist == id)
            total = &t;
    }
    if (!total)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : QVariant();
    const bool high = entry.droppedHighest.contains(id);
    const bool low = entry.droppedLowest.contains(id);
    switch (role) {
    case Qt::DisplayRole:
        return tp::Decimal::format(total->total);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (high || low) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (high || low)
            return QBrush(QColor(0x88, 0x88, 0x88));
        return QVariant();
    case Qt::ToolTipRole:
        if (high)
            return tr("Dropped: highest total");
        if (low)
            return tr("Dropped: lowest total");
        return QVariant();
    case DroppedRole:
        return high || low;
    default:
        return QVariant();
    }
}

QVariant RankingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const tp::RankEntry& entry = m_evaluation.ranking.at(index.row());
    const int column = index.column();
    if (role == BidderIdRole)
        return entry.bidder;
    if (role == Qt::BackgroundRole && isTied(entry.bidder))
        return QBrush(QColor(0xff, 0xec, 0xb3));
    if (column >= panelColumn(0) && column < exactMeanColumn())
        return panelCell(entry, column - panelColumn(0), role);
    if (role == Qt::TextAlignmentRole && column == areaColumn())
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::TextAlignmentRole && column != kBidderColumn)
        return QVariant::fromValue(
            (column == kPositionColumn || column == voteColumn() ? Qt::AlignHCenter : Qt::AlignRight) |
            Qt::AlignVCenter);
    if (role == Qt::FontRole && (column == publishedColumn() || column == kPositionColumn)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        if (column == kBidderColumn)
            return PlainText::toolTip(entry.bidder);
        if (column == exactMeanColumn())
            return tr("Exact mean of the kept totals: %1 hundredths").arg(entry.score.exactText());
        if (column == areaColumn() && entry.area)
            return PlainText::toolTip(tr("%1: %2").arg(entry.area->name, entry.area->places.join(tr(", "))));
        if (column == voteColumn() && !voteRounds(entry.bidder).isEmpty())
            return PlainText::toolTip(voteDetails(entry.bidder));
        if (column == voteColumn() && entry.decidedByVote)
            return tr("The order within a tie was decided by an anonymous vote of the panel.");
        if (isTied(entry.bidder))
            return tr("Tied: an anonymous vote of the panel decides the order.");
        return QVariant();
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    if (column == kPositionColumn)
        return entry.position;
    if (column == kBidderColumn)
        return m_bidderNames.value(entry.bidder, entry.bidder);
    if (column == exactMeanColumn())
        return FractionText::points(entry.score);
    if (column == publishedColumn())
        return tp::Decimal::format(entry.published);
    if (column == shareColumn())
        return entry.share ? tr("%1 %").arg(*entry.share) : QStringLiteral("—");
    if (column == areaColumn())
        return entry.area ? entry.area->name : QString();
    if (column == voteColumn()) {
        // Each round the bidder was voted on, with its tally; then whether a tie is still open.
        QStringList parts = voteRounds(entry.bidder);
        if (isTied(entry.bidder))
            parts.append(tr("tied"));
        else if (parts.isEmpty() && entry.decidedByVote)
            parts.append(tr("by vote"));
        return parts.join(QStringLiteral("; "));
    }
    return QVariant();
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QVariant();
    if (section >= panelColumn(0) && section < exactMeanColumn()) {
        const tp::Panelist& panelist = m_panel.at(section - panelColumn(0));
        if (role == Qt::DisplayRole)
            return panelist.name.isEmpty() ? panelist.id : panelist.name;
        if (role == Qt::ToolTipRole)
            return PlainText::toolTip(tr("Total given by %1 (%2)").arg(panelist.name, panelist.id));
        return QVariant();
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    if (section == kPositionColumn)
        return tr("Position");
    if (section == kBidderColumn)
        return tr("Bidder");
    if (section == exactMeanColumn())
        return tr("Exact mean");
    if (section == publishedColumn())
        return tr("Score");
    if (section == shareColumn())
        return tr("Share");
    if (section == areaColumn())
        return tr("Service area");
    if (section == voteColumn())
        return tr("Vote");
    return QVariant();
}

} // namespace tp::ui
