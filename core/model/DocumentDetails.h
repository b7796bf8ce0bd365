#pragma once

#include <QString>

namespace tp {

// What the notice, the report and the letters print about the procedure's paperwork and the people to
// contact, as the centre's staff enter it. Each field is free text; an empty one is not printed.
struct DocumentDetails
{
    QString basis;              // 谈判依据: the negotiation document's name and number
    QString issuer;             // 发布单位; empty: the purchaser
    QString publicationWebsite; // where the notice is published
    QString challengeAddress;   // 质疑受理地址: where a written challenge is delivered
    QString challengeContact;   // 质疑联系人及电话: whom a bidder contacts about a challenge
    QString contactPerson;      // the centre's contact for bidders
    QString contactPhone;
    QString contactAddress;

    bool operator==(const DocumentDetails& o) const
    {
        return basis == o.basis && issuer == o.issuer && publicationWebsite == o.publicationWebsite &&
               challengeAddress == o.challengeAddress && challengeContact == o.challengeContact &&
               contactPerson == o.contactPerson && contactPhone == o.contactPhone && contactAddress == o.contactAddress;
    }
    bool operator!=(const DocumentDetails& o) const { return !(*this == o); }
};

} // namespace tp
