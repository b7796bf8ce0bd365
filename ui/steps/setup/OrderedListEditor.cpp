#include "OrderedListEditor.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

namespace tp::ui {

OrderedListEditor::OrderedListEditor(QWidget* parent)
    : QWidget(parent), m_view(new QTableView(this)), m_add(new QPushButton(tr("Add…"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_up(new QPushButton(tr("Move up"), this)),
      m_down(new QPushButton(tr("Move down"), this))
{
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString code = selectedCode();
        if (!code.isEmpty())
            emit removeRequested(code);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
}

void OrderedListEditor::setModel(QAbstractItemModel* model, int codeColumn)
{
    m_model = model;
    m_codeColumn = codeColumn;
    m_view->setModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateButtons(); });
}

QString OrderedListEditor::suggestedCode(const QString& prefix, const QStringList& used)
{
    for (int n = int(used.size()) + 1;; ++n) {
        const QString code = prefix + QString::number(n);
        if (!used.contains(code))
            return code;
    }
}

QString OrderedListEditor::selectedCode() const
{
    const int row = selectedRow();
    return row < 0 ? QString() : m_model->index(row, m_codeColumn).data().toString();
}

void OrderedListEditor::selectCode(const QString& code)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, m_codeColumn).data().toString() == code) {
            m_view->selectRow(row);
            return;
        }
}

int OrderedListEditor::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void OrderedListEditor::setButtonsShown(bool editable)
{
    m_editable = editable;
    for (QPushButton* b : {m_add, m_remove, m_up, m_down})
        b->setVisible(editable);
}

void OrderedListEditor::move(int delta)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const int target = row + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    emit moveRequested(selectedCode(), target);
}

void OrderedListEditor::updateButtons()
{
    const int row = selectedRow();
    m_remove->setEnabled(m_editable && row >= 0);
    m_up->setEnabled(m_editable && row > 0);
    m_down->setEnabled(m_editable && row >= 0 && row + 1 < m_model->rowCount());
}

} // namespace tp::ui
