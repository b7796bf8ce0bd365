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

signals:
    // Something was committed: read the negotiation again.
    void changed();

protected:
    // Shows why the store refused; returns false so callers can `return fail(...)`.
    bool showRefusal(const QString& title, const QString& why);
};

} // namespace tp::ui
