#include "RobustnessDocument.h"

#include "DocumentFormat.h"
#include "DocumentText.h"
#include "rules/Evaluator.h"
#include "rules/WorkingDayCalendar.h"

namespace tp::report {

namespace {

using F = DocumentFormat;

QString heading(const DocumentText& t, int& section, const char* source)
{
    return QStringLiteral("<p class=\"h2\">") + t.sectionNumber(++section) + F::esc(t.translated(source)) +
           QStringLiteral("</p>\n");
}

QString paragraph(const QString& text, const QString& cls = QStringLiteral("body"))
{
    return QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, F::esc(text));
}

// A table's start and its header row; `widths` in percent (0: what is left).
QString tableHead(const QStringList& headers, const QList<int>& widths)
{
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">\n<thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const int width = widths.value(i);
        html += width > 0 ? QStringLiteral("<th width=\"%1%\">%2</th>").arg(QString::number(width), F::esc(headers[i]))
                          : QStringLiteral("<th>%1</th>").arg(F::esc(headers[i]));
    }
    return html + QStringLiteral("</tr></thead>\n");
}

QString figure(const Fraction& f)
{
    return Decimal::format(f.roundedHundredths());
}

QString bidderNames(const Scenario& s, const QStringList& ids, const DocumentText& t)
{
    QStringList names;
    for (const QString& id : ids)
        names << F::bidderName(s, id);
    return names.join(t.listSeparator());
}

QString project(const DocumentInput& input, const Robustness& r)
{
    const DocumentText& t = DocumentText::of(input.language);
    const Scenario& s = input.scenario;
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><th width=\"30%\" align=\"left\">%1</th><td>%2</td></tr>\n")
            .arg(F::esc(label), F::esc(value));
    };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">\n");
    html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Project")), s.project.title);
    html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Purchaser (medical security agency)")),
                s.project.purchaser);
    //: The negotiation's number (code) in the workspace
    html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Negotiation no.")),
                input.context.negotiationId && !input.context.negotiationId->isEmpty() ? *input.context.negotiationId
                                                                                       : F::dash());
    html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Status of the evaluation")),
                t.statusText(statusName(r.status)));
    if (r.analysed) {
        QString winners = bidderNames(s, r.winners, t);
        if (r.winners.isEmpty())
            winners = r.status == EvaluationStatus::VoteRequired
                          ? t.translated(QT_TRANSLATE_NOOP("DocumentText",
                                                           "None yet: the panel's vote on equal scores is pending"))
                          : t.translated(QT_TRANSLATE_NOOP("DocumentText", "None"));
        //: The winners of the negotiation (a label)
        html += row(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Winners")), winners);
    }
    return html + QStringLiteral("</table>\n");
}

QString ranking(const DocumentInput& input)
{
    const DocumentText& t = DocumentText::of(input.language);
    QString html = tableHead({t.translated(QT_TRANSLATE_NOOP("DocumentText", "Rank")),
                              //: A bidder's code, as B1
                              t.translated(QT_TRANSLATE_NOOP("DocumentText", "Code")),
                              t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder")),
                              t.translated(QT_TRANSLATE_NOOP("DocumentText", "Final score"))},
                             {10, 12, 0, 18});
    for (const RankEntry& e : input.evaluation.ranking)
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td align=\"center\">%2</td><td>%3</td>"
                               "<td class=\"num\">%4</td></tr>\n")
                    .arg(QString::number(e.position), F::esc(e.bidder), F::esc(F::bidderName(input.scenario, e.bidder)),
                         F::points(e.published));
    return html + QStringLiteral("</table>\n");
}

QString margin(const DocumentInput& input, const Robustness& r)
{
    const DocumentText& t = DocumentText::of(input.language);
    if (!r.margin)
        return paragraph(
            t.translated(QT_TRANSLATE_NOOP("DocumentText", "Every qualified bidder wins: there is no margin.")));
    //: %1 and %3 are bidders' names, %2 the difference in points (as 6.70)
    return paragraph(
        t.translated(QT_TRANSLATE_NOOP("DocumentText", "%1, in the last winning place, is %2 points ahead of %3, the "
                                                       "best-ranked bidder outside the winning places (exact scores, "
                                                       "rounded half up to two decimals; no vote is counted)."))
            .arg(F::bidderName(input.scenario, r.margin->lastWinner), figure(r.margin->difference),
                 F::bidderName(input.scenario, r.margin->firstOther)));
}

