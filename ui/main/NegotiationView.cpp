#include "NegotiationView.h"
#include "PlainText.h"

#include "MessageBox.h"
#include "StageText.h"
#include "projector/ProjectorWindow.h"
#include "steps/draw/DrawStepPage.h"
#include "steps/presentations/PresentationsStepPage.h"
#include "steps/proposals/ProposalsStepPage.h"
#include "steps/publication/PublicationStepPage.h"
#include "steps/registration/RegistrationStepPage.h"
#include "steps/results/ResultsStepPage.h"
#include "steps/scoring/ScoringStepPage.h"
#include "steps/setup/SetupStepPage.h"
#include "steps/vote/VoteStepPage.h"
#include "store/NegotiationRecord.h"
#include "store/NegotiationStore.h"
#include "store/ProcedureService.h"
#include "store/ScoringService.h"
#include "store/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tp::ui {

using tp::store::Procedure;
using tp::store::Stage;

NegotiationView::NegotiationView(ProjectorWindow* projector, QWidget* parent)
    : QWidget(parent), m_projector(projector), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_back(new QPushButton(tr("← All negotiations"), this)), m_next(new QPushButton(this)),
      m_navigator(new QListWidget(this)), m_pages(new QStackedWidget(this))
{
    PlainText::label(m_title);
    PlainText::label(m_subtitle);
    m_title->setObjectName(QStringLiteral("negotiationTitle"));
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // A very long title or purchaser takes at most two lines each, so that the step below keeps the
    // window's height; the tooltip has the whole text.
    for (QLabel* label : {m_title, m_subtitle}) {
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setMaximumHeight(PlainText::linesHeight(label, 2));
    }
    m_next->setObjectName(QStringLiteral("finishStep"));

    m_navigator->setObjectName(QStringLiteral("stepNavigator"));
    m_navigator->setFixedWidth(250);
    m_navigator->setWordWrap(true);
    m_navigator->setSpacing(2);
    m_navigator->setIconSize(QSize(12, 12));

    m_stepPages = {new SetupStepPage(this),
                   new RegistrationStepPage(this),
                   new ProposalsStepPage(this),
                   new DrawStepPage(projector, this),
                   new PresentationsStepPage(projector, this),
                   new ScoringStepPage(this),
                   new VoteStepPage(projector, this),
                   new ResultsStepPage(projector, this),
                   new PublicationStepPage(this)};
    m_setup = page<SetupStepPage>();
    m_publication = page<PublicationStepPage>();
    for (StepPage* page : m_stepPages) {
        m_pageOf.insert(page->stage(), page);
        m_pages->addWidget(page);
        connect(page, &StepPage::changed, this, &NegotiationView::refresh);
        auto* item = new QListWidgetItem(stepName(page->stage()), m_navigator);
        item->setSizeHint(QSize(240, 52));
    }
    auto* results = page<ResultsStepPage>();
    connect(results, &ResultsStepPage::voteRequested, this, [this] { showStep(Stage::Vote); });
    connect(results, &ResultsStepPage::publicationRequested, this, [this] { showStep(Stage::Publication); });

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addWidget(m_back, 0, Qt::AlignTop);
    header->addSpacing(12);
    header->addLayout(titles, 1);
    header->addWidget(m_next, 0, Qt::AlignTop);

    auto* body = new QHBoxLayout;
    body->addWidget(m_navigator);
    body->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(body, 1);

    connect(m_back, &QPushButton::clicked, this, &NegotiationView::homeRequested);
    connect(m_next, &QPushButton::clicked, this, &NegotiationView::finishStep);
    connect(m_navigator, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
}

QList<Stage> NegotiationView::steps() const
{
    QList<Stage> list;
    for (const StepPage* page : m_stepPages)
        list.append(page->stage());
    return list;
}

int NegotiationView::rowOf(Stage stage) const
{
    // An archived negotiation stays on the publication page.
    return int(m_stepPages.indexOf(m_pageOf.value(stage == Stage::Archived ? Stage::Publication : stage)));
}

QString NegotiationView::stepName(Stage stage)
{
    // An archived negotiation's step is still the publication.
    return StageText::name(stage == Stage::Archived ? Stage::Publication : stage);
}

bool NegotiationView::open(tp::store::Workspace* workspace, qint64 id)
{
    const auto summary = tp::store::NegotiationStore(*workspace).summary(id);
    if (!summary.ok()) {
        MessageBox::warning(this, tr("Cannot open the negotiation"), summary.problem.toString());
        return false;
    }
    m_context = StepContext();
    m_context.workspace = workspace;
    m_context.id = id;
    refresh();
    showStep(currentStep());
    return true;
}

void NegotiationView::close()
{
    m_setup->clearHistory();
    m_context = StepContext();
}

QUndoStack* NegotiationView::undoStack() const
{
    return m_setup->undoStack();
}

void NegotiationView::refresh()
{
    if (!m_context.workspace)
        return;
    tp::store::Workspace& ws = *m_context.workspace;
    const qint64 id = m_context.id;
    const auto summary = tp::store::NegotiationStore(ws).summary(id);
    const auto scenario = tp::store::NegotiationStore(ws).scenario(id);
    if (!summary.ok() || !scenario.ok()) {
        MessageBox::warning(this, tr("Cannot read the negotiation"),
                            (summary.ok() ? scenario.problem : summary.problem).toString());
        return;
    }
    const bool moved = !m_context.code.isEmpty() && m_context.stage != summary.value->stage;
    StepPage* previousPage = m_stepPages.value(rowOf(m_context.stage));
    m_context.code = summary.value->code;
    m_context.stage = summary.value->stage;
    m_context.scenario = *scenario.value;
    const auto evaluation = tp::store::NegotiationRecord::evaluate(ws, id);
    m_context.evaluation = evaluation.value;
    m_context.evaluationProblem = evaluation.ok() ? QString() : evaluation.problem.why;
    m_context.qualification = tp::store::NegotiationRecord::qualification(ws, id).value;
    const auto sheets = tp::store::ScoringService(ws).submittedSheets(id);
    m_context.submittedSheets = sheets.ok() ? *sheets.value : QMap<QString, QString>();

    m_title->setText(m_context.scenario.project.title);
    m_title->setToolTip(PlainText::toolTip(m_context.scenario.project.title));
    m_subtitle->setText(
        tr("%1 · %2 · current step: %3")
            .arg(m_context.code, m_context.scenario.project.purchaser, StageText::name(m_context.stage)));
    m_subtitle->setToolTip(PlainText::toolTip(m_subtitle->text()));
    if (m_projector)
        m_projector->setProjectTitle(m_context.scenario.project.title);
    updateNavigator();
    updateNextButton();
    for (StepPage* page : m_stepPages)
        page->reload(m_context);
    // A stage finished by the page on the screen whose result the audience waits to see keeps that page.
    const bool stay = m_pages->currentWidget() == previousPage && previousPage->staysAfterItsStage();
    if (moved && !stay)
        showStep(currentStep());
    emit negotiationChanged();
}

void NegotiationView::updateNavigator()
{
    const Stage stage = m_context.stage;
    const int current = rowOf(stage);
    const bool drawn = m_context.drawRecorded();
    m_states.clear();
    m_reasons.clear();
    for (int step = 0; step < m_stepPages.size(); ++step) {
        const Stage pageStage = m_stepPages.at(step)->stage();
        StepState state = step < current ? StepState::Done : step == current ? StepState::Current : StepState::Blocked;
        if (stage == Stage::Archived && pageStage == Stage::Publication)
            state = StepState::Done;
        std::optional<tp::Problem> why;
        if (state == StepState::Blocked) {
            switch (pageStage) {
            case Stage::Registration:
                why = Procedure::checkRegistration(stage);
                break;
            case Stage::Proposals:
                why = Procedure::checkProposal(stage);
                break;
            case Stage::Draw:
                why = Procedure::checkDraw(stage, drawn);
                break;
            case Stage::Presentations:
                why = Procedure::checkPresentation(stage, drawn);
                break;
            case Stage::Scoring:
                why = Procedure::checkScoreEntry(stage, drawn);
                break;
            case Stage::Vote:
                why = Procedure::checkVote(stage);
                break;
            case Stage::Result:
                why = Procedure::checkResult(stage);
                break;
            case Stage::Publication:
                why = Procedure::checkPublication(stage);
                break;
            default:
                break;
            }
            if (!why)
                why = Procedure::checkAdvance(stage, pageStage);
        }
        m_states.append(state);
        // Every step not reached yet says what must come first, even where the procedure would
        // allow an action of it already (e.g. proposals received during registration).
        const QString reason = why ? why->why.trimmed() : QString();
        m_reasons.append(state != StepState::Blocked ? QString()
                         : reason.isEmpty()          ? StageText::notYet(pageStage)
                                                     : reason);
        QListWidgetItem* item = m_navigator->item(step);
        const QString name = m_navigator->item(step)->data(Qt::UserRole).toString().isEmpty()
                                 ? item->text()
                                 : item->data(Qt::UserRole).toString();
        item->setData(Qt::UserRole, name);
        QString label;
        QColor colour;
        switch (state) {
        case StepState::Done:
            // The vote is the one step that is skipped when no tie matters.
            label = pageStage == Stage::Vote && m_context.scenario.votes.isEmpty() ? tr("✓ %1\nnot needed").arg(name)
                                                                                   : tr("✓ %1\ndone").arg(name);
            colour = QColor(0x2e, 0x7d, 0x32);
            break;
        case StepState::Current:
            label = tr("▶ %1\ncurrent step").arg(name);
            colour = QColor(0x15, 0x65, 0xc0);
            break;
        case StepState::Blocked:
            label = tr("%1\nnot yet: %2").arg(name, m_reasons.last());
            colour = QColor(0x75, 0x75, 0x75);
            break;
        }
        item->setText(label);
        item->setToolTip(PlainText::toolTip(label));
        item->setForeground(colour);
        QFont font = item->font();
        font.setBold(state == StepState::Current);
        item->setFont(font);
    }
}

void NegotiationView::updateNextButton()
{
    const Stage stage = m_context.stage;
    QString text;
    switch (stage) {
    case Stage::Setup:
        text = tr("Open registration");
        break;
    case Stage::Registration:
        text = tr("Close registration");
        break;
    case Stage::Proposals:
        text = tr("Close proposals, go to the draw");
        break;
    case Stage::Presentations:
        text = tr("Presentations done, start scoring");
        break;
    case Stage::Scoring:
    case Stage::Vote:
        text = tr("Compute the result");
        break;
    case Stage::Result:
        text = tr("Publish the result notice…");
        break;
    case Stage::Publication:
        text = tr("Seal the archive…");
        break;
    default:
        break;
    }
    m_next->setText(text);
    m_next->setVisible(!text.isEmpty());
}

void NegotiationView::finishStep()
{
    if (!m_context.workspace)
        return;
    tp::store::Workspace& ws = *m_context.workspace;
    const Stage stage = m_context.stage;
    if (stage == Stage::Scoring || stage == Stage::Vote) {
        const auto result = tp::store::ScoringService(ws).recordResult(m_context.id, m_context.actor());
        if (!result.ok())
            MessageBox::warning(this, tr("The result cannot be computed yet"), result.problem.why);
        refresh();
        if (result.ok())
            showStep(currentStep());
        return;
    }
    // Publishing and archiving have their own details and confirmation on the publication page.
    if (stage == Stage::Result || stage == Stage::Publication) {
        showStep(Stage::Publication);
        if (stage == Stage::Publication)
            m_publication->sealArchive();
        return;
    }
    const std::optional<Stage> next = Procedure::next(stage);
    if (!next)
        return; // archived: nothing follows
    if (MessageBox::question(this, tr("Finish this step"),
                             tr("Finish \"%1\" and go to \"%2\"? A finished step cannot be reopened.")
                                 .arg(StageText::name(stage), StageText::name(*next)),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const auto advanced = tp::store::ProcedureService(ws).advance(m_context.id, *next, m_context.actor());
    if (!advanced.ok())
        MessageBox::warning(this, tr("The step cannot be finished yet"), advanced.problem.why);
    refresh();
    if (advanced.ok())
        showStep(currentStep());
}

NegotiationView::StepState NegotiationView::stepState(Stage step) const
{
    const int row = rowOf(step);
    return row >= 0 && row < m_states.size() ? m_states.at(row) : StepState::Blocked;
}

QString NegotiationView::stepReason(Stage step) const
{
    const int row = rowOf(step);
    return row >= 0 && row < m_reasons.size() ? m_reasons.at(row) : QString();
}

Stage NegotiationView::currentStep() const
{
    return m_context.stage == Stage::Archived ? Stage::Publication : m_context.stage;
}

void NegotiationView::showStep(Stage step)
{
    const int row = rowOf(step);
    if (row < 0)
        return;
    m_navigator->setCurrentRow(row);
    m_pages->setCurrentIndex(row);
}

StepPage* NegotiationView::page(Stage step) const
{
    return m_pageOf.value(step == Stage::Archived ? Stage::Publication : step);
}

} // namespace tp::ui
