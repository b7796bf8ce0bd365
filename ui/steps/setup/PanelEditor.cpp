#include "PanelEditor.h"
#include "PlainText.h"

#include "PanelMemberDialog.h"
#include "PanelModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tp::ui {

PanelEditor::PanelEditor(QWidget* parent)
    : QWidget(parent), m_model(new PanelModel(this)), m_view(new QTableView(this)), m_body(new QComboBox(this)),
      m_findings(new QLabel(this)), m_conflicts(new QLabel(this)), m_add(new QPushButton(tr("Add…"), this)),
      m_edit(new QPushButton(tr("Edit…"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_up(new QPushButton(tr("Move up"), this)), m_down(new QPushButton(tr("Move down"), this))
{
    PlainText::label(m_findings);
    PlainText::label(m_conflicts);
    m_view->setObjectName(QStringLiteral("panelTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PanelModel::DeclarationColumn, QHeaderView::Stretch);
    m_body->setObjectName(QStringLiteral("panelBody"));
    m_body->addItem(tr("Negotiation panel (at least 3)"), int(tp::PanelBody::Negotiation));
    m_body->addItem(tr("Evaluation committee (at least 5)"), int(tp::PanelBody::EvaluationCommittee));
    m_body->addItem(tr("Large-budget project (at least 7)"), int(tp::PanelBody::LargeBudget));
    m_findings->setObjectName(QStringLiteral("panelFindings"));
    m_findings->setWordWrap(true);
    m_conflicts->setObjectName(QStringLiteral("panelConflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_add->setObjectName(QStringLiteral("addMember"));
    m_edit->setObjectName(QStringLiteral("editMember"));
    m_remove->setObjectName(QStringLiteral("removeMember"));
    m_up->setObjectName(QStringLiteral("moveMemberUp"));
    m_down->setObjectName(QStringLiteral("moveMemberDown"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("The panel is a"), this));
    buttons->addWidget(m_body);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findings);
    layout->addWidget(m_conflicts);

    connect(m_add, &QPushButton::clicked, this, &PanelEditor::addMember);
    connect(m_edit, &QPushButton::clicked, this, &PanelEditor::editMember);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_editable)
            editMember();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString code = selectedCode();
        if (!code.isEmpty())
            emit removeRequested(code);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_body, &QComboBox::activated, this, [this] {
        updateFindings();
        emit bodyChanged(body());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PanelEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PanelEditor::updateButtons);
    setPanel({}, tp::TrimRule());
}

QString PanelEditor::suggestedCode(const QList<tp::store::PanelMember>& members)
{
    for (int n = int(members.size()) + 1;; ++n) {
        const QString code = QStringLiteral("P%1").arg(n);
        bool used = false;
        for (const tp::store::PanelMember& m : members)
            used = used || m.id == code;
        if (!used)
            return code;
    }
}

void PanelEditor::setPanel(const QList<tp::store::PanelMember>& members, const tp::TrimRule& trim)
{
    const QString selected = selectedCode();
    m_trim = trim;
    m_model->setMembers(members);
    selectCode(selected);
    updateFindings();
}

void PanelEditor::setBody(tp::PanelBody body)
{
    m_body->setCurrentIndex(m_body->findData(int(body)));
    updateFindings();
}

tp::PanelBody PanelEditor::body() const
{
    return tp::PanelBody(m_body->currentData().toInt());
}

void PanelEditor::setEditable(bool editable)
{
    m_editable = editable;
    for (QPushButton* b : {m_add, m_edit, m_remove, m_up, m_down})
        b->setVisible(editable);
    updateButtons();
}

void PanelEditor::updateFindings()
{
    const QList<tp::store::PanelMember>& members = m_model->members();
    QStringList findings;
    bool blocking = false;
    for (const tp::PanelSizeFinding& f : tp::PanelRules::checkSize(int(members.size()), body(), m_trim)) {
        blocking = blocking || f.blocking;
        switch (f.code) {
        case tp::PanelSizeFinding::Code::TooSmallToTrim:
            findings.append(tr("Too few members to drop the highest and lowest: at least %1.").arg(f.required));
            break;
        case tp::PanelSizeFinding::Code::BelowMinimum:
            findings.append(tr("The regulations want at least %1 members.").arg(f.required));
            break;
        case tp::PanelSizeFinding::Code::EvenSize:
            findings.append(tr("The regulations want an odd number of members (%1).").arg(f.required));
            break;
        }
    }
    if (!members.isEmpty() &&
        tp::PanelRules::checkLeaders(tp::PanelRules::leaderCount(members)) == tp::LeaderFinding::NoLeader)
        findings.append(tr("Name a leader of the panel."));
    const QString size = tr("%n member(s).", nullptr, int(members.size()));
    m_findings->setText(findings.isEmpty() ? size + QLatin1Char(' ') + tr("The panel's size is fine.")
                                           : size + QLatin1Char(' ') + findings.join(QLatin1Char(' ')));
    m_findings->setStyleSheet(findings.isEmpty() ? QStringLiteral("color: #2e7d32;")
                              : blocking         ? QStringLiteral("color: #b71c1c;")
                                                 : QStringLiteral("color: #e65100;"));

    QStringList conflicted;
    for (const tp::store::PanelMember& m : members)
        if (m.conflictDeclared.value_or(false))
            conflicted.append(m.conflictNote.isEmpty() ? m.name : tr("%1 (%2)").arg(m.name, m.conflictNote));
    m_conflicts->setText(conflicted.isEmpty()
                             ? QString()
                             : tr("Declared a conflict of interest: %1. A member with a conflict should withdraw "
                                  "from the panel.")
                                   .arg(conflicted.join(tr(", "))));
    m_conflicts->setVisible(!conflicted.isEmpty());
}

QString PanelEditor::selectedCode() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    return m_model->index(rows.first().row(), PanelModel::CodeColumn).data().toString();
}

void PanelEditor::selectCode(const QString& code)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, PanelModel::CodeColumn).data().toString() == code) {
            m_view->selectRow(row);
            return;
        }
}

void PanelEditor::addMember()
{
    tp::store::PanelMember m;
    m.id = suggestedCode(m_model->members());
    // The first member added leads the panel; a later one would be a second leader.
    const bool otherLeads = tp::PanelRules::leaderCount(m_model->members()) > 0;
    m.role =
        tp::PanelRules::secondLeader(tp::PanelRole::Leader, otherLeads) ? tp::PanelRole::Member : tp::PanelRole::Leader;
    PanelMemberDialog dialog(m, false, this);
    if (dialog.exec() == QDialog::Accepted)
        emit addRequested(dialog.member());
}

void PanelEditor::editMember()
{
    const QString code = selectedCode();
    for (const tp::store::PanelMember& m : m_model->members()) {
        if (m.id != code)
            continue;
        PanelMemberDialog dialog(m, true, this);
        if (dialog.exec() == QDialog::Accepted)
            emit editRequested(dialog.member());
        return;
    }
}

void PanelEditor::move(int delta)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int target = rows.first().row() + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    emit moveRequested(selectedCode(), target);
}

void PanelEditor::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    m_edit->setEnabled(m_editable && row >= 0);
    m_remove->setEnabled(m_editable && row >= 0);
    m_up->setEnabled(m_editable && row > 0);
    m_down->setEnabled(m_editable && row >= 0 && row + 1 < m_model->rowCount());
}

} // namespace tp::ui
