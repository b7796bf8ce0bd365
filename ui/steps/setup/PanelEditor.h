#pragma once

#include "rules/PanelRules.h"
#include "store/ProcedureService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tp::ui {

class PanelModel;

// The panel of the setup step: its members (added and edited in a dialog, removed, reordered), the
// rule check of its size for the body it forms and of its leader (PanelRules) and a warning for every member who
// declared a conflict of interest. Every change is asked for with a signal; the table shows what the
// store holds after setPanel().
class PanelEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PanelEditor(QWidget* parent = nullptr);

    void setPanel(const QList<tp::store::PanelMember>& members, const tp::TrimRule& trim);
    void setEditable(bool editable);
    // The body the panel forms (sets the smallest size the regulations allow).
    void setBody(tp::PanelBody body);
    tp::PanelBody body() const;

    PanelModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* findingsLabel() const { return m_findings; }
    QLabel* conflictsLabel() const { return m_conflicts; }
    QComboBox* bodyChooser() const { return m_body; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* downButton() const { return m_down; }
    QString selectedCode() const;
    void selectCode(const QString& code);

    static QString suggestedCode(const QList<tp::store::PanelMember>& members);

signals:
    void addRequested(const tp::store::PanelMember& member);
    void editRequested(const tp::store::PanelMember& member);
    void removeRequested(const QString& code);
    void moveRequested(const QString& code, qsizetype index);
    void bodyChanged(tp::PanelBody body);

private:
    void addMember();
    void editMember();
    void move(int delta);
    void updateButtons();
    void updateFindings();

    PanelModel* m_model;
    QTableView* m_view;
    QComboBox* m_body;
    QLabel* m_findings;
    QLabel* m_conflicts;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    tp::TrimRule m_trim;
    bool m_editable = true;
};

} // namespace tp::ui
