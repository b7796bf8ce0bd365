#pragma once

#include "Evaluation.h"
#include "model/Scenario.h"

#include <QHash>

namespace tp {

// Positions of the ranked bidders as blocks of bidders sharing a position (docs/scenario-format.md,
// rules 5 to 8).
class Standings
{
public:
    struct Block
    {
        int first = 0;       // the shared position
        QStringList bidders; // sorted by id; the block occupies positions first..last()
        int last() const { return first + int(bidders.size()) - 1; }
    };

    Standings() = default;
    // Ranks the entries descending by score (exact fractions or published hundredths), equal
    // scores sharing a position (1, 2, 2, 4).
    static Standings fromScores(const QList<RankEntry>& entries, TiePrecision precision);

    const QList<Block>& blocks() const { return m_blocks; }
    int position(const QString& bidder) const;

    // The share of a position when `winners` bidders win with the allocation row `shares`.
    static int share(int position, int winners, const QList<int>& shares);
    // Rule 6: a block of two or more matters when it starts inside the winners and either reaches
    // past them or covers positions with different shares. `shares` holds what each winning position
    // receives: the allocation row, or, when the winners serve service areas, one distinct value per
    // position (each serves its own area).
    static bool matters(const Block& block, int winners, const QList<int>& shares);
    // Index of the best-placed block that matters, or -1.
    int firstMattering(int winners, const QList<int>& shares) const;

    // Rule 7: orders the block at `index` by ballots, descending; bidders equal on ballots form
    // smaller blocks at positions inside it.
    void split(int index, const QHash<QString, int>& ballots);

private:
    QList<Block> m_blocks;
};

} // namespace tp
