#include "ScenarioBuilder.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace tp;
using tp::test::ScenarioBuilder;

// Random scenarios checked against a brute-force recomputation of scores, positions and ties
// written from the rules' text, independently of the engine's classes.
class TestProperty : public QObject
{
    Q_OBJECT
private slots:
    void randomScenarios();
    void randomVotes();
};

namespace {

struct Rational
{
    __extension__ __int128 num = 0; // hundredths
    __extension__ __int128 den = 1;
};

int compareExact(const Rational& a, const Rational& b)
{
    const auto l = a.num * b.den;
    const auto r = b.num * a.den;
    return l < r ? -1 : (l > r ? 1 : 0);
}

qint64 halfUp(const Rational& r)
{
    return qint64((2 * r.num + r.den) / (2 * r.den));
}

struct Case
{
    int panel = 0;
    int bidders = 0;
    int criteria = 0;
    int highest = 0;
    int lowest = 0;
    bool criterionLevel = false;
    bool rounded = false;
    int maxWinners = 1;
    QMap<int, QList<int>> allocation;
    // scores[b][p][c]
    QList<QList<QList<qint64>>> scores;
};

QList<int> randomShares(QRandomGenerator& rng, int k)
{
    QList<int> weights;
    for (int i = 0; i < k; ++i)
        weights.append(rng.bounded(1, 4));
    std::sort(weights.begin(), weights.end(), std::greater<int>());
    int sum = 0;
    for (int w : weights)
        sum += w;
    QList<int> shares;
    int total = 0;
    for (int w : weights) {
        shares.append(w * 100 / sum);
        total += shares.last();
    }
    shares[0] += 100 - total;
    return shares;
}

Case randomCase(QRandomGenerator& rng)
{
    Case c;
    c.panel = rng.bounded(3, 10);
    c.bidders = rng.bounded(2, 9);
    c.criteria = rng.bounded(1, 7);
    c.highest = rng.bounded(0, std::min(3, c.panel - 1) + 1);
    c.lowest = rng.bounded(0, std::min(3, c.panel - 1 - c.highest) + 1);
    c.criterionLevel = rng.bounded(2) == 1;
    c.rounded = rng.bounded(2) == 1;
    c.maxWinners = rng.bounded(1, c.bidders + 2);
    for (int k = 1; k <= c.maxWinners; ++k)
        c.allocation.insert(k, randomShares(rng, k));
    // A few distinct values and occasional odd hundredths: many ties, exact and rounded.
    const int spread = rng.bounded(1, 4);
    for (int b = 0; b < c.bidders; ++b) {
        QList<QList<qint64>> sheet;
        for (int p = 0; p < c.panel; ++p) {
            QList<qint64> row;
            for (int k = 0; k < c.criteria; ++k)
                row.append(qint64(rng.bounded(0, spread + 1)) * 50 + (rng.bounded(8) == 0 ? 1 : 0));
            sheet.append(row);
        }
        c.scores.append(sheet);
    }
    return c;
}

// The score by the rule's text: drop values, average the rest; at level criterion every criterion
// keeps the same number of panel values, so the sum of the means is the kept sum over that count.
Rational bruteScore(const Case& c, int b)
{
    const int kept = c.panel - c.highest - c.lowest;
    auto keptSum = [&](QList<qint64> values) {
        std::sort(values.begin(), values.end());
        qint64 sum = 0;
        for (int i = c.lowest; i < values.size() - c.highest; ++i)
            sum += values[i];
        return sum;
    };
    Rational r;
    r.den = kept;
    if (!c.criterionLevel) {
        QList<qint64> totals;
        for (int p = 0; p < c.panel; ++p) {
            qint64 t = 0;
            for (qint64 v : c.scores[b][p])
                t += v;
            totals.append(t);
        }
        r.num = keptSum(totals);
    } else {
        for (int k = 0; k < c.criteria; ++k) {
            QList<qint64> values;
            for (int p = 0; p < c.panel; ++p)
                values.append(c.scores[b][p][k]);
            r.num += keptSum(values);
        }
    }
    return r;
}

ScenarioBuilder toScenario(const Case& c)
{
    ScenarioBuilder builder;
    builder.criteria(c.criteria, 1000).bidders(c.bidders).panel(c.panel);
    builder.trim(c.highest, c.lowest, c.criterionLevel ? TrimLevel::Criterion : TrimLevel::Total);
    builder.precision(c.rounded ? TiePrecision::Rounded : TiePrecision::Exact);
    builder.winners(c.maxWinners, c.allocation);
    for (int b = 0; b < c.bidders; ++b)
        builder.sheet(QStringLiteral("B%1").arg(b + 1), c.scores[b]);
    return builder;
}

// Positions of bidders (index -> position); the best-placed tie that matters, by definition.
QStringList firstMatteringTie(const QList<int>& position, int w, const QList<int>& shares, int* first)
{
    auto share = [&](int pos) { return pos <= w ? shares[pos - 1] : 0; };
    for (int p = 1; p <= w; ++p) {
        QStringList group;
        for (int b = 0; b < position.size(); ++b)
            if (position[b] == p)
                group.append(QStringLiteral("B%1").arg(b + 1));
        if (group.size() < 2)
            continue;
        const int q = p + int(group.size()) - 1;
        bool matters = q > w;
        for (int i = p; i <= q; ++i)
            matters = matters || share(i) != share(p);
        if (matters) {
            std::sort(group.begin(), group.end());
            *first = p;
            return group;
        }
    }
    return {};
}

} // namespace

