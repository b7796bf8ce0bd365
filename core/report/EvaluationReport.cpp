#include "EvaluationReport.h"

#include "CanonicalRecord.h"
#include "DocumentFormat.h"
#include "DocumentText.h"
#include "RecordText.h"
#include "ScoreLookup.h"
#include "rules/LotDraw.h"

#include <QHash>
#include <QTextDocument>
#include <QThread>

#include <mutex>

namespace tp::report {

namespace {

using F = DocumentFormat;

QString h2(const DocumentText& t, int& section, const QString& text)
{
    return QStringLiteral("<p class=\"h2\">") + t.sectionNumber(++section) + F::esc(text) + QStringLiteral("</p>\n");
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

bool hasWarning(const Evaluation& ev, const QString& kind, const QString& bidder)
{
    return ev.warnings.contains(kind + QLatin1Char(':') + bidder);
}

// The corrections of the registrations (or, with `proposals`, of the proposal receipts) below their
// table: what changed, the reason and who recorded it.
QString entryCorrections(const DocumentInput& in, bool proposals)
{
    if (!in.context.entryCorrections)
        return QString();
    const DocumentText& t = DocumentText::of(in.language);
    const RecordText rt(in.language);
    QString html;
    for (const EntryCorrectionRecord& c : *in.context.entryCorrections) {
        if (c.proposal != proposals)
            continue;
        // A withdrawn registration is no longer among the bidders: named as it was entered.
        const QString bidder =
            in.scenario.bidder(c.bidder) || c.name.isEmpty() ? F::bidderName(in.scenario, c.bidder) : c.name;
        const QString who = c.actor.isEmpty() ? F::dash() : c.actor;
        const QString line =
            c.withdrawn ? rt.entryWithdrawn(bidder, c.reason, who)
                        : rt.entryCorrection(bidder, t.dateTime(c.timeBefore), t.dateTime(c.timeAfter), c.reason, who);
        html += p(F::esc(line));
    }
    return html;
}

QString registrationTable(const DocumentInput& in)
{
    const DocumentText& t = DocumentText::of(in.language);
    const Scenario& s = in.scenario;
    const Evaluation& ev = in.evaluation;
    // From a workspace: who registered for each bidder and which documents the staff checked.
    const RecordText rt(in.language);
    const auto& registrations = in.context.registrations;
    auto registration = [&registrations](const QString& bidder) -> const RegistrationRecord* {
        if (registrations)
            for (const RegistrationRecord& r : *registrations)
                if (r.bidder == bidder)
                    return &r;
        return nullptr;
    };
    QString html = tableStart();
    QStringList header{t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Registered at"))};
    if (registrations)
        header << rt.representative() << rt.documentsChecked();
    header << t.translated(QT_TRANSLATE_NOOP("DocumentText", "Eligibility"))
           << t.translated(QT_TRANSLATE_NOOP("DocumentText", "Outcome"));
    html += headerRow(header);
    for (const Bidder& b : s.bidders) {
        const Exclusion* x = F::exclusion(ev, b.id);
        QString when = b.registeredAt ? F::esc(t.dateTime(*b.registeredAt))
                                      : F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Not registered")));
        if (x && x->reason == QLatin1String("late_registration"))
            //: After a registration or receipt time that was after the deadline
            when = QStringLiteral("<b>%1%2</b>")
                       .arg(when, F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", " (late)"))));
        const QString eligibility = b.withdrawn  ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Withdrawn"))
                                    : b.eligible ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Eligible"))
                                                 : t.translated(QT_TRANSLATE_NOOP("DocumentText", "Not eligible"));
        const QString outcome =
            x ? t.exclusionReason(x->reason)
              : (ev.qualified.contains(b.id) ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Qualified"))
                                             : F::dash());
        QString checks;
        if (registrations) {
            const RegistrationRecord* r = registration(b.id);
            QString who = r && !r->representative.isEmpty() ? F::esc(r->representative) : F::dash();
            if (r && !r->idNumberMasked.isEmpty())
                who += QStringLiteral("<br/><span style=\"font-size: 7pt;\">%1</span>")
                           .arg(F::esc(rt.idNumber(r->idNumberMasked)));
            checks =
                QStringLiteral("<td>%1</td><td>%2</td>")
                    .arg(who, r ? F::esc(rt.checkedDocuments(r->introLetterChecked, r->idCopyChecked)) : F::dash());
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td>%3<td align=\"center\">%4</td><td>%5</td></tr>\n")
                    .arg(F::esc(b.name), when, checks, F::esc(eligibility), F::esc(outcome));
    }
    return html + QStringLiteral("</table>\n");
}

QString proposalTable(const DocumentInput& in)
{
    const DocumentText& t = DocumentText::of(in.language);
    const Scenario& s = in.scenario;
    const Evaluation& ev = in.evaluation;
    if (!s.proposals)
        return p(F::esc(
            t.translated(QT_TRANSLATE_NOOP("DocumentText", "No receipt of proposals was recorded for this project."))));
    // From a workspace: who received each proposal, when it was opened and before whom.
    const RecordText rt(in.language);
    const auto& receipts = in.context.proposalReceipts;
    auto receipt = [&receipts](const QString& bidder) -> const ProposalReceiptRecord* {
        if (receipts)
            for (const ProposalReceiptRecord& r : *receipts)
                if (r.bidder == bidder)
                    return &r;
        return nullptr;
    };
    QString html = tableStart();
    QStringList header{t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Received at")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Copies")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Seal"))};
    if (receipts)
        header << rt.receiver() << rt.openedAtAndWitness();
    header << t.translated(QT_TRANSLATE_NOOP("DocumentText", "Outcome"));
    html += headerRow(header);
    for (const Proposal& pr : *s.proposals) {
        const Exclusion* x = F::exclusion(ev, pr.bidder);
        QString copies = pr.copies ? QString::number(*pr.copies) : F::dash();
        if (s.project.requiredCopies)
            copies += QStringLiteral(" / %1").arg(*s.project.requiredCopies);
        if (hasWarning(ev, QStringLiteral("missing_copies"), pr.bidder))
            copies = QStringLiteral("<b>%1</b>").arg(copies);
        QString seal = pr.sealed ? (*pr.sealed ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Intact"))
                                               : t.translated(QT_TRANSLATE_NOOP("DocumentText", "Not intact")))
                                 : F::dash();
        QString outcome;
        if (pr.rejected)
            outcome = t.translated(QT_TRANSLATE_NOOP("DocumentText", "Rejected")) + t.colon() + *pr.rejected;
        else if (x)
            outcome = t.exclusionReason(x->reason);
        else
            outcome = ev.qualified.contains(pr.bidder) ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Qualified"))
                                                       : F::dash();
        QString when = F::esc(t.dateTime(pr.receivedAt));
        if (x && x->reason == QLatin1String("late_proposal"))
            //: After a registration or receipt time that was after the deadline
            when = QStringLiteral("<b>%1%2</b>")
                       .arg(when, F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", " (late)"))));
        QString received;
        if (receipts) {
            const ProposalReceiptRecord* r = receipt(pr.bidder);
            const QString receiver = r && !r->receiver.isEmpty() ? F::esc(r->receiver) : F::dash();
            QString opened = F::dash();
            if (r && r->openedAt)
                opened = F::esc(t.dateTime(r->openedAt)) + QStringLiteral("<br/>") +
                         (r->openingWitness.isEmpty() ? F::dash() : F::esc(r->openingWitness));
            received = QStringLiteral("<td>%1</td><td>%2</td>").arg(receiver, opened);
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"center\">%3</td><td align=\"center\">%4</td>"
                               "%5<td>%6</td></tr>\n")
                    .arg(F::esc(F::bidderName(s, pr.bidder)), when, copies, F::esc(seal), received, F::esc(outcome));
    }
    html += QStringLiteral("</table>\n");
    // The report is signed on paper: what was not recorded is a line to fill in by hand.
    const auto& opening = in.context.opening;
    html +=
        p(F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Opened at"))) +
          (opening ? F::esc(t.dateTime(opening->openedAt)) : F::blank()) + QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") +
          F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Opening witnessed by"))) +
          (opening && !opening->witnesses.isEmpty() ? F::esc(opening->witnesses.join(t.listSeparator())) : F::blank()));
    return html;
}

QString drawRecord(const DocumentInput& in)
{
    const DocumentText& t = DocumentText::of(in.language);
    const Scenario& s = in.scenario;
    const Evaluation& ev = in.evaluation;
    if (!ev.draw)
        return p(F::esc(
            t.translated(QT_TRANSLATE_NOOP("DocumentText", "No draw was held; the bidders present in the order of "
                                                           "registration."))));
    const DrawOutcome& d = *ev.draw;
    const bool seeded = d.seed.has_value();
    QString html;
    html += p(F::esc(
        t.label(QT_TRANSLATE_NOOP("DocumentText", "Draw method")) +
        (seeded ? t.translated(QT_TRANSLATE_NOOP("DocumentText",
                                                 "verifiable random draw (the commitment is published before the "
                                                 "draw; the key of each bidder is SHA-256(seed + \":\" + bidder id), "
                                                 "and the bidders present in ascending order of their keys)"))
                : t.translated(QT_TRANSLATE_NOOP("DocumentText", "manual draw on site (the result is recorded)")))));
    if (seeded) {
        html += p(F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Commitment SHA-256(seed)"))) +
                  QStringLiteral("<span class=\"mono\">%1</span>")
                      .arg(F::esc(d.commitment.value_or(LotDraw::commitment(*d.seed)))));
        html += p(F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Seed"))) +
                  QStringLiteral("<span class=\"mono\">%1</span>").arg(F::esc(*d.seed)));
    }
    html +=
        p(F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Drawn at"))) + F::esc(t.dateTime(in.context.drawnAt)) +
          QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") + F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Witnesses"))) +
          (in.context.drawWitnesses.isEmpty() ? F::blank() : F::esc(in.context.drawWitnesses.join(t.listSeparator()))));
    html += tableStart();
    if (seeded)
        html += headerRow({t.translated(QT_TRANSLATE_NOOP("DocumentText", "Order")),
                           t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder")),
                           t.translated(QT_TRANSLATE_NOOP("DocumentText", "Key"))});
    else
        html += headerRow({t.translated(QT_TRANSLATE_NOOP("DocumentText", "Order")),
                           t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder"))});
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
        html += p(F::esc(t.translated(
            QT_TRANSLATE_NOOP("DocumentText", "Anyone can check the key of each bidder with the commands below "
                                              "(the first 64 characters of the output must match the table):"))));
        for (const QString& id : d.order)
            html += QStringLiteral("<p class=\"mono\" style=\"font-size: 6.5pt; margin: 0px;\">%1</p>\n")
                        .arg(F::esc(LotDraw::checkCommand(*d.seed, id)));
    }
    return html;
}

QString presentationLog(const DocumentInput& in)
{
    const DocumentText& t = DocumentText::of(in.language);
    const Scenario& s = in.scenario;
    QString html = p(F::esc(
        t.translated(QT_TRANSLATE_NOOP("DocumentText", "Time limits")) + t.colon() +
        t.translated(QT_TRANSLATE_NOOP("DocumentText", "presentation %1 minutes, supplementary statement %2 minutes"))
            .arg(s.project.presentationMinutes)
            .arg(s.project.statementMinutes)));
    if (!in.context.presentations || in.context.presentations->isEmpty())
        return html + p(F::esc(t.translated(
                          QT_TRANSLATE_NOOP("DocumentText", "— (the presentation times were not recorded)"))));
    html += tableStart();
    html += headerRow({t.translated(QT_TRANSLATE_NOOP("DocumentText", "Order")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Started")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Ended")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Note"))});
    int n = 0;
    const RecordText rt(in.language);
    for (const PresentationRecord& r : *in.context.presentations) {
        QStringList notes;
        if (r.overrunSeconds > 0)
            notes << rt.overrun(r.overrunSeconds);
        if (!r.note.isEmpty())
            notes << r.note;
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(QString::number(++n), F::esc(F::bidderName(s, r.bidder)), F::esc(t.dateTime(r.startedAt)),
                         F::esc(t.dateTime(r.endedAt)),
                         notes.isEmpty() ? F::dash() : F::esc(notes.join(t.clauseSeparator())));
    }
    return html + QStringLiteral("</table>\n");
}

QString struck(const QString& text)
{
    return QStringLiteral("<span class=\"dropped\" style=\"text-decoration: line-through;\">%1</span>").arg(text);
}

// A table with one column per member or per bidder is split into several tables of at most `most`
// such columns, as even as possible, each repeating the leading columns: squeezed into the width of
// the page, a column narrower than its figures would break a figure such as 156.04 over two lines.
QList<QPair<qsizetype, qsizetype>> columnGroups(qsizetype count, qsizetype most)
{
    QList<QPair<qsizetype, qsizetype>> groups;
    const qsizetype tables = qMax<qsizetype>(1, (count + most - 1) / most);
    qsizetype start = 0;
    for (qsizetype i = 0; i < tables; ++i) {
        const qsizetype length = count / tables + (i < count % tables ? 1 : 0);
        groups.append({start, length});
        start += length;
    }
    return groups;
}

// A cell of such a table that holds a figure, which never wraps; `width` in percent, or none.
QString figureCell(const QString& html, const QString& width = QString())
{
    return QStringLiteral("<td class=\"num\" style=\"white-space: nowrap;\"%1>%2</td>")
        .arg(width.isEmpty() ? QString() : QStringLiteral(" width=\"%1%\"").arg(width), html);
}

// The most member columns of a calculation table, and of bidder columns of a score sheet.
constexpr qsizetype kMostMemberColumns = 8;
constexpr qsizetype kMostBidderColumns = 7;

QString calculationForBidder(const DocumentInput& in, const ScoreLookup& scores, const RankEntry& e)
{
    const DocumentText& t = DocumentText::of(in.language);
    const Scenario& s = in.scenario;
    QString html = QStringLiteral("<p class=\"h3\">%1 %2</p>\n")
                       .arg(F::esc(t.position(e.position)), F::esc(F::bidderName(s, e.bidder)));
    if (s.project.trim.level == TrimLevel::Total) {
        for (const auto& [first, length] : columnGroups(e.totals.size(), kMostMemberColumns)) {
            const QList<PanelTotal> totals = e.totals.mid(first, length);
            html += tableStart();
            QStringList header{t.translated(QT_TRANSLATE_NOOP("DocumentText", "Panel member"))};
            for (const PanelTotal& total : totals)
                header << F::panelistName(s, total.panelist);
            html += headerRow(header);
            html += QStringLiteral("<tr><th width=\"12%\">%1</th>")
                        .arg(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Total"))));
            const QString width = QString::number(88 / qMax<qsizetype>(1, totals.size()));
            for (const PanelTotal& total : totals) {
                QString value = F::points(total.total);
                QString mark;
                if (e.droppedHighest.contains(total.panelist))
                    mark = t.translated(QT_TRANSLATE_NOOP("DocumentText", "dropped (highest)"));
                if (e.droppedLowest.contains(total.panelist))
                    mark += (mark.isEmpty() ? QString() : QStringLiteral(" ")) +
                            t.translated(QT_TRANSLATE_NOOP("DocumentText", "dropped (lowest)"));
                html += figureCell(mark.isEmpty() ? value
                                                  : QStringLiteral("%1<br/><span style=\"font-size: 7pt;\">%2</span>")
                                                        .arg(struck(value), F::esc(mark)),
                                   width);
            }
            html += QStringLiteral("</tr>\n</table>\n");
        }
        const qint64 kept = e.totals.size() - e.droppedHighest.size() - e.droppedLowest.size();
        QString line;
        if (kept > 0 && (e.score.numerator() * kept) % e.score.denominator() == 0) {
            const Hundredths sum = e.score.numerator() * kept / e.score.denominator();
            line = QStringLiteral(u"%1 %2 ÷ %3 %4 = %5 %6 → %7 %8")
                       .arg(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Sum of the kept scores")), F::points(sum),
                            t.translated(QT_TRANSLATE_NOOP("DocumentText", "Scores kept")), QString::number(kept),
                            t.translated(QT_TRANSLATE_NOOP("DocumentText", "Exact mean")), F::exactPoints(e.score),
                            t.translated(QT_TRANSLATE_NOOP("DocumentText", "Published score")), F::points(e.published));
        } else {
            line = QStringLiteral(u"%1 %2 → %3 %4")
                       .arg(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Exact mean")), F::exactPoints(e.score),
                            t.translated(QT_TRANSLATE_NOOP("DocumentText", "Published score")), F::points(e.published));
        }
        html += p(F::esc(line));
    } else {
        // The mean of each criterion closes the last of the tables.
        const auto groups = columnGroups(s.panel.size(), kMostMemberColumns);
        for (const auto& [first, length] : groups) {
            const QList<Panelist> members = s.panel.mid(first, length);
            const bool last = first + length == s.panel.size();
            html += tableStart();
            QStringList header{t.translated(QT_TRANSLATE_NOOP("DocumentText", "Criterion"))};
            for (const Panelist& m : members)
                header << m.name;
            if (last)
                header << t.translated(QT_TRANSLATE_NOOP("DocumentText", "Mean of the criterion"));
            html += headerRow(header);
            for (const CriterionResult& c : e.criteria) {
                html += QStringLiteral("<tr><td>%1</td>").arg(F::esc(c.criterion));
                for (const Panelist& m : members) {
                    const auto v = scores.value(m.id, e.bidder, c.criterion);
                    const QString text = v ? F::points(*v) : F::dash();
                    const bool dropped = c.droppedHighest.contains(m.id) || c.droppedLowest.contains(m.id);
                    html += figureCell(dropped ? struck(text) : text);
                }
                html += (last ? figureCell(F::esc(F::exactPoints(c.mean))) : QString()) + QStringLiteral("</tr>\n");
            }
            html += QStringLiteral("</table>\n");
        }
        html += p(F::esc(
            QStringLiteral(u"%1 %2 → %3 %4")
                .arg(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Exact mean")), F::exactPoints(e.score),
                     t.translated(QT_TRANSLATE_NOOP("DocumentText", "Published score")), F::points(e.published))));
    }
    return html;
}

QString calculationSheet(const DocumentInput& in, const ScoreLookup& scores)
{
    const DocumentText& t = DocumentText::of(in.language);
    const Evaluation& ev = in.evaluation;
    //: %1 is the evaluation rule in words
    QString html =
        p(F::esc(
              t.translated(QT_TRANSLATE_NOOP(
                               "DocumentText",
                               "Calculation: %1 Struck-through values are the dropped highest and lowest scores; where "
                               "the exact mean is a fraction, the published score is that fraction rounded half up."))
                  .arg(t.scoringMethod(in.scenario.project))),
          QStringLiteral("small"));
    if (ev.ranking.isEmpty())
        return html +
               p(F::esc(ev.status == EvaluationStatus::Failed
                            ? t.failedReason(ev.reason, in.scenario.project.minBidders)
                            : t.translated(QT_TRANSLATE_NOOP("DocumentText", "The scoring is not finished yet."))));
    for (const RankEntry& e : ev.ranking)
        html += calculationForBidder(in, scores, e);
    return html;
}

QString corrections(const DocumentInput& in)
{
    const DocumentText& t = DocumentText::of(in.language);
    const Scenario& s = in.scenario;
    if (!in.context.corrections || in.context.corrections->isEmpty())
        return p(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "— (no corrections recorded)"))));
    QString html = tableStart();
    html += headerRow({t.translated(QT_TRANSLATE_NOOP("DocumentText", "Panel member")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Criterion")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Old score")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Corrected score")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Ground")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Leader")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Recorded at"))});
    for (const CorrectionRecord& c : *in.context.corrections) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td><td class=\"num\">%5</td>"
                               "<td>%6</td><td>%7</td><td>%8</td></tr>\n")
                    .arg(F::esc(F::panelistName(s, c.panelist)), F::esc(F::bidderName(s, c.bidder)),
                         F::esc(c.criterion), F::points(c.oldValue), F::points(c.newValue),
                         F::esc(t.correctionCategory(c.category)) + QStringLiteral("<br/>") + F::esc(c.reason),
                         F::esc(F::panelistName(s, c.leader)), F::esc(t.dateTime(c.recordedAt)));
    }
    return html + QStringLiteral("</table>\n");
}

