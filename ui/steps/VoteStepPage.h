#pragma once

#include "StepPage.h"

class QLabel;

namespace tp::ui {

class VoteWidget;

// The anonymous vote on the tie the evaluation reports. A closed round is stored at once and the
// negotiation evaluated again.
class VoteStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit VoteStepPage(QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    VoteWidget* voteWidget() const { return m_vote; }

private:
    void storeRound(const QList<std::optional<QString>>& ballots, const QStringList& voters);

    StepContext m_context;
    QStringList m_tied;
    QLabel* m_state;
    VoteWidget* m_vote;
};

} // namespace tp::ui
