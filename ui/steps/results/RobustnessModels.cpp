#include "RobustnessModels.h"
#include "PlainText.h"

#include "io/EvaluationSummary.h"
#include "widgets/FractionText.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace tp::ui {

namespace {

// A figure as the panel reads it: rounded half-up to 2 decimals, as tenderpanel-cli analyze writes it.
QString figure(const tp::Fraction& value)
{
    return tp::Decimal::format(value.roundedHundredths());
}

QVariant alignRight()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

} // namespace

LeaveOneOutModel::LeaveOneOutModel(QObject* parent) : QAbstractTableModel(parent) {}

void LeaveOneOutModel::setRobustness(const tp::Robustness& robustness, const tp::Scenario& scenario)
{
    beginResetModel();
    m_rows = robustness.analysed ? robustness.leaveOneOut : QList<tp::LeaveOneOut>();
    m_scenario = scenario;
    endResetModel();
}

int LeaveOneOutModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaveOneOutModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeaveOneOutModel::winnersText(const tp::LeaveOneOut& row) const
{
    if (row.tooSmall)
        return tr("Panel too small to drop the highest and lowest");
    if (row.winners)
        return row.winners->isEmpty() ? QStringLiteral(u"—") : row.winners->join(tr(", "));
    return tr("Tie, vote needed: %1").arg(row.tie.join(tr(", ")));
}

QString LeaveOneOutModel::fullNames(const QStringList& bidders) const
{
    QStringList lines;
    for (const QString& bidder : bidders)
        lines.append(tp::EvaluationSummary::bidderLabel(m_scenario, bidder));
    return lines.join(QLatin1Char('\n'));
}

QVariant LeaveOneOutModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const tp::LeaveOneOut& row = m_rows.at(index.row());
    if (role == ChangedRole)
        return row.changed;
    if (role == Qt::BackgroundRole)
        return row.changed ? QVariant(QBrush(QColor(0xff, 0xe0, 0xb2))) : QVariant();
    switch (index.column()) {
    case MemberColumn:
        if (role == Qt::DisplayRole)
            return tp::EvaluationSummary::panelistLabel(m_scenario, row.panelist);
        if (role == Qt::ToolTipRole)
            return PlainText::toolTip(tp::EvaluationSummary::panelistLabel(m_scenario, row.panelist));
        break;
    case WinnersColumn:
        if (role == Qt::DisplayRole)
            return winnersText(row);
        if (role == Qt::ToolTipRole)
            return PlainText::toolTip(row.winners ? fullNames(*row.winners) : fullNames(row.tie));
        break;
    case RankingColumn:
        if (role == Qt::DisplayRole)
            return row.ranking.isEmpty() ? QStringLiteral(u"—") : row.ranking.join(QStringLiteral(" > "));
        if (role == Qt::ToolTipRole)
            return PlainText::toolTip(fullNames(row.ranking));
        break;
    case ChangedColumn:
        if (role == Qt::DisplayRole)
            return row.changed ? tr("Changed") : tr("Unchanged");
        if (role == Qt::DecorationRole && row.changed)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole)
            return row.changed ? tr("Without this member the winners would differ, or a vote would be needed.")
                               : tr("Without this member the winners would be the same.");
        break;
    default:
        break;
    }
    return {};
}

QVariant LeaveOneOutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn:
        return tr("Member left out");
    case WinnersColumn:
        return tr("Winners");
    case RankingColumn:
        return tr("Ranking");
    case ChangedColumn:
        return tr("Result");
    default:
        return {};
    }
}

MemberFiguresModel::MemberFiguresModel(QObject* parent) : QAbstractTableModel(parent) {}

void MemberFiguresModel::setRobustness(const tp::Robustness& robustness, const tp::Scenario& scenario)
{
    beginResetModel();
    m_rows = robustness.analysed ? robustness.panelists : QList<tp::PanelistFigures>();
    m_scenario = scenario;
    endResetModel();
}

int MemberFiguresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberFiguresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberFiguresModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const tp::PanelistFigures& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != MemberColumn)
        return alignRight();
    if (role == Qt::ToolTipRole) {
        if (index.column() == MemberColumn)
            return PlainText::toolTip(tp::EvaluationSummary::panelistLabel(m_scenario, row.panelist));
        if (index.column() == MeanDeviationColumn)
            return tr("Exactly %1").arg(FractionText::points(row.meanDeviation));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case MemberColumn:
        return tp::EvaluationSummary::panelistLabel(m_scenario, row.panelist);
    case DroppedHighestColumn:
        return QString::number(row.droppedHighest);
    case DroppedLowestColumn:
        return QString::number(row.droppedLowest);
    case MeanDeviationColumn:
        return figure(row.meanDeviation);
    case ConcordantColumn:
        return QString::number(row.concordant);
    case DiscordantColumn:
        return QString::number(row.discordant);
    default:
        return {};
    }
}

QVariant MemberFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MeanDeviationColumn:
            return tr("The mean, over the qualified bidders, of the distance between the member's total and the "
                      "bidder's exact score.");
        case ConcordantColumn:
            return tr("Pairs of bidders the member's totals put in the same order as the exact scores.");
        case DiscordantColumn:
            return tr("Pairs of bidders the member's totals put in the other order.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case DroppedHighestColumn:
        return tr("Dropped as highest");
    case DroppedLowestColumn:
        return tr("Dropped as lowest");
    case MeanDeviationColumn:
        return tr("Mean deviation");
    case ConcordantColumn:
        return tr("Same order");
    case DiscordantColumn:
        return tr("Other order");
    default:
        return {};
    }
}

} // namespace tp::ui
