#pragma once

#include "StepPage.h"

class QLabel;
class QTableWidget;

namespace tp::ui {

// The project's settings, criteria and panel, read-only, with the panel size findings.
class SetupStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit SetupStepPage(QWidget* parent = nullptr);

    void reload(const StepContext& context) override;

private:
    QLabel* m_project;
    QTableWidget* m_criteria;
    QLabel* m_criteriaTotal;
    QTableWidget* m_panel;
    QLabel* m_panelFindings;
};

} // namespace tp::ui
