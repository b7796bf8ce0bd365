#include "EvaluationReport.h"

#include "CanonicalRecord.h"
#include "DocumentFormat.h"
#include "DocumentText.h"
#include "rules/LotDraw.h"

namespace tp::report {

namespace {

using F = DocumentFormat;
using T = DocumentText;

QString h2(int& section, const QString& text)
{
    return QStringLiteral("<p class=\"h2\">") + T::sectionNumber(++section) + F::esc(text) + QStringLiteral("</p>\n");
}

QString p(const QString& html, const QString& cls = QString())
{
    if (cls.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(html);
    return QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, html);
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n");
}

QString headerRow(const QStringList& cells)
{
    QString html = QStringLiteral("<thead><tr>");
    for (const QString& c : cells)
        html += QStringLiteral("<th>%1</th>").arg(F::esc(c));
    return html + QStringLiteral("</tr></thead>\n");
}

QString kv(const QString& label, const QString& htmlValue)
{
    return QStringLiteral("<tr><th width=\"30%\" align=\"left\">%1</th><td>%2</td></tr>\n")
        .arg(F::esc(label), htmlValue);
}

std::optional<Hundredths> score(const Scenario& s, const QString& panelist, const QString& bidder,
                                const QString& criterion)
{
    if (!s.scores)
        return std::nullopt;
    for (const ScoreEntry& e : *s.scores)
        if (e.panelist == panelist && e.bidder == bidder && e.criterion == criterion)
            return e.score;
    return std::nullopt;
}

bool hasWarning(const Evaluation& ev, const QString& kind, const QString& bidder)
{
    return ev.warnings.contains(kind + QLatin1Char(':') + bidder);
}

QString registrationTable(const DocumentInput& in)
{
    const Scenario& s = in.scenario;
    const Evaluation& ev = in.evaluation;
    QString html = tableStart();
    html += headerRow({T::bidderColumn(), T::registeredAt(), T::eligibility(), T::outcome()});
    for (const Bidder& b : s.bidders) {
        const Exclusion* x = F::exclusion(ev, b.id);
        QString when = b.registeredAt ? F::esc(F::dateTime(*b.registeredAt)) : F::esc(T::notRegistered());
        if (x && x->reason == QLatin1String("late_registration"))
            when = QStringLiteral("<b>%1(%2)</b>").arg(when, F::esc(T::lateEntry()));
        const QString eligibility = b.withdrawn ? T::withdrawn() : b.eligible ? T::eligible() : T::notEligible();
        const QString outcome =
            x ? T::exclusionReason(x->reason) : (ev.qualified.contains(b.id) ? T::qualified() : F::dash());
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"center\">%3</td><td>%4</td></tr>\n")
                    .arg(F::esc(b.name), when, F::esc(eligibility), F::esc(outcome));
    }
    return html + QStringLiteral("</table>\n");
}

QString proposalTable(const DocumentInput& in)
{
    const Scenario& s = in.scenario;
    const Evaluation& ev = in.evaluation;
    if (!s.proposals)
        return p(F::esc(T::noProposalRules()));
    QString html = tableStart();
    html += headerRow({T::bidderColumn(), T::receivedAt(), T::copies(), T::seal(), T::outcome()});
    for (const Proposal& pr : *s.proposals) {
        const Exclusion* x = F::exclusion(ev, pr.bidder);
        QString copies = pr.copies ? QString::number(*pr.copies) : F::dash();
        if (s.project.requiredCopies)
            copies += QStringLiteral(" / %1").arg(*s.project.requiredCopies);
        if (hasWarning(ev, QStringLiteral("missing_copies"), pr.bidder))
            copies = QStringLiteral("<b>%1</b>").arg(copies);
        QString seal = pr.sealed ? (*pr.sealed ? T::sealIntact() : T::sealBroken()) : F::dash();
        QString outcome;
        if (pr.rejected)
            outcome = T::rejected() + QStringLiteral(u":") + *pr.rejected;
        else if (x)
            outcome = T::exclusionReason(x->reason);
        else
            outcome = ev.qualified.contains(pr.bidder) ? T::qualified() : F::dash();
        QString when = F::esc(F::dateTime(pr.receivedAt));
        if (x && x->reason == QLatin1String("late_proposal"))
            when = QStringLiteral("<b>%1(%2)</b>").arg(when, F::esc(T::lateEntry()));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"center\">%3</td><td align=\"center\">%4</td>"
                               "<td>%5</td></tr>\n")
                    .arg(F::esc(F::bidderName(s, pr.bidder)), when, copies, F::esc(seal), F::esc(outcome));
    }
    html += QStringLiteral("</table>\n");
    const auto& opening = in.context.opening;
    html +=
        p(F::esc(T::opening()) + (opening ? F::esc(F::dateTime(opening->openedAt)) : F::dash()) +
          QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") + F::esc(T::openingWitnesses()) +
          (opening && !opening->witnesses.isEmpty() ? F::esc(opening->witnesses.join(T::listSeparator())) : F::dash()));
    return html;
}

