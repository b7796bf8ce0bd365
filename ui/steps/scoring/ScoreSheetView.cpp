#include "ScoreSheetView.h"

#include "ScoreCellDelegate.h"
#include "ScoreSheetModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace tp::ui {

ScoreSheetView::ScoreSheetView(QWidget* parent) : QTableView(parent)
{
    setItemDelegate(new ScoreCellDelegate(this));
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    QFont bigger = font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    setFont(bigger);
}

void ScoreSheetView::setSheetModel(ScoreSheetModel* model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &ScoreSheetView::fitToSheet);
    fitToSheet();
}

void ScoreSheetView::fitToSheet()
{
    if (!m_model || m_model->columnCount() == 0)
        return;
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_model->columnCount(); ++column) {
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        setColumnWidth(column, qMax(fontMetrics().horizontalAdvance(QStringLiteral("0000.00")) + 24,
                                    horizontalHeader()->sectionSizeHint(column)));
    }
    resizeRowsToContents();
}

void ScoreSheetView::moveDown()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !m_model)
        return;
    if (current.row() + 1 < m_model->subtotalRow())
        setCurrentIndex(m_model->index(current.row() + 1, current.column()));
    else if (current.column() + 1 < m_model->columnCount())
        setCurrentIndex(m_model->index(0, current.column() + 1)); // the next bidder, from the top
}

void ScoreSheetView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState) {
        moveDown();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ScoreSheetView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    // The criterion column stretches: wrapped titles need their row heights again.
    resizeRowsToContents();
}

void ScoreSheetView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        moveDown();
}

} // namespace tp::ui
