#pragma once

#include "StepContext.h"
#include "report/DocumentInput.h"

#include <optional>

#include <QWidget>

namespace tp::ui {

// One page of the negotiation view: the page of one stage of the procedure. It shows the context it
// is given and reports each action that changed the store, so that the window reads everything again.
class StepPage : public QWidget
{
    Q_OBJECT
public:
    StepPage(tp::store::Stage stage, QWidget* parent) : QWidget(parent), m_stage(stage) {}

    // The stage whose actions this page offers.
    tp::store::Stage stage() const { return m_stage; }

    virtual void reload(const StepContext& context) = 0;
    // True when what the page shows after its action finished its stage is what people wait to see
    // (the revealed draw): the view then stays on the page until the user moves on.
    virtual bool staysAfterItsStage() const { return false; }

signals:
    // Something was committed: read the negotiation again.
    void changed();

protected:
    // When the page reports its change after the store refused an action.
    enum class Refresh
    {
        Always,           // the view reads the negotiation again in any case
        OnlyWhenCommitted // a refused action leaves the page as the user left it
    };

    // Shows why the store refused; returns false so callers can `return fail(...)`.
    bool showRefusal(const QString& title, const QString& why);
    // The input of the documents for the shown negotiation: from the workspace the whole record, whose
    // audit chain must verify; else from the scenario. What fails is shown, and nothing returned.
    std::optional<tp::DocumentInput> documentInput();
    // One user action on the shown negotiation: `action` gets its workspace (nothing happens without
    // one) and returns the store's result. A refusal is shown under `refusalTitle`; then the page
    // reports the change as `refresh` says. Returns whether the store committed the action.
    template <class Action>
    bool perform(const QString& refusalTitle, Action&& action, Refresh refresh = Refresh::Always)
    {
        if (!m_context.workspace)
            return false;
        const auto result = action(*m_context.workspace);
        if (!result.ok())
            showRefusal(refusalTitle, result.problem.why);
        if (result.ok() || refresh == Refresh::Always)
            emit changed();
        return result.ok();
    }

    StepContext m_context; // what the page shows, as the last reload gave it

private:
    tp::store::Stage m_stage;
};

} // namespace tp::ui
