#include "VoteWidget.h"
#include "PlainText.h"

#include "MessageBox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

constexpr int kBlankId = -1;

void scaleFont(QWidget* widget, qreal factor, bool bold = false)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

VoteWidget::VoteWidget(QWidget* parent)
    : QWidget(parent), m_pages(new QStackedWidget(this)), m_roundTitle(new QLabel(this)), m_count(new QLabel),
      m_waitingHint(new QLabel), m_roll(new QListWidget), m_voter(new QComboBox),
      m_ready(new QPushButton(tr("I am ready to vote"))), m_close(new QPushButton(tr("Close the round…"))),
      m_choiceHint(new QLabel), m_choices(new QVBoxLayout), m_group(new QButtonGroup(this)),
      m_cast(new QPushButton(tr("Cast my ballot…"))), m_back(new QPushButton(tr("Back"))), m_result(new QLabel),
      m_tally(new QTableWidget)
{
    m_roundTitle->setObjectName(QStringLiteral("voteRound"));
    m_roundTitle->setWordWrap(true);
    PlainText::label(m_roundTitle);
    PlainText::label(m_result);
    scaleFont(m_roundTitle, 1.6, true);
    // At most two lines, however long the names: the tooltip and the choices have them whole.
    m_roundTitle->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_roundTitle->setMaximumHeight(PlainText::linesHeight(m_roundTitle, 2));
    m_count->setObjectName(QStringLiteral("ballotCount"));
    m_count->setAlignment(Qt::AlignCenter);
    scaleFont(m_count, 3.0, true);
    m_waitingHint->setWordWrap(true);
    m_waitingHint->setAlignment(Qt::AlignCenter);
    scaleFont(m_waitingHint, 1.3);
    m_waitingHint->setText(tr("Pass the laptop to the next panel member. The member picks their own name on the "
                              "roll; only the member voting looks at the screen."));
    m_roll->setObjectName(QStringLiteral("voteRoll"));
    m_roll->setSelectionMode(QAbstractItemView::NoSelection);
    m_roll->setFocusPolicy(Qt::NoFocus);
    scaleFont(m_roll, 1.2);
    m_voter->setObjectName(QStringLiteral("voterChooser"));
    // A long name does not widen the window; the list shows it whole.
    m_voter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_voter->setMinimumContentsLength(12);
    scaleFont(m_voter, 1.4);
    m_ready->setObjectName(QStringLiteral("readyButton"));
    scaleFont(m_ready, 1.8, true);
    m_ready->setMinimumHeight(80);
    m_close->setObjectName(QStringLiteral("closeRound"));

    auto* waiting = new QWidget;
    auto* waitingLayout = new QVBoxLayout(waiting);
    waitingLayout->addStretch(1);
    waitingLayout->addWidget(m_count);
    waitingLayout->addWidget(m_waitingHint);
    waitingLayout->addSpacing(12);
    auto* rollRow = new QHBoxLayout;
    rollRow->addStretch(1);
    auto* rollBox = new QVBoxLayout;
    rollBox->addWidget(new QLabel(tr("Roll (who has voted):")));
    rollBox->addWidget(m_roll);
    rollRow->addLayout(rollBox, 2);
    rollRow->addStretch(1);
    waitingLayout->addLayout(rollRow, 1);
    waitingLayout->addSpacing(12);
    auto* readyRow = new QHBoxLayout;
    readyRow->addStretch(1);
    auto* voterLabel = new QLabel(tr("I am:"));
    scaleFont(voterLabel, 1.4);
    readyRow->addWidget(voterLabel);
    readyRow->addWidget(m_voter, 1);
    readyRow->addWidget(m_ready, 2);
    readyRow->addStretch(1);
    waitingLayout->addLayout(readyRow);
    waitingLayout->addStretch(2);
    auto* closeRow = new QHBoxLayout;
    closeRow->addStretch(1);
    closeRow->addWidget(m_close);
    waitingLayout->addLayout(closeRow);

    m_choiceHint->setWordWrap(true);
    scaleFont(m_choiceHint, 1.3);
    m_choiceHint->setText(tr("Choose one bidder, or a blank ballot. Your choice is not linked to you."));
    m_cast->setObjectName(QStringLiteral("castBallot"));
    m_cast->setEnabled(false);
    scaleFont(m_cast, 1.4, true);
    m_back->setObjectName(QStringLiteral("backButton"));
    auto* choosing = new QWidget;
    auto* choosingLayout = new QVBoxLayout(choosing);
    choosingLayout->addWidget(m_choiceHint);
    choosingLayout->addSpacing(12);
    choosingLayout->addLayout(m_choices);
    choosingLayout->addStretch(1);
    auto* castRow = new QHBoxLayout;
    castRow->addWidget(m_back);
    castRow->addStretch(1);
    castRow->addWidget(m_cast);
    choosingLayout->addLayout(castRow);

    m_result->setObjectName(QStringLiteral("voteResult"));
    m_result->setWordWrap(true);
    scaleFont(m_result, 1.4, true);
    m_tally->setObjectName(QStringLiteral("tallyTable"));
    m_tally->setColumnCount(2);
    m_tally->setHorizontalHeaderLabels({tr("Bidder"), tr("Ballots")});
    m_tally->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tally->verticalHeader()->setVisible(false);
    m_tally->setEditTriggers(QAbstractItemView::NoEditTriggers);
    scaleFont(m_tally, 1.4);
    auto* closed = new QWidget;
    auto* closedLayout = new QVBoxLayout(closed);
    closedLayout->addWidget(m_result);
    closedLayout->addWidget(m_tally, 1);

    m_pages->addWidget(waiting);
    m_pages->addWidget(choosing);
    m_pages->addWidget(closed);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_roundTitle);
    layout->addWidget(m_pages, 1);

    connect(m_ready, &QPushButton::clicked, this, &VoteWidget::beginBallot);
    connect(m_close, &QPushButton::clicked, this, &VoteWidget::closeRound);
    connect(m_cast, &QPushButton::clicked, this, &VoteWidget::castSelected);
    connect(m_back, &QPushButton::clicked, this, &VoteWidget::showWaiting);
    connect(m_voter, &QComboBox::currentIndexChanged, this,
            [this] { m_ready->setEnabled(!m_round.closed && !m_voter->currentData().toString().isEmpty()); });
    connect(m_group, &QButtonGroup::idToggled, this, [this] { m_cast->setEnabled(m_group->checkedButton()); });
}

