#pragma once

#include "rules/OutlierCheck.h"
#include "steps/StepPage.h"

class QComboBox;
class QLabel;
class QTabWidget;

namespace tp::ui {

class DoubleEntryWidget;
class MemberTerminalsWidget;
class OutlierReviewWidget;
class ScoreSheetWidget;

// The sheets are open only while the procedure allows scores (Procedure::checkScoreEntry, the rule
// the store applies); otherwise the page says why. Panel terminal mode: a member chooses the own
// sheet; each entered score is stored at once, a refused one is shown with the store's reason and
// the sheet read again. Paper sheets: the signed sheet of the chosen member is keyed twice; once
// both keyings agree, every score is stored and the sheet is submitted, in one transaction. Once
// every sheet is in, the panel reviews the scores flagged as abnormal (confirm with a reason, or
// correct) before the result can be computed. On a server workspace the members may also score on
// their own terminals (MemberTerminalsWidget: credentials and each member's progress, never a score).
class ScoringStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit ScoringStepPage(QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    QComboBox* panelistChooser() const { return m_panelist; }
    ScoreSheetWidget* sheet() const { return m_sheet; }
    DoubleEntryWidget* paperSheet() const { return m_paper; }
    OutlierReviewWidget* review() const { return m_review; }
    // The members' own terminals (a tab shown only on a server workspace).
    MemberTerminalsWidget* terminals() const { return m_terminals; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void showSheet();
    void storeDraft(const QString& panelist, const QList<tp::ScoreEntry>& entries);
    void storeSheet(const QString& panelist, const QList<tp::ScoreEntry>& entries);
    void storePaperSheet(const QString& panelist, const QList<tp::ScoreEntry>& entries);
    void updateReview();
    void confirmFlagged(const tp::OutlierFlag& flag, const QString& reason);
    void correctFlagged(const tp::OutlierFlag& flag, tp::Hundredths value, const QString& reason);

    QComboBox* m_panelist;
    QLabel* m_state;
    QTabWidget* m_tabs;
    ScoreSheetWidget* m_sheet;
    DoubleEntryWidget* m_paper;
    OutlierReviewWidget* m_review;
    MemberTerminalsWidget* m_terminals;
    int m_reviewTab = -1;
    int m_terminalsTab = -1;
    qsizetype m_flagCount = 0;
    QString m_entryRefusal; // why scores cannot be entered now, empty when they can
    QString m_paperPanelist;
    bool m_paperSubmitted = false;
    bool m_paperHidden = false;
};

} // namespace tp::ui
