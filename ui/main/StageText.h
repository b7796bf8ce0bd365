#pragma once

#include "store/Procedure.h"

#include <QCoreApplication>
#include <QString>

namespace tp::ui {

// The words the user sees for each step of the procedure.
class StageText
{
    Q_DECLARE_TR_FUNCTIONS(StageText)
public:
    static QString name(tp::store::Stage stage);
    // Why a step the negotiation has not reached cannot be done yet: what must come first.
    static QString notYet(tp::store::Stage step);
};

} // namespace tp::ui
