#pragma once

#include "DocumentContext.h"
#include "DocumentLanguage.h"
#include "PagedDocument.h"
#include "model/Scenario.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace tp::report {

// 方案接收回执: the receipt the desk prints when a sealed proposal is received, for the bidder's
// representative and the receiver to sign: project, bidder, time received, copies, seal, whether it
// was late, and who received it. One A4 page.
class ProposalReceipt
{
public:
    struct Details
    {
        QString project;
        QString purchaser;
        QString negotiationCode;
        QString bidderName;
        QString representative;
        QDateTime receivedAt;
        std::optional<QDateTime> deadline;
        std::optional<int> copies;
        std::optional<int> requiredCopies;
        std::optional<bool> sealed;
        bool late = false; // after the deadline (a time equal to it is in time)
        QString receiver;
    };

    // The receipt of `bidder`'s proposal as the workspace records it; nothing when none was received.
    // `receiver` stands in when the record does not say who received it.
    static std::optional<Details> details(const Scenario& scenario, const DocumentContext& context,
                                          const QString& bidder, const QString& receiver = QString());
    static QString title(const Details& details, DocumentLanguage language);
    static QString html(const Details& details, DocumentLanguage language);
    static PagedDocument document(const Details& details, DocumentLanguage language = DocumentLanguage::Chinese);
};

} // namespace tp::report
