#include "ResultNotice.h"

#include "DocumentFormat.h"
#include "DocumentText.h"

namespace tp::report {

namespace {

using F = DocumentFormat;
using T = DocumentText;

QString heading(int& section, const QString& text)
{
    return QStringLiteral("<p class=\"h2\">") + T::sectionNumber(++section) + F::esc(text) + QStringLiteral("</p>\n");
}

QString paragraph(const QString& html, const QString& cls = QStringLiteral("body"))
{
    return QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, html);
}

QString publicationText(const DocumentInput& input)
{
    const auto& publication = input.evaluation.publication;
    if (!publication || !publication->firstCountedDay.isValid() || !publication->end.isValid())
        return F::dash();
    return T::publicationPeriod(publication->firstCountedDay, publication->end, publication->workingDays);
}

} // namespace

bool ResultNotice::canPublish(const Evaluation& evaluation)
{
    return evaluation.status == EvaluationStatus::Final || evaluation.status == EvaluationStatus::Failed;
}

QString ResultNotice::title(const DocumentInput& input)
{
    return T::noticeTitle(input.scenario.project.title);
}

QString ResultNotice::bodyHtml(const DocumentInput& input)
{
    const Scenario& s = input.scenario;
    const Evaluation& ev = input.evaluation;
    const DocumentContext& ctx = input.context;
    const bool failed = ev.status == EvaluationStatus::Failed;
    int section = 0;
    QString html;
    html += QStringLiteral("<p class=\"title\">") + F::esc(title(input)) + QStringLiteral("</p>\n");
    const QString basis = ctx.basis && !ctx.basis->isEmpty() ? *ctx.basis : T::defaultBasis();
    html += paragraph(F::esc(T::noticeIntro(basis, s.project.purchaser, s.project.title)));

    html += heading(section, T::projectName());
    html += paragraph(F::esc(s.project.title));
    html += heading(section, T::purchaser());
    html += paragraph(F::esc(s.project.purchaser));

    html += heading(section, T::methodAndBasis());
    html += paragraph(F::esc(T::method() + T::selectiveNegotiation()));
    html += paragraph(F::esc(T::basis()) + F::escOrDash(ctx.basis));
    html += paragraph(F::esc(T::scoringRuleLabel() + T::scoringMethod(s.project)));
    html +=
        paragraph(F::esc(T::winnersRuleLabel() + T::maxWinners(s.project.maxWinners) + T::allocationRule(s.project)));

    if (failed) {
        html += heading(section, T::resultSection());
        html += paragraph(F::esc(T::failedReason(ev.reason, s.project.minBidders)));
    } else {
        html += heading(section, T::rankingSection());
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">\n<thead><tr>");
        html += QStringLiteral("<th width=\"12%\">%1</th><th>%2</th><th width=\"18%\">%3</th><th width=\"16%\">%4</th>")
                    .arg(F::esc(T::rankColumn()), F::esc(T::bidderColumn()), F::esc(T::scoreColumn()),
                         F::esc(T::shareColumn()));
        html += QStringLiteral("</tr></thead>\n");
        bool anyVote = false;
        for (const RankEntry& e : ev.ranking) {
            anyVote = anyVote || e.decidedByVote;
            const QString share = e.share && *e.share > 0 ? F::percent(*e.share) : F::dash();
            html += QStringLiteral("<tr><td align=\"center\">%1%2</td><td>%3</td><td class=\"num\">%4</td>"
                                   "<td align=\"center\">%5</td></tr>\n")
                        .arg(e.position)
                        .arg(e.decidedByVote ? QStringLiteral("*") : QString())
                        .arg(F::esc(F::bidderName(s, e.bidder)), F::points(e.published), share);
        }
        html += QStringLiteral("</table>\n");
        if (anyVote)
            html += paragraph(F::esc(T::decidedByVoteNote()), QStringLiteral("small"));

        html += heading(section, T::winnersSection());
        if (ev.winners.isEmpty())
            html += paragraph(F::esc(T::noWinner()));
        for (const QString& id : ev.winners) {
            const RankEntry* e = F::rankEntry(ev, id);
            html += paragraph(F::esc(T::winnerLine(F::bidderName(s, id), e && e->share ? *e->share : 0)));
        }
    }

    html += heading(section, T::excludedSection());
    if (ev.excluded.isEmpty()) {
        html += paragraph(F::esc(T::none()));
    } else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">\n<thead><tr>");
        html += QStringLiteral("<th width=\"50%\">%1</th><th>%2</th></tr></thead>\n")
                    .arg(F::esc(T::bidderColumn()), F::esc(T::reasonColumn()));
        for (const Exclusion& x : ev.excluded)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                        .arg(F::esc(F::bidderName(s, x.bidder)), F::esc(T::exclusionReason(x.reason)));
        html += QStringLiteral("</table>\n");
    }

    html += heading(section, T::panelSection());
    QStringList members;
    for (const Panelist& p : s.panel)
        members << p.name + (p.role == PanelRole::Leader ? T::leaderMark() : QString());
    html += paragraph(F::esc(members.join(T::listSeparator())));

    html += heading(section, T::publicationSection());
    html += paragraph(F::esc(T::publicationSection() + QStringLiteral(u":") + publicationText(input)));
    html += paragraph(F::esc(T::publicationMedium()) + F::escOrDash(ctx.publicationWebsite));

    html += heading(section, T::challengeSection());
    html += paragraph(F::esc(T::challengeText(s.project.purchaser)));
    html += paragraph(F::esc(T::challengeAddress()) + F::escOrDash(ctx.challengeAddress));

    html += heading(section, T::contactSection());
    html += paragraph(F::esc(T::contactPerson()) + F::escOrDash(ctx.contactPerson));
    html += paragraph(F::esc(T::contactPhone()) + F::escOrDash(ctx.contactPhone));
    html += paragraph(F::esc(T::contactAddress()) + F::escOrDash(ctx.contactAddress));

    html += QStringLiteral("<p class=\"right\" style=\"margin-top: 30px;\">%1<br/>%2</p>\n")
                .arg(F::esc(F::issuer(input)), F::esc(F::date(F::documentDate(input))));
    return html;
}

QString ResultNotice::webPage(const DocumentInput& input)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(F::esc(title(input)), F::webStyleSheet(), bodyHtml(input));
}

PagedDocument ResultNotice::document(const DocumentInput& input)
{
    PagedDocument doc;
    doc.setTitle(title(input));
    doc.setDocumentDate(F::documentDate(input));
    doc.addPart(PagedDocument::createTextDocument(bodyHtml(input)));
    return doc;
}

} // namespace tp::report
