#pragma once

#include "steps/StepPage.h"

class QLabel;
class QTabWidget;
class QUndoStack;

namespace tp::ui {

class CriteriaEditor;
class DocumentDetailsForm;
class PanelEditor;
class ProjectForm;
class SetupEditor;

// The setup step: the project's settings, the criteria and the panel, editable while the negotiation
// is being set up (every edit one undoable command through SetupEditor), read-only afterwards; and
// the details the documents print (basis, issuer, contacts), editable until the notice is published.
class SetupStepPage : public StepPage
{
    Q_OBJECT
public:
    enum Tab
    {
        ProjectTab,
        CriteriaTab,
        PanelTab,
        DocumentsTab
    };

    explicit SetupStepPage(QWidget* parent = nullptr);

    void reload(const StepContext& context) override;

    // The undo history of the open negotiation's setup.
    QUndoStack* undoStack() const;
    void clearHistory();

    SetupEditor* editor() const { return m_editor; }
    QTabWidget* tabs() const { return m_tabs; }
    ProjectForm* projectForm() const { return m_project; }
    CriteriaEditor* criteriaEditor() const { return m_criteria; }
    PanelEditor* panelEditor() const { return m_panel; }
    DocumentDetailsForm* documentsForm() const { return m_documents; }
    QLabel* note() const { return m_note; }
    // What keeps registration from opening, as the setup service lists it; hidden when nothing does.
    QLabel* readiness() const { return m_readiness; }
    bool isEditable() const { return m_editable; }

private:
    void fill();
    void refuse(const QString& title, const QString& why);
    void saveDocumentDetails(const tp::DocumentDetails& details);

    SetupEditor* m_editor;
    QLabel* m_note;
    QLabel* m_readiness;
    QTabWidget* m_tabs;
    ProjectForm* m_project;
    CriteriaEditor* m_criteria;
    PanelEditor* m_panel;
    DocumentDetailsForm* m_documents;
    bool m_editable = false;
};

} // namespace tp::ui
