#pragma once

#include "StepPage.h"

#include <optional>

class QLabel;

namespace tp::ui {

class VoteWidget;

// The anonymous vote on the tie the evaluation reports. Each confirmed ballot is stored at once; the
// round shown is always the round as stored (after a restart, with the members who have voted). A
// closed round is counted and the negotiation evaluated again.
class VoteStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit VoteStepPage(QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    VoteWidget* voteWidget() const { return m_vote; }

private:
    QList<tp::Bidder> bidders(const QStringList& ids) const;
    void storeBallot(qint64 round, const QString& voter, const std::optional<QString>& choice);
    void closeRound(qint64 round);

    StepContext m_context;
    QLabel* m_state;
    VoteWidget* m_vote;
};

} // namespace tp::ui
