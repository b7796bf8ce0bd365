#include "ProjectorWindow.h"
#include "PlainText.h"

#include "widgets/TimerStyle.h"
#include "widgets/VoteTallyText.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>

namespace tp::ui {

ProjectorWindow::ProjectorWindow(QWidget* parent) : QWidget(parent, Qt::Window), m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("TenderPanel: audience view"));
    setObjectName(QStringLiteral("projector"));
    setStyleSheet(QStringLiteral("QWidget#projector, QStackedWidget, QStackedWidget > QWidget { background: #101418; }"
                                 "QLabel { color: #f5f5f5; }"));
    m_title = bigLabel(QStringLiteral("projectorTitle"), 0.07);
    m_title->setWordWrap(true);
    auto* titlePage = new QWidget;
    auto* titleLayout = new QVBoxLayout(titlePage);
    titleLayout->addWidget(m_title);

    m_orderHeading = bigLabel(QStringLiteral("orderHeading"), 0.06);
    m_orderHeading->setText(tr("Presentation order"));
    m_order = bigLabel(QStringLiteral("drawOrder"), 0.055);
    m_order->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_order->setWordWrap(true);
    m_drawSeed = bigLabel(QStringLiteral("drawSeed"), 0.025);
    m_drawSeed->setWordWrap(true);
    m_drawSeed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_drawSeed->setStyleSheet(QStringLiteral("color: #b0bec5;"));
    auto* orderPage = new QWidget;
    auto* orderLayout = new QVBoxLayout(orderPage);
    orderLayout->addWidget(m_orderHeading);
    orderLayout->addWidget(m_order, 1, Qt::AlignHCenter);
    orderLayout->addWidget(m_drawSeed);

    m_presenterNumber = bigLabel(QStringLiteral("presenterNumber"), 0.045);
    m_presenter = bigLabel(QStringLiteral("presenterName"), 0.07);
    m_presenter->setWordWrap(true);
    m_phase = bigLabel(QStringLiteral("projectorPhase"), 0.05);
    m_digits = bigLabel(QStringLiteral("projectorDigits"), 0.34);
    QFont digitsFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    digitsFont.setBold(true);
    m_digits->setFont(digitsFont);
    auto* timerPage = new QWidget;
    auto* timerLayout = new QVBoxLayout(timerPage);
    timerLayout->addWidget(m_presenterNumber);
    timerLayout->addWidget(m_presenter);
    timerLayout->addWidget(m_digits, 1);
    timerLayout->addWidget(m_phase);

    m_rankingHeading = bigLabel(QStringLiteral("rankingHeading"), 0.06);
    m_rankingHeading->setText(tr("Result of the negotiation"));
    m_rankingPage = new QWidget;
    auto* rankingLayout = new QVBoxLayout(m_rankingPage);
    rankingLayout->addWidget(m_rankingHeading);
    m_ranking = new QGridLayout;
    m_ranking->setHorizontalSpacing(48);
    m_ranking->setColumnStretch(1, 1);
    rankingLayout->addLayout(m_ranking);
    rankingLayout->addStretch(1);

    m_voteHeading = bigLabel(QStringLiteral("voteHeading"), 0.06);
    m_voteHeading->setWordWrap(true);
    m_voteBidders = bigLabel(QStringLiteral("voteBidders"), 0.045);
    m_voteBidders->setWordWrap(true);
    m_voteFigure = bigLabel(QStringLiteral("voteFigure"), 0.16);
    m_voteNote = bigLabel(QStringLiteral("voteNote"), 0.035);
    m_voteNote->setWordWrap(true);
    m_voteNote->setStyleSheet(QStringLiteral("color: #b0bec5;"));
    auto* votePage = new QWidget;
    auto* voteLayout = new QVBoxLayout(votePage);
    voteLayout->addWidget(m_voteHeading);
    voteLayout->addWidget(m_voteBidders);
    voteLayout->addWidget(m_voteFigure, 1);
    voteLayout->addWidget(m_voteNote);

    m_pages->addWidget(titlePage);
    m_pages->addWidget(orderPage);
    m_pages->addWidget(timerPage);
    m_pages->addWidget(m_rankingPage);
    m_pages->addWidget(votePage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_pages);
    resize(1024, 640);
    showTitle();
}

