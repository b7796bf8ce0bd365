#pragma once

#include "steps/StepPage.h"

namespace tp::ui {

class PresentationTimerWidget;
class ProjectorWindow;

// The timed presentations in the drawn order; each is logged in the store and shown on the projector.
class PresentationsStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit PresentationsStepPage(ProjectorWindow* projector, QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    PresentationTimerWidget* timer() const { return m_timer; }

private:
    ProjectorWindow* m_projector;
    QStringList m_order;
    PresentationTimerWidget* m_timer;
};

} // namespace tp::ui
