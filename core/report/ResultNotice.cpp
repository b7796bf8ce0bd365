#include "ResultNotice.h"

#include "DocumentFormat.h"
#include "DocumentText.h"
#include "PagedDocument.h"
#include "RecordText.h"

#include <QFont>
#include <QFontMetricsF>

namespace tp::report {

namespace {

using F = DocumentFormat;

QString heading(const DocumentText& t, int& section, const QString& text)
{
    return QStringLiteral("<p class=\"h2\">") + t.sectionNumber(++section) + F::esc(text) + QStringLiteral("</p>\n");
}

QString paragraph(const QString& html, const QString& cls = QStringLiteral("body"))
{
    return QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, html);
}

QString publicationText(const DocumentInput& input)
{
    const DocumentText& t = DocumentText::of(input.language);
    const auto& publication = input.evaluation.publication;
    if (!publication || !publication->firstCountedDay.isValid() || !publication->end.isValid())
        return F::dash();
    return t.publicationPeriod(publication->firstCountedDay, publication->end, publication->workingDays);
}

// The title on the page: one line when it fits the page's width; else broken where the project's name meets
// the notice's kind ("…项目" / "结果公示"), so that neither the kind nor a word is split by the wrap.
QString titleHtml(const QString& title, const QString& project)
{
    QFont font;
    font.setFamilies(F::serifFamilies());
    font.setPixelSize(qRound(18.0 * PagedDocument::kDpi / 72.0)); // p.title
    font.setBold(true);
    font.setStyleStrategy(QFont::PreferNoShaping);
    const qsizetype at = project.isEmpty() ? -1 : title.indexOf(project);
    if (at < 0 || QFontMetricsF(font).horizontalAdvance(title) <= PagedDocument::contentSize().width() * 0.97)
        return F::esc(title);
    QStringList lines;
    for (const QString& line : {title.left(at).trimmed(), project, title.mid(at + project.size()).trimmed()})
        if (!line.isEmpty())
            lines.append(F::esc(line));
    return lines.join(QStringLiteral("<br/>"));
}

} // namespace

bool ResultNotice::canPublish(const Evaluation& evaluation)
{
    return evaluation.status == EvaluationStatus::Final || evaluation.status == EvaluationStatus::Failed;
}

QString ResultNotice::title(const DocumentInput& input)
{
    //: %1 is the project's title
    return DocumentText::of(input.language)
        .translated(QT_TRANSLATE_NOOP("DocumentText", "Result notice: %1"))
        .arg(input.scenario.project.title);
}

