#include "SetupCommand.h"

#include "SetupEditor.h"

namespace tp::ui {

SetupCommand::SetupCommand(const QString& text, Action redo, Action undo, SetupEditor* editor)
    : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)), m_editor(editor)
{}

void SetupCommand::redo()
{
    run(m_redo);
}

void SetupCommand::undo()
{
    run(m_undo);
}

void SetupCommand::run(const Action& action)
{
    const tp::store::StoreResult<tp::store::Done> result = action();
    if (!result.ok())
        setObsolete(true);
    m_editor->report(result, text());
}

} // namespace tp::ui
