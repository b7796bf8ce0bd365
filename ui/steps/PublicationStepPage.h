#pragma once

#include "StepPage.h"

class QLabel;

namespace tp::ui {

// The publication of the result notice: its period and end date as the rules engine computes them.
class PublicationStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit PublicationStepPage(QWidget* parent = nullptr);

    void reload(const StepContext& context) override;

private:
    QLabel* m_period;
};

} // namespace tp::ui
