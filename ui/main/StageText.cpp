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

} // namespace tp::ui
