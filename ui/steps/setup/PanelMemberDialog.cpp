#include "PanelMemberDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tp::ui {

PanelMemberDialog::PanelMemberDialog(const tp::store::PanelistEntry& member, bool editing, QWidget* parent)
    : QDialog(parent), m_code(new QLineEdit(member.id, this)), m_name(new QLineEdit(member.name, this)),
      m_role(new QComboBox(this)), m_affiliation(new QLineEdit(member.affiliation, this)),
      m_declaration(new QComboBox(this)), m_note(new QLineEdit(member.conflictNote, this)),
      m_noteLabel(new QLabel(tr("What the conflict is"), this))
{
    setWindowTitle(editing ? tr("Edit panel member") : tr("Add panel member"));
    m_code->setObjectName(QStringLiteral("memberCode"));
    m_code->setReadOnly(editing);
    m_name->setObjectName(QStringLiteral("memberName"));
    m_role->setObjectName(QStringLiteral("memberRole"));
    m_role->addItem(tr("Member"), int(tp::PanelRole::Member));
    m_role->addItem(tr("Leader"), int(tp::PanelRole::Leader));
    m_role->setCurrentIndex(member.role == tp::PanelRole::Leader ? 1 : 0);
    m_affiliation->setObjectName(QStringLiteral("memberAffiliation"));
    m_affiliation->setPlaceholderText(tr("e.g. the municipal medical security bureau"));
    m_declaration->setObjectName(QStringLiteral("memberDeclaration"));
    m_declaration->addItem(tr("Not declared yet"), int(NotDeclared));
    m_declaration->addItem(tr("Declared: no conflict of interest"), int(NoConflict));
    m_declaration->addItem(tr("Declared: has a conflict of interest"), int(Conflict));
    m_declaration->setCurrentIndex(!member.conflictDeclared ? 0 : *member.conflictDeclared ? 2 : 1);
    m_note->setObjectName(QStringLiteral("memberConflictNote"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Affiliation"), m_affiliation);
    form->addRow(tr("Conflict of interest"), m_declaration);
    form->addRow(m_noteLabel, m_note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_declaration, &QComboBox::currentIndexChanged, this, &PanelMemberDialog::updateNote);
    updateNote();
    resize(520, sizeHint().height());
    m_name->setFocus();
}

void PanelMemberDialog::updateNote()
{
    const bool conflict = m_declaration->currentData().toInt() == Conflict;
    m_note->setEnabled(conflict);
    m_noteLabel->setEnabled(conflict);
}

tp::store::PanelistEntry PanelMemberDialog::member() const
{
    tp::store::PanelistEntry m;
    m.id = m_code->text().trimmed();
    m.name = m_name->text().trimmed();
    m.role = tp::PanelRole(m_role->currentData().toInt());
    m.affiliation = m_affiliation->text().trimmed();
    switch (m_declaration->currentData().toInt()) {
    case NoConflict:
        m.conflictDeclared = false;
        break;
    case Conflict:
        m.conflictDeclared = true;
        m.conflictNote = m_note->text().trimmed();
        break;
    default:
        break;
    }
    return m;
}

} // namespace tp::ui
