#pragma once

#include "DocumentLanguage.h"
#include "PagedDocument.h"
#include "store/MemberAccess.h"

#include <QImage>
#include <QList>
#include <QString>

namespace tp::report {

// 评分终端凭证: the slips the secretary prints when issuing the panel members' terminal credentials,
// three to an A4 page with cut lines between them, one slip per member to cut out and hand over:
// the member's name, the negotiation, the server and database, the login and the password (large,
// in a monospace font that tells 0/O and 1/l/I apart), a QR code of the connection address with the
// password for a terminal with a camera, and the note that the credential is personal and ends when
// the sheet is submitted and the votes are done.
class CredentialSlip
{
public:
    static constexpr int kSlipsPerPage = 3;

    // The QR code of `text` (error correction level M), `moduleSize` pixels per module with the
    // four-module quiet zone; a null image when the text does not fit a QR code.
    static QImage qrCode(const QString& text, int moduleSize = 8);

    static QString title(DocumentLanguage language);
    // The slips of `credentials` in their order.
    static PagedDocument document(const QList<store::MemberCredential>& credentials,
                                  DocumentLanguage language = DocumentLanguage::Chinese);
};

} // namespace tp::report
