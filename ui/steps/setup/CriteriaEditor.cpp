#include "CriteriaEditor.h"
#include "PlainText.h"

#include "CriteriaModel.h"
#include "CriterionDialog.h"
#include "MessageBox.h"
#include "model/Decimal.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tp::ui {

CriteriaEditor::CriteriaEditor(QWidget* parent)
    : QWidget(parent), m_model(new CriteriaModel(this)), m_view(new QTableView(this)), m_total(new QLabel(this)),
      m_add(new QPushButton(tr("Add…"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_up(new QPushButton(tr("Move up"), this)), m_down(new QPushButton(tr("Move down"), this)),
      m_template(new QPushButton(tr("Load from template"), this))
{
    PlainText::label(m_total);
    m_view->setObjectName(QStringLiteral("criteriaTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setSectionResizeMode(CriteriaModel::CodeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CriteriaModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(CriteriaModel::PointsColumn, QHeaderView::ResizeToContents);
    m_total->setObjectName(QStringLiteral("criteriaTotal"));
    m_total->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addCriterion"));
    m_remove->setObjectName(QStringLiteral("removeCriterion"));
    m_up->setObjectName(QStringLiteral("moveCriterionUp"));
    m_down->setObjectName(QStringLiteral("moveCriterionDown"));
    m_template->setObjectName(QStringLiteral("loadCriteriaTemplate"));
    m_template->setMenu(new QMenu(m_template));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    buttons->addWidget(m_template);
    auto* hint = new QLabel(tr("Double-click a cell to change the code, the criterion or its points."), this);
    hint->setObjectName(QStringLiteral("criteriaHint"));
    hint->setStyleSheet(QStringLiteral("color: #616161;"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_total);
    layout->addWidget(hint);

    connect(m_add, &QPushButton::clicked, this, &CriteriaEditor::addCriterion);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString code = selectedCode();
        if (!code.isEmpty())
            emit removeRequested(code);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_model, &CriteriaModel::editRequested, this, &CriteriaEditor::editRequested);
    connect(m_model, &CriteriaModel::renameRequested, this, &CriteriaEditor::renameRequested);
    connect(m_model, &CriteriaModel::invalidInput, this, &CriteriaEditor::invalidInput);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CriteriaEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CriteriaEditor::updateButtons);
    setCriteria({});
}

QString CriteriaEditor::suggestedCode(const QList<tp::Criterion>& criteria)
{
    for (int n = int(criteria.size()) + 1;; ++n) {
        const QString code = QStringLiteral("C%1").arg(n);
        bool used = false;
        for (const tp::Criterion& c : criteria)
            used = used || c.id == code;
        if (!used)
            return code;
    }
}

void CriteriaEditor::setCriteria(const QList<tp::Criterion>& criteria)
{
    const QString selected = selectedCode();
    m_model->setCriteria(criteria);
    selectCode(selected);
    tp::Hundredths total = 0; // shown only: the points add up to what the user decides
    for (const tp::Criterion& c : criteria)
        total += c.max;
    QString text =
        tr("%n criterion(s), total %1 points", nullptr, int(criteria.size())).arg(tp::Decimal::format(total));
    if (!criteria.isEmpty() && total != 10000) {
        text += QLatin1Char(' ');
        text += tr("(not 100: check that this total is intended)");
    }
    m_total->setText(text);
    m_total->setStyleSheet(criteria.isEmpty() || total == 10000 ? QStringLiteral("font-weight: bold;")
                                                                : QStringLiteral("font-weight: bold; color: #e65100;"));
}

void CriteriaEditor::setTemplates(const QList<tp::store::CriteriaTemplate>& templates)
{
    m_templates = templates;
    QMenu* menu = m_template->menu();
    menu->clear();
    for (const tp::store::CriteriaTemplate& t : templates) {
        QString name = t.name;
        if (t.name == QLatin1String("cixi-2014"))
            name = tr("Cixi 2014: eight elements");
        else if (t.name == QLatin1String("reinsurance-2022"))
            name = tr("Reinsurance 2022: five criteria");
        QAction* action = menu->addAction(tr("%1 (%n criterion(s))", nullptr, int(t.criteria.size())).arg(name));
        action->setObjectName(QStringLiteral("template_%1").arg(t.id));
        connect(action, &QAction::triggered, this, [this, t] {
            if (!m_model->criteria().isEmpty() &&
                MessageBox::question(this, tr("Load criteria from a template"),
                                     tr("Replace the %n criterion(s) listed with those of the template?", nullptr,
                                        int(m_model->criteria().size())),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
                return;
            emit templateRequested(t);
        });
    }
    m_template->setEnabled(m_editable && !templates.isEmpty());
}

void CriteriaEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_model->setEditable(editable);
    for (QPushButton* b : {m_add, m_remove, m_up, m_down, m_template})
        b->setVisible(editable);
    if (QWidget* hint = findChild<QWidget*>(QStringLiteral("criteriaHint")))
        hint->setVisible(editable);
    updateButtons();
}

QString CriteriaEditor::selectedCode() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    return m_model->index(rows.first().row(), CriteriaModel::CodeColumn).data().toString();
}

void CriteriaEditor::selectCode(const QString& code)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, CriteriaModel::CodeColumn).data().toString() == code) {
            m_view->selectRow(row);
            return;
        }
}

void CriteriaEditor::addCriterion()
{
    CriterionDialog dialog(suggestedCode(m_model->criteria()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto criterion = dialog.criterion())
        emit addRequested(*criterion);
}

void CriteriaEditor::move(int delta)
{
    const QString code = selectedCode();
    if (code.isEmpty())
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const int target = rows.first().row() + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    emit moveRequested(code, target);
}

void CriteriaEditor::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    m_remove->setEnabled(m_editable && row >= 0);
    m_up->setEnabled(m_editable && row > 0);
    m_down->setEnabled(m_editable && row >= 0 && row + 1 < m_model->rowCount());
    m_template->setEnabled(m_editable && !m_templates.isEmpty());
}

} // namespace tp::ui
