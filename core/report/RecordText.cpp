#include "RecordText.h"

#include "DocumentText.h"

namespace tp::report {

RecordText::RecordText(DocumentLanguage language) : m_text(DocumentText::of(language)) {}

QString RecordText::representative() const
{
    //: The person who registered for a bidder
    return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "Representative"));
}
QString RecordText::documentsChecked() const
{
    return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "Documents checked"));
}
QString RecordText::checkedDocuments(bool introLetter, bool idCopy) const
{
    if (introLetter && idCopy)
        return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "letter of introduction, copy of ID"));
    if (introLetter)
        return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "letter of introduction (copy of ID not checked)"));
    if (idCopy)
        return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "copy of ID (letter of introduction not checked)"));
    return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "not checked"));
}
QString RecordText::idNumber(const QString& masked) const
{
    //: %1 is the ID card number with all but its last 4 characters masked
    return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "ID no. %1")).arg(masked);
}
QString RecordText::receiver() const
{
    return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "Received by"));
}
QString RecordText::openedAtAndWitness() const
{
    return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "Opened / witness"));
}
QString RecordText::entryCorrection(const QString& bidder, const QString& before, const QString& after,
                                    const QString& reason, const QString& actor) const
{
    //: A registration or proposal receipt corrected: %1 bidder, %2 the entry before, %3 after, %4 the
    //: reason, %5 who recorded the correction
    return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "Corrected %1: %2 → %3; reason: %4 (recorded by %5)"))
        .arg(bidder, before, after, reason, actor);
}
QString RecordText::entryWithdrawn(const QString& bidder, const QString& reason, const QString& actor) const
{
    //: A registration or proposal receipt recorded in error and withdrawn: %1 bidder, %2 the reason,
    //: %3 who recorded it
    return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "Withdrawn entry of %1; reason: %2 (recorded by %3)"))
        .arg(bidder, reason, actor);
}
QString RecordText::overrun(qint64 seconds) const
{
    const qint64 minutes = seconds / 60;
    const qint64 rest = seconds % 60;
    if (minutes == 0)
        //: A presentation longer than allowed; %1 is seconds
        return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "over time by %1 s")).arg(rest);
    if (rest == 0)
        //: A presentation longer than allowed; %1 is minutes
        return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "over time by %1 min")).arg(minutes);
    //: A presentation longer than allowed; %1 is minutes, %2 seconds
    return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "over time by %1 min %2 s")).arg(minutes).arg(rest);
}
QString RecordText::publicationWebsite() const
{
    //: The website where the result notice is published
    return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "Published on"));
}
QString RecordText::challengeContact() const
{
    //: Before the contact, in the running text of the notice (ends with its own colon)
    return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "Contact for challenges: "));
}
QString RecordText::challengeContactLabel() const
{
    //: The head of a table row
    return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "Contact for challenges"));
}
QString RecordText::recordAnchor(const QString& shortForm) const
{
    //: %1 is the first 16 hex digits of the audit chain head, in groups of four
    return m_text.translated(QT_TRANSLATE_NOOP("DocumentText", "Record anchor: %1")).arg(shortForm);
}
QString RecordText::recordAnchorDetail(const QString& fullHash, const QString& shortHash) const
{
    //: Small print under the record anchor; %1 is the full 64-digit hash, %2 its first 16 digits
    return m_text
        .translated(QT_TRANSLATE_NOOP("DocumentText",
                                      "The anchor is the head of the negotiation record's audit chain when this "
                                      "document was made (in full: %1). Whoever holds the record can check that it "
                                      "has not been rewritten since: tenderpanel-cli audit verify --head %2"))
        .arg(fullHash, shortHash);
}

} // namespace tp::report