QString drawRecord(const DocumentInput& in)
{
    const Scenario& s = in.scenario;
    const Evaluation& ev = in.evaluation;
    if (!ev.draw)
        return p(F::esc(T::noDraw()));
    const DrawOutcome& d = *ev.draw;
    const bool seeded = d.seed.has_value();
    QString html;
    html += p(F::esc(T::drawMethod() + (seeded ? T::drawSeeded() : T::drawManual())));
    if (seeded) {
        html += p(F::esc(T::commitment()) + QStringLiteral("<span class=\"mono\">%1</span>")
                                                .arg(F::esc(d.commitment.value_or(LotDraw::commitment(*d.seed)))));
        html += p(F::esc(T::seedLabel()) + QStringLiteral("<span class=\"mono\">%1</span>").arg(F::esc(*d.seed)));
    }
    html +=
        p(F::esc(T::drawnAt()) + F::esc(F::dateTime(in.context.drawnAt)) + QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") +
          F::esc(T::witnesses()) +
          (in.context.drawWitnesses.isEmpty() ? F::dash() : F::esc(in.context.drawWitnesses.join(T::listSeparator()))));
    html += tableStart();
    if (seeded)
        html += headerRow({T::order(), T::bidderColumn(), T::key()});
    else
        html += headerRow({T::order(), T::bidderColumn()});
    for (qsizetype i = 0; i < d.order.size(); ++i) {
        const QString& id = d.order.at(i);
        html += QStringLiteral("<tr><td align=\"center\" width=\"8%\">%1</td><td>%2 (%3)</td>")
                    .arg(QString::number(i + 1), F::esc(F::bidderName(s, id)), F::esc(id));
        if (seeded)
            html += QStringLiteral("<td class=\"mono\" width=\"58%\" style=\"font-size: 6.5pt;\">%1</td>")
                        .arg(F::esc(LotDraw::key(*d.seed, id)));
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n");
    if (seeded) {
        html += p(F::esc(T::checkCommandIntro()));
        for (const QString& id : d.order)
            html += QStringLiteral("<p class=\"mono\" style=\"font-size: 6.5pt; margin: 0px;\">%1</p>\n")
                        .arg(F::esc(LotDraw::checkCommand(*d.seed, id)));
    }
    return html;
}

QString presentationLog(const DocumentInput& in)
{
    const Scenario& s = in.scenario;
    QString html = p(F::esc(T::presentationLimitsLabel() + QStringLiteral(u":") +
                            T::presentationLimits(s.project.presentationMinutes, s.project.statementMinutes)));
    if (!in.context.presentations || in.context.presentations->isEmpty())
        return html + p(F::esc(T::noPresentationLog()));
    html += tableStart();
    html += headerRow({T::order(), T::bidderColumn(), T::startedAt(), T::endedAt(), T::note()});
    int n = 0;
    for (const PresentationRecord& r : *in.context.presentations)
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(QString::number(++n), F::esc(F::bidderName(s, r.bidder)), F::esc(F::dateTime(r.startedAt)),
                         F::esc(F::dateTime(r.endedAt)), r.note.isEmpty() ? F::dash() : F::esc(r.note));
    return html + QStringLiteral("</table>\n");
}

QString struck(const QString& text)
{
    return QStringLiteral("<span class=\"dropped\" style=\"text-decoration: line-through;\">%1</span>").arg(text);
}

QString calculationForBidder(const DocumentInput& in, const RankEntry& e)
{
    const Scenario& s = in.scenario;
    QString html = QStringLiteral("<p class=\"h3\">%1 %2</p>\n")
                       .arg(F::esc(T::position(e.position)), F::esc(F::bidderName(s, e.bidder)));
    if (s.project.trim.level == TrimLevel::Total) {
        html += tableStart();
        QStringList header{T::panelist()};
        for (const PanelTotal& t : e.totals)
            header << F::panelistName(s, t.panelist);
        html += headerRow(header);
        html += QStringLiteral("<tr><th width=\"12%\">%1</th>").arg(F::esc(T::total()));
        const QString width = QString::number(88 / qMax<qsizetype>(1, e.totals.size()));
        for (const PanelTotal& t : e.totals) {
            QString value = F::points(t.total);
            QString mark;
            if (e.droppedHighest.contains(t.panelist))
                mark = T::droppedHighest();
            if (e.droppedLowest.contains(t.panelist))
                mark += (mark.isEmpty() ? QString() : QStringLiteral(" ")) + T::droppedLowest();
            html += mark.isEmpty() ? QStringLiteral("<td class=\"num\" width=\"%1%\">%2</td>").arg(width, value)
                                   : QStringLiteral("<td class=\"num\" width=\"%1%\">%2<br/><span style=\"font-size: "
                                                    "7pt;\">%3</span></td>")
                                         .arg(width, struck(value), F::esc(mark));
        }
        html += QStringLiteral("</tr>\n</table>\n");
        const qint64 kept = e.totals.size() - e.droppedHighest.size() - e.droppedLowest.size();
        QString line;
        if (kept > 0 && (e.score.numerator() * kept) % e.score.denominator() == 0) {
            const Hundredths sum = e.score.numerator() * kept / e.score.denominator();
            line = QStringLiteral(u"%1 %2 ÷ %3 %4 = %5 %6 → %7 %8")
                       .arg(T::keptSum(), F::points(sum), T::keptCount(), QString::number(kept), T::exactMean(),
                            F::exactPoints(e.score), T::publishedScore(), F::points(e.published));
        } else {
            line = QStringLiteral(u"%1 %2 → %3 %4")
                       .arg(T::exactMean(), F::exactPoints(e.score), T::publishedScore(), F::points(e.published));
        }
        html += p(F::esc(line));
    } else {
        html += tableStart();
        QStringList header{T::criterion()};
        for (const Panelist& m : s.panel)
            header << m.name;
        header << T::criterionMean();
        html += headerRow(header);
        for (const CriterionResult& c : e.criteria) {
            html += QStringLiteral("<tr><td>%1</td>").arg(F::esc(c.criterion));
            for (const Panelist& m : s.panel) {
                const auto v = score(s, m.id, e.bidder, c.criterion);
                const QString text = v ? F::points(*v) : F::dash();
                const bool dropped = c.droppedHighest.contains(m.id) || c.droppedLowest.contains(m.id);
                html += QStringLiteral("<td class=\"num\">%1</td>").arg(dropped ? struck(text) : text);
            }
            html += QStringLiteral("<td class=\"num\">%1</td></tr>\n").arg(F::esc(F::exactPoints(c.mean)));
        }
        html += QStringLiteral("</table>\n");
        html +=
            p(F::esc(QStringLiteral(u"%1 %2 → %3 %4")
                         .arg(T::exactMean(), F::exactPoints(e.score), T::publishedScore(), F::points(e.published))));
    }
    return html;
}

QString calculationSheet(const DocumentInput& in)
{
    const Evaluation& ev = in.evaluation;
    QString html = p(F::esc(T::calculationIntro(in.scenario.project)), QStringLiteral("small"));
    if (ev.ranking.isEmpty())
        return html + p(F::esc(ev.status == EvaluationStatus::Failed
                                   ? T::failedReason(ev.reason, in.scenario.project.minBidders)
                                   : T::notScoredYet()));
    for (const RankEntry& e : ev.ranking)
        html += calculationForBidder(in, e);
    return html;
}

QString corrections(const DocumentInput& in)
{
    const Scenario& s = in.scenario;
    if (!in.context.corrections || in.context.corrections->isEmpty())
        return p(F::esc(T::noCorrections()));
    QString html = tableStart();
    html += headerRow({T::panelist(), T::bidderColumn(), T::criterion(), T::oldValue(), T::newValue(), T::category(),
                       T::leader(), T::recordedAt()});
    for (const CorrectionRecord& c : *in.context.corrections) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td><td class=\"num\">%5</td>"
                               "<td>%6</td><td>%7</td><td>%8</td></tr>\n")
                    .arg(F::esc(F::panelistName(s, c.panelist)), F::esc(F::bidderName(s, c.bidder)),
                         F::esc(c.criterion), F::points(c.oldValue), F::points(c.newValue),
                         F::esc(T::correctionCategory(c.category)) + QStringLiteral("<br/>") + F::esc(c.reason),
                         F::esc(F::panelistName(s, c.leader)), F::esc(F::dateTime(c.recordedAt)));
    }
    return html + QStringLiteral("</table>\n");
}

