#pragma once

#include "model/Scenario.h"
#include "rules/Evaluation.h"
#include "rules/PresentationClock.h"
#include "store/ScoringService.h"

#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScreen;
class QStackedWidget;

namespace tp::ui {

// The audience's window on the projector: big text on a dark background. It shows the project, the
// drawn order, the current presenter with the clock, a round of the anonymous vote (while it is open
// only how many ballots are in, once closed its tally), and the final ranking only once the panel has
// approved it (showApprovedRanking()). It has no way to show a panel member's score or ballot.
class ProjectorWindow : public QWidget
{
    Q_OBJECT
public:
    enum class View
    {
        Title,
        DrawOrder,
        Timer,
        Ranking,
        Vote
    };

    explicit ProjectorWindow(QWidget* parent = nullptr);

    // The screen for the audience: the second screen when there is one, else none.
    static QScreen* audienceScreen();
    // Full screen on the second screen when there is one; else a normal window.
    void openOnAudienceScreen();

    View currentView() const;

public slots:
    void setProjectTitle(const QString& title);
    void showTitle();
    // The drawn order; with the seed of a verifiable draw, so that anyone can check it.
    void showDrawOrder(const QStringList& bidderNames, const QString& seed = QString());
    void showPresenter(const QString& bidderName, int number, int count);
    void showClock(const tp::PresentationClock::Reading& reading);
    // Shows the final ranking (position, bidder, published score, share). Refused (false) unless the
    // evaluation is final.
    bool showApprovedRanking(const tp::Evaluation& evaluation, const tp::Scenario& scenario);
    // Shows a round of the anonymous vote as the store holds it, on `tied` (the round's bidders):
    // while it is open, the bidders and how many of the `panelSize` ballots are in; once it is closed,
    // its tally (the round's own, which the store gives only for a closed round), the bidders in
    // `rankOrder` (the evaluation's ranking) so that "4:3" reads from the bidder placed first.
    void showVoteRound(const tp::store::VoteRoundState& round, const QList<tp::Bidder>& tied, int panelSize,
                       const QStringList& rankOrder = QStringList());

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyFontSizes();
    QLabel* bigLabel(const QString& objectName, qreal relativeSize);

    QStackedWidget* m_pages;
    QLabel* m_title;
    QLabel* m_orderHeading;
    QLabel* m_order;
    QLabel* m_drawSeed;
    QLabel* m_presenterNumber;
    QLabel* m_presenter;
    QLabel* m_phase;
    QLabel* m_digits;
    QLabel* m_rankingHeading;
    QLabel* m_voteHeading;
    QLabel* m_voteBidders;
    QLabel* m_voteFigure;
    QLabel* m_voteNote;
    QGridLayout* m_ranking;
    QWidget* m_rankingPage;
    QList<QPair<QLabel*, qreal>> m_scaled;
};

} // namespace tp::ui
