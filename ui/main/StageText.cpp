#include "StageText.h"

namespace tp::ui {

QString StageText::name(tp::store::Stage stage)
{
    using tp::store::Stage;
    switch (stage) {
    case Stage::Setup:
        return tr("Setup");
    case Stage::Registration:
        return tr("Registration");
    case Stage::Proposals:
        return tr("Proposals");
    case Stage::Draw:
        return tr("Draw");
    case Stage::Presentations:
        return tr("Presentations");
    case Stage::Scoring:
        return tr("Scoring");
    case Stage::Vote:
        return tr("Vote");
    case Stage::Result:
        return tr("Results");
    case Stage::Publication:
        return tr("Publication");
    case Stage::Archived:
        return tr("Archived");
    }
    return QString();
}

QString StageText::notYet(tp::store::Stage step)
{
    using tp::store::Stage;
    switch (step) {
    case Stage::Setup:
        return tr("the project is being set up");
    case Stage::Registration:
        return tr("registration opens once the project, criteria and panel are set up");
    case Stage::Proposals:
        return tr("the proposals are opened once registration closes");
    case Stage::Draw:
        return tr("the draw comes after the proposals are opened");
    case Stage::Presentations:
        return tr("the presentations follow the draw");
    case Stage::Scoring:
        return tr("scores can already be entered; this step begins with the first submitted sheet or when the "
                  "presentations are done");
    case Stage::Vote:
        return tr("a vote is held only when the computed result has a tie that matters");
    case Stage::Result:
        return tr("first every sheet, the review of flagged scores and any vote");
    case Stage::Publication:
        return tr("publishing the result notice starts this step");
    case Stage::Archived:
        return tr("the negotiation is archived after the notice is published");
    }
    return QString();
}

} // namespace tp::ui
