#pragma once

#include "steps/StepPage.h"

class QLabel;
class QPushButton;

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
    QPushButton* workbookButton() const;
    // Asks where, then writes the scores as an .xlsx workbook; returns the path written (empty when
    // cancelled or refused, with the reason shown).
    QString exportWorkbook();

signals:
    void voteRequested();
    // The user goes on to publish the approved ranking.
    void publicationRequested();

private:
    void approve();

    ProjectorWindow* m_projector;
    QLabel* m_problem;
    ResultsPage* m_results;
    QLabel* m_approval;
    QPushButton* m_toPublication;
};

} // namespace tp::ui
