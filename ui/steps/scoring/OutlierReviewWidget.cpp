#include "OutlierReviewWidget.h"
#include "PlainText.h"

#include "widgets/FractionText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace tp::ui {

namespace {

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

OutlierReviewWidget::OutlierReviewWidget(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_table(new QTableWidget(this)), m_reason(new QLineEdit(this)),
      m_value(new QLineEdit(this)), m_leader(new QLabel(this)), m_message(new QLabel(this)),
      m_confirm(new QPushButton(tr("Confirm the score as given"), this)),
      m_correct(new QPushButton(tr("Correct the score"), this))
{
    PlainText::label(m_summary);
    PlainText::label(m_leader);
    PlainText::label(m_message);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("flaggedScores"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Member"), tr("Bidder"), tr("Criterion"), tr("Score"), tr("Other members' scores"), tr("Their mean")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(CriterionColumn, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_reason->setPlaceholderText(tr("Why the panel keeps or changes this score"));
    m_value->setObjectName(QStringLiteral("correctedValue"));
    m_value->setPlaceholderText(tr("New score, when correcting"));
    m_value->setMaximumWidth(200);
    m_leader->setObjectName(QStringLiteral("reviewLeader"));
    m_leader->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmScore"));
    m_correct->setObjectName(QStringLiteral("correctScore"));

    auto* intro = new QLabel(tr("A score is flagged when it is far from what the other members gave the same bidder "
                                "on the same criterion. The panel confirms each flagged score with the reason, or "
                                "corrects it on the ground of an abnormal score; the result is computed once every "
                                "flagged score is reviewed."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Corrected score:"), m_value);
    form->addRow(tr("Approved by:"), m_leader);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_correct);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutlierReviewWidget::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &OutlierReviewWidget::updateButtons);
    connect(m_value, &QLineEdit::textChanged, this, &OutlierReviewWidget::updateButtons);
    connect(m_confirm, &QPushButton::clicked, this, &OutlierReviewWidget::confirmSelected);
    connect(m_correct, &QPushButton::clicked, this, &OutlierReviewWidget::correctSelected);
    updateButtons();
}

void OutlierReviewWidget::setFlags(const QList<tp::OutlierFlag>& flags, const tp::Scenario& scenario)
{
    const bool same =
        flags.size() == m_flags.size() &&
        std::equal(flags.cbegin(), flags.cend(), m_flags.cbegin(), [](const auto& a, const auto& b) {
            return a.panelist == b.panelist && a.bidder == b.bidder && a.criterion == b.criterion && a.score == b.score;
        });
    m_flags = flags;
    QString leader;
    for (const tp::Panelist& p : scenario.panel)
        if (p.role == tp::PanelRole::Leader)
            leader = p.name;
    m_leader->setText(tr("the panel leader, %1").arg(leader));
    m_summary->setText(flags.isEmpty() ? tr("No flagged score waits for review.")
                                       : tr("%1 flagged score(s) wait for the panel's review.").arg(flags.size()));

    const int selected = m_table->currentRow();
    m_table->clearContents();
    m_table->setRowCount(int(flags.size()));
    for (int row = 0; row < flags.size(); ++row) {
        const tp::OutlierFlag& f = flags.at(row);
        const tp::Panelist* member = scenario.panelist(f.panelist);
        const tp::Bidder* bidder = scenario.bidder(f.bidder);
        QString criterion = f.criterion;
        for (const tp::Criterion& c : scenario.criteria)
            if (c.id == f.criterion)
                criterion = tr("%1 %2").arg(c.id, c.title);
        QList<tp::Hundredths> others;
        if (scenario.scores)
            for (const tp::ScoreEntry& e : *scenario.scores)
                if (e.bidder == f.bidder && e.criterion == f.criterion && e.panelist != f.panelist)
                    others.append(e.score);
        std::sort(others.begin(), others.end());
        QStringList otherTexts;
        for (tp::Hundredths v : others)
            otherTexts.append(tp::Decimal::formatShort(v));
        m_table->setItem(row, MemberColumn, cell(member ? member->name : f.panelist));
        m_table->setItem(row, BidderColumn, cell(bidder ? bidder->name : f.bidder));
        auto* criterionItem = cell(criterion);
        criterionItem->setToolTip(PlainText::toolTip(criterion));
        m_table->setItem(row, CriterionColumn, criterionItem);
        auto* score = cell(f.high ? tr("%1 (high)").arg(tp::Decimal::format(f.score))
                                  : tr("%1 (low)").arg(tp::Decimal::format(f.score)),
                           Qt::AlignRight | Qt::AlignVCenter);
        score->setForeground(f.high ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x0d, 0x47, 0xa1));
        m_table->setItem(row, ScoreColumn, score);
        m_table->setItem(row, OthersColumn, cell(otherTexts.join(QStringLiteral(", "))));
        m_table->setItem(row, OthersMeanColumn,
                         cell(FractionText::points(f.othersMean), Qt::AlignRight | Qt::AlignVCenter));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CriterionColumn, QHeaderView::Stretch);
    if (!flags.isEmpty())
        m_table->selectRow(same && selected >= 0 && selected < flags.size() ? selected : 0);
    if (!same) {
        m_reason->clear();
        m_value->clear();
        m_message->clear();
    }
    updateButtons();
}

const tp::OutlierFlag* OutlierReviewWidget::selectedFlag() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_flags.size() ? &m_flags.at(row) : nullptr;
}

void OutlierReviewWidget::updateButtons()
{
    const bool chosen = selectedFlag() != nullptr;
    const bool reasoned = !m_reason->text().trimmed().isEmpty();
    m_confirm->setEnabled(chosen && reasoned);
    m_correct->setEnabled(chosen && reasoned && tp::Decimal::parseHundredths(m_value->text().trimmed()).has_value());
}

void OutlierReviewWidget::confirmSelected()
{
    const tp::OutlierFlag* flag = selectedFlag();
    const QString reason = m_reason->text().trimmed();
    if (!flag || reason.isEmpty()) {
        m_message->setText(tr("Choose a flagged score and give the reason."));
        return;
    }
    const tp::OutlierFlag chosen = *flag;
    emit confirmRequested(chosen, reason);
}

void OutlierReviewWidget::correctSelected()
{
    const tp::OutlierFlag* flag = selectedFlag();
    const QString reason = m_reason->text().trimmed();
    const auto value = tp::Decimal::parseHundredths(m_value->text().trimmed());
    if (!flag || reason.isEmpty() || !value) {
        m_message->setText(tr("Choose a flagged score, enter the corrected score and give the reason."));
        return;
    }
    const tp::OutlierFlag chosen = *flag;
    emit correctionRequested(chosen, *value, reason);
}

} // namespace tp::ui
