#include "Robustness.h"

#include "Evaluator.h"
#include "PanelRules.h"

#include <algorithm>

namespace tp {

namespace {

int sign(qint64 v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

Fraction difference(const Fraction& a, const Fraction& b)
{
    return a + Fraction(-b.numerator(), b.denominator());
}

Fraction magnitude(const Fraction& f)
{
    return f.numerator() < 0 ? Fraction(-f.numerator(), f.denominator()) : f;
}

QStringList biddersOf(const QList<RankEntry>& ranking)
{
    QStringList ids;
    ids.reserve(ranking.size());
    for (const RankEntry& e : ranking)
        ids.append(e.bidder);
    return ids;
}

LeaveOneOut leaveOut(const Scenario& scenario, const Evaluation& evaluation, const Evaluator& evaluator,
                     const QString& panelist)
{
    LeaveOneOut row;
    row.panelist = panelist;
    row.changed = true;
    if (PanelRules::tooSmallToTrim(scenario.panel.size() - 1, scenario.project.trim)) {
        row.tooSmall = true;
        return row;
    }
    const Evaluator::Outcome outcome = evaluator.evaluate(RobustnessAnalysis::without(scenario, panelist));
    if (!outcome.ok())
        return row; // cannot happen for a scenario that evaluated: only scores and votes differ
    const Evaluation& ev = *outcome.evaluation;
    row.ranking = biddersOf(ev.ranking);
    if (ev.status == EvaluationStatus::Final) {
        row.winners = ev.winners;
        row.changed = ev.winners != evaluation.winners;
    } else if (ev.status == EvaluationStatus::VoteRequired && ev.tie) {
        row.tie = ev.tie->bidders;
    }
    return row;
}

PanelistFigures figuresOf(const Scenario& scenario, const Evaluation& evaluation, qsizetype p)
{
    PanelistFigures f;
    f.panelist = scenario.panel.at(p).id;
    const bool byCriterion = scenario.project.trim.level == TrimLevel::Criterion;
    const QList<RankEntry>& ranking = evaluation.ranking;
    Fraction deviation;
    for (const RankEntry& e : ranking) {
        if (byCriterion) {
            for (const CriterionResult& c : e.criteria) {
                f.droppedHighest += int(c.droppedHighest.count(f.panelist));
                f.droppedLowest += int(c.droppedLowest.count(f.panelist));
            }
        } else {
            f.droppedHighest += int(e.droppedHighest.count(f.panelist));
            f.droppedLowest += int(e.droppedLowest.count(f.panelist));
        }
        deviation = deviation + magnitude(difference(Fraction::fromHundredths(e.totals.at(p).total), e.score));
    }
    if (!ranking.isEmpty())
        f.meanDeviation = Fraction(deviation.numerator(), deviation.denominator() * ranking.size());
    for (qsizetype i = 0; i < ranking.size(); ++i)
        for (qsizetype j = i + 1; j < ranking.size(); ++j) {
            const int member = sign(ranking[i].totals.at(p).total - ranking[j].totals.at(p).total);
            const int panel = ranking[i].score.compare(ranking[j].score);
            if (member == 0 || panel == 0)
                continue;
            if (member == panel)
                ++f.concordant;
            else
                ++f.discordant;
        }
    return f;
}

} // namespace

Scenario RobustnessAnalysis::without(const Scenario& scenario, const QString& panelist)
{
    Scenario smaller = scenario;
    smaller.panel.removeIf([&panelist](const Panelist& p) { return p.id == panelist; });
    if (smaller.scores)
        if (const std::optional<ScoreList::Code> code = smaller.scores->find(panelist))
            smaller.scores->removeRowsIf([code](const ScoreList::Row& s) { return s.panelist == *code; });
    smaller.votes.clear();
    return smaller;
}

Robustness RobustnessAnalysis::analyse(const Scenario& scenario, const Evaluation& evaluation,
                                       const Evaluator& evaluator)
{
    Robustness r;
    r.status = evaluation.status;
    if (evaluation.status != EvaluationStatus::Final && evaluation.status != EvaluationStatus::VoteRequired)
        return r;
    r.analysed = true;
    r.winners = evaluation.winners;

    // The winners' places: the first min(max_winners, qualified) of the ranking (before a vote, tied
    // bidders stand in id order there).
    const qsizetype winnerPlaces = std::min<qsizetype>(scenario.project.maxWinners, evaluation.ranking.size());
    if (winnerPlaces > 0 && winnerPlaces < evaluation.ranking.size()) {
        const RankEntry& last = evaluation.ranking.at(winnerPlaces - 1);
        const RankEntry& other = evaluation.ranking.at(winnerPlaces);
        r.margin = RobustnessMargin{last.bidder, other.bidder, difference(last.score, other.score)};
    }

    // The panel members who scored: every member of the panel (the scores are complete).
    for (const Panelist& p : scenario.panel)
        r.leaveOneOut.append(leaveOut(scenario, evaluation, evaluator, p.id));
    for (qsizetype p = 0; p < scenario.panel.size(); ++p)
        r.panelists.append(figuresOf(scenario, evaluation, p));
    return r;
}

} // namespace tp
