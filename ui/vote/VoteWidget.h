#pragma once

#include "model/Scenario.h"
#include "rules/BallotBox.h"

#include <QList>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QVBoxLayout;

namespace tp::ui {

// One round of the panel's anonymous vote, passing the laptop: each member in turn presses "I am
// ready", picks a bidder (or a blank ballot) privately, confirms, and the screen clears for the
// next. Until the round closes only the number of ballots cast is shown; then the tally. The
// ballots stay in memory (tp::BallotBox), in random order, without voter or time.
class VoteWidget : public QWidget
{
    Q_OBJECT
public:
    explicit VoteWidget(QWidget* parent = nullptr);

    // Starts a round on the tied bidders for a panel of panelSize members.
    void startRound(const QList<tp::Bidder>& tied, int panelSize, int round = 1);

    int castCount() const { return m_box.castCount(); }
    int panelSize() const { return m_box.capacity(); }
    bool isClosed() const { return m_box.isClosed(); }
    bool isChoosing() const;
    tp::VoteTally tally() const { return m_box.tally(); }

public slots:
    // "I am ready": shows the private choice.
    void beginBallot();
    // Closes the round; asks first when not every member has voted.
    void closeRound();

signals:
    void castCountChanged(int cast, int panelSize);
    // The round's ballots, shuffled: a bidder id, or nullopt for a blank ballot.
    void roundClosed(const QList<std::optional<QString>>& ballots);

private:
    void castSelected();
    void showWaiting();
    void finishRound();
    void clearChoice();

    tp::BallotBox m_box;
    QList<tp::Bidder> m_tied;
    int m_round = 1;
    QStackedWidget* m_pages;
    QLabel* m_roundTitle;
    QLabel* m_count;
    QLabel* m_waitingHint;
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