QString votes(const DocumentInput& in)
{
    const Scenario& s = in.scenario;
    const Evaluation& ev = in.evaluation;
    QString html;
    if (ev.tallies.isEmpty())
        html += p(F::esc(T::noVotes()));
    int round = 0;
    for (const VoteTally& t : ev.tallies) {
        QStringList names;
        for (const QString& id : t.tied)
            names << F::bidderName(s, id);
        html += QStringLiteral("<p class=\"h3\">%1</p>\n").arg(F::esc(T::voteRound(++round)));
        html += p(F::esc(T::tiedBidders() + names.join(T::listSeparator())));
        html += tableStart();
        html += headerRow({T::bidderColumn(), T::ballots()});
        for (const auto& c : t.counts)
            html += QStringLiteral("<tr><td>%1</td><td class=\"num\" width=\"20%\">%2</td></tr>\n")
                        .arg(F::esc(F::bidderName(s, c.first)), QString::number(c.second));
        html += QStringLiteral("</table>\n");
        html += p(F::esc(T::blankBallots() + QString::number(t.blank)));
    }
    if (ev.tie) {
        QStringList names;
        for (const QString& id : ev.tie->bidders)
            names << F::bidderName(s, id);
        html += p(QStringLiteral("<b>%1</b>")
                      .arg(F::esc(T::tieOpen(names.join(T::listSeparator()), ev.tie->first, ev.tie->last))));
    }
    return html;
}

