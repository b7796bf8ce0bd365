#pragma once

#include "model/Scenario.h"
#include "rules/Evaluation.h"

#include <QWidget>

class QBarSeries;
class QBoxPlotSeries;
class QChartView;
class QLabel;
class QPushButton;
class QScatterSeries;
class QTabWidget;
class QTableView;

namespace tp::ui {

class RankingModel;
class RobustnessView;

// The results of the scoring: the status, the ranking table, a box plot of the panel's totals per
// bidder (dropped values marked) and the mean per criterion. A tie that matters offers the vote; the
// tally of each closed round of the vote is shown above the table. A second tab holds the robustness
// analysis of the same result: like the ranking, it reveals the scores, so it is only where they are.
class ResultsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPage(QWidget* parent = nullptr);

    void setEvaluation(const tp::Evaluation& evaluation, const tp::Scenario& scenario);

    RankingModel* rankingModel() const { return m_model; }
    QTableView* rankingView() const { return m_view; }
    QChartView* boxPlotView() const { return m_boxPlotView; }
    QChartView* criteriaView() const { return m_criteriaView; }
    QBoxPlotSeries* boxPlotSeries() const { return m_boxPlot; }
    QScatterSeries* droppedSeries() const { return m_dropped; }
    QBarSeries* criteriaSeries() const { return m_criteria; }
    QTabWidget* tabs() const { return m_tabs; }
    RobustnessView* robustnessView() const { return m_robustness; }
    QPushButton* workbookButton() const { return m_workbook; }
    // Brings the robustness analysis to the front.
    void showRobustness();

    // How the charts name a bidder: the bidder's code and the beginning of the name ("B1 甲保险股份…"),
    // distinct for every bidder however alike their names begin; the full name is in the tooltip.
    static QString chartLabel(const QString& bidder, const QString& name);

signals:
    // The evaluation stopped at a tie that matters: the panel votes on these bidders.
    void voteRequested(const tp::TieOutcome& tie);
    // The panel approved the final ranking (for the projector and the notice).
    void rankingApproved();
    // The user asks for the scores as a workbook.
    void workbookRequested();

private:
    void rebuildBoxPlot();
    void rebuildCriteriaChart();
    void updateBanner();
    void approve();
    QString fullName(const QString& bidder) const;
    QString chartLabel(const QString& bidder) const;

    tp::Evaluation m_evaluation;
    tp::Scenario m_scenario;
    RankingModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
    QLabel* m_details;
    QLabel* m_tallies;
    QPushButton* m_vote;
    QPushButton* m_approve;
    QPushButton* m_workbook;
    QChartView* m_boxPlotView;
    QChartView* m_criteriaView;
    QTabWidget* m_tabs;
    RobustnessView* m_robustness;
    QBoxPlotSeries* m_boxPlot = nullptr;
    QScatterSeries* m_dropped = nullptr;
    QBarSeries* m_criteria = nullptr;
};

} // namespace tp::ui
