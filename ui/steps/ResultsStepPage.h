#pragma once

#include "StepPage.h"

class QLabel;

namespace tp::ui {

class ProjectorWindow;
class ResultsPage;

// The results of the stored negotiation as the rules engine evaluates it.
class ResultsStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit ResultsStepPage(ProjectorWindow* projector, QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    ResultsPage* resultsPage() const { return m_results; }

signals:
    void voteRequested();

private:
    ProjectorWindow* m_projector;
    StepContext m_context;
    QLabel* m_problem;
    ResultsPage* m_results;
};

} // namespace tp::ui