void TestProperty::randomVotes()
{
    QRandomGenerator rng(77031);
    int resolved = 0;
    int multiRound = 0;
    for (int run = 0; run < 600; ++run) {
        Case c = randomCase(rng);
        // Fewer distinct totals: more ties to vote on.
        for (auto& sheet : c.scores)
            for (auto& row : sheet)
                for (qint64& v : row)
                    v = (v / 50) % 2 * 50;
        ScenarioBuilder builder = toScenario(c);
        const QString context = QStringLiteral("run %1").arg(run);
        const Evaluation initial = builder.evaluated();
        QList<int> position(c.bidders, 0);
        for (const RankEntry& r : initial.ranking)
            position[r.bidder.mid(1).toInt() - 1] = r.position;
        const int w = std::min(c.maxWinners, c.bidders);
        const QList<int> shares = c.allocation.value(w);
        QSet<QString> voted;
        QHash<QString, int> roundsTaken;
        int rounds = 0;
        for (;;) {
            const Evaluation e = builder.evaluated();
            int first = 0;
            const QStringList tie = firstMatteringTie(position, w, shares, &first);
            if (tie.isEmpty()) {
                QVERIFY2(e.status == EvaluationStatus::Final, qPrintable(context));
                for (const RankEntry& r : e.ranking) {
                    const int pos = position[r.bidder.mid(1).toInt() - 1];
                    QVERIFY2(r.position == pos, qPrintable(context));
                    QVERIFY2(r.share == std::optional<int>(pos <= w ? shares[pos - 1] : 0), qPrintable(context));
                    QVERIFY2(r.decidedByVote == voted.contains(r.bidder), qPrintable(context));
                    QVERIFY2(r.ballots.size() == roundsTaken.value(r.bidder), qPrintable(context));
                }
                QCOMPARE(e.tallies.size(), rounds);
                if (rounds > 0)
                    ++resolved;
                if (rounds > 1)
                    ++multiRound;
                break;
            }
            QVERIFY2(e.status == EvaluationStatus::VoteRequired, qPrintable(context));
            QCOMPARE(e.tie->bidders, tie);
            QCOMPARE(e.tie->first, first);
            QCOMPARE(e.tie->last, first + int(tie.size()) - 1);
            // The ranking shown while a vote is required is the one before any vote.
            QCOMPARE(e.ranking.size(), initial.ranking.size());
            for (int i = 0; i < e.ranking.size(); ++i) {
                QVERIFY2(e.ranking[i].bidder == initial.ranking[i].bidder, qPrintable(context));
                QVERIFY2(e.ranking[i].position == initial.ranking[i].position, qPrintable(context));
                QVERIFY2(!e.ranking[i].share && !e.ranking[i].decidedByVote, qPrintable(context));
            }
            QHash<QString, int> ballots;
            QStringList cast;
            const int count = rng.bounded(0, c.panel + 1);
            for (int i = 0; i < count; ++i) {
                const int pick = rng.bounded(0, int(tie.size()) + 1);
                if (pick == int(tie.size())) {
                    cast.append(QStringLiteral("-"));
                } else {
                    cast.append(tie[pick]);
                    ++ballots[tie[pick]];
                }
            }
            QStringList shuffledTie = tie;
            std::reverse(shuffledTie.begin(), shuffledTie.end());
            builder.vote(shuffledTie.join(QLatin1Char(' ')), cast.join(QLatin1Char(' ')));
            for (const QString& id : tie) {
                int more = 0;
                for (const QString& other : tie)
                    if (ballots.value(other) > ballots.value(id))
                        ++more;
                position[id.mid(1).toInt() - 1] = first + more;
                voted.insert(id);
                ++roundsTaken[id];
            }
            ++rounds;
            QVERIFY2(rounds < 60, qPrintable(context));
        }
    }
    QVERIFY(resolved > 50);
    QVERIFY(multiRound > 10);
}

