#include "ScoringStepPage.h"

#include "scoring/DoubleEntryWidget.h"
#include "scoring/ScoreSheetWidget.h"
#include "store/ScoringService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tp::ui {

ScoringStepPage::ScoringStepPage(QWidget* parent)
    : StepPage(parent), m_panelist(new QComboBox(this)), m_state(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_sheet(new ScoreSheetWidget(this)), m_paper(new DoubleEntryWidget(this))
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
    m_tabs->setObjectName(QStringLiteral("scoringTabs"));
    m_tabs->addTab(m_sheet, tr("Panel terminal"));
    m_tabs->addTab(m_paper, tr("Paper sheets"));
    layout->addWidget(m_tabs, 1);
    connect(m_panelist, &QComboBox::currentIndexChanged, this, &ScoringStepPage::showSheet);
    connect(m_sheet, &ScoreSheetWidget::draftChanged, this, &ScoringStepPage::storeDraft);
    connect(m_sheet, &ScoreSheetWidget::sheetSubmitted, this, &ScoringStepPage::storeSheet);
    connect(m_paper, &DoubleEntryWidget::sheetAccepted, this, &ScoringStepPage::storePaperSheet);
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
    m_paper->setEnabled(panelist != nullptr);
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
    const bool submitted = m_context.submittedSheets.contains(panelist->id);
    m_sheet->setSheet(*panelist, m_context.scenario.criteria, bidders, entries, submitted);
    // The keyings in progress stay while the same member's sheet is open and not yet submitted.
    if (panelist->id != m_paperPanelist || submitted != m_paperSubmitted) {
        m_paperPanelist = panelist->id;
        m_paperSubmitted = submitted;
        m_paper->setSheet(*panelist, m_context.scenario.criteria, bidders);
        if (submitted)
            m_paper->setKeyings(entries, entries);
    }
    m_paper->setEnabled(!submitted);
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

void ScoringStepPage::storePaperSheet(const QString& panelist, const QList<tp::ScoreEntry>& entries)
{
    if (!m_context.workspace)
        return;
    tp::store::ScoringService scoring(*m_context.workspace);
    for (const tp::ScoreEntry& e : entries) {
        const auto result =
            scoring.recordScore(m_context.id, panelist, e.bidder, e.criterion, e.score, m_context.actor());
        if (!result.ok()) {
            showRefusal(tr("The paper sheet is not stored"), result.problem.why);
            m_paperPanelist.clear();
            emit changed();
            return;
        }
    }
    const auto result = scoring.submitSheet(m_context.id, panelist, m_context.actor());
    if (!result.ok()) {
        showRefusal(tr("The paper sheet is not submitted"), result.problem.why);
        m_paperPanelist.clear();
    }
    emit changed();
}

} // namespace tp::ui
