#include "StepPage.h"

#include "MessageBox.h"

namespace tp::ui {

bool StepPage::showRefusal(const QString& title, const QString& why)
{
    MessageBox::warning(this, title, why);
    return false;
}

} // namespace tp::ui
