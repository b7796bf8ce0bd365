#pragma once

#include "model/Scenario.h"
#include "rules/Evaluation.h"
#include "rules/PresentationClock.h"

#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScreen;
class QStackedWidget;

namespace tp::ui {

// The audience's window on the projector: big text on a dark background. It shows the project, the
// drawn order, the current presenter with the clock, and the final ranking only once the panel has
// approved it (showApprovedRanking()). It has no way to show a panel member's score.
class ProjectorWindow : public QWidget
{
    Q_OBJECT
public:
    enum class View
    {
        Title,
        DrawOrder,
        Timer,
        Ranking
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
    QGridLayout* m_ranking;
    QWidget* m_rankingPage;
    QList<QPair<QLabel*, qreal>> m_scaled;
};

} // namespace tp::ui
