#include "VoteStepPage.h"
#include "PlainText.h"

#include "MessageBox.h"
#include "VoteWidget.h"
#include "projector/ProjectorWindow.h"
#include "store/ScoringService.h"
#include "widgets/VoteTallyText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp::ui {

VoteStepPage::VoteStepPage(ProjectorWindow* projector, QWidget* parent)
    : StepPage(tp::store::Stage::Vote, parent), m_projector(projector), m_state(new QLabel(this)),
      m_vote(new VoteWidget(this)), m_project(new QPushButton(tr("Show the vote on the projector"), this))
{
    PlainText::label(m_state);
    m_state->setObjectName(QStringLiteral("voteState"));
    m_state->setWordWrap(true);
    m_project->setObjectName(QStringLiteral("projectVote"));
    m_project->setToolTip(tr("Shows the round on the audience's screen: the number of ballots cast while it is "
                             "open, the tally once it is closed"));
    m_project->setEnabled(false);
    connect(m_project, &QPushButton::clicked, this, &VoteStepPage::showOnProjector);
    auto* top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_project, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_vote, 1);
    connect(m_vote, &VoteWidget::ballotConfirmed, this, &VoteStepPage::storeBallot);
    connect(m_vote, &VoteWidget::closeRequested, this, &VoteStepPage::closeRound);
}

QList<tp::Bidder> VoteStepPage::bidders(const QStringList& ids) const
{
    QList<tp::Bidder> list;
    for (const QString& id : ids) {
        const tp::Bidder* b = m_context.scenario.bidder(id);
        list.append(b ? *b : tp::Bidder{id, id, true, std::nullopt, false});
    }
    return list;
}

void VoteStepPage::reload(const StepContext& context)
{
    m_context = context;
    std::optional<tp::store::VoteRoundState> current;
    QList<tp::store::VoteRoundState> rounds;
    QString problem;
    if (context.workspace) {
        const tp::store::ScoringService scoring(*context.workspace);
        const auto stored = scoring.voteRounds(context.id);
        if (stored.ok())
            rounds = *stored.value;
        else
            problem = stored.problem.why;
        // A recorded round that is still open is shown at any step; the round due next only at the
        // vote step.
        const bool open = !rounds.isEmpty() && !rounds.last().closed;
        if (stored.ok() && (open || context.stage == tp::store::Stage::Vote)) {
            const auto due = scoring.currentVoteRound(context.id);
            if (due.ok())
                current = *due.value;
            else
                problem = due.problem.why;
        }
    }
    m_vote->setVisible(current.has_value());
    // The round the projector shows: the last one recorded (open: its count; closed: its tally), else the
    // round due, before its first ballot.
    m_shown = !rounds.isEmpty() ? std::optional<tp::store::VoteRoundState>(rounds.last()) : current;
    m_project->setEnabled(m_projector && m_shown.has_value());
    if (m_projector && m_shown &&
        (m_projectOnReload || (m_projector->isVisible() && m_projector->currentView() == ProjectorWindow::View::Vote)))
        project();
    m_projectOnReload = false;
    if (!current) {
        if (!problem.isEmpty())
            m_state->setText(problem);
        else
            m_state->setText(tp::store::Procedure::resultFixed(context.stage)
                                 ? tr("No vote is pending: the result is fixed.")
                                 : tr("A vote is held only when the scoring ends in a tie that matters."));
        if (!rounds.isEmpty())
            m_vote->showRound(bidders(rounds.last().tied), context.scenario.panel, rounds.last());
        return;
    }
    m_state->setText(tr("Tie between %1: the panel votes (round %2).")
                         .arg(current->tied.join(QStringLiteral(", ")))
                         .arg(current->round));
    m_vote->showRound(bidders(current->tied), context.scenario.panel, *current);
}

void VoteStepPage::storeBallot(qint64 round, const QString& voter, const std::optional<QString>& choice)
{
    if (!m_context.workspace)
        return;
    // The roll gets the member, the box the ballot: never linked to each other.
    tp::store::ScoringService scoring(*m_context.workspace);
    const auto cast = scoring.castBallot(m_context.id, round, voter, choice, m_context.actor());
    if (!cast.ok()) {
        showRefusal(tr("The ballot is not recorded"), cast.problem.why);
        emit changed();
        return;
    }
    // When every member has voted the round is closed and counted.
    const auto current = scoring.currentVoteRound(m_context.id);
    if (current.ok() && *current.value && (*current.value)->round == round && !(*current.value)->closed &&
        (*current.value)->ballots >= m_context.scenario.panel.size()) {
        closeRound(round);
        return;
    }
    emit changed();
}

void VoteStepPage::closeRound(qint64 round)
{
    if (!m_context.workspace)
        return;
    tp::store::ScoringService scoring(*m_context.workspace);
    m_projectOnReload = true;
    const auto closed = scoring.closeVoteRound(m_context.id, round, m_context.actor());
    if (!closed.ok()) {
        showRefusal(tr("The vote cannot be stored"), closed.problem.why);
        emit changed();
        return;
    }
    const auto result = scoring.recordResult(m_context.id, m_context.actor());
    if (!result.ok())
        showRefusal(tr("The result cannot be computed"), result.problem.why);
    emit changed();
}

void VoteStepPage::project()
{
    if (!m_projector || !m_shown)
        return;
    const QStringList order = m_context.evaluation ? VoteTallyText::rankOrder(*m_context.evaluation) : QStringList();
    m_projector->showVoteRound(*m_shown, bidders(m_shown->tied), int(m_context.scenario.panel.size()), order);
}

void VoteStepPage::showOnProjector()
{
    if (!m_projector || !m_shown)
        return;
    project();
    if (!m_projector->isVisible())
        m_projector->openOnAudienceScreen();
    m_projector->raise();
}

} // namespace tp::ui