QString ranking(const DocumentInput& in)
{
    const Scenario& s = in.scenario;
    const Evaluation& ev = in.evaluation;
    if (ev.status == EvaluationStatus::Failed)
        return p(F::esc(T::failedReason(ev.reason, s.project.minBidders)));
    if (ev.ranking.isEmpty())
        return p(F::esc(T::notScoredYet()));
    QString html = tableStart();
    html += headerRow({T::rankColumn(), T::bidderColumn(), T::publishedScore(), T::exactMean(), T::shareColumn(),
                       T::decidedByVote()});
    for (const RankEntry& e : ev.ranking)
        html +=
            QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td class=\"num\">%3</td>"
                           "<td class=\"num\">%4</td><td align=\"center\">%5</td><td align=\"center\">%6</td></tr>\n")
                .arg(QString::number(e.position), F::esc(F::bidderName(s, e.bidder)), F::points(e.published),
                     F::esc(F::exactPoints(e.score)), e.share ? F::percent(*e.share) : F::dash(),
                     e.decidedByVote ? T::yes() : T::no());
    html += QStringLiteral("</table>\n");
    if (ev.publication && ev.publication->end.isValid())
        html += p(F::esc(
            T::publicationSection() + QStringLiteral(u":") +
            T::publicationPeriod(ev.publication->firstCountedDay, ev.publication->end, ev.publication->workingDays)));
    return html;
}

} // namespace