void TestProperty::randomScenarios()
{
    QRandomGenerator rng(20240917);
    int voteRequired = 0;
    int sharedFinal = 0;
    const int runs = 1000;
    for (int run = 0; run < runs; ++run) {
        const Case c = randomCase(rng);
        const Evaluator::Outcome outcome = toScenario(c).evaluate();
        QVERIFY2(outcome.ok(), qPrintable(QStringLiteral("run %1").arg(run)));
        const Evaluation& e = *outcome.evaluation;

        QList<Rational> scores;
        for (int b = 0; b < c.bidders; ++b)
            scores.append(bruteScore(c, b));
        auto better = [&](int a, int b) {
            if (c.rounded)
                return halfUp(scores[a]) > halfUp(scores[b]);
            return compareExact(scores[a], scores[b]) > 0;
        };
        QList<int> position(c.bidders, 1);
        for (int a = 0; a < c.bidders; ++a)
            for (int b = 0; b < c.bidders; ++b)
                if (better(b, a))
                    ++position[a];
        const int w = std::min(c.maxWinners, c.bidders);
        auto share = [&](int pos) { return pos <= w ? c.allocation.value(w)[pos - 1] : 0; };
        // Tie groups by direct definition: bidders with the same position.
        int tieFirst = 0;
        QStringList tieBidders;
        for (int p = 1; p <= c.bidders && tieFirst == 0; ++p) {
            QStringList group;
            for (int b = 0; b < c.bidders; ++b)
                if (position[b] == p)
                    group.append(QStringLiteral("B%1").arg(b + 1));
            if (group.size() < 2 || p > w)
                continue;
            const int q = p + int(group.size()) - 1;
            bool matters = q > w;
            for (int i = p; i <= q; ++i)
                matters = matters || share(i) != share(p);
            if (matters) {
                tieFirst = p;
                tieBidders = group;
            }
        }
        std::sort(tieBidders.begin(), tieBidders.end());

        const QString context = QStringLiteral("run %1").arg(run);
        QCOMPARE(e.ranking.size(), c.bidders);
        for (int i = 0; i < e.ranking.size(); ++i) {
            const RankEntry& r = e.ranking[i];
            const int b = r.bidder.mid(1).toInt() - 1;
            QVERIFY2(r.score.compare(Fraction(qint64(scores[b].num), qint64(scores[b].den))) == 0, qPrintable(context));
            QVERIFY2(r.published == halfUp(scores[b]), qPrintable(context));
            QVERIFY2(r.position == position[b], qPrintable(context));
            if (i > 0) {
                const RankEntry& prev = e.ranking[i - 1];
                QVERIFY2(prev.position < r.position || (prev.position == r.position && prev.bidder < r.bidder),
                         qPrintable(context));
            }
            if (!c.criterionLevel) {
                QVERIFY2(r.droppedHighest.size() == c.highest && r.droppedLowest.size() == c.lowest,
                         qPrintable(context));
            } else {
                QVERIFY2(r.criteria.size() == c.criteria, qPrintable(context));
            }
        }
        if (tieFirst > 0) {
            ++voteRequired;
            QVERIFY2(e.status == EvaluationStatus::VoteRequired, qPrintable(context));
            QVERIFY2(e.tie.has_value(), qPrintable(context));
            QCOMPARE(e.tie->bidders, tieBidders);
            QCOMPARE(e.tie->first, tieFirst);
            QCOMPARE(e.tie->last, tieFirst + int(tieBidders.size()) - 1);
            QVERIFY(e.winners.isEmpty());
            for (const RankEntry& r : e.ranking)
                QVERIFY2(!r.share.has_value(), qPrintable(context));
        } else {
            QVERIFY2(e.status == EvaluationStatus::Final, qPrintable(context));
            QVERIFY(!e.tie.has_value());
            QStringList winners;
            for (const RankEntry& r : e.ranking) {
                const int b = r.bidder.mid(1).toInt() - 1;
                QVERIFY2(r.share == std::optional<int>(share(position[b])), qPrintable(context));
                if (position[b] <= w)
                    winners.append(r.bidder);
                if (position[b] <= w && std::count(position.cbegin(), position.cend(), position[b]) > 1)
                    ++sharedFinal;
            }
            QCOMPARE(e.winners, winners);
        }
    }
    // The generator really exercises both outcomes.
    QVERIFY(voteRequired > runs / 20);
    QVERIFY(voteRequired < runs - runs / 20);
    QVERIFY(sharedFinal > 0);
}

QTEST_GUILESS_MAIN(TestProperty)
#include "tst_property.moc"
