#pragma once

#include "Evaluation.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp {

// The ballot box of one anonymous voting round (docs/scenario-format.md, rule 7). Holds ballots in
// memory only, in random order from the first ballot on: no voter, no time, no sequence is ever
// kept. The contents become readable only when the round is closed.
class BallotBox
{
public:
    enum class CastError
    {
        None,
        Closed,
        Full,
        NotTied
    };

    BallotBox() = default;
    BallotBox(const QStringList& tied, int capacity);

    const QStringList& tied() const { return m_tied; }
    int capacity() const { return m_capacity; }
    int castCount() const { return int(m_ballots.size()); }
    bool isClosed() const { return m_closed; }

    // A ballot names one bidder of tied(), or is nullopt (blank).
    CastError cast(const std::optional<QString>& ballot);

    // Closes the round; the ballots come back shuffled.
    QList<std::optional<QString>> close();
    // Empty until the round is closed.
    QList<std::optional<QString>> ballots() const;
    // Ballots per tied bidder (sorted by id) and blanks; all zero until the round is closed.
    VoteTally tally() const;

private:
    QStringList m_tied;
    int m_capacity = 0;
    bool m_closed = false;
    QList<std::optional<QString>> m_ballots;
};

} // namespace tp
