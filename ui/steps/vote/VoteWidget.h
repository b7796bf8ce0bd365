#pragma once

#include "model/Scenario.h"
#include "rules/Evaluation.h"
#include "store/ScoringService.h"

#include <QList>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QVBoxLayout;

namespace tp::ui {

// One round of the panel's anonymous vote, passing the laptop: each member in turn picks their own
// name on the roll and presses "I am ready", picks a bidder (or a blank ballot) privately,
// confirms, and the screen clears for the next. The widget only asks: a confirmed ballot goes to the
// step page, which stores it at once (the member on the roll, the ballot in the box, never linked)
// and shows the round again as the store holds it. Everything on the screen (the ballots cast, the
// roll, once closed the tally) is therefore the stored round, after a restart as well. Until the
// round closes only the number of ballots cast and the roll are shown; then the tally.
class VoteWidget : public QWidget
{
    Q_OBJECT
public:
    explicit VoteWidget(QWidget* parent = nullptr);

    // Shows a round as the store holds it: its tied bidders (in the round's order), the panel and
    // the round's state. A member at the private screen stays there while the round is unchanged.
    void showRound(const QList<tp::Bidder>& tied, const QList<tp::Panelist>& panel,
                   const tp::store::VoteRoundState& round);

    qint64 round() const { return m_round.round; }
    int castCount() const { return m_round.ballots; }
    int panelSize() const { return int(m_panel.size()); }
    bool isClosed() const { return m_round.closed; }
    bool isChoosing() const;
    // Ballots per tied bidder (sorted by id) and blanks; all zero until the round is closed.
    tp::VoteTally tally() const;
    // The members who have cast a ballot, in panel order (not in the order they voted).
    QStringList voters() const;
    // Picks the member about to vote on the roll (as they do themselves); false when they cannot.
    bool chooseVoter(const QString& panelist);

public slots:
    // "I am ready": shows the private choice to the member chosen on the roll.
    void beginBallot();
    // Asks to close the round; asks first when not every member has voted.
    void closeRound();

signals:
    // A member confirmed their ballot in `round`: a bidder id, or nullopt for a blank ballot. The
    // choice is already off the screen.
    void ballotConfirmed(qint64 round, const QString& voter, const std::optional<QString>& choice);
    // The panel closes `round` and counts its ballots.
    void closeRequested(qint64 round);

private:
    void castSelected();
    void showWaiting();
    void showTally();
    void clearChoice();
    void updateRoll();

    tp::store::VoteRoundState m_round;
    bool m_shown = false; // a round was given
    QList<tp::Bidder> m_tied;
    QList<tp::Panelist> m_panel;
    QString m_currentVoter; // the member at the screen, until their ballot is confirmed
    QStackedWidget* m_pages;
    QLabel* m_roundTitle;
    QLabel* m_count;
    QLabel* m_waitingHint;
    QListWidget* m_roll;
    QComboBox* m_voter;
    QPushButton* m_ready;
    QPushButton* m_close;
    QLabel* m_choiceHint;
    QVBoxLayout* m_choices;
    QButtonGroup* m_group;
    QPushButton* m_cast;
    QPushButton* m_back;
    QLabel* m_result;
    QTableWidget* m_tally;
};

} // namespace tp::ui
