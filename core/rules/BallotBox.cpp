#include "BallotBox.h"

#include <QRandomGenerator>

#include <algorithm>

namespace tp {

BallotBox::BallotBox(const QStringList& tied, int capacity) : m_tied(tied), m_capacity(capacity)
{
    m_tied.sort();
    m_tied.removeDuplicates();
}

BallotBox::CastError BallotBox::cast(const std::optional<QString>& ballot)
{
    if (m_closed)
        return CastError::Closed;
    if (m_ballots.size() >= m_capacity)
        return CastError::Full;
    if (ballot && !m_tied.contains(*ballot))
        return CastError::NotTied;
    const qsizetype at = qsizetype(QRandomGenerator::system()->bounded(quint32(m_ballots.size() + 1)));
    m_ballots.insert(at, ballot);
    return CastError::None;
}

QList<std::optional<QString>> BallotBox::close()
{
    m_closed = true;
    std::shuffle(m_ballots.begin(), m_ballots.end(), *QRandomGenerator::system());
    return m_ballots;
}

QList<std::optional<QString>> BallotBox::ballots() const
{
    return m_closed ? m_ballots : QList<std::optional<QString>>();
}

VoteTally BallotBox::tally() const
{
    VoteTally result;
    result.tied = m_tied;
    for (const QString& bidder : m_tied) {
        int count = 0;
        if (m_closed)
            count = int(std::count(m_ballots.cbegin(), m_ballots.cend(), std::optional<QString>(bidder)));
        result.counts.append({bidder, count});
    }
    if (m_closed)
        result.blank = int(std::count(m_ballots.cbegin(), m_ballots.cend(), std::optional<QString>()));
    return result;
}

} // namespace tp
