#include "StepPage.h"

#include "MessageBox.h"

#include "report/DocumentInputLoader.h"

namespace tp::ui {

bool StepPage::showRefusal(const QString& title, const QString& why)
{
    MessageBox::warning(this, title, why);
    return false;
}

std::optional<tp::DocumentInput> StepPage::documentInput()
{
    // From the workspace: the whole record (logs, witnesses, corrections, audit chain head).
    if (m_context.workspace) {
        const tp::report::DocumentInputLoader::WorkspaceResult stored =
            tp::report::DocumentInputLoader::fromWorkspace(*m_context.workspace, m_context.id);
        if (!stored.ok()) {
            showRefusal(stored.verificationFailed ? tr("The audit log does not verify")
                                                  : tr("The document cannot be made"),
                        tp::problemsText(stored.problems, tp::kProblemsInMessage));
            return std::nullopt;
        }
        return stored.input;
    }
    const tp::report::DocumentInputLoader::Result loaded =
        tp::report::DocumentInputLoader::fromScenario(m_context.scenario);
    if (!loaded.ok()) {
        showRefusal(tr("The document cannot be made"), tp::problemsText(loaded.problems, tp::kProblemsInMessage));
        return std::nullopt;
    }
    return loaded.input;
}

} // namespace tp::ui