QString votes(const DocumentInput& in)
{
    const DocumentText& t = DocumentText::of(in.language);
    const Scenario& s = in.scenario;
    const Evaluation& ev = in.evaluation;
    QString html;
    if (ev.tallies.isEmpty())
        html += p(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "None (no equal scores needed a vote)."))));
    int round = 0;
    for (const VoteTally& tally : ev.tallies) {
        QStringList names;
        for (const QString& id : tally.tied)
            names << F::bidderName(s, id);
        html += QStringLiteral("<p class=\"h3\">%1</p>\n")
                    .arg(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Vote, round %1")).arg(++round)));
        html += p(F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Bidders with equal scores")) +
                         names.join(t.listSeparator())));
        html += tableStart();
        html += headerRow({t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder")),
                           t.translated(QT_TRANSLATE_NOOP("DocumentText", "Votes"))});
        for (const auto& c : tally.counts)
            html += QStringLiteral("<tr><td>%1</td><td class=\"num\" width=\"20%\">%2</td></tr>\n")
                        .arg(F::esc(F::bidderName(s, c.first)), QString::number(c.second));
        html += QStringLiteral("</table>\n");
        html += p(F::esc(t.label(QT_TRANSLATE_NOOP("DocumentText", "Blank ballots")) + QString::number(tally.blank)));
    }
    if (ev.tie) {
        QStringList names;
        for (const QString& id : ev.tie->bidders)
            names << F::bidderName(s, id);
        //: %1 lists the bidders, %2 and %3 are places in the ranking
        const QString pending = t.translated(QT_TRANSLATE_NOOP(
            "DocumentText", "%1 have equal scores (places %2 to %3); the anonymous vote of the panel is pending."));
        html += p(QStringLiteral("<b>%1</b>")
                      .arg(F::esc(pending.arg(names.join(t.listSeparator()), QString::number(ev.tie->first),
                                              QString::number(ev.tie->last)))));
    }
    return html;
}