void VoteWidget::showRound(const QList<tp::Bidder>& tied, const QList<tp::Panelist>& panel,
                           const tp::store::VoteRoundState& round)
{
    auto ids = [](const auto& list) {
        QStringList result;
        for (const auto& item : list)
            result.append(item.id);
        return result;
    };
    const bool sameChoices = m_shown && ids(tied) == ids(m_tied);
    const bool unchanged = sameChoices && ids(panel) == ids(m_panel) && round.round == m_round.round &&
                           round.closed == m_round.closed && round.roll == m_round.roll &&
                           round.ballots == m_round.ballots;
    m_tied = tied;
    m_panel = panel;
    m_round = round;
    m_shown = true;
    if (unchanged && isChoosing())
        return;
    QStringList names;
    for (const tp::Bidder& bidder : tied)
        names.append(bidder.name);
    m_roundTitle->setText(tr("Anonymous vote, round %1: %2").arg(round.round).arg(names.join(tr(", "))));
    m_roundTitle->setToolTip(PlainText::toolTip(m_roundTitle->text()));

    if (!sameChoices) {
        for (QAbstractButton* button : m_group->buttons()) {
            m_group->removeButton(button);
            delete button;
        }
        for (int i = 0; i < tied.size(); ++i) {
            auto* radio = new QRadioButton(PlainText::button(tied.at(i).name));
            radio->setObjectName(QStringLiteral("choice_%1").arg(tied.at(i).id));
            scaleFont(radio, 1.8);
            // A very long name is cut at the window's edge rather than widening the window; the
            // tooltip has it whole.
            radio->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
            radio->setToolTip(PlainText::toolTip(tied.at(i).name));
            m_group->addButton(radio, i);
            m_choices->addWidget(radio);
        }
        auto* blank = new QRadioButton(tr("Blank ballot (no choice)"));
        blank->setObjectName(QStringLiteral("choice_blank"));
        scaleFont(blank, 1.8);
        m_group->addButton(blank, kBlankId);
        m_choices->addWidget(blank);
    }
    if (round.closed)
        showTally();
    else
        showWaiting();
}

bool VoteWidget::isChoosing() const
{
    return m_pages->currentIndex() == 1;
}

tp::VoteTally VoteWidget::tally() const
{
    if (m_round.tally)
        return *m_round.tally;
    tp::VoteTally empty;
    empty.tied = m_round.tied;
    for (const QString& bidder : m_round.tied)
        empty.counts.append({bidder, 0});
    return empty;
}

void VoteWidget::clearChoice()
{
    m_group->setExclusive(false);
    for (QAbstractButton* button : m_group->buttons())
        button->setChecked(false);
    m_group->setExclusive(true);
    m_cast->setEnabled(false);
}

QStringList VoteWidget::voters() const
{
    QStringList list;
    for (const tp::Panelist& member : m_panel)
        if (m_round.roll.contains(member.id))
            list.append(member.id);
    return list;
}

