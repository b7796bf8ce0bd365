#pragma once

#include "steps/StepContext.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace tp::ui {

class ProjectorWindow;
class StepPage;

// One negotiation: the steps of the procedure on the left (done, current, or blocked and why) and
// the page of the chosen step on the right. Every action goes to a core service; after its commit
// the view reads the negotiation again from the store.
class NegotiationView : public QWidget
{
    Q_OBJECT
public:
    enum class StepState
    {
        Done,
        Current,
        Blocked
    };
    // The navigator's entries, in the order of the procedure.
    enum Step
    {
        SetupStep,
        RegistrationStep,
        ProposalsStep,
        DrawStep,
        PresentationsStep,
        ScoringStep,
        VoteStep,
        ResultsStep,
        PublicationStep,
        StepCount
    };

    explicit NegotiationView(ProjectorWindow* projector, QWidget* parent = nullptr);

    // Shows the negotiation `id` of the workspace at its current step; false when it cannot be read.
    bool open(tp::store::Workspace* workspace, qint64 id);
    void close();
    qint64 negotiationId() const { return m_context.id; }
    const StepContext& context() const { return m_context; }

    StepState stepState(int step) const;
    QString stepReason(int step) const;
    int currentStep() const;
    void showStep(int step);
    StepPage* page(int step) const;
    QListWidget* navigator() const { return m_navigator; }
    QPushButton* nextButton() const { return m_next; }
    // The undo history of the setup step's edits (cleared when another negotiation opens, when it
    // closes and when the setup step is left).
    QUndoStack* undoStack() const;

public slots:
    // Reads the negotiation again from the store and updates the navigator and the pages.
    void refresh();

signals:
    void negotiationChanged();
    void homeRequested();

private:
    static int stepOf(tp::store::Stage stage);
    void updateNavigator();
    void updateNextButton();
    void finishStep();

    ProjectorWindow* m_projector;
    StepContext m_context;
    QLabel* m_title;
    QLabel* m_subtitle;
    QPushButton* m_back;
    QPushButton* m_next;
    QListWidget* m_navigator;
    QStackedWidget* m_pages;
    QList<StepPage*> m_stepPages;
    QList<StepState> m_states;
    QStringList m_reasons;
};

} // namespace tp::ui
