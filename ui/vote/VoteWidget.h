#pragma once

#include "model/Scenario.h"
#include "rules/BallotBox.h"

#include <QList>
#include <QSet>
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
// confirms, and the screen clears for the next. The roll (who has voted) and the ballot box (what
// was voted) are kept apart: the roll is a set of members in panel order, the ballots stay in
// memory (tp::BallotBox) in random order, without voter or time. Until the round closes only the
// number of ballots cast and the roll are shown; then the tally.
class VoteWidget : public QWidget
{
    Q_OBJECT
public:
    explicit VoteWidget(QWidget* parent = nullptr);

    // Starts a round on the tied bidders for the panel.
    void startRound(const QList<tp::Bidder>& tied, const QList<tp::Panelist>& panel, int round = 1);

    int castCount() const { return m_box.castCount(); }
    int panelSize() const { return m_box.capacity(); }
    bool isClosed() const { return m_box.isClosed(); }
    bool isChoosing() const;
    tp::VoteTally tally() const { return m_box.tally(); }
    // The members who have cast a ballot, in panel order (not in the order they voted).
    QStringList voters() const;
    // Picks the member about to vote on the roll (as they do themselves); false when they cannot.
    bool chooseVoter(const QString& panelist);

public slots:
    // "I am ready": shows the private choice to the member chosen on the roll.
    void beginBallot();
    // Closes the round; asks first when not every member has voted.
    void closeRound();

signals:
    void castCountChanged(int cast, int panelSize);
    // The round's ballots, shuffled: a bidder id, or nullopt for a blank ballot; and the roll:
    // the members who voted, in panel order. Nothing pairs a ballot with a voter.
    void roundClosed(const QList<std::optional<QString>>& ballots, const QStringList& voters);

private:
    void castSelected();
    void showWaiting();
    void finishRound();
    void clearChoice();
    void updateRoll();

    tp::BallotBox m_box;
    QList<tp::Bidder> m_tied;
    QList<tp::Panelist> m_panel;
    QSet<QString> m_voted;  // the roll: who has voted, with no order
    QString m_currentVoter; // the member at the screen, until their ballot is cast
    int m_round = 1;
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
