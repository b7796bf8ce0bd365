#pragma once

#include "steps/StepPage.h"
#include "store/ScoringService.h"

#include <optional>

class QLabel;
class QPushButton;

namespace tp::ui {

class ProjectorWindow;
class VoteWidget;

// The anonymous vote on the tie the evaluation reports. Each confirmed ballot is stored at once; the
// round shown is always the round as stored (after a restart, with the members who have voted). A
// closed round is counted and the negotiation evaluated again. The projector follows the round once it
// shows the vote: the number of ballots while the round is open, its tally once closed; a round closed
// here puts its tally on the projector in any case.
class VoteStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit VoteStepPage(ProjectorWindow* projector = nullptr, QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    VoteWidget* voteWidget() const { return m_vote; }

private:
    QList<tp::Bidder> bidders(const QStringList& ids) const;
    void storeBallot(qint64 round, const QString& voter, const std::optional<QString>& choice);
    void closeRound(qint64 round);
    // Shows the round on the projector: the last round recorded, else the round due.
    void project();
    void showOnProjector();

    ProjectorWindow* m_projector;
    QLabel* m_state;
    VoteWidget* m_vote;
    QPushButton* m_project;
    std::optional<tp::store::VoteRoundState> m_shown; // the round on the screen, as stored
    bool m_projectOnReload = false;                   // the round was closed here: its tally goes up
};

} // namespace tp::ui
