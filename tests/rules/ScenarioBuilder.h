#pragma once

#include "model/Scenario.h"
#include "rules/Evaluator.h"

namespace tp::test {

// Compact construction of scenarios for the rules tests: ids are C1.., B1.., P1.. (P1 leads).
class ScenarioBuilder
{
public:
    ScenarioBuilder();

    ScenarioBuilder& criteria(int count, Hundredths max = 10000);
    ScenarioBuilder& bidders(int count);
    ScenarioBuilder& panel(int count);
    ScenarioBuilder& winners(int maxWinners, const QMap<int, QList<int>>& allocation);
    ScenarioBuilder& minBidders(int count);
    ScenarioBuilder& trim(int highest, int lowest, TrimLevel level = TrimLevel::Total);
    ScenarioBuilder& precision(TiePrecision precision);
    // One row per panelist (panel order), one value per criterion (criteria order).
    ScenarioBuilder& sheet(const QString& bidder, const QList<QList<Hundredths>>& rows);
    // Each panelist's total, all of it on C1 (other criteria score 0).
    ScenarioBuilder& totals(const QString& bidder, const QList<Hundredths>& perPanelist);
    // "B1 B2", "B2 B1 - B2": ids separated by spaces, "-" a blank ballot.
    ScenarioBuilder& vote(const QString& tied, const QString& ballots);
    // "B1 B2>B2 B1 -|B1 B2>B1": vote rounds separated by "|", each "tied>ballots" as vote() takes them.
    ScenarioBuilder& votes(const QString& rounds);
    ScenarioBuilder& publication(const QDate& start, int workingDays, bool countStartDay = false);
    ScenarioBuilder& seed(const QString& seed);
    ScenarioBuilder& manualOrder(const QStringList& order);

    Scenario& scenario() { return m_scenario; }
    const Scenario& build() const { return m_scenario; }
    Evaluator::Outcome evaluate() const;
    // The evaluation, or an empty one (its problems logged) when the scenario has problems.
    Evaluation evaluated() const;

    // "2014-07-29T17:00:00+08:00" -> the instant.
    static QDateTime at(const QString& isoWithOffset);
    static QStringList ids(const QString& spaced);
    // "1:100 2:60,40": the allocation rows by winner count.
    static QMap<int, QList<int>> allocation(const QString& rows);
    // The outcome as a data-driven test row states it: the one problem's text (its result then empty),
    // or "" and the result; the tie as "B1 B2@1-2" ("" without one).
    static QString problemOf(const Evaluator::Outcome& outcome);
    static QString tieText(const Evaluation& evaluation);
    // "B2:1:60:v B1:2:30": bidder, position, share ("n": none), "v" when decided by vote; with `areas`,
    // the area after the share ("B2:1:n:A1:v", "-": none).
    static QString ranking(const Evaluation& evaluation, bool areas = false);

private:
    void ensureScores();
    Scenario m_scenario;
};

} // namespace tp::test
