#pragma once

#include "model/Scenario.h"
#include "rules/Evaluation.h"
#include "rules/Robustness.h"

#include <QWidget>

class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;

namespace tp::ui {

class LeaveOneOutModel;
class MemberFiguresModel;

// How solid a ranked result is (docs/analysis.md), worked out by tp::RobustnessAnalysis from the
// evaluation the results page shows: the last winner's margin, the result without each member (the
// rows whose absence changes the winners marked), each member's figures, and a chart of each member's
// totals against the final exact scores. A result still scoring or failed has nothing to analyse.
// The results page holds it, so it is shown exactly where the scores are.
class RobustnessView : public QWidget
{
    Q_OBJECT
public:
    explicit RobustnessView(QWidget* parent = nullptr);

    void setEvaluation(const tp::Evaluation& evaluation, const tp::Scenario& scenario);

    const tp::Robustness& robustness() const { return m_robustness; }
    bool analysed() const { return m_robustness.analysed; }
    QLabel* marginLabel() const { return m_margin; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* nothingLabel() const { return m_nothing; }
    LeaveOneOutModel* leaveOneOutModel() const { return m_leaveModel; }
    MemberFiguresModel* memberModel() const { return m_memberModel; }
    QTableView* leaveOneOutView() const { return m_leaveView; }
    QTableView* memberView() const { return m_memberView; }
    QChartView* chartView() const { return m_chartView; }

private:
    void updateTexts();
    void rebuildChart();
    // The tooltip of a point of the chart: member `panelist`'s total for the bidder at `row` of the
    // ranking, or the bidder's final score (panelist -1).
    QString pointText(int panelist, int row) const;

    tp::Evaluation m_evaluation;
    tp::Scenario m_scenario;
    tp::Robustness m_robustness;
    QStackedWidget* m_stack;
    QLabel* m_nothing;
    QLabel* m_margin;
    QLabel* m_summary;
    LeaveOneOutModel* m_leaveModel;
    MemberFiguresModel* m_memberModel;
    QTableView* m_leaveView;
    QTableView* m_memberView;
    QChartView* m_chartView;
};

} // namespace tp::ui
