#pragma once

#include "StepPage.h"

class QComboBox;
class QLabel;

namespace tp::ui {

class ScoreSheetWidget;

// Panel terminal mode: a member chooses the own sheet; each entered score is stored at once, a
// refused one is shown with the store's reason and the sheet read again.
class ScoringStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit ScoringStepPage(QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    QComboBox* panelistChooser() const { return m_panelist; }
    ScoreSheetWidget* sheet() const { return m_sheet; }

private:
    void showSheet();
    void storeDraft(const QString& panelist, const QList<tp::ScoreEntry>& entries);
    void storeSheet(const QString& panelist, const QList<tp::ScoreEntry>& entries);

    StepContext m_context;
    QComboBox* m_panelist;
    QLabel* m_state;
    ScoreSheetWidget* m_sheet;
};

} // namespace tp::ui
