#pragma once

#include "OrderedListEditor.h"
#include "rules/PanelRules.h"
#include "store/ProcedureService.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace tp::ui {

class PanelModel;

// The panel of the setup step: its members (added and edited in a dialog, removed, reordered), the
// rule check of its size for the body it forms and of its leader (PanelRules) and a warning for every member who
// declared a conflict of interest. Every change is asked for with a signal; the table shows what the
// store holds after setPanel().
class PanelEditor : public OrderedListEditor
{
    Q_OBJECT
public:
    explicit PanelEditor(QWidget* parent = nullptr);

    void setPanel(const QList<tp::store::PanelistEntry>& members, const tp::TrimRule& trim);
    void setEditable(bool editable);
    // The body the panel forms (sets the smallest size the regulations allow).
    void setBody(tp::PanelBody body);
    tp::PanelBody body() const;

    PanelModel* model() const { return m_model; }
    QLabel* findingsLabel() const { return m_findings; }
    QLabel* conflictsLabel() const { return m_conflicts; }
    QComboBox* bodyChooser() const { return m_body; }
    QPushButton* editButton() const { return m_edit; }

signals:
    void addRequested(const tp::store::PanelistEntry& member);
    void editRequested(const tp::store::PanelistEntry& member);
    void bodyChanged(tp::PanelBody body);

private:
    void addMember();
    void editMember();
    void updateButtons() override;
    void updateFindings();

    PanelModel* m_model;
    QComboBox* m_body;
    QLabel* m_findings;
    QLabel* m_conflicts;
    QPushButton* m_edit;
    tp::TrimRule m_trim;
};

} // namespace tp::ui
