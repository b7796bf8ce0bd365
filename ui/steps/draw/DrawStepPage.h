#pragma once

#include "steps/StepPage.h"
#include "store/ProcedureService.h"

class QLineEdit;
class QPushButton;

namespace tp::ui {

class DrawPage;
class ProjectorWindow;

// The lot draw: each state of the draw is stored as soon as it is made and shown on the projector.
// The seed is stored with its commitment before the commitment appears; the reveal uses that seed.
class DrawStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit DrawStepPage(ProjectorWindow* projector, QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    // The bidders read the revealed seed and order here: the page stays after the draw finishes.
    bool staysAfterItsStage() const override { return true; }
    DrawPage* drawPage() const { return m_draw; }
    // Who witnesses the draw: recorded with it (at the reveal, or with a manual order).
    QLineEdit* witnessesField() const { return m_witnesses; }

private:
    void commit(const QString& seed);
    bool store(const tp::store::DrawInput& input);
    void project(const QStringList& order, const QString& seed);
    void showOnProjector();
    QStringList witnesses() const;

    ProjectorWindow* m_projector;
    DrawPage* m_draw;
    QLineEdit* m_witnesses;
    QPushButton* m_project;
};

} // namespace tp::ui