QString ResultNotice::bodyHtml(const DocumentInput& input)
{
    const DocumentText& t = DocumentText::of(input.language);
    const Scenario& s = input.scenario;
    const Evaluation& ev = input.evaluation;
    const DocumentContext& ctx = input.context;
    const bool failed = ev.status == EvaluationStatus::Failed;
    int section = 0;
    QString html;
    html += QStringLiteral("<p class=\"title\">") + F::esc(title(input)) + QStringLiteral("</p>\n");
    const QString basis =
        ctx.basis && !ctx.basis->isEmpty()
            ? *ctx.basis
            : t.translated(QT_TRANSLATE_NOOP("DocumentText", "the negotiation documents of this project"));
    //: %1 is the basis (the negotiation documents), %2 the purchaser, %3 the project's title
    html += paragraph(
        F::esc(t.translated(QT_TRANSLATE_NOOP(
                                "DocumentText",
                                "In accordance with %1, %2 conducted the %3. The negotiation panel has completed the "
                                "evaluation following the prescribed procedure and evaluation method, and the result "
                                "is published as follows:"))
                   .arg(basis, s.project.purchaser, s.project.title)));

    html += heading(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Project")));
    html += paragraph(F::esc(s.project.title));
    html += heading(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Purchaser (medical security agency)")));
    html += paragraph(F::esc(s.project.purchaser));

    html += heading(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Method, basis and evaluation rules")));
    html += paragraph(F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Method")) +
                             t.translated(QT_TRANSLATE_NOOP("DocumentText", "Selective negotiation"))));
    // A published notice leaves out what was not entered, as a printed notice would, rather than a blank.
    if (ctx.basis && !ctx.basis->isEmpty())
        html += paragraph(F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Basis")) + *ctx.basis));
    html +=
        paragraph(F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Evaluation rules")) + t.scoringMethod(s.project)));
    html += paragraph(
        F::esc(t.allocationLabel(s.project) +
               t.translated(QT_TRANSLATE_N_NOOP("DocumentText", "at most %n winner(s); "), s.project.maxWinners) +
               t.allocationRule(s.project)));

    if (failed) {
        html += heading(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Result")));
        html += paragraph(F::esc(t.failedReason(ev.reason, s.project.minBidders)));
    } else {
        html += heading(t, section,
                        t.translated(QT_TRANSLATE_NOOP("DocumentText", "Scores and ranking of the qualified bidders")));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">\n<thead><tr>");
        const bool areas = !s.project.areas.isEmpty();
        if (!areas) {
            html +=
                QStringLiteral("<th width=\"12%\">%1</th><th>%2</th><th width=\"18%\">%3</th><th width=\"16%\">%4</th>")
                    .arg(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Rank"))),
                         F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder"))),
                         F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Final score"))),
                         F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Share"))));
        } else {
            // With service areas: the area each winner serves, and the shares only when there are some.
            const bool shares = !s.project.allocation.isEmpty();
            html += QStringLiteral("<th width=\"8%\">%1</th><th>%2</th><th width=\"11%\">%3</th>")
                        .arg(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Rank"))),
                             F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder"))),
                             F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Final score"))));
            if (shares)
                html += QStringLiteral("<th width=\"10%\">%1</th>")
                            .arg(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Share"))));
            html += QStringLiteral("<th width=\"%1%\">%2</th>")
                        .arg(QString::number(shares ? 34 : 38),
                             F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Service area"))));
        }
        html += QStringLiteral("</tr></thead>\n");
        bool anyVote = false;
        for (const RankEntry& e : ev.ranking) {
            anyVote = anyVote || e.decidedByVote;
            const QString share = e.share && *e.share > 0 ? F::percent(*e.share) : F::dash();
            html += QStringLiteral("<tr><td align=\"center\">%1%2</td><td>%3</td><td class=\"num\">%4</td>")
                        .arg(e.position)
                        .arg(e.decidedByVote ? QStringLiteral("*") : QString())
                        .arg(F::esc(F::bidderName(s, e.bidder)), F::points(e.published));
            if (!areas || !s.project.allocation.isEmpty())
                html += QStringLiteral("<td align=\"center\">%1</td>").arg(share);
            if (areas)
                html += QStringLiteral("<td>%1</td>").arg(e.area ? F::esc(t.serviceArea(*e.area)) : F::dash());
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</table>\n");
        if (anyVote)
            html += paragraph(F::esc(t.translated(QT_TRANSLATE_NOOP(
                                  "DocumentText", "Note: the bidders marked * had equal scores; their order was "
                                                  "decided by the panel's anonymous vote."))),
                              QStringLiteral("small"));

        html += heading(
            t, section,
            s.project.areas.isEmpty() ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Winners and their shares"))
            : s.project.allocation.isEmpty()
                ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Winners and their service areas"))
                : t.translated(QT_TRANSLATE_NOOP("DocumentText", "Winners, their shares and service areas")));
        if (ev.winners.isEmpty())
            html +=
                paragraph(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "This negotiation has no winner."))));
        for (const QString& id : ev.winners) {
            const RankEntry* e = F::rankEntry(ev, id);
            html += paragraph(
                F::esc(t.winnerLine(F::bidderName(s, id), e ? e->share : std::nullopt, e ? e->area : std::nullopt)));
        }
    }

    html += heading(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidders not qualified, and why")));
    if (ev.excluded.isEmpty()) {
        html += paragraph(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "None"))));
    } else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">\n<thead><tr>");
        html += QStringLiteral("<th width=\"50%\">%1</th><th>%2</th></tr></thead>\n")
                    .arg(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder"))),
                         F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Reason"))));
        for (const Exclusion& x : ev.excluded)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                        .arg(F::esc(F::bidderName(s, x.bidder)), F::esc(t.exclusionReason(x.reason)));
        html += QStringLiteral("</table>\n");
    }

    html += heading(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Members of the negotiation panel")));
    QStringList members;
    for (const Panelist& p : s.panel)
        //: After the name of the panel leader
        members << p.name + (p.role == PanelRole::Leader ? t.translated(QT_TRANSLATE_NOOP("DocumentText", " (leader)"))
                                                         : QString());
    html += paragraph(F::esc(members.join(t.listSeparator())));

    html += heading(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Publication period")));
    html += paragraph(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Publication period")) + t.colon() +
                             publicationText(input)));
    if (ctx.publicationWebsite && !ctx.publicationWebsite->isEmpty())
        html += paragraph(F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Published at")) + *ctx.publicationWebsite));

    html += heading(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Challenges")));
    //: %1 is the purchaser
    html += paragraph(
        F::esc(t.translated(QT_TRANSLATE_NOOP(
                                "DocumentText",
                                "A bidder who considers that the evaluation procedure or its result has harmed its "
                                "rights may challenge it in writing to %1 within the publication period. The "
                                "challenge must be signed by the legal representative or an authorised "
                                "representative and bear the company seal, state the specific matters challenged "
                                "and the facts they rest on, and enclose the supporting evidence. Challenges made "
                                "late or anonymously are not accepted."))
                   .arg(s.project.purchaser)));
    if (ctx.challengeAddress && !ctx.challengeAddress->isEmpty())
        html += paragraph(
            F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Challenges are received at")) + *ctx.challengeAddress));
    if (ctx.challengeContact)
        html += paragraph(F::esc(RecordText(input.language).challengeContact() + *ctx.challengeContact));

    const std::pair<QString, std::optional<QString>> contacts[] = {
        {t.label(QT_TRANSLATE_NOOP("DocumentText", "Contact person")), ctx.contactPerson},
        {t.label(QT_TRANSLATE_NOOP("DocumentText", "Telephone")), ctx.contactPhone},
        {t.label(QT_TRANSLATE_NOOP("DocumentText", "Address")), ctx.contactAddress}};
    QString contactLines;
    for (const auto& [label, value] : contacts)
        if (value && !value->isEmpty())
            contactLines += paragraph(F::esc(label + *value));
    if (!contactLines.isEmpty()) {
        html += heading(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Contact")));
        html += contactLines;
    }

    html += QStringLiteral("<p class=\"right\" style=\"margin-top: 30px;\">%1<br/>%2</p>\n")
                .arg(F::esc(F::issuer(input)), F::esc(t.date(F::documentDate(input))));
    html += F::anchorHtml(input);
    return html;
}

QString ResultNotice::webPage(const DocumentInput& input)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%4\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(F::esc(title(input)), F::webStyleSheet(), bodyHtml(input),
             DocumentText::of(input.language).htmlLanguage());
}

PagedDocument ResultNotice::document(const DocumentInput& input)
{
    PagedDocument doc;
    doc.setTitle(title(input));
    doc.setLanguage(input.language);
    doc.setDocumentDate(F::documentDate(input));
    // On the page the title breaks only where the project's name meets the notice's kind.
    const QString titleLine = QStringLiteral("<p class=\"title\">%1</p>\n");
    QString body = bodyHtml(input);
    const QString plain = titleLine.arg(F::esc(title(input)));
    if (body.startsWith(plain))
        body.replace(0, plain.size(), titleLine.arg(titleHtml(title(input), input.scenario.project.title)));
    doc.addPart(PagedDocument::createTextDocument(body));
    return doc;
}

} // namespace tp::report
