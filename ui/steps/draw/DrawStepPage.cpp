#include "DrawStepPage.h"

#include "DrawPage.h"
#include "projector/ProjectorWindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tp::ui {

DrawStepPage::DrawStepPage(ProjectorWindow* projector, QWidget* parent)
    : StepPage(tp::store::Stage::Draw, parent), m_projector(projector), m_draw(new DrawPage(this)),
      m_witnesses(new QLineEdit(this)), m_project(new QPushButton(tr("Show the draw on the projector"), this))
{
    m_project->setObjectName(QStringLiteral("projectDraw"));
    m_project->setToolTip(tr("Shows the order and the seed on the audience's screen"));
    m_project->setEnabled(false);
    connect(m_project, &QPushButton::clicked, this, &DrawStepPage::showOnProjector);
    m_witnesses->setObjectName(QStringLiteral("drawWitnesses"));
    m_witnesses->setPlaceholderText(tr("names, separated by 、 or commas"));
    m_witnesses->setMaxLength(500);
    m_witnesses->setToolTip(tr("Recorded with the draw and printed in the evaluation report"));
    // Who witnesses the draw is entered before it, above it.
    auto* witnessRow = new QHBoxLayout;
    witnessRow->addWidget(new QLabel(tr("Witnesses of the draw"), this));
    witnessRow->addWidget(m_witnesses, 1);
    witnessRow->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_project);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(witnessRow);
    layout->addWidget(m_draw);
    layout->addLayout(buttons);
    connect(m_draw, &DrawPage::drawCommitted, this, &DrawStepPage::commit);
    connect(m_draw, &DrawPage::drawRevealed, this, [this](const QString& seed, const QStringList& order) {
        // The store reveals the seed it holds; the page shows the same one.
        if (!m_context.workspace)
            return;
        const auto result =
            tp::store::ProcedureService(*m_context.workspace).revealDraw(m_context.id, witnesses(), m_context.actor());
        if (!result.ok())
            showRefusal(tr("The draw is not recorded"), result.problem.why);
        else
            project(order, seed);
        emit changed();
    });
    connect(m_draw, &DrawPage::manualOrderRecorded, this, [this](const QStringList& order) {
        tp::store::DrawInput input;
        input.order = order;
        input.witnesses = witnesses();
        if (store(input))
            project(order, QString());
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
    m_draw->setBidders(qualified);
    if (context.scenario.draw) {
        if (context.scenario.draw->seed)
            m_draw->setRevealed(*context.scenario.draw->seed);
        else if (context.scenario.draw->order)
            m_draw->setManualOrder(*context.scenario.draw->order);
    } else {
        // A commitment shown earlier (in this window, another one, or before a restart) stays the
        // one on the screen until its reveal.
        std::optional<tp::store::DrawCommitment> pending;
        if (context.workspace) {
            const auto read = tp::store::ProcedureService(*context.workspace).pendingDraw(context.id);
            if (read.ok())
                pending = *read.value;
        }
        if (pending)
            m_draw->setCommitted(pending->seed);
        else if (m_draw->state() != DrawPage::State::NotDrawn)
            m_draw->clearDraw();
    }
    m_draw->setEnabled(context.stage == tp::store::Stage::Draw || context.drawRecorded());
    if (context.scenario.draw)
        m_witnesses->setText(context.scenario.draw->witnesses.join(QChar(0x3001)));
    m_witnesses->setReadOnly(context.drawRecorded() || context.stage != tp::store::Stage::Draw);
    m_project->setEnabled(m_projector && (m_draw->state() == DrawPage::State::Revealed ||
                                          m_draw->state() == DrawPage::State::ManualRecorded));
}

void DrawStepPage::commit(const QString& seed)
{
    perform(tr("The commitment is not stored"), [&](tp::store::Workspace& ws) {
        return tp::store::ProcedureService(ws).commitDraw(m_context.id, seed, m_context.actor());
    });
}

bool DrawStepPage::store(const tp::store::DrawInput& input)
{
    return perform(tr("The draw is not recorded"), [&](tp::store::Workspace& ws) {
        return tp::store::ProcedureService(ws).recordDraw(m_context.id, input, m_context.actor());
    });
}

QStringList DrawStepPage::witnesses() const
{
    static const QRegularExpression separators(QStringLiteral(u"[、,，;；]"));
    QStringList names;
    for (const QString& name : m_witnesses->text().split(separators))
        if (!name.trimmed().isEmpty())
            names.append(name.trimmed());
    return names;
}

void DrawStepPage::project(const QStringList& order, const QString& seed)
{
    if (!m_projector)
        return;
    QStringList names;
    for (const QString& id : order)
        names.append(m_context.bidderName(id));
    m_projector->showDrawOrder(names, seed);
}

void DrawStepPage::showOnProjector()
{
    if (!m_projector)
        return;
    const bool revealed = m_draw->state() == DrawPage::State::Revealed;
    project(m_draw->order(), revealed ? m_draw->seed() : QString());
    if (!m_projector->isVisible())
        m_projector->openOnAudienceScreen();
    m_projector->raise();
}

} // namespace tp::ui
