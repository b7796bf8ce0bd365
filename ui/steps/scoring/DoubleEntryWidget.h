#pragma once

#include "model/Scenario.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace tp::ui {

class ScoreSheetModel;
class ScoreSheetView;

// Paper sheets: the secretary keys a member's signed sheet, a second person keys it again without
// seeing the first keying; then both are shown side by side with every mismatching cell
// highlighted and listed until the two keyings agree, and the sheet can be accepted.
class DoubleEntryWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Stage
    {
        FirstKeying,
        SecondKeying,
        Comparing
    };

    explicit DoubleEntryWidget(QWidget* parent = nullptr);

    void setSheet(const tp::Panelist& panelist, const QList<tp::Criterion>& criteria, const QList<tp::Bidder>& bidders);
    // Restores keyings already made; a complete second keying goes straight to the comparison.
    void setKeyings(const QList<tp::ScoreEntry>& first, const QList<tp::ScoreEntry>& second);

    Stage stage() const { return m_stage; }
    int mismatchCount() const { return m_mismatches; }
    bool agrees() const;
    ScoreSheetModel* firstModel() const { return m_firstModel; }
    ScoreSheetModel* secondModel() const { return m_secondModel; }
    ScoreSheetView* firstView() const { return m_firstView; }
    ScoreSheetView* secondView() const { return m_secondView; }

public slots:
    void finishFirstKeying();
    void finishSecondKeying();
    // Emits sheetAccepted() when both keyings agree.
    void accept();

signals:
    void keyingChanged(const QString& panelist, int keying, const QList<tp::ScoreEntry>& entries);
    void sheetAccepted(const QString& panelist, const QList<tp::ScoreEntry>& entries);

private:
    void setStage(Stage stage);
    void compare();
    void updateState();

    tp::Panelist m_panelist;
    Stage m_stage = Stage::FirstKeying;
    int m_mismatches = 0;
    bool m_loading = false;
    ScoreSheetModel* m_firstModel;
    ScoreSheetModel* m_secondModel;
    ScoreSheetView* m_firstView;
    ScoreSheetView* m_secondView;
    QStackedWidget* m_firstStack;
    QStackedWidget* m_secondStack;
    QLabel* m_title;
    QLabel* m_instructions;
    QLabel* m_message;
    QLabel* m_mismatchSummary;
    QTableWidget* m_mismatchTable;
    QPushButton* m_finishFirst;
    QPushButton* m_finishSecond;
    QPushButton* m_accept;
};

} // namespace tp::ui
