#pragma once

#include "model/Scenario.h"
#include "rules/Robustness.h"

#include <QAbstractTableModel>

namespace tp::ui {

// The result recomputed without each panel member in turn (tp::Robustness::leaveOneOut): the member
// left out, the winners, the ranking and whether the winners change. A changed row says so in words
// and with a warning icon, besides its background, so that it reads on a projector and without colour.
class LeaveOneOutModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MemberColumn,
        WinnersColumn,
        RankingColumn,
        ChangedColumn,
        ColumnCount
    };
    enum Role
    {
        ChangedRole = Qt::UserRole + 1
    };

    explicit LeaveOneOutModel(QObject* parent = nullptr);

    void setRobustness(const tp::Robustness& robustness, const tp::Scenario& scenario);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString winnersText(const tp::LeaveOneOut& row) const;
    QString fullNames(const QStringList& bidders) const;

    QList<tp::LeaveOneOut> m_rows;
    tp::Scenario m_scenario;
};

// Each panel member's figures (tp::Robustness::panelists): values dropped as highest and lowest, the
// mean deviation from the exact scores (2 decimals, the exact value in the tooltip) and the pairs of
// bidders in the panel's order and in the other order.
class MemberFiguresModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MemberColumn,
        DroppedHighestColumn,
        DroppedLowestColumn,
        MeanDeviationColumn,
        ConcordantColumn,
        DiscordantColumn,
        ColumnCount
    };

    explicit MemberFiguresModel(QObject* parent = nullptr);

    void setRobustness(const tp::Robustness& robustness, const tp::Scenario& scenario);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<tp::PanelistFigures> m_rows;
    tp::Scenario m_scenario;
};

} // namespace tp::ui
