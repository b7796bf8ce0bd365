#include "SetupStepPage.h"

#include "CriteriaEditor.h"
#include "DocumentDetailsForm.h"
#include "PanelEditor.h"
#include "ProjectForm.h"
#include "SetupEditor.h"
#include "model/Decimal.h"
#include "store/NegotiationStore.h"

#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

QString bodyKey(const QString& code)
{
    return QStringLiteral("setup/panelBody/") + code;
}

} // namespace

SetupStepPage::SetupStepPage(QWidget* parent)
    : StepPage(tp::store::Stage::Setup, parent), m_editor(new SetupEditor(this)), m_note(new QLabel(this)),
      m_readiness(new QLabel(this)), m_tabs(new QTabWidget(this)), m_project(new ProjectForm(this)),
      m_criteria(new CriteriaEditor(this)), m_panel(new PanelEditor(this)), m_documents(new DocumentDetailsForm(this))
{
    m_note->setObjectName(QStringLiteral("setupNote"));
    m_note->setWordWrap(true);
    m_readiness->setObjectName(QStringLiteral("setupReadiness"));
    m_readiness->setWordWrap(true);
    m_readiness->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_readiness->setVisible(false);
    m_tabs->setObjectName(QStringLiteral("setupTabs"));
    // The service areas of many winners need more height than a laptop's screen has: the form scrolls.
    auto* projectScroll = new QScrollArea(this);
    projectScroll->setObjectName(QStringLiteral("projectScroll"));
    projectScroll->setFrameShape(QFrame::NoFrame);
    projectScroll->setWidgetResizable(true);
    projectScroll->setWidget(m_project);
    m_tabs->addTab(projectScroll, tr("Project"));
    m_tabs->addTab(m_criteria, tr("Criteria"));
    m_tabs->addTab(m_panel, tr("Panel"));
    m_tabs->addTab(m_documents, tr("Notice and letters"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_readiness);
    layout->addWidget(m_tabs, 1);

    connect(m_editor, &SetupEditor::changed, this, &StepPage::changed);
    connect(m_editor, &SetupEditor::refused, this, &SetupStepPage::refuse);

    connect(m_documents, &DocumentDetailsForm::saveRequested, this, &SetupStepPage::saveDocumentDetails);
    connect(m_project, &ProjectForm::edited, m_editor, &SetupEditor::updateProject);
    // What cannot be applied is kept in the form, to be completed.
    connect(m_project, &ProjectForm::invalidInput, this,
            [this](const QString& why) { showRefusal(tr("The winners are not changed"), why); });
    // Edits typed into the criteria table are handled once the table's editor has closed, as they
    // reset the table.
    connect(m_criteria, &CriteriaEditor::editRequested, m_editor, &SetupEditor::editCriterion, Qt::QueuedConnection);
    connect(m_criteria, &CriteriaEditor::renameRequested, m_editor, &SetupEditor::renameCriterion,
            Qt::QueuedConnection);
    connect(
        m_criteria, &CriteriaEditor::invalidInput, this,
        [this](const QString& why) { refuse(tr("The criterion is not changed"), why); }, Qt::QueuedConnection);
    connect(m_criteria, &CriteriaEditor::addRequested, m_editor, &SetupEditor::addCriterion);
    connect(m_criteria, &CriteriaEditor::removeRequested, m_editor, &SetupEditor::removeCriterion);
    connect(m_criteria, &CriteriaEditor::moveRequested, this, [this](const QString& code, qsizetype index) {
        if (m_editor->moveCriterion(code, index))
            m_criteria->selectCode(code);
    });
    connect(m_criteria, &CriteriaEditor::templateRequested, m_editor, &SetupEditor::applyTemplate);
    connect(m_panel, &PanelEditor::addRequested, m_editor, &SetupEditor::addPanelMember);
    connect(m_panel, &PanelEditor::editRequested, m_editor, &SetupEditor::editPanelMember);
    connect(m_panel, &PanelEditor::removeRequested, m_editor, &SetupEditor::removePanelMember);
    connect(m_panel, &PanelEditor::moveRequested, this, [this](const QString& code, qsizetype index) {
        if (m_editor->movePanelMember(code, index))
            m_panel->selectCode(code);
    });
    connect(m_panel, &PanelEditor::bodyChanged, this, [this](tp::PanelBody body) {
        if (!m_context.code.isEmpty())
            QSettings().setValue(bodyKey(m_context.code), int(body));
    });
}

QUndoStack* SetupStepPage::undoStack() const
{
    return m_editor->undoStack();
}

void SetupStepPage::clearHistory()
{
    m_editor->clearHistory();
    m_editor->setNegotiation(nullptr, 0, QString());
}

void SetupStepPage::reload(const StepContext& context)
{
    const bool other = context.id != m_context.id || context.workspace != m_context.workspace;
    m_context = context;
    m_editor->setNegotiation(context.workspace, context.id, context.actor());
    m_editable = context.workspace && context.stage == tp::store::Stage::Setup;
    if (!m_editable)
        m_editor->clearHistory();
    if (other) {
        const int body = QSettings().value(bodyKey(context.code), int(tp::PanelBody::Negotiation)).toInt();
        m_panel->setBody(tp::PanelBody(body));
    }
    fill();
}

void SetupStepPage::fill()
{
    const tp::Scenario& s = m_context.scenario;
    m_project->setProject(s.project);
    m_project->setEditable(m_editable);
    m_criteria->setCriteria(s.criteria);
    m_criteria->setEditable(m_editable);

    // The panel with affiliations and declarations, as the setup service reads it.
    QList<tp::store::PanelistEntry> members;
    if (m_context.workspace) {
        const auto state = tp::store::SetupService(*m_context.workspace).state(m_context.id);
        if (state.ok())
            members = state.value->panel;
    }
    m_panel->setPanel(members, s.project.trim);
    m_panel->setEditable(m_editable);
    const bool detailsEditable = m_context.workspace && int(m_context.stage) < int(tp::store::Stage::Publication);
    m_documents->setDetails(s.project.documents);
    m_documents->setEditable(detailsEditable,
                             detailsEditable
                                 ? tr("What the result notice, the evaluation report and the letters print. "
                                      "An empty field is left out of them. These can be changed until the "
                                      "notice is published.")
                                 : tr("The notice is published with these details; they can no longer change."));
    if (m_editable && m_context.workspace) {
        const auto templates = tp::store::NegotiationStore(*m_context.workspace).templates();
        m_criteria->setTemplates(templates.ok() ? *templates.value : QList<tp::store::CriteriaTemplate>());
    }

    tp::Hundredths total = 0;
    for (const tp::Criterion& c : s.criteria)
        total += c.max;
    m_tabs->setTabText(CriteriaTab,
                       tr("Criteria (%1 · %2 points)").arg(s.criteria.size()).arg(tp::Decimal::format(total)));
    m_tabs->setTabText(PanelTab, tr("Panel (%1)").arg(members.size()));
    m_note->setText(m_editable ? tr("Enter the project's settings, the criteria and the panel. Each change is saved at "
                                    "once and can be undone (Ctrl+Z). They are fixed once registration opens.")
                               : tr("The settings are shown read-only here; they are fixed once registration opens."));
    m_note->setStyleSheet(m_editable ? QString() : QStringLiteral("color: #616161;"));

    // The setup service's reasons registration cannot open yet, while the setup is being edited.
    tp::Problems missing;
    if (m_editable) {
        const auto readiness = tp::store::SetupService(*m_context.workspace).readiness(m_context.id);
        if (readiness.ok())
            missing = *readiness.value;
    }
    QStringList lines{tr("Registration cannot open yet:")};
    for (const tp::Problem& p : missing)
        lines.append(QStringLiteral("• ") + p.why);
    m_readiness->setText(missing.isEmpty() ? QString() : lines.join(QLatin1Char('\n')));
    m_readiness->setVisible(!missing.isEmpty());
}

void SetupStepPage::saveDocumentDetails(const tp::DocumentDetails& details)
{
    if (!m_context.workspace)
        return;
    const auto saved =
        tp::store::SetupService(*m_context.workspace).setDocumentDetails(m_context.id, details, m_context.actor());
    if (!saved.ok()) {
        refuse(tr("The details are not saved"), saved.problem.why);
        return;
    }
    emit changed();
}

void SetupStepPage::refuse(const QString& title, const QString& why)
{
    showRefusal(title, why);
    // Show what is stored again in place of what was refused.
    fill();
}

} // namespace tp::ui