bool VoteWidget::chooseVoter(const QString& panelist)
{
    const int index = m_voter->findData(panelist);
    if (index < 0 || panelist.isEmpty())
        return false;
    m_voter->setCurrentIndex(index);
    return true;
}

void VoteWidget::updateRoll()
{
    m_roll->clear();
    const QSignalBlocker blocker(m_voter);
    m_voter->clear();
    m_voter->addItem(tr("(choose your name)"), QString());
    for (const tp::Panelist& member : std::as_const(m_panel)) {
        const bool voted = m_round.roll.contains(member.id);
        auto* item = new QListWidgetItem(
            voted ? tr("✓ %1 — has voted").arg(member.name) : tr("○ %1 — not yet").arg(member.name), m_roll);
        item->setData(Qt::UserRole, member.id);
        if (!voted)
            m_voter->addItem(member.name, member.id);
    }
    m_voter->setCurrentIndex(0);
    m_voter->setEnabled(!m_round.closed && m_voter->count() > 1);
    // The whole roll in view for a usual panel (up to a dozen members), without scrolling.
    const int rows = qBound(1, int(m_roll->count()), 12);
    m_roll->setFixedHeight(rows * qMax(1, m_roll->sizeHintForRow(0)) + 2 * m_roll->frameWidth() + 4);
}

void VoteWidget::showWaiting()
{
    clearChoice();
    m_currentVoter.clear();
    m_count->setText(tr("%1 of %2 ballots cast").arg(m_round.ballots).arg(m_panel.size()));
    m_close->setEnabled(m_shown && !m_round.closed);
    updateRoll();
    m_ready->setEnabled(false);
    m_pages->setCurrentIndex(0);
}

void VoteWidget::beginBallot()
{
    const QString voter = m_voter->currentData().toString();
    if (!m_shown || m_round.closed || m_round.ballots >= m_panel.size() || voter.isEmpty() ||
        m_round.roll.contains(voter))
        return;
    clearChoice();
    m_currentVoter = voter;
    m_pages->setCurrentIndex(1);
}

void VoteWidget::castSelected()
{
    QAbstractButton* checked = m_group->checkedButton();
    if (!checked || m_round.closed || m_currentVoter.isEmpty())
        return;
    const int id = m_group->id(checked);
    const std::optional<QString> ballot = id == kBlankId ? std::nullopt : std::optional<QString>(m_tied.at(id).id);
    const QString text = id == kBlankId
                             ? tr("Cast a blank ballot? It cannot be changed afterwards.")
                             : tr("Cast your ballot for %1? It cannot be changed afterwards.").arg(m_tied.at(id).name);
    if (MessageBox::question(this, tr("Cast ballot"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) !=
        QMessageBox::Yes)
        return;
    // The choice leaves the screen before it is stored; the step page then shows the stored round.
    const QString voter = m_currentVoter;
    showWaiting();
    emit ballotConfirmed(m_round.round, voter, ballot);
}

void VoteWidget::closeRound()
{
    if (!m_shown || m_round.closed)
        return;
    if (m_round.ballots < m_panel.size()) {
        const MessageBox::Button answer =
            MessageBox::question(this, tr("Close the round"),
                                 tr("Only %1 of %2 members have voted. Close the round now and count the ballots?")
                                     .arg(m_round.ballots)
                                     .arg(m_panel.size()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    emit closeRequested(m_round.round);
}

void VoteWidget::showTally()
{
    clearChoice();
    m_currentVoter.clear();
    const tp::VoteTally tally = this->tally();
    m_result->setText(
        tr("Round %1 closed: %2 of %3 ballots cast.").arg(m_round.round).arg(m_round.ballots).arg(m_panel.size()));
    m_tally->setRowCount(int(tally.counts.size()) + 1);
    int row = 0;
    for (const auto& count : tally.counts) {
        QString name = count.first;
        for (const tp::Bidder& bidder : std::as_const(m_tied)) {
            if (bidder.id == count.first)
                name = bidder.name;
        }
        m_tally->setItem(row, 0, new QTableWidgetItem(name));
        auto* number = new QTableWidgetItem(QString::number(count.second));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tally->setItem(row, 1, number);
        ++row;
    }
    m_tally->setItem(row, 0, new QTableWidgetItem(tr("Blank ballots")));
    auto* blank = new QTableWidgetItem(QString::number(tally.blank));
    blank->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tally->setItem(row, 1, blank);
    m_tally->resizeRowsToContents();
    m_close->setEnabled(false);
    updateRoll();
    m_pages->setCurrentIndex(2);
}

} // namespace tp::ui
