#pragma once

#include "StepContext.h"

#include <QWidget>

namespace tp::ui {

// One page of the negotiation view. It shows the context it is given and reports each action that
// changed the store, so that the window reads everything again.
class StepPage : public QWidget
{
    Q_OBJECT
public:
    explicit StepPage(QWidget* parent = nullptr) : QWidget(parent) {}

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
};

} // namespace tp::ui
