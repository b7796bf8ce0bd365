#pragma once

#include "DocumentInput.h"
#include "PagedDocument.h"

#include <QString>
#include <QStringList>

namespace tp::report {

// One letter per bidder (成交通知书 for a winner, 谈判结果通知书 otherwise), each naming only
// that bidder, its own score and position: no other bidder's name or score appears in it.
class BidderLetters
{
public:
    // The bidders that get a letter: every bidder of the scenario, in file order.
    static QStringList recipients(const DocumentInput& input);
    static QString title(const DocumentInput& input);
    static QString letterHtml(const DocumentInput& input, const QString& bidder);
    // All letters (or only `bidders` when not empty), one page or more each.
    static QString webPage(const DocumentInput& input, const QStringList& bidders = {});
    static PagedDocument document(const DocumentInput& input, const QStringList& bidders = {});
};

} // namespace tp::report
