#include "ScoringStepPage.h"

#include "scoring/ScoreSheetWidget.h"
#include "store/ScoringService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tp::ui {

ScoringStepPage::ScoringStepPage(QWidget* parent)
    : StepPage(parent), m_panelist(new QComboBox(this)), m_state(new QLabel(this)), m_sheet(new ScoreSheetWidget(this))
{
    m_panelist->setObjectName(QStringLiteral("panelistChooser"));
    m_state->setObjectName(QStringLiteral("scoringState"));
    m_state->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Panel member:"), this));
    top->addWidget(m_panelist);
    top->addWidget(m_state, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_sheet, 1);
    connect(m_panelist, &QComboBox::currentIndexChanged, this, &ScoringStepPage::showSheet);
    connect(m_sheet, &ScoreSheetWidget::draftChanged, this, &ScoringStepPage::storeDraft);
    connect(m_sheet, &ScoreSheetWidget::sheetSubmitted, this, &ScoringStepPage::storeSheet);
}

void ScoringStepPage::reload(const StepContext& context)
{
    m_context = context;
    const QString chosen = m_panelist->currentData().toString();
    const QSignalBlocker blocker(m_panelist);
    m_panelist->clear();
    for (const tp::Panelist& p : context.scenario.panel)
        m_panelist->addItem(tr("%1 %2").arg(p.id, p.name), p.id);
    const int index = m_panelist->findData(chosen);
    m_panelist->setCurrentIndex(index >= 0 ? index : 0);
    m_state->setText(tr("%1 of %2 sheets submitted; the totals stay hidden until every sheet is in.")
                         .arg(context.submittedSheets.size())
                         .arg(context.scenario.panel.size()));
    showSheet();
}

void ScoringStepPage::showSheet()
{
    const tp::Panelist* panelist = m_context.scenario.panelist(m_panelist->currentData().toString());
    m_sheet->setEnabled(panelist != nullptr);
    if (!panelist)
        return;
    QList<tp::Bidder> bidders;
    const QStringList qualified = m_context.qualification ? m_context.qualification->qualified : QStringList();
    for (const tp::Bidder& b : m_context.scenario.bidders)
        if (qualified.contains(b.id))
            bidders.append(b);
    QList<tp::ScoreEntry> entries;
    if (m_context.scenario.scores)
        for (const tp::ScoreEntry& e : *m_context.scenario.scores)
            if (e.panelist == panelist->id)
                entries.append(e);
    m_sheet->setSheet(*panelist, m_context.scenario.criteria, bidders, entries,
                      m_context.submittedSheets.contains(panelist->id));
    m_sheet->setPanelProgress(int(m_context.submittedSheets.size()), int(m_context.scenario.panel.size()));
}

void ScoringStepPage::storeDraft(const QString& panelist, const QList<tp::ScoreEntry>& entries)
{
    if (!m_context.workspace)
        return;
    // Store each cell that differs from what the store holds.
    QMap<QPair<QString, QString>, tp::Hundredths> stored;
    if (m_context.scenario.scores)
        for (const tp::ScoreEntry& e : *m_context.scenario.scores)
            if (e.panelist == panelist)
                stored.insert({e.bidder, e.criterion}, e.score);
    tp::store::ScoringService scoring(*m_context.workspace);
    for (const tp::ScoreEntry& e : entries) {
        const auto key = qMakePair(e.bidder, e.criterion);
        if (stored.contains(key) && stored.value(key) == e.score)
            continue;
        const auto result =
            scoring.recordScore(m_context.id, panelist, e.bidder, e.criterion, e.score, m_context.actor());
        if (!result.ok()) {
            showRefusal(tr("The score is not stored"), result.problem.why);
            break;
        }
    }
    emit changed();
}

void ScoringStepPage::storeSheet(const QString& panelist, const QList<tp::ScoreEntry>& entries)
{
    if (!m_context.workspace)
        return;
    storeDraft(panelist, entries);
    const auto result =
        tp::store::ScoringService(*m_context.workspace).submitSheet(m_context.id, panelist, m_context.actor());
    if (!result.ok())
        showRefusal(tr("The sheet is not submitted"), result.problem.why);
    emit changed();
}

} // namespace tp::ui
