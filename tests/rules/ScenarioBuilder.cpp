#include "ScenarioBuilder.h"

#include "rules/WorkingDayCalendar.h"

#include <QtDebug>

namespace tp::test {

ScenarioBuilder::ScenarioBuilder()
{
    m_scenario.project.title = QStringLiteral("Test negotiation");
    m_scenario.project.purchaser = QStringLiteral("Test centre");
}

ScenarioBuilder& ScenarioBuilder::criteria(int count, Hundredths max)
{
    m_scenario.criteria.clear();
    for (int i = 1; i <= count; ++i)
        m_scenario.criteria.append({QStringLiteral("C%1").arg(i), QStringLiteral("Criterion %1").arg(i), max});
    return *this;
}

ScenarioBuilder& ScenarioBuilder::bidders(int count)
{
    m_scenario.bidders.clear();
    for (int i = 1; i <= count; ++i) {
        Bidder bidder;
        bidder.id = QStringLiteral("B%1").arg(i);
        bidder.name = QStringLiteral("Bidder %1").arg(i);
        m_scenario.bidders.append(bidder);
    }
    return *this;
}

ScenarioBuilder& ScenarioBuilder::panel(int count)
{
    m_scenario.panel.clear();
    for (int i = 1; i <= count; ++i)
        m_scenario.panel.append({QStringLiteral("P%1").arg(i), QStringLiteral("Panelist %1").arg(i),
                                 i == 1 ? PanelRole::Leader : PanelRole::Member});
    return *this;
}

ScenarioBuilder& ScenarioBuilder::winners(int maxWinners, const QMap<int, QList<int>>& allocation)
{
    m_scenario.project.maxWinners = maxWinners;
    m_scenario.project.allocation = allocation;
    return *this;
}

ScenarioBuilder& ScenarioBuilder::minBidders(int count)
{
    m_scenario.project.minBidders = count;
    return *this;
}

ScenarioBuilder& ScenarioBuilder::trim(int highest, int lowest, TrimLevel level)
{
    m_scenario.project.trim = {highest, lowest, level};
    return *this;
}

ScenarioBuilder& ScenarioBuilder::precision(TiePrecision precision)
{
    m_scenario.project.tiePrecision = precision;
    return *this;
}

void ScenarioBuilder::ensureScores()
{
    if (!m_scenario.scores)
        m_scenario.scores = QList<ScoreEntry>();
}

ScenarioBuilder& ScenarioBuilder::sheet(const QString& bidder, const QList<QList<Hundredths>>& rows)
{
    ensureScores();
    for (int p = 0; p < rows.size(); ++p)
        for (int c = 0; c < rows[p].size(); ++c)
            m_scenario.scores->append({m_scenario.panel[p].id, bidder, m_scenario.criteria[c].id, rows[p][c]});
    return *this;
}

ScenarioBuilder& ScenarioBuilder::totals(const QString& bidder, const QList<Hundredths>& perPanelist)
{
    QList<QList<Hundredths>> rows;
    for (Hundredths total : perPanelist) {
        QList<Hundredths> row(m_scenario.criteria.size(), 0);
        row[0] = total;
        rows.append(row);
    }
    return sheet(bidder, rows);
}

ScenarioBuilder& ScenarioBuilder::vote(const QString& tied, const QString& ballots)
{
    VoteRound round;
    round.tied = ids(tied);
    for (const QString& ballot : ids(ballots))
        round.ballots.append(ballot == QLatin1String("-") ? std::nullopt : std::optional<QString>(ballot));
    m_scenario.votes.append(round);
    return *this;
}

ScenarioBuilder& ScenarioBuilder::publication(const QDate& start, int workingDays, bool countStartDay)
{
    m_scenario.project.publication = PublicationRule{start, workingDays, countStartDay};
    return *this;
}

ScenarioBuilder& ScenarioBuilder::seed(const QString& seed)
{
    m_scenario.draw = DrawRecord{seed, std::nullopt, {}};
    return *this;
}

ScenarioBuilder& ScenarioBuilder::manualOrder(const QStringList& order)
{
    m_scenario.draw = DrawRecord{std::nullopt, order, {}};
    return *this;
}

Evaluator::Outcome ScenarioBuilder::evaluate() const
{
    return Evaluator(WorkingDayCalendar::standard()).evaluate(m_scenario);
}

Evaluation ScenarioBuilder::evaluated() const
{
    const Evaluator::Outcome outcome = evaluate();
    for (const Problem& problem : outcome.problems)
        qWarning().noquote() << problem.toString();
    Evaluation empty;
    empty.reason = QStringLiteral("(problems)");
    return outcome.evaluation.value_or(empty);
}

QDateTime ScenarioBuilder::at(const QString& isoWithOffset)
{
    const QDateTime time = QDateTime::fromString(isoWithOffset, Qt::ISODate);
    Q_ASSERT(time.isValid());
    return time;
}

QStringList ScenarioBuilder::ids(const QString& spaced)
{
    return spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QMap<int, QList<int>> ScenarioBuilder::allocation(const QString& rows)
{
    QMap<int, QList<int>> result;
    for (const QString& row : ids(rows)) {
        const QStringList parts = row.split(QLatin1Char(':'));
        QList<int> shares;
        for (const QString& v : parts[1].split(QLatin1Char(',')))
            shares.append(v.toInt());
        result.insert(parts[0].toInt(), shares);
    }
    return result;
}

QString ScenarioBuilder::problemOf(const Evaluator::Outcome& outcome)
{
    if (outcome.ok())
        return QString();
    QStringList texts;
    for (const Problem& p : outcome.problems)
        texts.append(p.toString());
    return texts.join(QLatin1Char('\n'));
}

ScenarioBuilder& ScenarioBuilder::votes(const QString& rounds)
{
    for (const QString& round : rounds.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QStringList parts = round.split(QLatin1Char('>'));
        vote(parts[0], parts[1]);
    }
    return *this;
}

QString ScenarioBuilder::ranking(const Evaluation& evaluation, bool areas)
{
    QStringList items;
    for (const RankEntry& r : evaluation.ranking) {
        QString item = r.bidder + QLatin1Char(':') + QString::number(r.position) + QLatin1Char(':') +
                       (r.share ? QString::number(*r.share) : QStringLiteral("n"));
        if (areas)
            item += QLatin1Char(':') + (r.area ? r.area->name : QStringLiteral("-"));
        if (r.decidedByVote)
            item += QStringLiteral(":v");
        items.append(item);
    }
    return items.join(QLatin1Char(' '));
}

QString ScenarioBuilder::tieText(const Evaluation& evaluation)
{
    if (!evaluation.tie)
        return QString();
    return evaluation.tie->bidders.join(QLatin1Char(' ')) +
           QStringLiteral("@%1-%2").arg(evaluation.tie->first).arg(evaluation.tie->last);
}

} // namespace tp::test
