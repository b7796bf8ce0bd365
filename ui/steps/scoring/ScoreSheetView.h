#pragma once

#include <QTableView>

namespace tp::ui {

class ScoreSheetModel;

// The table a score sheet is keyed in: criteria down, bidders across, large readable cells; typing
// in a cell starts editing, Enter moves down to the next criterion of the same bidder and, after the
// last one, to the first criterion of the next bidder. A rejected value keeps its cell in editing
// (ScoreCellDelegate).
class ScoreSheetView : public QTableView
{
    Q_OBJECT
public:
    explicit ScoreSheetView(QWidget* parent = nullptr);

    void setSheetModel(ScoreSheetModel* model);
    // Resizes rows and columns to the sheet.
    void fitToSheet();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void moveDown();

    ScoreSheetModel* m_model = nullptr;
};

} // namespace tp::ui
