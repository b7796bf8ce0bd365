#include "ScoreList.h"

namespace tp {

ScoreList::ScoreList(const QList<ScoreEntry>& entries)
{
    m_rows.reserve(entries.size());
    for (const ScoreEntry& e : entries)
        append(e);
}

QList<ScoreEntry> ScoreList::toList() const
{
    QList<ScoreEntry> list;
    list.reserve(size());
    for (const Row& row : m_rows)
        list.append(entry(row));
    return list;
}

std::optional<ScoreList::Code> ScoreList::find(const QString& text) const
{
    const auto it = m_positions.constFind(text);
    if (it == m_positions.cend())
        return std::nullopt;
    return *it;
}

ScoreList::Code ScoreList::intern(const QString& text)
{
    if (const std::optional<Code> known = find(text))
        return *known;
    const Code position = Code(m_codes.size());
    m_codes.append(text);
    m_positions.insert(text, position);
    return position;
}

void ScoreList::append(const ScoreEntry& entry)
{
    m_rows.append(Row{intern(entry.panelist), intern(entry.bidder), intern(entry.criterion), entry.score});
}

} // namespace tp
