#include "PresentationsStepPage.h"

#include "PresentationTimerWidget.h"
#include "projector/ProjectorWindow.h"
#include "store/ProcedureService.h"

#include <QVBoxLayout>

namespace tp::ui {

PresentationsStepPage::PresentationsStepPage(ProjectorWindow* projector, QWidget* parent)
    : StepPage(tp::store::Stage::Presentations, parent), m_projector(projector),
      m_timer(new PresentationTimerWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_timer);
    connect(m_timer, &PresentationTimerWidget::presentationLogged, this,
            [this](const QString& bidder, const QDateTime& start, const QDateTime& end, qint64) {
                if (!m_context.workspace)
                    return;
                const auto result = tp::store::ProcedureService(*m_context.workspace)
                                        .logPresentation(m_context.id, bidder, start, end, m_context.actor());
                if (!result.ok())
                    showRefusal(tr("The presentation is not logged"), result.problem.why);
            });
    if (m_projector) {
        connect(m_timer, &PresentationTimerWidget::presenterChanged, m_projector, &ProjectorWindow::showPresenter);
        connect(m_timer, &PresentationTimerWidget::clockChanged, m_projector, &ProjectorWindow::showClock);
    }
}

void PresentationsStepPage::reload(const StepContext& context)
{
    m_context = context;
    const QStringList order =
        context.evaluation && context.evaluation->draw ? context.evaluation->draw->order : QStringList();
    m_timer->setEnabled(context.stage == tp::store::Stage::Presentations);
    if (order == m_order)
        return;
    m_order = order;
    QList<tp::Bidder> bidders;
    for (const QString& id : order)
        if (const tp::Bidder* b = context.scenario.bidder(id))
            bidders.append(*b);
    m_timer->setSchedule(bidders, context.scenario.project.presentationMinutes,
                         context.scenario.project.statementMinutes);
}

} // namespace tp::ui