QString ranking(const DocumentInput& in)
{
    const DocumentText& t = DocumentText::of(in.language);
    const Scenario& s = in.scenario;
    const Evaluation& ev = in.evaluation;
    if (ev.status == EvaluationStatus::Failed)
        return p(F::esc(t.failedReason(ev.reason, s.project.minBidders)));
    if (ev.ranking.isEmpty())
        return p(F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "The scoring is not finished yet."))));
    QString html = tableStart();
    // With service areas: the area each winner serves, and the shares only when there are some.
    const bool areas = !s.project.areas.isEmpty();
    const bool shares = !areas || !s.project.allocation.isEmpty();
    QStringList header{t.translated(QT_TRANSLATE_NOOP("DocumentText", "Rank")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Published score")),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Exact mean"))};
    if (shares)
        header << t.translated(QT_TRANSLATE_NOOP("DocumentText", "Share"));
    if (areas)
        header << t.translated(QT_TRANSLATE_NOOP("DocumentText", "Service area"));
    header << t.translated(QT_TRANSLATE_NOOP("DocumentText", "Decided by vote"));
    html += headerRow(header);
    for (const RankEntry& e : ev.ranking) {
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td class=\"num\">%3</td>"
                               "<td class=\"num\">%4</td>")
                    .arg(QString::number(e.position), F::esc(F::bidderName(s, e.bidder)), F::points(e.published),
                         F::esc(F::exactPoints(e.score)));
        if (shares)
            html += QStringLiteral("<td align=\"center\">%1</td>").arg(e.share ? F::percent(*e.share) : F::dash());
        if (areas)
            html += QStringLiteral("<td>%1</td>").arg(e.area ? F::esc(t.serviceArea(*e.area)) : F::dash());
        html += QStringLiteral("<td align=\"center\">%1</td></tr>\n")
                    .arg(e.decidedByVote ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Yes"))
                                         : t.translated(QT_TRANSLATE_NOOP("DocumentText", "No")));
    }
    html += QStringLiteral("</table>\n");
    if (ev.publication && ev.publication->end.isValid())
        html += p(F::esc(
            t.translated(QT_TRANSLATE_NOOP("DocumentText", "Publication period")) + t.colon() +
            t.publicationPeriod(ev.publication->firstCountedDay, ev.publication->end, ev.publication->workingDays)));
    return html;
}

