#pragma once

#include <QDateTime>
#include <QStringList>

namespace tp {

// When the sealed proposals were opened, and who witnessed the opening.
struct ProposalOpening
{
    QDateTime openedAt;
    QStringList witnesses;
};

} // namespace tp
