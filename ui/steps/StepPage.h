#pragma once

#include "StepContext.h"

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
    // Shows why the store refused; returns false so callers can `return fail(...)`.
    bool showRefusal(const QString& title, const QString& why);

private:
    tp::store::Stage m_stage;
};

} // namespace tp::ui
