#include "ReceiptText.h"

#include "DocumentText.h"

// Every text of the receipt is disambiguated as "proposal receipt": some of its English words
// ("Seal", "Representative") are worded differently on the receipt than elsewhere in the documents.

namespace tp::report {

ReceiptText::ReceiptText(DocumentLanguage language) : m_text(DocumentText::of(language)) {}

QString ReceiptText::title() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3("DocumentText", "Receipt for a Sealed Proposal", "proposal receipt"));
}
QString ReceiptText::negotiationCode() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3("DocumentText", "Negotiation no.", "proposal receipt"));
}
QString ReceiptText::bidder() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3("DocumentText", "Submitted by", "proposal receipt"));
}
QString ReceiptText::representative() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3("DocumentText", "Representative", "proposal receipt"));
}
QString ReceiptText::receivedAt() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3("DocumentText", "Received at", "proposal receipt"));
}
QString ReceiptText::deadline() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3("DocumentText", "Deadline", "proposal receipt"));
}
QString ReceiptText::copies() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3("DocumentText", "Copies", "proposal receipt"));
}
QString ReceiptText::copiesValue(int copies, int required) const
{
    //: %1 copies received, %2 copies required
    return m_text.translated(QT_TRANSLATE_NOOP3("DocumentText", "%1 (%2 required)", "proposal receipt"))
        .arg(copies)
        .arg(required);
}
QString ReceiptText::copiesValue(int copies) const
{
    //: %1 is the number of copies received; Chinese adds its unit (份)
    return m_text.translated(QT_TRANSLATE_NOOP3("DocumentText", "%1", "proposal receipt, copies received")).arg(copies);
}
QString ReceiptText::seal() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3("DocumentText", "Seal", "proposal receipt"));
}
QString ReceiptText::lateness() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3("DocumentText", "Late", "proposal receipt"));
}
QString ReceiptText::inTime() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3("DocumentText", "No (received by the deadline)", "proposal receipt"));
}
QString ReceiptText::late() const
{
    return m_text.translated(
        QT_TRANSLATE_NOOP3("DocumentText", "Yes (received after the deadline; recorded as such)", "proposal receipt"));
}
QString ReceiptText::receiver() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3("DocumentText", "Received by", "proposal receipt"));
}
QString ReceiptText::representativeSignature() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3(
        "DocumentText", "Representative's signature: ____________________    Date: ____________", "proposal receipt"));
}
QString ReceiptText::receiverSignature() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3(
        "DocumentText", "Receiver's signature: ____________________    Date: ____________", "proposal receipt"));
}
QString ReceiptText::copiesNote() const
{
    return m_text.translated(QT_TRANSLATE_NOOP3(
        "DocumentText", "This receipt is made in two copies, one for the bidder and one for the receiving office.",
        "proposal receipt"));
}

} // namespace tp::report
