#pragma once

#include "model/Scenario.h"
#include "rules/Evaluation.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tp::ui {

// The ranking of an evaluation as a table: position, bidder, each panel member's total (the dropped
// highest and lowest struck through), the exact mean, the published 2-decimal score, the share (when
// the project has shares), the service area with its places in the tooltip (when it has areas) and the
// rounds of the vote that decided the position, each with its tally. Everything shown comes from
// tp::Evaluation as it is.
class RankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        BidderIdRole = Qt::UserRole + 1,
        DroppedRole
    };

    explicit RankingModel(QObject* parent = nullptr);

    void setEvaluation(const tp::Evaluation& evaluation, const tp::Scenario& scenario);

    static constexpr int kPositionColumn = 0;
    static constexpr int kBidderColumn = 1;
    int panelColumn(int panelist) const { return 2 + panelist; }
    int panelCount() const { return int(m_panel.size()); }
    int exactMeanColumn() const { return 2 + panelCount(); }
    int publishedColumn() const { return exactMeanColumn() + 1; }
    // The share, when the project has shares; -1 when the winners get service areas only.
    int shareColumn() const { return m_shares ? publishedColumn() + 1 : -1; }
    // The service area each winner serves, when the project has areas; else -1.
    int areaColumn() const { return m_areas ? publishedColumn() + (m_shares ? 2 : 1) : -1; }
    int voteColumn() const { return publishedColumn() + 1 + (m_shares ? 1 : 0) + (m_areas ? 1 : 0); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant panelCell(const tp::RankEntry& entry, int panelist, int role) const;
    bool isTied(const QString& bidder) const;
    // The rounds of the vote that `bidder` took part in, one line each: "Round 1: 4 ballots (4:3)".
    QStringList voteRounds(const QString& bidder) const;
    // The same rounds with every bidder's name and the blank ballots (the cell's tooltip).
    QString voteDetails(const QString& bidder) const;

    tp::Evaluation m_evaluation;
    QList<tp::Panelist> m_panel;
    QHash<QString, QString> m_bidderNames;
    bool m_shares = true;
    bool m_areas = false;
};

} // namespace tp::ui
