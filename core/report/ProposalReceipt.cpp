#include "ProposalReceipt.h"

#include "DocumentFormat.h"
#include "DocumentText.h"
#include "ReceiptText.h"

namespace tp::report {

namespace {

using F = DocumentFormat;

QString row(const QString& label, const QString& htmlValue)
{
    return QStringLiteral("<tr><th width=\"28%\" align=\"left\" style=\"padding: 8px;\">%1</th>"
                          "<td style=\"padding: 8px;\">%2</td></tr>\n")
        .arg(F::esc(label), htmlValue);
}

} // namespace

std::optional<ProposalReceipt::Details> ProposalReceipt::details(const Scenario& scenario,
                                                                 const DocumentContext& context, const QString& bidder,
                                                                 const QString& receiver)
{
    if (!scenario.proposals)
        return std::nullopt;
    const Proposal* proposal = nullptr;
    for (const Proposal& p : *scenario.proposals)
        if (p.bidder == bidder)
            proposal = &p;
    if (!proposal)
        return std::nullopt;
    Details d;
    d.project = scenario.project.title;
    d.purchaser = scenario.project.purchaser;
    d.negotiationCode = context.negotiationId.value_or(QString());
    d.bidderName = F::bidderName(scenario, bidder);
    d.receivedAt = proposal->receivedAt;
    d.deadline = scenario.project.proposalDeadline;
    d.copies = proposal->copies;
    d.requiredCopies = scenario.project.requiredCopies;
    d.sealed = proposal->sealed;
    d.late = d.deadline && d.receivedAt > *d.deadline;
    d.receiver = receiver;
    if (context.registrations)
        for (const RegistrationRecord& r : *context.registrations)
            if (r.bidder == bidder)
                d.representative = r.representative;
    if (context.proposalReceipts)
        for (const ProposalReceiptRecord& r : *context.proposalReceipts)
            if (r.bidder == bidder && !r.receiver.isEmpty())
                d.receiver = r.receiver;
    return d;
}

QString ProposalReceipt::title(const Details& details, DocumentLanguage language)
{
    Q_UNUSED(details)
    return ReceiptText(language).title();
}

QString ProposalReceipt::html(const Details& d, DocumentLanguage language)
{
    const DocumentText& t = DocumentText::of(language);
    const ReceiptText r(language);
    auto orDash = [](const QString& text) { return text.isEmpty() ? F::dash() : F::esc(text); };
    QString html = QStringLiteral("<p class=\"title\">%1</p>\n").arg(F::esc(r.title()));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\">\n");
    html += row(t.withoutColon(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Project"))), orDash(d.project));
    html += row(r.negotiationCode(), orDash(d.negotiationCode));
    html += row(t.withoutColon(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Purchaser (medical security agency)"))),
                orDash(d.purchaser));
    html += row(r.bidder(), QStringLiteral("<b>%1</b>").arg(orDash(d.bidderName)));
    html += row(r.representative(), orDash(d.representative));
    html += row(r.receivedAt(), QStringLiteral("<b>%1</b>").arg(F::esc(t.dateTime(d.receivedAt))));
    html += row(r.deadline(), F::esc(t.dateTime(d.deadline)));
    QString copies = F::dash();
    if (d.copies)
        copies = F::esc(d.requiredCopies ? r.copiesValue(*d.copies, *d.requiredCopies) : r.copiesValue(*d.copies));
    html += row(r.copies(), copies);
    html += row(r.seal(), d.sealed ? F::esc(*d.sealed ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Intact"))
                                                      : t.translated(QT_TRANSLATE_NOOP("DocumentText", "Not intact")))
                                   : F::dash());
    html += row(r.lateness(), d.late ? QStringLiteral("<b>%1</b>").arg(F::esc(r.late())) : F::esc(r.inTime()));
    html += row(r.receiver(), orDash(d.receiver));
    html += QStringLiteral("</table>\n");
    html += QStringLiteral("<p class=\"sign\" style=\"margin-top: 48px;\">%1</p>\n")
                .arg(F::esc(r.representativeSignature()));
    html += QStringLiteral("<p class=\"sign\" style=\"margin-top: 36px;\">%1</p>\n").arg(F::esc(r.receiverSignature()));
    html += QStringLiteral("<p class=\"small\" style=\"margin-top: 36px;\">%1</p>\n").arg(F::esc(r.copiesNote()));
    return html;
}

PagedDocument ProposalReceipt::document(const Details& details, DocumentLanguage language)
{
    PagedDocument doc;
    doc.setTitle(title(details, language) + QStringLiteral(" · ") + details.bidderName);
    doc.setLanguage(language);
    doc.setDocumentDate(details.receivedAt.date());
    doc.addPart(PagedDocument::createTextDocument(html(details, language)));
    return doc;
}

} // namespace tp::report
