#include "BidderLetters.h"

#include "DocumentFormat.h"
#include "DocumentText.h"

namespace tp::report {

namespace {

using F = DocumentFormat;
using T = DocumentText;

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th width=\"28%\">%1</th><td>%2</td></tr>\n").arg(F::esc(label), F::esc(value));
}

QString publicationText(const DocumentInput& input)
{
    const auto& publication = input.evaluation.publication;
    if (!publication || !publication->firstCountedDay.isValid() || !publication->end.isValid())
        return F::dash();
    return T::publicationPeriod(publication->firstCountedDay, publication->end, publication->workingDays);
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
    return input.scenario.project.title + QStringLiteral(u" · ") + T::resultLetterTitle();
}

QString BidderLetters::letterHtml(const DocumentInput& input, const QString& bidder)
{
    const Scenario& s = input.scenario;
    const Evaluation& ev = input.evaluation;
    const RankEntry* rank = F::rankEntry(ev, bidder);
    const Exclusion* excluded = F::exclusion(ev, bidder);
    const bool winner = ev.status == EvaluationStatus::Final && ev.winners.contains(bidder);

    QString html;
    html += QStringLiteral("<p class=\"title\">%1</p>\n")
                .arg(F::esc(winner ? T::awardLetterTitle() : T::resultLetterTitle()));
    html += QStringLiteral("<p>%1</p>\n").arg(F::esc(T::letterSalutation(F::bidderName(s, bidder))));
    html +=
        QStringLiteral("<p class=\"body\">%1</p>\n").arg(F::esc(T::letterIntro(s.project.purchaser, s.project.title)));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\">\n");
    html += row(T::projectName(), s.project.title);
    html += row(T::bidderColumn(), F::bidderName(s, bidder));
    if (excluded) {
        html += row(T::finalScore(), F::dash());
        html += row(T::rankLabel(), F::dash());
        html += row(T::resultLabel(), T::resultExcluded(T::exclusionReason(excluded->reason)));
    } else if (ev.status == EvaluationStatus::Failed || !rank) {
        html += row(T::finalScore(), F::dash());
        html += row(T::rankLabel(), F::dash());
        html += row(T::resultLabel(), T::resultFailed());
    } else {
        html += row(T::finalScore(), T::pointsUnit(F::points(rank->published)));
        html += row(T::rankLabel(), T::rankOf(rank->position, int(ev.ranking.size())));
        html += row(T::resultLabel(), winner ? T::resultAwarded(rank->share.value_or(0)) : T::resultNotAwarded());
    }
    html += row(T::publicationSection(), publicationText(input));
    html += QStringLiteral("</table>\n");
    html += QStringLiteral("<p class=\"body\">%1</p>\n").arg(F::esc(winner ? T::awardClosing() : T::thanksClosing()));
    html += QStringLiteral("<p class=\"body\">%1</p>\n").arg(F::esc(T::letterChallenge(publicationText(input))));
    html += QStringLiteral("<p class=\"body\">%1%2%3%4</p>\n")
                .arg(F::esc(T::contactPerson()), F::escOrDash(input.context.contactPerson),
                     QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") + F::esc(T::contactPhone()),
                     F::escOrDash(input.context.contactPhone));
    html += QStringLiteral("<p class=\"right\" style=\"margin-top: 30px;\">%1<br/>%2</p>\n")
                .arg(F::esc(F::issuer(input)), F::esc(F::date(F::documentDate(input))));
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
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(F::esc(title(input)), F::webStyleSheet(), body);
}

PagedDocument BidderLetters::document(const DocumentInput& input, const QStringList& bidders)
{
    PagedDocument doc;
    doc.setTitle(title(input));
    doc.setDocumentDate(F::documentDate(input));
    doc.setNumberPagesPerPart(true);
    for (const QString& id : bidders.isEmpty() ? recipients(input) : bidders)
        doc.addPart(PagedDocument::createTextDocument(letterHtml(input, id)));
    return doc;
}

} // namespace tp::report
