#pragma once

#include "store/ProcedureService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tp::ui {

// One panel member: code, name, role, affiliation and the conflict-of-interest declaration (with a
// note saying what the conflict is). Used to add a member and to edit one.
class PanelMemberDialog : public QDialog
{
    Q_OBJECT
public:
    enum Declaration
    {
        NotDeclared,
        NoConflict,
        Conflict
    };

    // `editing`: the code of an existing member cannot change.
    PanelMemberDialog(const tp::store::PanelistEntry& member, bool editing, QWidget* parent = nullptr);

    tp::store::PanelistEntry member() const;

    QLineEdit* codeField() const { return m_code; }
    QLineEdit* nameField() const { return m_name; }
    QComboBox* roleChooser() const { return m_role; }
    QLineEdit* affiliationField() const { return m_affiliation; }
    QComboBox* declarationChooser() const { return m_declaration; }
    QLineEdit* noteField() const { return m_note; }

private:
    void updateNote();

    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_affiliation;
    QComboBox* m_declaration;
    QLineEdit* m_note;
    QLabel* m_noteLabel;
};

} // namespace tp::ui
