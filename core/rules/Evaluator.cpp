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
#include <unordered_map>
#include <vector>

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

// Position of the first entry with each code in a list.
template <typename T> QHash<QString, qsizetype> firstByCode(const QList<T>& list)
{
    QHash<QString, qsizetype> first;
    first.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        if (!first.contains(list[i].id))
            first.insert(list[i].id, i);
    return first;
}

QHash<QString, qsizetype> firstByCode(const QStringList& codes)
{
    QHash<QString, qsizetype> first;
    first.reserve(codes.size());
    for (qsizetype i = 0; i < codes.size(); ++i)
        if (!first.contains(codes[i]))
            first.insert(codes[i], i);
    return first;
}

// For each entry of a list, the position of the first entry with the same code: an entry whose code
// repeats shares the scores of the first.
template <typename T> QList<qsizetype> firstPositions(const QList<T>& list, const QHash<QString, qsizetype>& first)
{
    QList<qsizetype> positions(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        positions[i] = first.value(list[i].id);
    return positions;
}

// For each code of a score list's table, its QHash::value(code, -1) in `byCode`: each score's code is
// then a position in a table rather than a text to hash.
std::vector<qsizetype> positionsOfCodes(const ScoreList& scores, const QHash<QString, qsizetype>& byCode)
{
    std::vector<qsizetype> positions(std::size_t(scores.codes().size()));
    for (qsizetype i = 0; i < scores.codes().size(); ++i)
        positions[std::size_t(i)] = byCode.value(scores.codes().at(i), -1);
    return positions;
}

// The scores read, by cell (qualified bidder, panelist, criterion): a table when the scores could fill
// a good part of it, else a hash, so that long lists with few scores need no table of every cell.
class ScoreTable
{
public:
    ScoreTable(quint64 cells, qsizetype scores) : m_dense(cells <= quint64(scores) * 4 + 4096)
    {
        if (m_dense) {
            m_values.assign(std::size_t(cells), 0);
            m_given.assign(std::size_t(cells), false);
        }
    }

    // False when the cell has a score already.
    bool add(quint64 cell, Hundredths score)
    {
        if (!m_dense)
            return m_sparse.try_emplace(cell, score).second;
        if (m_given[std::size_t(cell)])
            return false;
        m_given[std::size_t(cell)] = true;
        m_values[std::size_t(cell)] = score;
        return true;
    }
    bool given(quint64 cell) const { return m_dense ? bool(m_given[std::size_t(cell)]) : m_sparse.count(cell) > 0; }
    bool isDense() const { return m_dense; }
    // A dense table's values by cell, taken out of it.
    std::vector<Hundredths> takeValues() { return std::move(m_values); }
    Hundredths value(quint64 cell) const
    {
        if (m_dense)
            return m_values[std::size_t(cell)];
        const auto it = m_sparse.find(cell);
        return it == m_sparse.end() ? 0 : it->second;
    }

private:
    bool m_dense;
    std::vector<Hundredths> m_values;
    std::vector<bool> m_given;
    std::unordered_map<quint64, Hundredths> m_sparse;
};

// The sheets of the qualified bidders, all in one block rather than a block per bidder: filling it
// costs far fewer page faults.
struct Sheets
{
    std::vector<Hundredths> values;
    qsizetype cells = 0; // of one bidder: panel × criteria

    // The sheets of qualified bidder b, as ScoreCalculator::score() reads them.
    const Hundredths* of(qsizetype b) const { return values.data() + b * cells; }
    Hundredths* of(qsizetype b) { return values.data() + b * cells; }
};

// Rule 4: the sheets of the qualified bidders, one per entry of `qualified`, checking that every score
// is there exactly once.
Sheets collectSheets(const Scenario& scenario, const QStringList& qualified, Problems& problems)
{
    const QHash<QString, qsizetype> panelFirst = firstByCode(scenario.panel);
    const QHash<QString, qsizetype> criterionFirst = firstByCode(scenario.criteria);
    const QHash<QString, qsizetype> bidderFirst = firstByCode(scenario.bidders);
    const QHash<QString, qsizetype> qualifiedFirst = firstByCode(qualified);
    const qsizetype criteria = scenario.criteria.size();
    const qsizetype cells = scenario.panel.size() * criteria;
    const ScoreList& scores = *scenario.scores;
    // Scores by the first position of their codes.
    ScoreTable read(quint64(qualified.size()) * quint64(cells), scores.size());
    const auto cellOf = [cells, criteria](qsizetype bidder, qsizetype panelist, qsizetype criterion) {
        return quint64(bidder) * quint64(cells) + quint64(panelist * criteria + criterion);
    };
    const std::vector<qsizetype> panelistOf = positionsOfCodes(scores, panelFirst);
    const std::vector<qsizetype> criterionOf = positionsOfCodes(scores, criterionFirst);
    const std::vector<qsizetype> qualifiedOf = positionsOfCodes(scores, qualifiedFirst);
    const std::vector<qsizetype> bidderOf = positionsOfCodes(scores, bidderFirst);
    qsizetype filled = 0; // cells given a score
    for (qsizetype i = 0; i < scores.size(); ++i) {
        const ScoreList::Row& entry = scores.row(i);
        const auto where = [i] { return QStringLiteral("scores[%1]").arg(i); };
        const qsizetype panelist = panelistOf[entry.panelist];
        const qsizetype criterion = criterionOf[entry.criterion];
        const qsizetype bidder = qualifiedOf[entry.bidder]; // a qualified bidder is a bidder
        bool known = true;
        if (panelist < 0) {
            problems.append({where() + QStringLiteral(".panelist"),
                             QCoreApplication::translate("Evaluator", "%1 is not a panel member")
                                 .arg(scores.code(entry.panelist))});
            known = false;
        }
        if (bidder < 0 && bidderOf[entry.bidder] < 0) {
            problems.append(
                {where() + QStringLiteral(".bidder"),
                 QCoreApplication::translate("Evaluator", "%1 is not a bidder").arg(scores.code(entry.bidder))});
            known = false;
        }
        if (criterion < 0) {
            problems.append(
                {where() + QStringLiteral(".criterion"),
                 QCoreApplication::translate("Evaluator", "%1 is not a criterion").arg(scores.code(entry.criterion))});
            known = false;
        }
        if (!known || bidder < 0)
            continue;
        const Criterion& max = scenario.criteria[criterion];
        if (entry.score < 0) {
            problems.append({where() + QStringLiteral(".score"),
                             QCoreApplication::translate("Evaluator", "%1 is below the minimum 0")
                                 .arg(Decimal::formatShort(entry.score))});
        } else if (entry.score > max.max) {
            problems.append({where() + QStringLiteral(".score"),
                             QCoreApplication::translate("Evaluator", "%1 is above the maximum %2 of criterion %3")
                                 .arg(Decimal::formatShort(entry.score), Decimal::formatShort(max.max), max.id)});
        }
        if (read.add(cellOf(bidder, panelist, criterion), entry.score))
            ++filled;
        else
            problems.append(
                {where(),
                 QCoreApplication::translate("Evaluator", "a second score of panelist %1 for bidder %2 on criterion %3")
                     .arg(scores.code(entry.panelist), scores.code(entry.bidder), scores.code(entry.criterion))});
    }
    // The usual case: every cell has its score, and the table is the sheets. A code repeated in the
    // panel, the criteria or the qualified bidders leaves the cells of its later places empty (scores
    // go to its first), so a full table also says that no code repeats and its cells are the sheets'.
    if (read.isDense() && filled == qualified.size() * cells) {
        if (!problems.isEmpty())
            return {};
        return Sheets{read.takeValues(), cells};
    }
    const QList<qsizetype> panelPositions = firstPositions(scenario.panel, panelFirst);
    const QList<qsizetype> criterionPositions = firstPositions(scenario.criteria, criterionFirst);
    QList<qsizetype> bidderPositions(qualified.size());
    for (qsizetype b = 0; b < qualified.size(); ++b)
        bidderPositions[b] = qualifiedFirst.value(qualified[b]);
    for (qsizetype p = 0; p < scenario.panel.size(); ++p)
        for (qsizetype b = 0; b < qualified.size(); ++b)
            for (qsizetype c = 0; c < criteria; ++c)
                if (!read.given(cellOf(bidderPositions[b], panelPositions[p], criterionPositions[c])))
                    problems.append({QStringLiteral("scores"),
                                     QCoreApplication::translate(
                                         "Evaluator", "missing the score of panelist %1 for bidder %2 on criterion %3")
                                         .arg(scenario.panel[p].id, qualified[b], scenario.criteria[c].id)});
    // Only a complete set of scores is scored.
    if (!problems.isEmpty())
        return {};
    // Each entry of the panel, the criteria and the qualified bidders gets the scores of its code.
    Sheets sheets{std::vector<Hundredths>(std::size_t(qualified.size() * cells)), cells};
    for (qsizetype b = 0; b < qualified.size(); ++b) {
        Hundredths* sheet = sheets.of(b);
        for (qsizetype p = 0; p < scenario.panel.size(); ++p)
            for (qsizetype c = 0; c < criteria; ++c)
                sheet[p * criteria + c] =
                    read.value(cellOf(bidderPositions[b], panelPositions[p], criterionPositions[c]));
    }
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
    const Project& project = scenario.project;
    // With service areas, the shares may be left out: the winners then get none.
    const bool sharesGiven = !project.allocation.isEmpty() || project.areas.isEmpty();
    if (sharesGiven && project.allocation.value(winners).size() != winners)
        problems.append({QStringLiteral("project.allocation"),
                         QCoreApplication::translate("Evaluator", "needs %1 percentages for %1 winners").arg(winners)});
    if (!project.areas.isEmpty() && project.areas.value(winners).size() != winners)
        problems.append(
            {QStringLiteral("project.areas"),
             QCoreApplication::translate("Evaluator", "has no service areas for %1 winners: %1 bidders qualify to win")
                 .arg(winners)});
}

// What each winning position receives, for rule 6: its share, or, with service areas, an area of its
// own, so that any tie among the winners matters.
QList<int> lotsOf(const Project& project, int winners)
{
    if (project.areas.isEmpty())
        return project.allocation.value(winners);
    QList<int> lots;
    for (int i = 0; i < winners; ++i)
        lots.append(i);
    return lots;
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
    if (scenario.scores && !evaluation.excluded.isEmpty()) {
        const ScoreList& scores = *scenario.scores;
        std::vector<bool> named(std::size_t(scores.codes().size()), false);
        for (const ScoreList::Row& row : scores.rows())
            named[row.bidder] = true;
        QSet<QString> scored;
        for (qsizetype code = 0; code < scores.codes().size(); ++code)
            if (named[std::size_t(code)])
                scored.insert(scores.codes().at(code));
        for (const Exclusion& exclusion : std::as_const(evaluation.excluded))
            if (scored.contains(exclusion.bidder))
                evaluation.warnings.append(QStringLiteral("scores_ignored:") + exclusion.bidder);
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
    const Sheets sheets = collectSheets(scenario, qualified, problems);
    if (!problems.isEmpty()) {
        outcome.problems = problems;
        return outcome;
    }

    const ScoreCalculator calculator(scenario.panel, scenario.criteria, scenario.project.trim);
    QList<RankEntry> entries;
    entries.reserve(qualified.size());
    for (qsizetype b = 0; b < qualified.size(); ++b)
        entries.append(calculator.score(qualified[b], sheets.of(b)));

    const QList<int> shares = scenario.project.allocation.value(winners);
    const QList<ServiceArea> areas = scenario.project.areas.value(winners);
    const Standings initial = Standings::fromScores(entries, scenario.project.tiePrecision);
    const VoteResolver::Result votes = VoteResolver::resolve(initial, scenario.votes, int(scenario.panel.size()),
                                                             winners, lotsOf(scenario.project, winners));
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
            if (!scenario.project.allocation.isEmpty())
                entry.share = Standings::share(entry.position, winners, shares);
            if (entry.position <= winners && entry.position <= areas.size())
                entry.area = areas.at(entry.position - 1);
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
