#pragma once

#include "model/Scenario.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace tp::ui {

class ScoreSheetModel;
class ScoreSheetView;

// Panel terminal mode: one member's own score sheet. The member keys every score, sees the own
// subtotals, and submits once after a confirmation; the sheet is then read-only. It never holds
// another member's scores or any panel total.
class ScoreSheetWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreSheetWidget(QWidget* parent = nullptr);

    // The member's draft (or submitted sheet) comes in through entries. A submitted sheet whose
    // figures the store withholds (figuresHidden: not every sheet is in yet) shows its status only,
    // with no grid.
    void setSheet(const tp::Panelist& panelist, const QList<tp::Criterion>& criteria, const QList<tp::Bidder>& bidders,
                  const QList<tp::ScoreEntry>& entries = {}, bool submitted = false, bool figuresHidden = false);
    // How many of the panel's sheets are in: shown as a count only.
    void setPanelProgress(int submittedSheets, int panelSize);

    bool isSubmitted() const { return m_submitted; }
    bool areFiguresHidden() const { return m_hidden; }
    ScoreSheetModel* model() const { return m_model; }
    ScoreSheetView* view() const { return m_view; }

public slots:
    // Asks for confirmation, then locks the sheet and emits sheetSubmitted().
    void submit();

signals:
    void draftChanged(const QString& panelist, const QList<tp::ScoreEntry>& entries);
    void sheetSubmitted(const QString& panelist, const QList<tp::ScoreEntry>& entries);

private:
    void updateState();
    bool isSameSheet(const tp::Panelist& panelist, const QList<tp::Criterion>& criteria,
                     const QList<tp::Bidder>& bidders, const QList<tp::ScoreEntry>& entries, bool submitted,
                     bool figuresHidden) const;
    void showMessage(const QString& message);

    tp::Panelist m_panelist;
    bool m_submitted = false;
    bool m_hidden = false;
    bool m_loading = false;
    ScoreSheetModel* m_model;
    ScoreSheetView* m_view;
    QLabel* m_title;
    QLabel* m_instructions;
    QLabel* m_message;
    QLabel* m_progress;
    QLabel* m_panelProgress;
    QPushButton* m_submit;
};

} // namespace tp::ui
