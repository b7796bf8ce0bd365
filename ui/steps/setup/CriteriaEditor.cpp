#include "CriteriaEditor.h"
#include "PlainText.h"
#include "dialogs/TemplateTitle.h"

#include "CriteriaModel.h"
#include "CriterionDialog.h"
#include "MessageBox.h"
#include "model/Decimal.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tp::ui {

CriteriaEditor::CriteriaEditor(QWidget* parent)
    : OrderedListEditor(parent), m_model(new CriteriaModel(this)), m_total(new QLabel(this)),
      m_template(new QPushButton(tr("Load from template"), this))
{
    PlainText::label(m_total);
    QTableView* view = this->view();
    view->setObjectName(QStringLiteral("criteriaTable"));
    setModel(m_model, CriteriaModel::CodeColumn);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->horizontalHeader()->setSectionResizeMode(CriteriaModel::CodeColumn, QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(CriteriaModel::TitleColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(CriteriaModel::PointsColumn, QHeaderView::ResizeToContents);
    m_total->setObjectName(QStringLiteral("criteriaTotal"));
    m_total->setWordWrap(true);
    addButton()->setObjectName(QStringLiteral("addCriterion"));
    removeButton()->setObjectName(QStringLiteral("removeCriterion"));
    upButton()->setObjectName(QStringLiteral("moveCriterionUp"));
    downButton()->setObjectName(QStringLiteral("moveCriterionDown"));
    m_template->setObjectName(QStringLiteral("loadCriteriaTemplate"));
    m_template->setMenu(new QMenu(m_template));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {addButton(), removeButton(), upButton(), downButton()})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_template);
    auto* hint = new QLabel(tr("Double-click a cell to change the code, the criterion or its points."), this);
    hint->setObjectName(QStringLiteral("criteriaHint"));
    hint->setStyleSheet(QStringLiteral("color: #616161;"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(view, 1);
    layout->addWidget(m_total);
    layout->addWidget(hint);

    connect(addButton(), &QPushButton::clicked, this, &CriteriaEditor::addCriterion);
    connect(m_model, &CriteriaModel::editRequested, this, &CriteriaEditor::editRequested);
    connect(m_model, &CriteriaModel::renameRequested, this, &CriteriaEditor::renameRequested);
    connect(m_model, &CriteriaModel::invalidInput, this, &CriteriaEditor::invalidInput);
    setCriteria({});
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
        const QString name = templateTitle(t);
        QAction* action = menu->addAction(tr("%1 (%n criterion(s))", nullptr, int(t.criteria.size())).arg(name));
        action->setObjectName(QStringLiteral("template_%1").arg(t.id));
        connect(action, &QAction::triggered, this, [this, t] {
            const QString award = templateAwardText(t);
            QString question = m_model->criteria().isEmpty()
                                   ? tr("Load the criteria of the template?")
                                   : tr("Replace the %n criterion(s) listed with those of the template?", nullptr,
                                        int(m_model->criteria().size()));
            if (!award.isEmpty())
                question += QStringLiteral("\n\n") + award;
            if ((!m_model->criteria().isEmpty() || !award.isEmpty()) &&
                MessageBox::question(this, tr("Load criteria from a template"), question,
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
                return;
            emit templateRequested(t);
        });
    }
    m_template->setEnabled(isEditable() && !templates.isEmpty());
}

void CriteriaEditor::setEditable(bool editable)
{
    setButtonsShown(editable);
    m_model->setEditable(editable);
    m_template->setVisible(editable);
    if (QWidget* hint = findChild<QWidget*>(QStringLiteral("criteriaHint")))
        hint->setVisible(editable);
    updateButtons();
}

void CriteriaEditor::addCriterion()
{
    QStringList used;
    for (const tp::Criterion& c : m_model->criteria())
        used.append(c.id);
    CriterionDialog dialog(suggestedCode(QStringLiteral("C"), used), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto criterion = dialog.criterion())
        emit addRequested(*criterion);
}

void CriteriaEditor::updateButtons()
{
    OrderedListEditor::updateButtons();
    m_template->setEnabled(isEditable() && !m_templates.isEmpty());
}

} // namespace tp::ui
