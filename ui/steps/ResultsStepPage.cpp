#include "ResultsStepPage.h"
#include "PlainText.h"

#include "projector/ProjectorWindow.h"
#include "results/ResultsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tp::ui {

ResultsStepPage::ResultsStepPage(ProjectorWindow* projector, QWidget* parent)
    : StepPage(parent), m_projector(projector), m_problem(new QLabel(this)), m_results(new ResultsPage(this))
{
    PlainText::label(m_problem);
    m_problem->setObjectName(QStringLiteral("resultsProblem"));
    m_problem->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_results, 1);
    connect(m_results, &ResultsPage::voteRequested, this, &ResultsStepPage::voteRequested);
    connect(m_results, &ResultsPage::rankingApproved, this, [this] {
        if (m_projector && m_context.evaluation)
            m_projector->showApprovedRanking(*m_context.evaluation, m_context.scenario);
    });
}

void ResultsStepPage::reload(const StepContext& context)
{
    m_context = context;
    // The ranking appears once the result has been computed and recorded (the scoring step is closed:
    // every sheet in, every flagged score reviewed), never as a preview during scoring.
    const bool computed = int(context.stage) >= int(tp::store::Stage::Vote);
    const bool scored = computed && context.evaluation && context.evaluation->status != tp::EvaluationStatus::Scoring;
    m_results->setVisible(scored);
    m_problem->setVisible(!scored);
    if (scored)
        m_results->setEvaluation(*context.evaluation, context.scenario);
    else if (!computed && int(context.stage) >= int(tp::store::Stage::Scoring))
        m_problem->setText(tr("There is no result yet: it is computed once every sheet is submitted and every "
                              "flagged score is reviewed."));
    else if (!context.evaluationProblem.isEmpty())
        m_problem->setText(tr("There is no result yet: %1").arg(context.evaluationProblem));
    else
        m_problem->setText(tr("There is no result yet: the scores are not all in."));
}

} // namespace tp::ui
