#include "Evaluator.h"

#include "LotDraw.h"
#include "PanelRules.h"
#include "Qualification.h"
#include "ScoreCalculator.h"
#include "Standings.h"
#include "VoteResolver.h"
#include "WorkingDayCalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace tp {

namespace {

QString listed(const QStringList& ids)
{
    return ids.join(QStringLiteral(", "));
}

// Rule 3: the presentation order, seeded or recorded by hand.
std::optional<DrawOutcome> drawOutcome(const Scenario& scenario, const QList<Exclusion>& excluded,
                                       const QStringList& qualified, Problems& problems)
{
    if (!scenario.draw)
        return std::nullopt;
    const DrawRecord& record = *scenario.draw;
    DrawOutcome outcome;
    if (record.seed) {
        if (!LotDraw::isValidSeed(*record.seed)) {
            problems.append(
                {QStringLiteral("draw.seed"),
                 QCoreApplication::translate("Evaluator", "the seed must be 64 lowercase hexadecimal characters")});
            return std::nullopt;
        }
        outcome.seed = *record.seed;
        outcome.commitment = LotDraw::commitment(*record.seed);
        outcome.order = LotDraw::order(*record.seed, qualified);
        return outcome;
    }
    const QStringList order = record.order.value_or(QStringList());
    QStringList parts;
    QStringList missing;
    for (const QString& id : qualified)
        if (!order.contains(id))
            missing.append(id);
    if (!missing.isEmpty())
        parts.append(QCoreApplication::translate("Evaluator", "missing %1").arg(listed(missing)));
    QSet<QString> seen;
    QSet<QString> reported;
    for (const QString& id : order) {
        if (reported.contains(id))
            continue;
        if (seen.contains(id)) {
            parts.append(QCoreApplication::translate("Evaluator", "%1 is listed more than once").arg(id));
            reported.insert(id);
            continue;
        }
        seen.insert(id);
        if (qualified.contains(id))
            continue;
        reported.insert(id);
        const auto exclusion =
            std::find_if(excluded.cbegin(), excluded.cend(), [&id](const Exclusion& e) { return e.bidder == id; });
        if (exclusion != excluded.cend())
            parts.append(QCoreApplication::translate("Evaluator", "%1 is excluded (%2)").arg(id, exclusion->reason));
        else
            parts.append(QCoreApplication::translate("Evaluator", "%1 is not a bidder").arg(id));
    }
    if (!parts.isEmpty()) {
        problems.append(
            {QStringLiteral("draw.order"),
             QCoreApplication::translate("Evaluator", "the order must list each qualified bidder exactly once: %1")
                 .arg(parts.join(QStringLiteral("; ")))});
        return std::nullopt;
    }
    outcome.order = order;
    return outcome;
}

// Rule 4: the sheets of the qualified bidders (bidder -> panelist -> criterion -> score), checking
// that every score is there exactly once.
QHash<QString, ScoreCalculator::Sheets> collectSheets(const Scenario& scenario, const QStringList& qualified,
                                                      Problems& problems)
{
    QHash<QString, ScoreCalculator::Sheets> sheets;
    const QSet<QString> qualifiedSet(qualified.cbegin(), qualified.cend());
    const QList<ScoreEntry>& scores = *scenario.scores;
    for (int i = 0; i < scores.size(); ++i) {
        const ScoreEntry& entry = scores[i];
        const auto where = [i] { return QStringLiteral("scores[%1]").arg(i); };
        const Criterion* criterion = scenario.criterion(entry.criterion);
        bool known = true;
        if (!scenario.panelist(entry.panelist)) {
            problems.append({where() + QStringLiteral(".panelist"),
                             QCoreApplication::translate("Evaluator", "%1 is not a panel member").arg(entry.panelist)});
            known = false;
        }
        if (!scenario.bidder(entry.bidder)) {
            problems.append({where() + QStringLiteral(".bidder"),
                             QCoreApplication::translate("Evaluator", "%1 is not a bidder").arg(entry.bidder)});
            known = false;
        }
        if (!criterion) {
            problems.append({where() + QStringLiteral(".criterion"),
                             QCoreApplication::translate("Evaluator", "%1 is not a criterion").arg(entry.criterion)});
            known = false;
        }
        if (!known || !qualifiedSet.contains(entry.bidder))
            continue;
        if (entry.score < 0) {
            problems.append({where() + QStringLiteral(".score"),
                             QCoreApplication::translate("Evaluator", "%1 is below the minimum 0")
                                 .arg(Decimal::formatShort(entry.score))});
        } else if (entry.score > criterion->max) {
            problems.append(
                {where() + QStringLiteral(".score"),
                 QCoreApplication::translate("Evaluator", "%1 is above the maximum %2 of criterion %3")
                     .arg(Decimal::formatShort(entry.score), Decimal::formatShort(criterion->max), criterion->id)});
        }
        QHash<QString, Hundredths>& sheet = sheets[entry.bidder][entry.panelist];
        if (sheet.contains(entry.criterion)) {
            problems.append({where(), QCoreApplication::translate(
                                          "Evaluator", "a second score of panelist %1 for bidder %2 on criterion %3")
                                          .arg(entry.panelist, entry.bidder, entry.criterion)});
            continue;
        }
        sheet.insert(entry.criterion, entry.score);
    }
    for (const Panelist& panelist : scenario.panel)
        for (const QString& bidder : qualified)
            for (const Criterion& criterion : scenario.criteria)
                if (!sheets.value(bidder).value(panelist.id).contains(criterion.id))
                    problems.append({QStringLiteral("scores"),
                                     QCoreApplication::translate(
                                         "Evaluator", "missing the score of panelist %1 for bidder %2 on criterion %3")
                                         .arg(panelist.id, bidder, criterion.id)});
    return sheets;
}

// The rules' preconditions on the project that the reader also checks.
void checkProject(const Scenario& scenario, int winners, Problems& problems)
{
    const TrimRule& trim = scenario.project.trim;
    if (trim.highest < 0 || trim.lowest < 0 || PanelRules::tooSmallToTrim(scenario.panel.size(), trim))
        problems.append(
            {QStringLiteral("project.trim"),
             QCoreApplication::translate(
                 "Evaluator", "dropping %1 highest and %2 lowest values needs a panel of at least %3, not %4")
                 .arg(trim.highest)
                 .arg(trim.lowest)
                 .arg(PanelRules::trimMinimum(trim))
                 .arg(scenario.panel.size())});
    if (scenario.project.maxWinners < 1) {
        problems.append(
            {QStringLiteral("project.max_winners"),
             QCoreApplication::translate("Evaluator", "must be at least 1, not %1").arg(scenario.project.maxWinners)});
        return;
    }
    const QList<int> shares = scenario.project.allocation.value(winners);
    if (shares.size() != winners)
        problems.append({QStringLiteral("project.allocation"),
                         QCoreApplication::translate("Evaluator", "needs %1 percentages for %1 winners").arg(winners)});
}

void sortByPosition(QList<RankEntry>& ranking)
{
    std::sort(ranking.begin(), ranking.end(), [](const RankEntry& a, const RankEntry& b) {
        return a.position != b.position ? a.position < b.position : a.bidder < b.bidder;
    });
}

} // namespace

