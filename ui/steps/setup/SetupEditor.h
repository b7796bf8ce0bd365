#pragma once

#include "store/BuiltinTemplates.h"
#include "store/SetupService.h"

#include <QObject>

class QUndoStack;

namespace tp::store {
class Workspace;
}

namespace tp::ui {

// The setup step's edits as undoable commands. Each method is one user action: it reads what is
// stored now (the state to go back to), pushes one SetupCommand whose redo and undo call
// SetupService, and returns whether the store accepted it. A change that would change nothing pushes
// nothing. The undo stack belongs to the open negotiation: it is cleared when another one opens or
// the setup step is left.
class SetupEditor : public QObject
{
    Q_OBJECT
public:
    explicit SetupEditor(QObject* parent = nullptr);

    QUndoStack* undoStack() const { return m_stack; }
    // Edits negotiation `id`; a different negotiation (or none) clears the undo stack.
    void setNegotiation(tp::store::Workspace* workspace, qint64 id, const QString& actor);
    void clearHistory();
    bool isOpen() const { return m_workspace != nullptr && m_id > 0; }

    // What is stored now (nullopt when it cannot be read; then refused() said why).
    std::optional<tp::store::SetupState> state();

    // `what` names the edited setting for the undo history ("Change the title").
    bool updateProject(const tp::Project& project, const QString& what);
    bool addCriterion(const tp::Criterion& criterion);
    bool editCriterion(const tp::Criterion& criterion);
    bool renameCriterion(const QString& from, const QString& to);
    bool removeCriterion(const QString& code);
    bool moveCriterion(const QString& code, qsizetype index);
    bool applyTemplate(const tp::store::CriteriaTemplate& criteriaTemplate);
    bool addPanelMember(const tp::store::PanelistEntry& member);
    bool editPanelMember(const tp::store::PanelistEntry& member);
    bool removePanelMember(const QString& code);
    bool movePanelMember(const QString& code, qsizetype index);

    // Equal settings: nothing for updateProject to record.
    static bool sameProject(const tp::Project& a, const tp::Project& b);

    // Called by SetupCommand after each store action.
    void report(const tp::store::StoreResult<tp::store::Done>& result, const QString& what);

signals:
    // A command was done or undone: the store changed.
    void changed();
    // The store refused an edit (or its undo): nothing changed.
    void refused(const QString& title, const QString& why);

private:
    bool push(const QString& text, std::function<tp::store::StoreResult<tp::store::Done>()> redo,
              std::function<tp::store::StoreResult<tp::store::Done>()> undo);
    tp::store::SetupService service() const;

    QUndoStack* m_stack;
    tp::store::Workspace* m_workspace = nullptr;
    qint64 m_id = 0;
    QString m_actor;
    bool m_lastOk = false;
    bool m_reporting = false; // inside report(): the stack is running a command
};

} // namespace tp::ui