// What a panel member's score sheet shows, in plain text: the bidders in presentation order, in tables
// of at most seven bidder columns each. Made once, it gives both the HTML (the web page and the
// OpenDocument export) and the page the PDF draws.
struct ScoreSheet
{
    struct Row
    {
        QString criterion;  // its code and title
        QString max;        // its points
        QStringList values; // the member's score for each bidder of the table, or ""
    };
    struct Table
    {
        QStringList header; // criterion, points, then the bidders
        QList<Row> rows;
        Row total; // the criteria's points, and the member's total for each bidder
    };
    QString title;
    QString project;
    QString member;
    QString role;
    QString totalLabel;
    QString signature;
    QList<Table> tables;
};

ScoreSheet scoreSheet(const DocumentInput& input, const ScoreLookup& scores, const Panelist& member)
{
    const DocumentText& t = DocumentText::of(input.language);
    const Scenario& s = input.scenario;
    const Evaluation& ev = input.evaluation;
    ScoreSheet sheet;
    sheet.title = t.translated(QT_TRANSLATE_NOOP("DocumentText", "Score sheet of a panel member"));
    sheet.project = t.translated(QT_TRANSLATE_NOOP("DocumentText", "Project")) + t.colon() + s.project.title;
    sheet.member = t.label(QT_TRANSLATE_NOOP("DocumentText", "Panel member")) + member.name;
    sheet.role = t.label(QT_TRANSLATE_NOOP("DocumentText", "Role")) +
                 (member.role == PanelRole::Leader ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Leader"))
                                                   : t.translated(QT_TRANSLATE_NOOP("DocumentText", "Member")));
    sheet.totalLabel = t.translated(QT_TRANSLATE_NOOP("DocumentText", "Total"));
    sheet.signature =
        t.translated(QT_TRANSLATE_NOOP("DocumentText", "Signature of the panel member: ____________________        "
                                                       "Date: ____________________"));
    QHash<QString, QString> totals;
    for (const RankEntry& e : ev.ranking)
        for (const PanelTotal& panelTotal : e.totals)
            if (panelTotal.panelist == member.id)
                totals.insert(e.bidder, F::points(panelTotal.total));
    Hundredths maxTotal = 0;
    for (const Criterion& c : s.criteria)
        maxTotal += c.max;
    const QStringList allBidders = F::presentationOrder(ev);
    for (const auto& [first, length] : columnGroups(allBidders.size(), kMostBidderColumns)) {
        const QStringList bidders = allBidders.mid(first, length);
        ScoreSheet::Table table;
        table.header = QStringList{t.translated(QT_TRANSLATE_NOOP("DocumentText", "Criterion")),
                                   t.translated(QT_TRANSLATE_NOOP("DocumentText", "Points"))};
        for (const QString& id : bidders)
            table.header << F::bidderName(s, id);
        for (const Criterion& c : s.criteria) {
            ScoreSheet::Row row{c.id + QLatin1Char(' ') + c.title, Decimal::formatShort(c.max), {}};
            for (const QString& id : bidders) {
                const auto value = scores.value(member.id, id, c.id);
                row.values << (value ? F::points(*value) : QString());
            }
            table.rows.append(row);
        }
        table.total.max = Decimal::formatShort(maxTotal);
        for (const QString& id : bidders)
            table.total.values << totals.value(id);
        sheet.tables.append(table);
    }
    return sheet;
}

