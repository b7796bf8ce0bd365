#include "PanelEditor.h"
#include "PlainText.h"

#include "PanelMemberDialog.h"
#include "PanelModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tp::ui {

PanelEditor::PanelEditor(QWidget* parent)
    : OrderedListEditor(parent), m_model(new PanelModel(this)), m_body(new QComboBox(this)),
      m_findings(new QLabel(this)), m_conflicts(new QLabel(this)), m_edit(new QPushButton(tr("Edit…"), this))
{
    PlainText::label(m_findings);
    PlainText::label(m_conflicts);
    QTableView* view = this->view();
    view->setObjectName(QStringLiteral("panelTable"));
    setModel(m_model, PanelModel::CodeColumn);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(PanelModel::DeclarationColumn, QHeaderView::Stretch);
    m_body->setObjectName(QStringLiteral("panelBody"));
    m_body->addItem(tr("Negotiation panel (at least 3)"), int(tp::PanelBody::Negotiation));
    m_body->addItem(tr("Evaluation committee (at least 5)"), int(tp::PanelBody::EvaluationCommittee));
    m_body->addItem(tr("Large-budget project (at least 7)"), int(tp::PanelBody::LargeBudget));
    m_findings->setObjectName(QStringLiteral("panelFindings"));
    m_findings->setWordWrap(true);
    m_conflicts->setObjectName(QStringLiteral("panelConflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    addButton()->setObjectName(QStringLiteral("addMember"));
    m_edit->setObjectName(QStringLiteral("editMember"));
    removeButton()->setObjectName(QStringLiteral("removeMember"));
    upButton()->setObjectName(QStringLiteral("moveMemberUp"));
    downButton()->setObjectName(QStringLiteral("moveMemberDown"));
    // Tab goes from the table to the body chooser, then along the buttons as they are laid out.
    setTabOrder(view, m_body);
    setTabOrder(m_body, addButton());
    setTabOrder(addButton(), m_edit);
    setTabOrder(m_edit, removeButton());

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {addButton(), m_edit, removeButton(), upButton(), downButton()})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("The panel is a"), this));
    buttons->addWidget(m_body);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(view, 1);
    layout->addWidget(m_findings);
    layout->addWidget(m_conflicts);

    connect(addButton(), &QPushButton::clicked, this, &PanelEditor::addMember);
    connect(m_edit, &QPushButton::clicked, this, &PanelEditor::editMember);
    connect(view, &QTableView::doubleClicked, this, [this] {
        if (isEditable())
            editMember();
    });
    connect(m_body, &QComboBox::activated, this, [this] {
        updateFindings();
        emit bodyChanged(body());
    });
    setPanel({}, tp::TrimRule());
}

void PanelEditor::setPanel(const QList<tp::store::PanelistEntry>& members, const tp::TrimRule& trim)
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
    setButtonsShown(editable);
    m_edit->setVisible(editable);
    updateButtons();
}

void PanelEditor::updateFindings()
{
    const QList<tp::store::PanelistEntry>& members = m_model->members();
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
    for (const tp::store::PanelistEntry& m : members)
        if (m.conflictDeclared.value_or(false))
            conflicted.append(m.conflictNote.isEmpty() ? m.name : tr("%1 (%2)").arg(m.name, m.conflictNote));
    m_conflicts->setText(conflicted.isEmpty()
                             ? QString()
                             : tr("Declared a conflict of interest: %1. A member with a conflict should withdraw "
                                  "from the panel.")
                                   .arg(conflicted.join(tr(", "))));
    m_conflicts->setVisible(!conflicted.isEmpty());
}

void PanelEditor::addMember()
{
    tp::store::PanelistEntry m;
    QStringList used;
    for (const tp::store::PanelistEntry& member : m_model->members())
        used.append(member.id);
    m.id = suggestedCode(QStringLiteral("P"), used);
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
    for (const tp::store::PanelistEntry& m : m_model->members()) {
        if (m.id != code)
            continue;
        PanelMemberDialog dialog(m, true, this);
        if (dialog.exec() == QDialog::Accepted)
            emit editRequested(dialog.member());
        return;
    }
}

void PanelEditor::updateButtons()
{
    OrderedListEditor::updateButtons();
    m_edit->setEnabled(isEditable() && selectedRow() >= 0);
}

} // namespace tp::ui
