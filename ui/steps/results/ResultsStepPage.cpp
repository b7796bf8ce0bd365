#include "ResultsStepPage.h"
#include "PlainText.h"

#include "MessageBox.h"
#include "ResultsPage.h"
#include "io/FileWriter.h"
#include "main/FileDialog.h"
#include "projector/ProjectorWindow.h"
#include "report/ScoreWorkbook.h"
#include "store/RankingApprovals.h"
#include "store/StoreTime.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp::ui {

ResultsStepPage::ResultsStepPage(ProjectorWindow* projector, QWidget* parent)
    : StepPage(tp::store::Stage::Result, parent), m_projector(projector), m_problem(new QLabel(this)),
      m_results(new ResultsPage(this)), m_approval(new QLabel(this)),
      m_toPublication(new QPushButton(tr("Go to the publication step"), this))
{
    connect(m_results, &ResultsPage::workbookRequested, this, &ResultsStepPage::exportWorkbook);
    PlainText::label(m_approval);
    m_approval->setObjectName(QStringLiteral("rankingApproval"));
    m_approval->setWordWrap(true);
    m_approval->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
    m_toPublication->setObjectName(QStringLiteral("toPublication"));
    connect(m_toPublication, &QPushButton::clicked, this, &ResultsStepPage::publicationRequested);
    auto* approvalRow = new QHBoxLayout;
    approvalRow->addWidget(m_approval, 1);
    approvalRow->addWidget(m_toPublication);
    PlainText::label(m_problem);
    m_problem->setObjectName(QStringLiteral("resultsProblem"));
    m_problem->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(approvalRow);
    layout->addWidget(m_results, 1);
    connect(m_results, &ResultsPage::voteRequested, this, &ResultsStepPage::voteRequested);
    connect(m_results, &ResultsPage::rankingApproved, this, &ResultsStepPage::approve);
}

void ResultsStepPage::approve()
{
    if (!m_context.workspace)
        return;
    const auto approved = tp::store::RankingApprovals(*m_context.workspace).approve(m_context.id, m_context.actor());
    if (!approved.ok()) {
        showRefusal(tr("The ranking is not approved"), approved.problem.why);
        return;
    }
    if (m_projector && m_context.evaluation)
        m_projector->showApprovedRanking(*m_context.evaluation, m_context.scenario);
    emit changed();
}

void ResultsStepPage::reload(const StepContext& context)
{
    m_context = context;
    // The ranking appears once the result has been computed and recorded (the scoring step is closed:
    // every sheet in, every flagged score reviewed), never as a preview during scoring.
    const bool computed = tp::store::Procedure::resultsComputed(context.stage);
    const bool scored = computed && context.evaluation && context.evaluation->status != tp::EvaluationStatus::Scoring;
    m_results->setVisible(scored);
    m_problem->setVisible(!scored);
    // The approval as the store records it: when and by whom.
    std::optional<tp::store::RankingApproval> approval;
    if (scored && context.workspace) {
        const auto read = tp::store::RankingApprovals(*context.workspace).latest(context.id);
        if (read.ok())
            approval = *read.value;
    }
    if (approval) {
        const auto at = tp::store::StoreTime::fromText(approval->at);
        m_approval->setText(tr("Ranking approved for publication on %1 by %2. Next: publish the result notice.")
                                .arg(at ? at->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : approval->at,
                                     approval->actor));
    }
    m_approval->setVisible(approval.has_value());
    m_toPublication->setVisible(approval.has_value());
    if (scored)
        m_results->setEvaluation(*context.evaluation, context.scenario);
    else if (!computed && tp::store::Procedure::scoringBegun(context.stage))
        m_problem->setText(tr("There is no result yet: it is computed once every sheet is submitted and every "
                              "flagged score is reviewed."));
    else if (!context.evaluationProblem.isEmpty())
        m_problem->setText(tr("There is no result yet: %1").arg(context.evaluationProblem));
    else
        m_problem->setText(tr("There is no result yet: the scores are not all in."));
}

QPushButton* ResultsStepPage::workbookButton() const
{
    return m_results->workbookButton();
}

QString ResultsStepPage::exportWorkbook()
{
    const std::optional<tp::DocumentInput> input = documentInput();
    if (!input)
        return QString();
    const QString title = tr("Export the scores as a workbook");
    const QString code = m_context.code.isEmpty() ? tr("negotiation") : m_context.code;
    const QString path =
        FileDialog::saveFileName(this, title, tr("%1-scores.xlsx").arg(code), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return QString();
    tp::Problem problem;
    const QByteArray xlsx = tp::report::ScoreWorkbook::xlsx(*input, &problem);
    if (xlsx.isEmpty()) {
        showRefusal(title, problem.toString());
        return QString();
    }
    QString error;
    if (!tp::FileWriter::write(path, xlsx, &error)) {
        showRefusal(title, tr("%1 cannot be written: %2").arg(path, error));
        return QString();
    }
    MessageBox::information(this, title, tr("The scores are written to %1.").arg(path));
    return path;
}

} // namespace tp::ui
