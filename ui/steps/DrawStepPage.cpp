#include "DrawStepPage.h"

#include "draw/DrawPage.h"
#include "projector/ProjectorWindow.h"

#include <QVBoxLayout>

namespace tp::ui {

DrawStepPage::DrawStepPage(ProjectorWindow* projector, QWidget* parent)
    : StepPage(parent), m_projector(projector), m_draw(new DrawPage(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_draw);
    connect(m_draw, &DrawPage::drawRevealed, this, [this](const QString& seed, const QStringList& order) {
        tp::store::DrawInput input;
        input.seed = seed;
        store(input);
        project(order);
    });
    connect(m_draw, &DrawPage::manualOrderRecorded, this, [this](const QStringList& order) {
        tp::store::DrawInput input;
        input.order = order;
        store(input);
        project(order);
    });
}

void DrawStepPage::reload(const StepContext& context)
{
    m_context = context;
    QList<tp::Bidder> qualified;
    const QStringList ids = context.qualification ? context.qualification->qualified : QStringList();
    for (const tp::Bidder& b : context.scenario.bidders)
        if (ids.contains(b.id))
            qualified.append(b);
    if (m_draw->state() != DrawPage::State::NotDrawn && !context.drawRecorded())
        return; // a commitment is shown and waits for the reveal
    m_draw->setBidders(qualified);
    if (context.scenario.draw) {
        if (context.scenario.draw->seed)
            m_draw->setRevealed(*context.scenario.draw->seed);
        else if (context.scenario.draw->order)
            m_draw->setManualOrder(*context.scenario.draw->order);
    }
    m_draw->setEnabled(context.stage == tp::store::Stage::Draw || context.drawRecorded());
}

void DrawStepPage::store(const tp::store::DrawInput& input)
{
    if (!m_context.workspace)
        return;
    const auto result =
        tp::store::ProcedureService(*m_context.workspace).recordDraw(m_context.id, input, m_context.actor());
    if (!result.ok())
        showRefusal(tr("The draw is not recorded"), result.problem.why);
    emit changed();
}

void DrawStepPage::project(const QStringList& order)
{
    if (!m_projector)
        return;
    QStringList names;
    for (const QString& id : order)
        names.append(m_context.bidderName(id));
    m_projector->showDrawOrder(names);
}

} // namespace tp::ui