QLabel* ProjectorWindow::bigLabel(const QString& objectName, qreal relativeSize)
{
    auto* label = PlainText::label(new QLabel);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    m_scaled.append({label, relativeSize});
    return label;
}

QScreen* ProjectorWindow::audienceScreen()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() < 2)
        return nullptr;
    QScreen* primary = QGuiApplication::primaryScreen();
    for (QScreen* screen : screens) {
        if (screen != primary)
            return screen;
    }
    return nullptr;
}

void ProjectorWindow::openOnAudienceScreen()
{
    if (QScreen* screen = audienceScreen()) {
        setGeometry(screen->geometry());
        showFullScreen();
        if (windowHandle())
            windowHandle()->setScreen(screen);
        setGeometry(screen->geometry());
        showFullScreen();
    } else {
        showNormal();
    }
    raise();
}

ProjectorWindow::View ProjectorWindow::currentView() const
{
    return View(m_pages->currentIndex());
}

void ProjectorWindow::setProjectTitle(const QString& title)
{
    m_title->setText(title);
}

void ProjectorWindow::showTitle()
{
    m_pages->setCurrentIndex(int(View::Title));
}

void ProjectorWindow::showDrawOrder(const QStringList& bidderNames, const QString& seed)
{
    QStringList lines;
    for (int i = 0; i < bidderNames.size(); ++i)
        lines.append(tr("%1.  %2").arg(i + 1).arg(bidderNames.at(i)));
    m_order->setText(lines.join(QLatin1Char('\n')));
    m_drawSeed->setText(seed.isEmpty()
                            ? QString()
                            : tr("Seed: %1\nCheck the commitment with: %2")
                                  .arg(seed, QStringLiteral("printf '%s' ") + seed + QStringLiteral(" | sha256sum")));
    m_drawSeed->setVisible(!seed.isEmpty());
    m_pages->setCurrentIndex(int(View::DrawOrder));
}

void ProjectorWindow::showPresenter(const QString& bidderName, int number, int count)
{
    m_presenterNumber->setText(tr("Presentation %1 of %2").arg(number).arg(count));
    m_presenter->setText(bidderName);
    m_pages->setCurrentIndex(int(View::Timer));
}

void ProjectorWindow::showClock(const tp::PresentationClock::Reading& reading)
{
    m_digits->setText(TimerStyle::digits(reading));
    m_digits->setStyleSheet(QStringLiteral("color: %1;").arg(TimerStyle::colour(reading.alert).lighter(130).name()));
    m_phase->setText(TimerStyle::phaseText(reading.phase));
}