QString EvaluationReport::title(const DocumentInput& input)
{
    return T::reportTitle(input.scenario.project.title);
}

QStringList EvaluationReport::footerLines(const DocumentInput& input)
{
    const DocumentContext& c = input.context;
    return {T::auditHead() + (c.auditHead && !c.auditHead->isEmpty() ? *c.auditHead : F::dash()),
            T::recordDigest() + F::sha256Hex(CanonicalRecord::json(input)),
            T::archiveDigest() + (c.archiveDigest && !c.archiveDigest->isEmpty() ? *c.archiveDigest : F::dash())};
}

QString EvaluationReport::procedureHtml(const DocumentInput& input)
{
    const Scenario& s = input.scenario;
    const Evaluation& ev = input.evaluation;
    int section = 0;
    QString html = QStringLiteral("<p class=\"title\">%1</p>\n").arg(F::esc(title(input)));

    html += h2(section, T::generalSection());
    html += tableStart();
    html += kv(T::projectName(), F::esc(s.project.title));
    html += kv(T::purchaser(), F::esc(s.project.purchaser));
    html += kv(T::method().chopped(1), F::esc(T::selectiveNegotiation()));
    html += kv(T::status(), F::esc(T::statusText(statusName(ev.status))));
    html += kv(T::registrationDeadline(), F::esc(F::dateTime(s.project.registrationDeadline)));
    html += kv(T::proposalDeadline(), F::esc(F::dateTime(s.project.proposalDeadline)));
    html += kv(T::requiredCopies(), s.project.requiredCopies ? QString::number(*s.project.requiredCopies) : F::dash());
    html += kv(T::presentationLimitsLabel(),
               F::esc(T::presentationLimits(s.project.presentationMinutes, s.project.statementMinutes)));
    html += kv(T::minBidders(), QString::number(s.project.minBidders));
    html += kv(T::winnersRuleLabel().chopped(1),
               F::esc(T::maxWinners(s.project.maxWinners) + T::allocationRule(s.project)));
    html += kv(T::scoringRuleLabel().chopped(1), F::esc(T::scoringMethod(s.project)));
    QStringList members;
    for (const Panelist& m : s.panel)
        members << m.name + (m.role == PanelRole::Leader ? T::leaderMark() : QString());
    html += kv(T::panelMembers(), F::esc(members.join(T::listSeparator())));
    QStringList warnings;
    for (const QString& w : ev.warnings) {
        const qsizetype colon = w.indexOf(QLatin1Char(':'));
        const QString subject = colon < 0 ? QString() : w.mid(colon + 1);
        const Bidder* b = s.bidder(subject);
        warnings << T::warning(w, b ? b->name : QString());
    }
    html +=
        kv(T::warningsLabel(), warnings.isEmpty() ? F::esc(T::none()) : F::esc(warnings.join(QStringLiteral(u";"))));
    html += QStringLiteral("</table>\n");

    html += h2(section, T::registrationSection());
    html += registrationTable(input);
    html += h2(section, T::proposalSection());
    html += proposalTable(input);
    html += h2(section, T::drawSection());
    html += drawRecord(input);
    html += h2(section, T::presentationSection());
    html += presentationLog(input);
    return html;
}

