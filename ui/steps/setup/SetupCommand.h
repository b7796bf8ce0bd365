#pragma once

#include "store/StoreResult.h"

#include <QUndoCommand>
#include <functional>

namespace tp::ui {

class SetupEditor;

// One edit of the setup step on the undo stack. redo() and undo() each run one store action (its
// own committed transaction and audit event). When the store refuses, the editor shows why and the
// command is marked obsolete, so the stack drops it.
class SetupCommand : public QUndoCommand
{
public:
    using Action = std::function<tp::store::StoreResult<tp::store::Done>()>;

    SetupCommand(const QString& text, Action redo, Action undo, SetupEditor* editor);

    void redo() override;
    void undo() override;

private:
    void run(const Action& action);

    Action m_redo;
    Action m_undo;
    SetupEditor* m_editor;
};

} // namespace tp::ui