bool ProjectorWindow::showApprovedRanking(const tp::Evaluation& evaluation, const tp::Scenario& scenario)
{
    if (evaluation.status != tp::EvaluationStatus::Final)
        return false;
    while (QLayoutItem* item = m_ranking->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            m_scaled.erase(std::remove_if(m_scaled.begin(), m_scaled.end(),
                                          [widget](const QPair<QLabel*, qreal>& s) { return s.first == widget; }),
                           m_scaled.end());
            delete widget;
        }
        delete item;
    }
    // The share when the project has shares, the service area (its name, its places below) when it has areas.
    const bool areas = !scenario.project.areas.isEmpty();
    const bool shares = !areas || !scenario.project.allocation.isEmpty();
    QStringList headers{tr("Position"), tr("Bidder"), tr("Score")};
    if (shares)
        headers.append(tr("Share"));
    if (areas)
        headers.append(tr("Service area"));
    const int areaColumn = areas ? int(headers.size()) - 1 : -1;
    for (int column = 0; column < 5; ++column) // the most columns there are
        m_ranking->setColumnStretch(column, column == 1 || column == areaColumn ? 1 : 0);
    for (int column = 0; column < headers.size(); ++column) {
        QLabel* header = bigLabel(QStringLiteral("rankingHeader"), 0.035);
        header->setText(headers.at(column));
        header->setStyleSheet(QStringLiteral("color: #b0bec5;"));
        if (column == 1 || column == areaColumn)
            header->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_ranking->addWidget(header, 0, column);
    }
    int row = 1;
    for (const tp::RankEntry& entry : evaluation.ranking) {
        const tp::Bidder* bidder = scenario.bidder(entry.bidder);
        QStringList cells{QString::number(entry.position), bidder ? bidder->name : entry.bidder,
                          tp::Decimal::format(entry.published)};
        if (shares)
            cells.append(entry.share ? tr("%1 %").arg(*entry.share) : QString());
        if (areas)
            cells.append(entry.area ? entry.area->name + QLatin1Char('\n') + entry.area->places.join(tr(", "))
                                    : QString());
        for (int column = 0; column < cells.size(); ++column) {
            QLabel* cell =
                bigLabel(column == areaColumn ? QStringLiteral("rankingArea") : QStringLiteral("rankingCell"),
                         column == areaColumn ? 0.035 : 0.045);
            cell->setText(cells.at(column));
            if (column == 1 || column == areaColumn) {
                cell->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
                cell->setWordWrap(true);
            }
            if (evaluation.winners.contains(entry.bidder))
                cell->setStyleSheet(QStringLiteral("color: #ffd54f; font-weight: bold;"));
            m_ranking->addWidget(cell, row, column);
        }
        ++row;
    }
    applyFontSizes();
    m_pages->setCurrentIndex(int(View::Ranking));
    return true;
}

void ProjectorWindow::showVoteRound(const tp::store::VoteRoundState& round, const QList<tp::Bidder>& tied,
                                    int panelSize, const QStringList& rankOrder)
{
    auto nameOf = [&tied](const QString& id) {
        for (const tp::Bidder& bidder : tied) {
            if (bidder.id == id)
                return bidder.name.isEmpty() ? id : bidder.name;
        }
        return id;
    };
    QStringList lines;
    if (round.closed && round.tally) {
        // The round is closed: its tally, as the store counted it.
        m_voteHeading->setText(tr("Anonymous vote, round %1: result").arg(round.round));
        for (const auto& count : VoteTallyText::ordered(*round.tally, rankOrder))
            lines.append(tr("%1: %2 ballots").arg(nameOf(count.first)).arg(count.second));
        m_voteFigure->setText(VoteTallyText::ratio(*round.tally, rankOrder));
        m_voteNote->setText(
            tr("Blank ballots: %1. Ballots cast: %2 of %3.").arg(round.tally->blank).arg(round.ballots).arg(panelSize));
    } else {
        // The round is open: who is voted on and how many ballots are in, nothing about any ballot.
        m_voteHeading->setText(tr("Anonymous vote, round %1").arg(round.round));
        for (const tp::Bidder& bidder : tied)
            lines.append(bidder.name.isEmpty() ? bidder.id : bidder.name);
        m_voteFigure->setText(tr("%1 / %2").arg(round.ballots).arg(panelSize));
        m_voteNote->setText(tr("ballots cast. The tally is shown when the round closes."));
    }
    m_voteBidders->setText(lines.join(QLatin1Char('\n')));
    applyFontSizes();
    m_pages->setCurrentIndex(int(View::Vote));
}

void ProjectorWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    if (event->key() == Qt::Key_F11) {
        if (isFullScreen())
            showNormal();
        else
            showFullScreen();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ProjectorWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyFontSizes();
}

void ProjectorWindow::applyFontSizes()
{
    // Sizes follow the window height so the text reads from the back of the room on any projector.
    const int base = qMax(300, height());
    for (const auto& scaled : std::as_const(m_scaled)) {
        QFont font = scaled.first->font();
        font.setPixelSize(qMax(12, int(base * scaled.second)));
        scaled.first->setFont(font);
    }
}

} // namespace tp::ui
