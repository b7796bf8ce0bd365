#include "PanelistSheet.h"

namespace tp {

PanelistSheet::PanelistSheet(const QString& panelist, const QList<Criterion>& criteria, const QStringList& bidders)
    : m_panelist(panelist), m_criteria(criteria), m_bidders(bidders), m_cells(criteria.size() * bidders.size())
{}

PanelistSheet::EntryError PanelistSheet::check(QStringView text, Hundredths maximum, Hundredths* value)
{
    Decimal::ParseError parseError = Decimal::ParseError::None;
    const std::optional<Hundredths> parsed = Decimal::parsePlain(text.trimmed(), &parseError);
    if (!parsed) {
        if (parseError == Decimal::ParseError::TooManyDecimals)
            return EntryError::TooManyDecimals;
        if (parseError == Decimal::ParseError::OutOfRange)
            return text.trimmed().startsWith(QLatin1Char('-')) ? EntryError::Negative : EntryError::AboveMaximum;
        return EntryError::Syntax;
    }
    if (*parsed < 0)
        return EntryError::Negative;
    if (*parsed > maximum)
        return EntryError::AboveMaximum;
    if (value)
        *value = *parsed;
    return EntryError::None;
}

bool PanelistSheet::contains(int criterion, int bidder) const
{
    return criterion >= 0 && criterion < m_criteria.size() && bidder >= 0 && bidder < m_bidders.size();
}

int PanelistSheet::indexOf(int criterion, int bidder) const
{
    return criterion * int(m_bidders.size()) + bidder;
}

std::optional<Hundredths> PanelistSheet::score(int criterion, int bidder) const
{
    if (!contains(criterion, bidder))
        return std::nullopt;
    return m_cells.at(indexOf(criterion, bidder));
}

PanelistSheet::EntryError PanelistSheet::enter(int criterion, int bidder, QStringView text)
{
    if (!contains(criterion, bidder))
        return EntryError::Syntax;
    if (text.trimmed().isEmpty()) {
        m_cells[indexOf(criterion, bidder)] = std::nullopt;
        return EntryError::None;
    }
    Hundredths value = 0;
    const EntryError error = check(text, m_criteria.at(criterion).max, &value);
    if (error == EntryError::None)
        m_cells[indexOf(criterion, bidder)] = value;
    return error;
}

bool PanelistSheet::set(int criterion, int bidder, std::optional<Hundredths> value)
{
    if (!contains(criterion, bidder))
        return false;
    if (value && (*value < 0 || *value > m_criteria.at(criterion).max))
        return false;
    m_cells[indexOf(criterion, bidder)] = value;
    return true;
}

Hundredths PanelistSheet::subtotal(int bidder) const
{
    Hundredths sum = 0;
    for (int c = 0; c < m_criteria.size(); ++c) {
        if (const std::optional<Hundredths> value = score(c, bidder))
            sum += *value;
    }
    return sum;
}

bool PanelistSheet::isBidderComplete(int bidder) const
{
    for (int c = 0; c < m_criteria.size(); ++c) {
        if (!score(c, bidder))
            return false;
    }
    return bidder >= 0 && bidder < m_bidders.size();
}

int PanelistSheet::filledCount() const
{
    int filled = 0;
    for (const std::optional<Hundredths>& cell : m_cells) {
        if (cell)
            ++filled;
    }
    return filled;
}

QList<ScoreEntry> PanelistSheet::entries() const
{
    QList<ScoreEntry> result;
    for (int c = 0; c < m_criteria.size(); ++c) {
        for (int b = 0; b < m_bidders.size(); ++b) {
            if (const std::optional<Hundredths> value = score(c, b))
                result.append(ScoreEntry{m_panelist, m_bidders.at(b), m_criteria.at(c).id, *value});
        }
    }
    return result;
}

bool PanelistSheet::load(const QList<ScoreEntry>& entries)
{
    bool allInRange = true;
    for (const ScoreEntry& entry : entries) {
        if (entry.panelist != m_panelist)
            continue;
        const int b = int(m_bidders.indexOf(entry.bidder));
        int c = -1;
        for (int i = 0; i < m_criteria.size(); ++i) {
            if (m_criteria.at(i).id == entry.criterion)
                c = i;
        }
        if (b < 0 || c < 0)
            continue;
        if (!set(c, b, entry.score))
            allInRange = false;
    }
    return allInRange;
}

QList<PanelistSheet::Cell> PanelistSheet::differences(const PanelistSheet& a, const PanelistSheet& b)
{
    QList<Cell> result;
    const int criteria = int(qMin(a.m_criteria.size(), b.m_criteria.size()));
    const int bidders = int(qMin(a.m_bidders.size(), b.m_bidders.size()));
    for (int c = 0; c < criteria; ++c) {
        for (int i = 0; i < bidders; ++i) {
            if (a.score(c, i) != b.score(c, i))
                result.append(Cell{c, i});
        }
    }
    return result;
}

} // namespace tp
