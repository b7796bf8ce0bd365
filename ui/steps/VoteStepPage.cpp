#include "VoteStepPage.h"

#include "MessageBox.h"
#include "store/ScoringService.h"
#include "vote/VoteWidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tp::ui {

VoteStepPage::VoteStepPage(QWidget* parent) : StepPage(parent), m_state(new QLabel(this)), m_vote(new VoteWidget(this))
{
    m_state->setObjectName(QStringLiteral("voteState"));
    m_state->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_vote, 1);
    connect(m_vote, &VoteWidget::roundClosed, this, &VoteStepPage::storeRound);
}

void VoteStepPage::reload(const StepContext& context)
{
    m_context = context;
    const bool voting = context.stage == tp::store::Stage::Vote && context.evaluation && context.evaluation->tie;
    m_vote->setVisible(voting);
    if (!voting) {
        m_tied.clear();
        m_state->setText(int(context.stage) > int(tp::store::Stage::Vote)
                             ? tr("No vote is pending: the result is fixed.")
                             : tr("A vote is held only when the scoring ends in a tie that matters."));
        return;
    }
    const QStringList tied = context.evaluation->tie->bidders;
    const int round = int(context.scenario.votes.size()) + 1;
    m_state->setText(tr("Tie between %1: the panel votes (round %2).").arg(tied.join(QStringLiteral(", "))).arg(round));
    if (tied == m_tied && !m_vote->isClosed())
        return;
    m_tied = tied;
    QList<tp::Bidder> bidders;
    for (const QString& id : tied) {
        const tp::Bidder* b = context.scenario.bidder(id);
        bidders.append(b ? *b : tp::Bidder{id, id, true, std::nullopt, false});
    }
    m_vote->startRound(bidders, context.scenario.panel, round);
}

void VoteStepPage::storeRound(const QList<std::optional<QString>>& ballots, const QStringList& voters)
{
    if (!m_context.workspace)
        return;
    // The roll names the members who voted; the ballots are never linked to it.
    tp::store::ScoringService scoring(*m_context.workspace);
    const auto closed = scoring.closeVoteRound(m_context.id, m_tied, voters, ballots, m_context.actor());
    if (!closed.ok()) {
        showRefusal(tr("The vote cannot be stored"), closed.problem.why);
        m_tied.clear();
        emit changed();
        return;
    }
    const auto result = scoring.recordResult(m_context.id, m_context.actor());
    if (!result.ok())
        showRefusal(tr("The result cannot be computed"), result.problem.why);
    m_tied.clear();
    emit changed();
}

} // namespace tp::ui