QString leaveOneOut(const DocumentInput& input, const Robustness& r)
{
    const DocumentText& t = DocumentText::of(input.language);
    const Scenario& s = input.scenario;
    QString html = paragraph(t.translated(QT_TRANSLATE_NOOP(
        "DocumentText", "For each member in panel order, the result is worked out again as if that member had not sat "
                        "on the panel: their scores removed, the panel one smaller, the same number of highest and "
                        "lowest scores dropped, and no vote counted. The bidders are named by their codes, as in the "
                        "ranking above.")));
    const QString changedText = t.translated(QT_TRANSLATE_NOOP("DocumentText", "Changed"));
    html += tableHead({t.translated(QT_TRANSLATE_NOOP("DocumentText", "Member left out")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Winners")),
                       //: The order of the bidders, best first
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Ranking")),
                       //: Whether the winners change without the member
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Winners change"))},
                      {20, 30, 0, 16});
    QStringList changed;
    for (const LeaveOneOut& l : r.leaveOneOut) {
        QString winners;
        if (l.tooSmall)
            winners = t.translated(
                QT_TRANSLATE_NOOP("DocumentText", "Too few members to drop the highest and lowest scores"));
        else if (l.winners)
            winners = l.winners->isEmpty() ? F::dash() : l.winners->join(t.listSeparator());
        else
            //: %1 lists the codes of the bidders with equal scores
            winners = t.translated(QT_TRANSLATE_NOOP("DocumentText", "Equal scores, a vote is needed: %1"))
                          .arg(l.tie.join(t.listSeparator()));
        const QString member = F::panelistName(s, l.panelist);
        if (l.changed)
            changed << member;
        // A changed row stands out: its member and its verdict in bold, on a grey ground.
        const QString open = l.changed ? QStringLiteral("<b>") : QString();
        const QString close = l.changed ? QStringLiteral("</b>") : QString();
        html +=
            QStringLiteral("<tr%1><td>%2%3%4</td><td>%5</td><td>%6</td><td align=\"center\">%2%7%4</td></tr>\n")
                .arg(l.changed ? QStringLiteral(" bgcolor=\"#e0e0e0\"") : QString(), open, F::esc(member), close,
                     F::esc(winners), l.ranking.isEmpty() ? F::dash() : F::esc(l.ranking.join(QStringLiteral(" > "))),
                     F::esc(l.changed ? changedText : t.translated(QT_TRANSLATE_NOOP("DocumentText", "Unchanged"))));
    }
    html += QStringLiteral("</table>\n");
    if (r.status == EvaluationStatus::VoteRequired)
        html += paragraph(t.translated(QT_TRANSLATE_NOOP(
            "DocumentText", "The result waits for the panel's vote on equal scores and has no winners yet, so every "
                            "row counts as changed.")));
    else if (changed.isEmpty())
        html += paragraph(
            t.translated(QT_TRANSLATE_NOOP("DocumentText", "Without any one member, the winners stay the same.")));
    else
        //: %1 lists the members' names
        html += paragraph(
            t.translated(QT_TRANSLATE_N_NOOP("DocumentText", "Without any one of these %n member(s), the winners would "
                                                             "change: %1."),
                         int(changed.size()))
                .arg(changed.join(t.listSeparator())));
    return html;
}

QString members(const DocumentInput& input, const Robustness& r)
{
    const DocumentText& t = DocumentText::of(input.language);
    QString html = tableHead({t.translated(QT_TRANSLATE_NOOP("DocumentText", "Panel member")),
                              t.translated(QT_TRANSLATE_NOOP("DocumentText", "Dropped as highest")),
                              t.translated(QT_TRANSLATE_NOOP("DocumentText", "Dropped as lowest")),
                              t.translated(QT_TRANSLATE_NOOP("DocumentText", "Mean deviation")),
                              //: Pairs of bidders the member put in the same order as the final scores
                              t.translated(QT_TRANSLATE_NOOP("DocumentText", "Same order")),
                              //: Pairs of bidders the member put in the opposite order
                              t.translated(QT_TRANSLATE_NOOP("DocumentText", "Opposite order"))},
                             {0, 15, 15, 15, 13, 13});
    for (const PanelistFigures& f : r.panelists)
        html += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td>"
                               "<td class=\"num\">%4</td><td class=\"num\">%5</td><td class=\"num\">%6</td></tr>\n")
                    .arg(F::esc(F::panelistName(input.scenario, f.panelist)), QString::number(f.droppedHighest),
                         QString::number(f.droppedLowest), figure(f.meanDeviation), QString::number(f.concordant),
                         QString::number(f.discordant));
    return html + QStringLiteral("</table>\n");
}

QString explanation(const DocumentText& t)
{
    const QString changed = t.translated(QT_TRANSLATE_NOOP("DocumentText", "Changed"));
    QString html;
    html += paragraph(t.translated(QT_TRANSLATE_NOOP(
        "DocumentText", "Margin: the exact score of the bidder in the last winning place minus that of the "
                        "best-ranked bidder outside the winning places. The smaller it is, the closer the result.")));
    //: %1 is the word that marks a changed row ("Changed")
    html += paragraph(
        t.translated(QT_TRANSLATE_NOOP("DocumentText",
                                       "Each member left out: a row marked \"%1\" is a member whose scores alone "
                                       "decide the winners. That is not in itself a fault (with few bidders close "
                                       "together it happens often), but it is the row to read first."))
            .arg(changed));
    // The member's figures, one paragraph each, and what they say together.
    static const char* const figures[] = {
        QT_TRANSLATE_NOOP("DocumentText",
                          "Dropped as highest, dropped as lowest: how many of the member's values the trim dropped as "
                          "the highest or the lowest (one value per bidder when the totals are trimmed, one per "
                          "bidder and criterion when each criterion is)."),
        QT_TRANSLATE_NOOP("DocumentText",
                          "Mean deviation: the mean, over the qualified bidders, of the distance between the member's "
                          "total for the bidder and the bidder's exact final score."),
        QT_TRANSLATE_NOOP("DocumentText",
                          "Same order, opposite order: over every pair of qualified bidders, whether the member's "
                          "totals put the pair in the same order as the final scores or in the opposite order; a "
                          "pair with equal totals or equal scores counts as neither."),
        QT_TRANSLATE_NOOP("DocumentText",
                          "A member whose values are often dropped, whose deviation is large and whose order often "
                          "disagrees with the panel's scored differently from the others. The figures describe; the "
                          "dropping of the highest and lowest scores has already limited what any one member can "
                          "do.")};
    for (const char* source : figures)
        html += paragraph(t.translated(source));
    return html;
}

} // namespace

