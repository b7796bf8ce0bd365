#pragma once

#include "steps/StepContext.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace tp::ui {

class ProjectorWindow;
class PublicationStepPage;
class SetupStepPage;
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
    explicit NegotiationView(ProjectorWindow* projector, QWidget* parent = nullptr);

    // Shows the negotiation `id` of the workspace at its current step; false when it cannot be read.
    bool open(tp::store::Workspace* workspace, qint64 id);
    void close();
    qint64 negotiationId() const { return m_context.id; }
    const StepContext& context() const { return m_context; }

    // A step is named by the stage whose page it shows: the navigator has one row for each, in the
    // order of the procedure (steps()). An archived negotiation's step is the publication.
    QList<tp::store::Stage> steps() const;
    // The navigator's row of the step of `stage`.
    int rowOf(tp::store::Stage stage) const;
    StepState stepState(tp::store::Stage step) const;
    QString stepReason(tp::store::Stage step) const;
    // The step of the negotiation's stage.
    tp::store::Stage currentStep() const;
    // Shows the page of `step`.
    void showStep(tp::store::Stage step);
    StepPage* page(tp::store::Stage step) const;
    // The page of the given class.
    template <class Page> Page* page() const
    {
        for (StepPage* page : m_stepPages)
            if (auto* typed = qobject_cast<Page*>(page))
                return typed;
        return nullptr;
    }
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
    static QString stepName(tp::store::Stage stage);
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
    QList<StepPage*> m_stepPages;               // in the navigator's order
    QMap<tp::store::Stage, StepPage*> m_pageOf; // the page of each stage
    SetupStepPage* m_setup;
    PublicationStepPage* m_publication;
    QList<StepState> m_states;
    QStringList m_reasons;
};

} // namespace tp::ui