Evaluator::Evaluator(const WorkingDayCalendar& calendar) : m_calendar(calendar) {}

Evaluator::Outcome Evaluator::evaluate(const Scenario& scenario) const
{
    Outcome outcome;
    Evaluation evaluation;
    Problems problems;

    const Qualification::Result qualification = Qualification::apply(scenario);
    evaluation.excluded = qualification.excluded;
    evaluation.qualified = qualification.qualified;
    evaluation.warnings = qualification.warnings;
    if (scenario.scores) {
        for (const Exclusion& exclusion : std::as_const(evaluation.excluded)) {
            const bool scored = std::any_of(scenario.scores->cbegin(), scenario.scores->cend(),
                                            [&exclusion](const ScoreEntry& s) { return s.bidder == exclusion.bidder; });
            if (scored)
                evaluation.warnings.append(QStringLiteral("scores_ignored:") + exclusion.bidder);
        }
    }

    const QStringList& qualified = evaluation.qualified;
    if (qualified.size() < scenario.project.minBidders) {
        evaluation.status = EvaluationStatus::Failed;
        evaluation.reason = QStringLiteral("insufficient_bidders");
        outcome.evaluation = evaluation;
        return outcome;
    }

    evaluation.draw = drawOutcome(scenario, evaluation.excluded, qualified, problems);
    if (!scenario.scores) {
        if (!problems.isEmpty()) {
            outcome.problems = problems;
            return outcome;
        }
        evaluation.status = EvaluationStatus::Scoring;
        outcome.evaluation = evaluation;
        return outcome;
    }

    const int winners = std::min(scenario.project.maxWinners, int(qualified.size()));
    checkProject(scenario, winners, problems);
    const QHash<QString, ScoreCalculator::Sheets> sheets = collectSheets(scenario, qualified, problems);
    if (!problems.isEmpty()) {
        outcome.problems = problems;
        return outcome;
    }

    const ScoreCalculator calculator(scenario.panel, scenario.criteria, scenario.project.trim);
    QList<RankEntry> entries;
    for (const QString& bidder : qualified)
        entries.append(calculator.score(bidder, sheets.value(bidder)));

    const QList<int> shares = scenario.project.allocation.value(winners);
    const Standings initial = Standings::fromScores(entries, scenario.project.tiePrecision);
    const VoteResolver::Result votes =
        VoteResolver::resolve(initial, scenario.votes, int(scenario.panel.size()), winners, shares);
    if (!votes.problems.isEmpty()) {
        outcome.problems = votes.problems;
        return outcome;
    }
    evaluation.tallies = votes.tallies;

    if (votes.tie) {
        evaluation.status = EvaluationStatus::VoteRequired;
        evaluation.tie = votes.tie;
        for (RankEntry& entry : entries)
            entry.position = initial.position(entry.bidder);
    } else {
        evaluation.status = EvaluationStatus::Final;
        for (RankEntry& entry : entries) {
            entry.position = votes.standings.position(entry.bidder);
            entry.share = Standings::share(entry.position, winners, shares);
            entry.decidedByVote = votes.decidedByVote.contains(entry.bidder);
            entry.ballots = votes.ballots.value(entry.bidder);
        }
    }
    sortByPosition(entries);
    evaluation.ranking = entries;
    if (evaluation.status == EvaluationStatus::Final) {
        for (const RankEntry& entry : std::as_const(entries))
            if (entry.position <= winners)
                evaluation.winners.append(entry.bidder);
    }

    if (scenario.project.publication) {
        const PublicationRule& rule = *scenario.project.publication;
        const WorkingDayCalendar::Period period = m_calendar.period(rule.start, rule.workingDays, rule.countStartDay);
        evaluation.publication = PublicationOutcome{rule.start, period.firstCountedDay, period.end, rule.workingDays};
        for (int year : period.uncoveredYears)
            evaluation.warnings.append(QStringLiteral("calendar_not_covered:") + QString::number(year));
    }

    outcome.evaluation = evaluation;
    return outcome;
}

} // namespace tp