QString EvaluationReport::scoreSheetHtml(const DocumentInput& input, const Panelist& member)
{
    const Scenario& s = input.scenario;
    const Evaluation& ev = input.evaluation;
    const QStringList bidders = F::presentationOrder(ev);
    QString html =
        QStringLiteral("<p class=\"title\" style=\"font-size: 16pt;\">%1</p>\n").arg(F::esc(T::scoreSheetTitle()));
    html += p(F::esc(T::projectName() + QStringLiteral(u":") + s.project.title));
    html += p(F::esc(T::member() + member.name) + QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") +
              F::esc(T::role() + (member.role == PanelRole::Leader ? T::leader() : T::memberRole())));
    html += tableStart();
    QStringList header{T::criterion(), T::maxPoints()};
    for (const QString& id : bidders)
        header << F::bidderName(s, id);
    html += headerRow(header);
    Hundredths maxTotal = 0;
    for (const Criterion& c : s.criteria) {
        maxTotal += c.max;
        html += QStringLiteral("<tr><td>%1 %2</td><td class=\"num\">%3</td>")
                    .arg(F::esc(c.id), F::esc(c.title), Decimal::formatShort(c.max));
        for (const QString& id : bidders) {
            const auto v = score(s, member.id, id, c.id);
            html += QStringLiteral("<td class=\"num\" width=\"%1%\">%2</td>")
                        .arg(QString::number(qMax(8, 40 / int(qMax<qsizetype>(1, bidders.size())))),
                             v ? F::points(*v) : QString());
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("<tr><th>%1</th><td class=\"num\"><b>%2</b></td>")
                .arg(F::esc(T::total()), Decimal::formatShort(maxTotal));
    for (const QString& id : bidders) {
        QString total;
        if (const RankEntry* e = F::rankEntry(ev, id)) {
            for (const PanelTotal& t : e->totals)
                if (t.panelist == member.id)
                    total = F::points(t.total);
        }
        html += QStringLiteral("<td class=\"num\"><b>%1</b></td>").arg(total);
    }
    html += QStringLiteral("</tr>\n</table>\n");
    html += QStringLiteral("<p class=\"sign\" style=\"margin-top: 36px;\">%1</p>\n").arg(F::esc(T::signatureLine()));
    return html;
}

QString EvaluationReport::resultsHtml(const DocumentInput& input)
{
    const Scenario& s = input.scenario;
    int section = 4;
    QString html;
    html += h2(section, T::calculationSection());
    html += calculationSheet(input);
    html += h2(section, T::correctionSection());
    html += corrections(input);
    html += h2(section, T::voteSection());
    html += votes(input);
    html += h2(section, T::allocationSection());
    html += ranking(input);
    html += h2(section, T::panelSignatures());
    html += tableStart();
    html += headerRow({T::panelist(), T::role().chopped(1), T::signature()});
    for (const Panelist& m : s.panel)
        html += QStringLiteral("<tr><td width=\"30%\" style=\"padding: 10px;\">%1</td><td width=\"20%\" "
                               "align=\"center\" style=\"padding: 10px;\">%2</td><td></td></tr>\n")
                    .arg(F::esc(m.name), F::esc(m.role == PanelRole::Leader ? T::leader() : T::memberRole()));
    html += QStringLiteral("</table>\n");
    html += QStringLiteral("<p class=\"right\" style=\"margin-top: 24px;\">%1</p>\n")
                .arg(F::esc(F::date(F::documentDate(input))));
    return html;
}

QString EvaluationReport::webPage(const DocumentInput& input)
{
    QString body = procedureHtml(input);
    for (const Panelist& m : input.scenario.panel)
        body += QStringLiteral("<div style=\"page-break-before: always;\">\n") + scoreSheetHtml(input, m) +
                QStringLiteral("</div>\n");
    body += QStringLiteral("<div style=\"page-break-before: always;\">\n") + resultsHtml(input) +
            QStringLiteral("</div>\n");
    for (const QString& line : footerLines(input))
        body += QStringLiteral("<p class=\"small\">%1</p>\n").arg(F::esc(line));
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(F::esc(title(input)), F::webStyleSheet(), body);
}

PagedDocument EvaluationReport::document(const DocumentInput& input)
{
    PagedDocument doc;
    doc.setTitle(title(input));
    doc.setHeader(T::reportHeader(input.scenario.project.title));
    doc.setFooterLines(footerLines(input));
    doc.setDocumentDate(F::documentDate(input));
    doc.addPart(PagedDocument::createTextDocument(procedureHtml(input)));
    for (const Panelist& m : input.scenario.panel)
        doc.addPart(PagedDocument::createTextDocument(scoreSheetHtml(input, m)), PagedDocument::Flow::FitOnePage);
    doc.addPart(PagedDocument::createTextDocument(resultsHtml(input)));
    return doc;
}

} // namespace tp::report
