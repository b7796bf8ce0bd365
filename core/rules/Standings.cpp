#include "Standings.h"

#include <algorithm>

namespace tp {

Standings Standings::fromScores(const QList<RankEntry>& entries, TiePrecision precision)
{
    auto compare = [precision](const RankEntry& a, const RankEntry& b) {
        if (precision == TiePrecision::Rounded)
            return a.published < b.published ? -1 : (a.published > b.published ? 1 : 0);
        return a.score.compare(b.score);
    };
    QList<RankEntry> sorted = entries;
    std::sort(sorted.begin(), sorted.end(), [&compare](const RankEntry& a, const RankEntry& b) {
        const int c = compare(a, b);
        return c != 0 ? c > 0 : a.bidder < b.bidder;
    });
    Standings standings;
    for (int i = 0; i < sorted.size(); ++i) {
        if (i > 0 && compare(sorted[i - 1], sorted[i]) == 0)
            standings.m_blocks.last().bidders.append(sorted[i].bidder);
        else
            standings.m_blocks.append({i + 1, {sorted[i].bidder}});
    }
    return standings;
}

int Standings::position(const QString& bidder) const
{
    for (const Block& block : m_blocks)
        if (block.bidders.contains(bidder))
            return block.first;
    return 0;
}

int Standings::share(int position, int winners, const QList<int>& shares)
{
    if (position < 1 || position > winners || position > shares.size())
        return 0;
    return shares[position - 1];
}

bool Standings::matters(const Block& block, int winners, const QList<int>& shares)
{
    if (block.bidders.size() < 2 || block.first > winners)
        return false;
    if (block.last() > winners)
        return true;
    const int firstShare = share(block.first, winners, shares);
    for (int p = block.first + 1; p <= block.last(); ++p)
        if (share(p, winners, shares) != firstShare)
            return true;
    return false;
}

int Standings::firstMattering(int winners, const QList<int>& shares) const
{
    for (int i = 0; i < m_blocks.size(); ++i)
        if (matters(m_blocks[i], winners, shares))
            return i;
    return -1;
}

void Standings::split(int index, const QHash<QString, int>& ballots)
{
    const Block block = m_blocks[index];
    QStringList members = block.bidders;
    std::sort(members.begin(), members.end(), [&ballots](const QString& a, const QString& b) {
        const int va = ballots.value(a);
        const int vb = ballots.value(b);
        return va != vb ? va > vb : a < b;
    });
    QList<Block> parts;
    for (int i = 0; i < members.size(); ++i) {
        if (i > 0 && ballots.value(members[i - 1]) == ballots.value(members[i]))
            parts.last().bidders.append(members[i]);
        else
            parts.append({block.first + i, {members[i]}});
    }
    m_blocks.removeAt(index);
    for (int i = 0; i < parts.size(); ++i)
        m_blocks.insert(index + i, parts[i]);
}

} // namespace tp