bool RobustnessDocument::canAnalyse(const Evaluation& evaluation)
{
    return evaluation.status == EvaluationStatus::Final || evaluation.status == EvaluationStatus::VoteRequired;
}

Robustness RobustnessDocument::analyse(const DocumentInput& input)
{
    return RobustnessAnalysis::analyse(input.scenario, input.evaluation, Evaluator(WorkingDayCalendar::standard()));
}

QString RobustnessDocument::title(const DocumentInput& input)
{
    //: %1 is the project's title
    return DocumentText::of(input.language)
        .translated(QT_TRANSLATE_NOOP("DocumentText", "Robustness of the result: %1"))
        .arg(input.scenario.project.title);
}

QString RobustnessDocument::bodyHtml(const DocumentInput& input, const Robustness& r)
{
    const DocumentText& t = DocumentText::of(input.language);
    int section = 0;
    QString html = QStringLiteral("<p class=\"title\">%1</p>\n")
                       .arg(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Robustness of the result"))));
    html += heading(t, section, QT_TRANSLATE_NOOP("DocumentText", "The project"));
    html += project(input, r);
    if (!r.analysed) {
        //: %1 is the status of the evaluation in words
        html += paragraph(
            t.translated(QT_TRANSLATE_NOOP("DocumentText", "The result has no ranking yet (%1): there is nothing to "
                                                           "analyse."))
                .arg(t.statusText(statusName(r.status))));
        return html;
    }
    html += heading(t, section, QT_TRANSLATE_NOOP("DocumentText", "Scores and ranking of the qualified bidders"));
    html += ranking(input);
    html += heading(t, section, QT_TRANSLATE_NOOP("DocumentText", "Margin"));
    html += margin(input, r);
    html += heading(t, section, QT_TRANSLATE_NOOP("DocumentText", "The result without each member"));
    html += leaveOneOut(input, r);
    html += heading(t, section, QT_TRANSLATE_NOOP("DocumentText", "Each member's scoring"));
    html += members(input, r);
    html += heading(t, section, QT_TRANSLATE_NOOP("DocumentText", "What the figures mean"));
    html += explanation(t);
    html += heading(t, section, QT_TRANSLATE_NOOP("DocumentText", "About this analysis"));
    html += paragraph(t.translated(QT_TRANSLATE_NOOP(
        "DocumentText", "This document is an analysis of the evaluation for the supervisors. It is not part of the "
                        "published result, of the result notice or of the evaluation report, and it changes nothing "
                        "in the result. It is worked out by the rules of the evaluation from the same exact scores as "
                        "the result.")));
    html += QStringLiteral("<p class=\"right\" style=\"margin-top: 24px;\">%1</p>\n")
                .arg(F::esc(t.date(F::documentDate(input))));
    return html;
}

QString RobustnessDocument::webPage(const DocumentInput& input)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%4\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(F::esc(title(input)), F::webStyleSheet(), bodyHtml(input, analyse(input)),
             DocumentText::of(input.language).htmlLanguage());
}

PagedDocument RobustnessDocument::document(const DocumentInput& input)
{
    const DocumentText& t = DocumentText::of(input.language);
    PagedDocument doc;
    doc.setTitle(title(input));
    doc.setLanguage(input.language);
    //: The running header of the robustness analysis' pages; %1 is the project's title
    doc.setHeader(t.translated(QT_TRANSLATE_NOOP("DocumentText", "%1 · robustness of the result"))
                      .arg(input.scenario.project.title));
    doc.setFooterLines({t.translated(
        QT_TRANSLATE_NOOP("DocumentText", "An analysis for the supervisors: not part of the published result."))});
    doc.setDocumentDate(F::documentDate(input));
    doc.addPart(PagedDocument::createTextDocument(bodyHtml(input, analyse(input))));
    return doc;
}

} // namespace tp::report