QString sheetHtml(const ScoreSheet& sheet)
{
    QString html = QStringLiteral("<p class=\"title\" style=\"font-size: 16pt;\">%1</p>\n").arg(F::esc(sheet.title));
    html += p(F::esc(sheet.project));
    html += p(F::esc(sheet.member) + QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") + F::esc(sheet.role));
    for (const ScoreSheet::Table& table : sheet.tables) {
        html += tableStart();
        html += headerRow(table.header);
        const QString width = QString::number(qMax(8, 40 / int(qMax<qsizetype>(1, table.header.size() - 2))));
        for (const ScoreSheet::Row& row : table.rows) {
            html += QStringLiteral("<tr><td>%1</td>").arg(F::esc(row.criterion)) + figureCell(row.max);
            for (const QString& value : row.values)
                html += figureCell(value, width);
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("<tr><th>%1</th>").arg(F::esc(sheet.totalLabel)) +
                figureCell(QStringLiteral("<b>%1</b>").arg(table.total.max));
        for (const QString& total : table.total.values)
            html += figureCell(QStringLiteral("<b>%1</b>").arg(total));
        html += QStringLiteral("</tr>\n</table>\n");
    }
    html += QStringLiteral("<p class=\"sign\" style=\"margin-top: 36px;\">%1</p>\n").arg(F::esc(sheet.signature));
    return html;
}

// The page the PDF and the preview draw: the look of sheetHtml() under the documents' style sheet
// (DocumentFormat::styleSheet()).
std::shared_ptr<GridPage> sheetPage(const ScoreSheet& sheet, const std::shared_ptr<GridPage::Shapes>& shapes)
{
    auto page = std::make_shared<GridPage>(shapes);
    GridPage::Paragraph title;
    title.text = sheet.title;
    title.points = 16;
    title.bold = true;
    title.align = Qt::AlignHCenter;
    title.lineHeight = 1.3;
    title.marginTop = 0;
    title.marginBottom = 16;
    page->addParagraph(title);
    GridPage::Paragraph line;
    line.text = sheet.project;
    page->addParagraph(line);
    line.text = sheet.member + QString(4, QChar(0xA0)) + sheet.role;
    page->addParagraph(line);
    const auto header = [](const QString& text) { return GridPage::Cell{text, true, true, Qt::AlignHCenter, true}; };
    const auto figure = [](const QString& text, bool bold = false) {
        return GridPage::Cell{text, bold, false, Qt::AlignRight, false};
    };
    for (const ScoreSheet::Table& table : sheet.tables) {
        QList<GridPage::Row> rows;
        GridPage::Row top;
        for (const QString& text : table.header)
            top.append(header(text));
        rows.append(top);
        for (const ScoreSheet::Row& row : table.rows) {
            GridPage::Row cells{GridPage::Cell{row.criterion, false, false, Qt::AlignLeft, true}, figure(row.max)};
            for (const QString& value : row.values)
                cells.append(figure(value));
            rows.append(cells);
        }
        GridPage::Row total{header(sheet.totalLabel), figure(table.total.max, true)};
        for (const QString& value : table.total.values)
            total.append(figure(value, true));
        rows.append(total);
        page->addTable(rows);
    }
    line.text = sheet.signature;
    line.marginTop = 36;
    page->addParagraph(line);
    return page;
}

} // namespace

QString EvaluationReport::title(const DocumentInput& input)
{
    //: %1 is the project's title
    return DocumentText::of(input.language)
        .translated(QT_TRANSLATE_NOOP("DocumentText", "Evaluation report: %1"))
        .arg(input.scenario.project.title);
}

QStringList EvaluationReport::footerLines(const DocumentInput& input)
{
    const DocumentText& t = DocumentText::of(input.language);
    const DocumentContext& c = input.context;
    return {t.label(QT_TRANSLATE_NOOP("DocumentText", "Head of the audit chain")) +
                (c.auditHead && !c.auditHead->isEmpty() ? *c.auditHead : F::dash()),
            t.label(QT_TRANSLATE_NOOP("DocumentText", "Record digest")) + F::sha256Hex(CanonicalRecord::json(input)),
            t.label(QT_TRANSLATE_NOOP("DocumentText", "Archive digest")) +
                (c.archiveDigest && !c.archiveDigest->isEmpty() ? *c.archiveDigest : F::dash())};
}

QString EvaluationReport::procedureHtml(const DocumentInput& input)
{
    const DocumentText& t = DocumentText::of(input.language);
    const Scenario& s = input.scenario;
    const Evaluation& ev = input.evaluation;
    int section = 0;
    QString html = QStringLiteral("<p class=\"title\">%1</p>\n").arg(F::esc(title(input)));

    html += h2(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "The project")));
    html += tableStart();
    html += kv(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Project")), F::esc(s.project.title));
    html += kv(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Purchaser (medical security agency)")),
               F::esc(s.project.purchaser));
    html += kv(t.withoutColon(t.label(QT_TRANSLATE_NOOP("DocumentText", "Method"))),
               F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Selective negotiation"))));
    html += kv(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Status of the evaluation")),
               F::esc(t.statusText(statusName(ev.status))));
    html += kv(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Registration deadline")),
               F::esc(t.dateTime(s.project.registrationDeadline)));
    html += kv(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Proposal deadline")),
               F::esc(t.dateTime(s.project.proposalDeadline)));
    html += kv(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Copies of the proposal required")),
               s.project.requiredCopies ? QString::number(*s.project.requiredCopies) : F::dash());
    html += kv(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Time limits")),
               F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText",
                                                     "presentation %1 minutes, supplementary statement %2 minutes"))
                          .arg(s.project.presentationMinutes)
                          .arg(s.project.statementMinutes)));
    html += kv(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Minimum number of qualified bidders")),
               QString::number(s.project.minBidders));
    html +=
        kv(t.withoutColon(t.allocationLabel(s.project)),
           F::esc(t.translated(QT_TRANSLATE_N_NOOP("DocumentText", "at most %n winner(s); "), s.project.maxWinners) +
                  t.allocationRule(s.project)));
    html += kv(t.withoutColon(t.label(QT_TRANSLATE_NOOP("DocumentText", "Evaluation rules"))),
               F::esc(t.scoringMethod(s.project)));
    QStringList members;
    for (const Panelist& m : s.panel)
        //: After the name of the panel leader
        members << m.name + (m.role == PanelRole::Leader ? t.translated(QT_TRANSLATE_NOOP("DocumentText", " (leader)"))
                                                         : QString());
    html += kv(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Negotiation panel")),
               F::esc(members.join(t.listSeparator())));
    if (input.context.publicationWebsite)
        html += kv(RecordText(input.language).publicationWebsite(), F::esc(*input.context.publicationWebsite));
    if (input.context.challengeContact)
        html += kv(RecordText(input.language).challengeContactLabel(), F::esc(*input.context.challengeContact));
    QStringList warnings;
    for (const QString& w : ev.warnings) {
        const qsizetype colon = w.indexOf(QLatin1Char(':'));
        const QString subject = colon < 0 ? QString() : w.mid(colon + 1);
        const Bidder* b = s.bidder(subject);
        warnings << t.warning(w, b ? b->name : QString());
    }
    html += kv(t.translated(QT_TRANSLATE_NOOP("DocumentText", "Procedure notes")),
               warnings.isEmpty() ? F::esc(t.translated(QT_TRANSLATE_NOOP("DocumentText", "None")))
                                  : F::esc(warnings.join(t.clauseSeparator())));
    html += QStringLiteral("</table>\n");

    html += h2(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Registration record")));
    html += registrationTable(input);
    html += entryCorrections(input, false);
    html += h2(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Proposals received")));
    html += proposalTable(input);
    html += entryCorrections(input, true);
    html += h2(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Lot draw for the order of presentation")));
    html += drawRecord(input);
    html += h2(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Presentations and statements")));
    html += presentationLog(input);
    return html;
}

QString EvaluationReport::scoreSheetHtml(const DocumentInput& input, const Panelist& member)
{
    return sheetHtml(scoreSheet(input, ScoreLookup(input.scenario), member));
}

namespace {

// The part after the score sheets, its scores read from `scores`.
QString results(const DocumentInput& input, const ScoreLookup& scores)
{
    const DocumentText& t = DocumentText::of(input.language);
    const Scenario& s = input.scenario;
    int section = 4;
    QString html;
    html += h2(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Calculation of the scores")));
    html += calculationSheet(input, scores);
    html += h2(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Corrections of scores")));
    html += corrections(input);
    html += h2(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Anonymous votes")));
    html += votes(input);
    html += h2(t, section,
               s.project.areas.isEmpty()
                   ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Ranking and allocation of shares"))
                   : t.translated(QT_TRANSLATE_NOOP("DocumentText", "Ranking and service areas")));
    html += ranking(input);
    html += h2(t, section, t.translated(QT_TRANSLATE_NOOP("DocumentText", "Signatures of the negotiation panel")));
    html += tableStart();
    html += headerRow({t.translated(QT_TRANSLATE_NOOP("DocumentText", "Panel member")),
                       t.withoutColon(t.label(QT_TRANSLATE_NOOP("DocumentText", "Role"))),
                       t.translated(QT_TRANSLATE_NOOP("DocumentText", "Signature"))});
    for (const Panelist& m : s.panel)
        html += QStringLiteral("<tr><td width=\"30%\" style=\"padding: 10px;\">%1</td><td width=\"20%\" "
                               "align=\"center\" style=\"padding: 10px;\">%2</td><td></td></tr>\n")
                    .arg(F::esc(m.name), F::esc(m.role == PanelRole::Leader
                                                    ? t.translated(QT_TRANSLATE_NOOP("DocumentText", "Leader"))
                                                    : t.translated(QT_TRANSLATE_NOOP("DocumentText", "Member"))));
    html += QStringLiteral("</table>\n");
    html += QStringLiteral("<p class=\"right\" style=\"margin-top: 24px;\">%1</p>\n")
                .arg(F::esc(t.date(F::documentDate(input))));
    return html;
}

} // namespace

QString EvaluationReport::resultsHtml(const DocumentInput& input)
{
    return results(input, ScoreLookup(input.scenario));
}

QString EvaluationReport::webPage(const DocumentInput& input)
{
    QString body = procedureHtml(input);
    const ScoreLookup scores(input.scenario);
    for (const Panelist& m : input.scenario.panel)
        body += QStringLiteral("<div style=\"page-break-before: always;\">\n") +
                sheetHtml(scoreSheet(input, scores, m)) + QStringLiteral("</div>\n");
    body += QStringLiteral("<div style=\"page-break-before: always;\">\n") + results(input, scores) +
            QStringLiteral("</div>\n");
    for (const QString& line : footerLines(input))
        body += QStringLiteral("<p class=\"small\">%1</p>\n").arg(F::esc(line));
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%4\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(F::esc(title(input)), F::webStyleSheet(), body, DocumentText::of(input.language).htmlLanguage());
}

class EvaluationReport::Preparation
{
public:
    explicit Preparation(const DocumentInput& of) : input(of) {}

    const DocumentInput& input;
    std::once_flag once;
    // The scores by member, bidder and criterion, made once by the first thread that needs them (the
    // score sheets' or the results'), then only read.
    const ScoreLookup& scores()
    {
        std::call_once(m_scoresOnce, [this] { m_scores = std::make_unique<ScoreLookup>(input.scenario); });
        return *m_scores;
    }
    QString title;
    QString header;
    QStringList footerLines;
    QDate date;
    // Owned by no thread once made (moveToThread(nullptr)), until document() takes them.
    std::shared_ptr<QTextDocument> procedure;
    std::shared_ptr<QTextDocument> results;

private:
    std::once_flag m_scoresOnce;
    std::unique_ptr<ScoreLookup> m_scores;
};

std::shared_ptr<EvaluationReport::Preparation> EvaluationReport::preparation(const DocumentInput& input)
{
    return std::make_shared<Preparation>(input);
}

void EvaluationReport::prepare(Preparation& preparation)
{
    std::call_once(preparation.once, [&preparation] {
        const DocumentInput& input = preparation.input;
        Preparation& p = preparation;
        p.title = title(input);
        //: The running header of the report's pages; %1 is the project's title
        p.header = DocumentText::of(input.language)
                       .translated(QT_TRANSLATE_NOOP("DocumentText", "%1 · evaluation report"))
                       .arg(input.scenario.project.title);
        p.footerLines = footerLines(input);
        p.date = F::documentDate(input);
        p.procedure = PagedDocument::createTextDocument(procedureHtml(input));
        p.results = PagedDocument::createTextDocument(results(input, p.scores()));
        // Taken by the thread that lays them out (document()), whichever thread made them.
        p.procedure->moveToThread(nullptr);
        p.results->moveToThread(nullptr);
    });
}

PagedDocument EvaluationReport::document(const DocumentInput& input)
{
    const std::shared_ptr<Preparation> p = preparation(input);
    return document(*p);
}

PagedDocument EvaluationReport::document(Preparation& preparation)
{
    // The score sheets first: shaping their texts loads this thread's fonts, while another thread may
    // still be preparing the rest. Their contents are made here: the preparation may be under way.
    const DocumentInput& input = preparation.input;
    std::vector<ScoreSheet> sheets;
    std::vector<std::shared_ptr<GridPage>> pages;
    {
        // The sheets show the same bidders, criteria and many of the same figures: each is shaped once.
        const std::shared_ptr<GridPage::Shapes> shapes = GridPage::newShapes();
        for (const Panelist& m : input.scenario.panel) {
            sheets.push_back(scoreSheet(input, preparation.scores(), m));
            pages.push_back(sheetPage(sheets.back(), shapes));
        }
    }
    prepare(preparation);
    PagedDocument doc;
    doc.setTitle(preparation.title);
    doc.setLanguage(input.language);
    doc.setHeader(preparation.header);
    doc.setFooterLines(preparation.footerLines);
    doc.setDocumentDate(preparation.date);
    preparation.procedure->moveToThread(QThread::currentThread());
    preparation.results->moveToThread(QThread::currentThread());
    doc.addPart(preparation.procedure);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const ScoreSheet& sheet = sheets[i];
        doc.addPart(pages[i], [sheet] { return sheetHtml(sheet); });
    }
    doc.addPart(preparation.results);
    return doc;
}

} // namespace tp::report
