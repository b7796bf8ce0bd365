#include "ScoringStepPage.h"
#include "PlainText.h"

#include "DoubleEntryWidget.h"
#include "MemberTerminalsWidget.h"
#include "OutlierReviewWidget.h"
#include "ScoreSheetWidget.h"
#include "store/Procedure.h"
#include "store/ScoringService.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tp::ui {

ScoringStepPage::ScoringStepPage(QWidget* parent)
    : StepPage(tp::store::Stage::Scoring, parent), m_panelist(new QComboBox(this)), m_state(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_sheet(new ScoreSheetWidget(this)), m_paper(new DoubleEntryWidget(this)),
      m_review(new OutlierReviewWidget(this)), m_terminals(new MemberTerminalsWidget(this))
{
    PlainText::label(m_state);
    m_panelist->setObjectName(QStringLiteral("panelistChooser"));
    // A long name does not widen the window; the list shows it whole.
    m_panelist->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_panelist->setMinimumContentsLength(16);
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
    m_reviewTab = m_tabs->addTab(m_review, tr("Abnormal scores"));
    m_terminalsTab = m_tabs->addTab(m_terminals, tr("Member terminals"));
    m_tabs->setTabVisible(m_terminalsTab, false);
    layout->addWidget(m_tabs, 1);
    connect(m_panelist, &QComboBox::currentIndexChanged, this, &ScoringStepPage::showSheet);
    connect(m_sheet, &ScoreSheetWidget::draftChanged, this, &ScoringStepPage::storeDraft);
    connect(m_sheet, &ScoreSheetWidget::sheetSubmitted, this, &ScoringStepPage::storeSheet);
    connect(m_paper, &DoubleEntryWidget::sheetAccepted, this, &ScoringStepPage::storePaperSheet);
    connect(m_review, &OutlierReviewWidget::confirmRequested, this, &ScoringStepPage::confirmFlagged);
    connect(m_review, &OutlierReviewWidget::correctionRequested, this, &ScoringStepPage::correctFlagged);
    connect(m_terminals, &MemberTerminalsWidget::changed, this, &StepPage::changed);
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
    // The procedure's own answer: the store refuses a score with the same words.
    const std::optional<tp::Problem> refusal =
        tp::store::Procedure::checkScoreEntry(context.stage, context.drawRecorded());
    m_entryRefusal = refusal ? refusal->why : QString();
    if (refusal)
        m_state->setText(tr("Scores cannot be entered now: %1").arg(m_entryRefusal));
    else
        m_state->setText(tr("%1 of %2 sheets submitted; the totals stay hidden until every sheet is in.")
                             .arg(context.submittedSheets.size())
                             .arg(context.scenario.panel.size()));
    showSheet();
    updateReview();
    // Members score on their own terminals only on a server, which every terminal reaches.
    const bool server = context.workspace && context.workspace->isServer();
    m_tabs->setTabVisible(m_terminalsTab, server);
    m_terminals->setNegotiation(server ? context.workspace : nullptr, server ? context.id : 0, context.actor());
}

void ScoringStepPage::updateReview()
{
    const bool allIn =
        !m_context.scenario.panel.isEmpty() && m_context.submittedSheets.size() == m_context.scenario.panel.size();
    // Flagged scores are confirmed or corrected while the procedure allows corrections.
    const bool open = !tp::store::Procedure::checkCorrection(m_context.stage).has_value();
    QList<tp::OutlierFlag> flags;
    if (allIn && open && m_context.workspace) {
        const auto pending = tp::store::ScoringService(*m_context.workspace).pendingReviews(m_context.id);
        if (pending.ok())
            flags = *pending.value;
    }
    m_review->setFlags(flags, m_context.scenario);
    m_tabs->setTabEnabled(m_reviewTab, allIn && open);
    m_tabs->setTabText(m_reviewTab,
                       flags.isEmpty() ? tr("Abnormal scores") : tr("Abnormal scores (%1)").arg(flags.size()));
    if (allIn && open) {
        m_state->setText(flags.isEmpty()
                             ? tr("Every sheet is submitted and no flagged score waits for review: the result can "
                                  "be computed.")
                             : tr("Every sheet is submitted. %1 flagged score(s) wait for the panel to confirm or "
                                  "correct them before the result is computed.")
                                   .arg(flags.size()));
    }
    // Newly flagged scores come to the front; the panel stays where it is while it works through them.
    if (!flags.isEmpty() && m_flagCount == 0)
        m_tabs->setCurrentIndex(m_reviewTab);
    m_flagCount = flags.size();
}

void ScoringStepPage::confirmFlagged(const tp::OutlierFlag& flag, const QString& reason)
{
    tp::store::ScoreConfirmation confirmation;
    confirmation.panelist = flag.panelist;
    confirmation.bidder = flag.bidder;
    confirmation.criterion = flag.criterion;
    confirmation.reason = reason;
    perform(tr("The confirmation is not recorded"), [&](tp::store::Workspace& ws) {
        return tp::store::ScoringService(ws).confirmScore(m_context.id, confirmation, m_context.actor());
    });
}

void ScoringStepPage::correctFlagged(const tp::OutlierFlag& flag, tp::Hundredths value, const QString& reason)
{
    tp::store::CorrectionRequest request;
    request.panelist = flag.panelist;
    request.bidder = flag.bidder;
    request.criterion = flag.criterion;
    request.value = value;
    request.category = tp::store::CorrectionCategory::AbnormalScore;
    request.reason = reason;
    perform(tr("The correction is not recorded"), [&](tp::store::Workspace& ws) {
        return tp::store::ScoringService(ws).correctScore(m_context.id, request, m_context.actor());
    });
}

void ScoringStepPage::showSheet()
{
    const tp::Panelist* panelist = m_context.scenario.panelist(m_panelist->currentData().toString());
    const bool entry = m_entryRefusal.isEmpty();
    m_sheet->setEnabled(panelist != nullptr && entry);
    m_paper->setEnabled(panelist != nullptr && entry);
    if (!panelist)
        return;
    QList<tp::Bidder> bidders;
    const QStringList qualified = m_context.qualification ? m_context.qualification->qualified : QStringList();
    for (const tp::Bidder& b : m_context.scenario.bidders)
        if (qualified.contains(b.id))
            bidders.append(b);
    // The figures come only from the store's read for the scoring view: a submitted sheet's values
    // are withheld there until every sheet is in.
    QList<tp::ScoreEntry> entries;
    bool hidden = false;
    if (m_context.workspace) {
        const auto values = tp::store::ScoringService(*m_context.workspace).sheetValues(m_context.id, panelist->id);
        if (values.ok())
            entries = *values.value;
        else
            hidden = true;
    }
    const bool submitted = m_context.submittedSheets.contains(panelist->id);
    m_sheet->setSheet(*panelist, m_context.scenario.criteria, bidders, entries, submitted, hidden);
    // The keyings in progress stay while the same member's sheet is open and not yet submitted.
    if (panelist->id != m_paperPanelist || submitted != m_paperSubmitted || hidden != m_paperHidden) {
        m_paperPanelist = panelist->id;
        m_paperSubmitted = submitted;
        m_paperHidden = hidden;
        m_paper->setSheet(*panelist, m_context.scenario.criteria, hidden ? QList<tp::Bidder>() : bidders);
        if (submitted && !hidden)
            m_paper->setKeyings(entries, entries);
    }
    m_paper->setEnabled(!submitted && entry);
    m_sheet->setPanelProgress(int(m_context.submittedSheets.size()), int(m_context.scenario.panel.size()));
}

void ScoringStepPage::storeDraft(const QString& panelist, const QList<tp::ScoreEntry>& entries)
{
    if (!m_context.workspace)
        return;
    // Store each cell that differs from what the store holds.
    tp::store::ScoringService scoring(*m_context.workspace);
    QMap<QPair<QString, QString>, tp::Hundredths> stored;
    const auto values = scoring.sheetValues(m_context.id, panelist);
    if (values.ok())
        for (const tp::ScoreEntry& e : *values.value)
            stored.insert({e.bidder, e.criterion}, e.score);
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
    const auto result =
        tp::store::ScoringService(*m_context.workspace).enterSheet(m_context.id, panelist, entries, m_context.actor());
    if (!result.ok())
        showRefusal(tr("The sheet is not submitted"), result.problem.toString());
    emit changed();
}

void ScoringStepPage::storePaperSheet(const QString& panelist, const QList<tp::ScoreEntry>& entries)
{
    if (!m_context.workspace)
        return;
    // The whole signed sheet in one transaction: every score and the lock, or nothing.
    const auto result =
        tp::store::ScoringService(*m_context.workspace).enterSheet(m_context.id, panelist, entries, m_context.actor());
    if (!result.ok()) {
        showRefusal(tr("The paper sheet is not stored"), result.problem.toString());
        m_paperPanelist.clear();
    }
    emit changed();
}

} // namespace tp::ui
