#include "BidderLetters.h"

#include "DocumentFormat.h"
#include "DocumentText.h"

namespace tp::report {

namespace {

using F = DocumentFormat;

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th width=\"28%\">%1</th><td>%2</td></tr>\n").arg(F::esc(label), F::esc(value));
}

QString publicationText(const DocumentInput& input)
{
    const DocumentText& t = DocumentText::of(input.language);
    const auto& publication = input.evaluation.publication;
    if (!publication || !publication->firstCountedDay.isValid() || !publication->end.isValid())
        return F::dash();
    return t.publicationPeriod(publication->firstCountedDay, publication->end, publication->workingDays);
}

} // namespace

QStringList BidderLetters::recipients(const DocumentInput& input)
{
    QStringList ids;
    for (const Bidder& b : input.scenario.bidders)
        ids << b.id;
    return ids;
}

QString BidderLetters::title(const DocumentInput& input)
{
    return input.scenario.project.title + QStringLiteral(u" · ") +
           DocumentText::of(input.language)
               .translated(QT_TRANSLATE_NOOP("DocumentText", "Notice of the negotiation result"));
}

QString BidderLetters::letterHtml(const DocumentInput& input, const QString& bidder)
{
    const DocumentText& t = DocumentText::of(input.language);
    const Scenario& s = input.scenario;
    const Evaluation& ev = input.evaluation;
    const RankEntry* rank = F::rankEntry(ev, bidder);
    const Exclusion* excluded = F::exclusion(ev, bidder);
    const bool winner = ev.status == EvaluationStatus::Final && ev.winners.contains(bidder);

    QString html;
    html +=
        QStringLiteral("<p class=\"title\">%1</p>\n")
            .arg(F::esc(winner ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Notice of award"))
                               : t.translated(QT_TRANSLATE_NOOP("DocumentText", "Notice of the negotiation result"))));
    //: %1 is the bidder's name
    html += QStringLiteral("<p>%1</p>\n")
                .arg(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "To %1:")).arg(F::bidderName(s, bidder))));
    html +=
        //: %1 is the purchaser, %2 the project's title
        QStringLiteral("<p class=\"body\">%1</p>\n")
            .arg(F::esc(
                t.translated(QT_TRANSLATE_NOOP("DocumentText",
                                               "Your company took part in the %2 conducted by %1. Following the "
                                               "evaluation by the negotiation panel, we notify you of your result "
                                               "as follows:"))
                    .arg(s.project.purchaser, s.project.title)));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\">\n");
    html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Project")), s.project.title);
    html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder")), F::bidderName(s, bidder));
    if (excluded) {
        html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Final score")), F::dash());
        html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Rank")), F::dash());
        html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Result")),
                    t.translated(QT_TRANSLATE_NOOP("DocumentText", "Not qualified: %1"))
                        .arg(t.exclusionReason(excluded->reason)));
    } else if (ev.status == EvaluationStatus::Failed || !rank) {
        html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Final score")), F::dash());
        html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Rank")), F::dash());
        html +=
            row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Result")),
                t.translated(QT_TRANSLATE_NOOP("DocumentText", "The negotiation has failed; no winner was chosen")));
    } else {
        html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Final score")),
                    t.pointsUnit(F::points(rank->published)));
        html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Rank")),
                    t.rankOf(rank->position, int(ev.ranking.size())));
        //: %1 is the share in percent
        const QString awarded = t.translated(QT_TRANSLATE_NOOP("DocumentText", "Awarded, with a share of %1%"));
        // With service areas and no shares, a winner is awarded its area alone: no share to print.
        const bool shareless = rank->area && !rank->share;
        html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Result")),
                    !winner     ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Not awarded"))
                    : shareless ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Awarded"))
                                : awarded.arg(rank->share.value_or(0)));
        if (winner && rank->area)
            html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Service area")), t.serviceArea(*rank->area));
    }
    html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Publication period")), publicationText(input));
    html += QStringLiteral("</table>\n");
    html += QStringLiteral("<p class=\"body\">%1</p>\n")
                .arg(F::esc(
                    winner ? t.translated(QT_TRANSLATE_NOOP(
                                 "DocumentText", "When the publication period has ended, please sign the service "
                                                 "agreement with the purchaser as the negotiation documents "
                                                 "provide."))
                           : t.translated(QT_TRANSLATE_NOOP(
                                 "DocumentText", "Thank you for your support of and participation in this project."))));
    //: %1 is the publication period
    html +=
        QStringLiteral("<p class=\"body\">%1</p>\n")
            .arg(F::esc(
                t.translated(QT_TRANSLATE_NOOP("DocumentText",
                                               "If you disagree with the result, you may challenge it in writing to "
                                               "the purchaser within the publication period: %1."))
                    .arg(publicationText(input))));
    // The centre's contact, as far as it was entered; a letter leaves out what was not.
    QStringList contact;
    if (input.context.contactPerson && !input.context.contactPerson->isEmpty())
        contact.append(
            F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Contact person")) + *input.context.contactPerson));
    if (input.context.contactPhone && !input.context.contactPhone->isEmpty())
        contact.append(F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Telephone")) + *input.context.contactPhone));
    if (!contact.isEmpty())
        html +=
            QStringLiteral("<p class=\"body\">%1</p>\n").arg(contact.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")));
    html += QStringLiteral("<p class=\"right\" style=\"margin-top: 30px;\">%1<br/>%2</p>\n")
                .arg(F::esc(F::issuer(input)), F::esc(t.date(F::documentDate(input))));
    html += F::anchorHtml(input);
    return html;
}

QString BidderLetters::webPage(const DocumentInput& input, const QStringList& bidders)
{
    const QStringList ids = bidders.isEmpty() ? recipients(input) : bidders;
    QString body;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        body += i == 0 ? QStringLiteral("<div>\n")
                       : QStringLiteral("<div style=\"page-break-before: always; margin-top: 4em;\">\n");
        body += letterHtml(input, ids.at(i)) + QStringLiteral("</div>\n");
    }
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%4\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(F::esc(title(input)), F::webStyleSheet(), body, DocumentText::of(input.language).htmlLanguage());
}

PagedDocument BidderLetters::document(const DocumentInput& input, const QStringList& bidders)
{
    PagedDocument doc;
    doc.setTitle(title(input));
    doc.setLanguage(input.language);
    doc.setDocumentDate(F::documentDate(input));
    doc.setNumberPagesPerPart(true);
    for (const QString& id : bidders.isEmpty() ? recipients(input) : bidders)
        doc.addPart(PagedDocument::createTextDocument(letterHtml(input, id)));
    return doc;
}

} // namespace tp::report
