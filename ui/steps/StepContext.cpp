#include "StepContext.h"

#include <QtGlobal>

namespace tp::ui {

QString StepContext::bidderName(const QString& bidder) const
{
    const tp::Bidder* b = scenario.bidder(bidder);
    return b && !b->name.isEmpty() ? b->name : bidder;
}

QString StepContext::actor() const
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("gui") : user;
}

} // namespace tp::ui
