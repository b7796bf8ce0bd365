#include "RadicalGlyphMap.h"

#include "DocumentFormat.h"

#include <QFont>
#include <QList>

#include <algorithm>
#include <vector>

namespace tp::report {

namespace {

// Code points from `first` to `last` drawn with the consecutive glyphs from `firstGlyph` on.
struct Run
{
    char32_t first;
    char32_t last;
    quint32 firstGlyph;
};

quint16 u16(const QByteArray& data, qsizetype at)
{
    return quint16((uchar(data.at(at)) << 8) | uchar(data.at(at + 1)));
}

quint32 u32(const QByteArray& data, qsizetype at)
{
    return (quint32(u16(data, at)) << 16) | u16(data, at + 2);
}

bool format12Runs(const QByteArray& cmap, qsizetype at, std::vector<Run>* runs)
{
    if (at + 16 > cmap.size())
        return false;
    const quint32 groups = u32(cmap, at + 12);
    if (groups > quint32((cmap.size() - at - 16) / 12))
        return false;
    runs->reserve(groups);
    for (quint32 i = 0; i < groups; ++i) {
        const qsizetype group = at + 16 + qsizetype(i) * 12;
        const quint32 first = u32(cmap, group);
        const quint32 last = u32(cmap, group + 4);
        if (last < first || last > 0x10FFFF)
            return false;
        runs->push_back({char32_t(first), char32_t(last), u32(cmap, group + 8)});
    }
    return true;
}

bool format4Runs(const QByteArray& cmap, qsizetype at, std::vector<Run>* runs)
{
    if (at + 14 > cmap.size())
        return false;
    const qsizetype length = u16(cmap, at + 2);
    const int segments = u16(cmap, at + 6) / 2;
    const qsizetype ends = at + 14;
    const qsizetype starts = ends + 2 * segments + 2;
    const qsizetype deltas = starts + 2 * segments;
    const qsizetype rangeOffsets = deltas + 2 * segments;
    if (rangeOffsets + 2 * segments > qMin<qsizetype>(cmap.size(), at + length))
        return false;
    for (int i = 0; i < segments; ++i) {
        const quint32 first = u16(cmap, starts + 2 * i);
        const quint32 last = u16(cmap, ends + 2 * i);
        const quint16 delta = u16(cmap, deltas + 2 * i);
        const quint16 rangeOffset = u16(cmap, rangeOffsets + 2 * i);
        if (last < first)
            continue;
        if (rangeOffset == 0) {
            // glyph = (c + delta) mod 65536: consecutive, except where it wraps around.
            quint32 c = first;
            while (c <= last) {
                const quint32 glyph = (c + delta) & 0xFFFF;
                const quint32 end = qMin(last, c + (0xFFFF - glyph));
                runs->push_back({char32_t(c), char32_t(end), glyph});
                c = end + 1;
            }
            continue;
        }
        for (quint32 c = first; c <= last; ++c) {
            const qsizetype slot = rangeOffsets + 2 * i + rangeOffset + 2 * qsizetype(c - first);
            if (slot + 2 > cmap.size())
                return false;
            const quint16 glyph = u16(cmap, slot);
            if (glyph != 0)
                runs->push_back({char32_t(c), char32_t(c), quint32((glyph + delta) & 0xFFFF)});
        }
    }
    return true;
}

// The Unicode mappings of an OpenType 'cmap' table, from the subtable FreeType reads for Unicode
// text: the full repertoire (format 12, Windows UCS-4 or Unicode full) if the font has it, else the
// BMP (format 4). False when the table has neither.
bool unicodeRuns(const QByteArray& cmap, std::vector<Run>* runs)
{
    if (cmap.size() < 4)
        return false;
    const int tables = u16(cmap, 2);
    if (4 + qsizetype(tables) * 8 > cmap.size())
        return false;
    qsizetype full = -1;
    qsizetype bmp = -1;
    for (int i = 0; i < tables; ++i) {
        const quint16 platform = u16(cmap, 4 + i * 8);
        const quint16 encoding = u16(cmap, 4 + i * 8 + 2);
        const qsizetype offset = u32(cmap, 4 + i * 8 + 4);
        if (offset + 2 > cmap.size())
            continue;
        const quint16 format = u16(cmap, offset);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode)
            continue;
        if (format == 12)
            full = offset;
        else if (format == 4)
            bmp = offset;
    }
    if (full >= 0)
        return format12Runs(cmap, full, runs);
    if (bmp >= 0)
        return format4Runs(cmap, bmp, runs);
    return false;
}

// The radicals' glyphs and the ideographs of the same glyphs, read from a font's Unicode runs.
RadicalGlyphMap::Entries entriesFromRuns(const std::vector<Run>& runs, quint32 glyphCount)
{
    constexpr std::pair<char32_t, char32_t> radicalRanges[] = {{0x2E80, 0x2EFF}, {0x2F00, 0x2FDF}};
    // The ideograph blocks and their compatibility forms; supplementary ideographs are checked too
    // (⺇ shares its glyph with U+20628 in Noto CJK SC).
    constexpr std::pair<char32_t, char32_t> ideographRanges[] = {
        {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x323AF}};
    QHash<quint32, QList<char32_t>> radicalsByGlyph;
    for (const Run& run : runs)
        for (const auto& range : radicalRanges)
            for (char32_t c = qMax(run.first, range.first); c <= qMin(run.last, range.second); ++c) {
                const quint32 glyph = run.firstGlyph + (c - run.first);
                if (glyph != 0 && glyph < glyphCount)
                    radicalsByGlyph[glyph].append(c);
            }
    RadicalGlyphMap::Entries result;
    if (radicalsByGlyph.isEmpty())
        return result;
    QList<quint32> glyphs = radicalsByGlyph.keys();
    std::sort(glyphs.begin(), glyphs.end());
    // The lowest ideograph of each radical glyph: of the runs that draw it, the lowest code point.
    QHash<quint32, char32_t> lowest;
    for (const Run& run : runs) {
        for (const auto& range : ideographRanges) {
            const char32_t first = qMax(run.first, range.first);
            const char32_t last = qMin(run.last, range.second);
            if (first > last)
                continue;
            const quint32 firstGlyph = run.firstGlyph + (first - run.first);
            const quint32 lastGlyph = firstGlyph + (last - first);
            for (auto it = std::lower_bound(glyphs.cbegin(), glyphs.cend(), firstGlyph);
                 it != glyphs.cend() && *it <= lastGlyph; ++it) {
                const char32_t c = first + (*it - firstGlyph);
                auto found = lowest.find(*it);
                if (found == lowest.end())
                    lowest.insert(*it, c);
                else if (c < found.value())
                    found.value() = c;
            }
        }
    }
    for (auto it = radicalsByGlyph.cbegin(); it != radicalsByGlyph.cend(); ++it) {
        const auto ideograph = lowest.constFind(it.key());
        if (ideograph != lowest.cend())
            for (char32_t radical : it.value())
                result.insert(radical, ideograph.value());
    }
    return result;
}

// Glyph indexes of the code points first..last (inclusive), one per code point.
QList<quint32> glyphsOf(const QRawFont& font, char32_t first, char32_t last)
{
    QList<char32_t> codePoints;
    codePoints.reserve(qsizetype(last - first + 1));
    for (char32_t c = first; c <= last; ++c)
        codePoints.append(c);
    const QString text = QString::fromUcs4(codePoints.constData(), codePoints.size());
    QList<quint32> glyphs(text.size());
    int count = int(glyphs.size());
    if (!font.glyphIndexesForChars(text.constData(), int(text.size()), glyphs.data(), &count))
        return {};
    glyphs.resize(count);
    return glyphs;
}

} // namespace

RadicalGlyphMap RadicalGlyphMap::fromFont(const QRawFont& font)
{
    RadicalGlyphMap result;
    if (!font.isValid())
        return result;
    // Read from the font's character map: a walk over its runs of consecutive glyphs, where asking
    // the font for the glyph of every ideograph (over 90,000 code points) takes tens of milliseconds.
    std::vector<Run> runs;
    const QByteArray maxp = font.fontTable("maxp");
    if (maxp.size() >= 6 && unicodeRuns(font.fontTable("cmap"), &runs)) {
        result.m_map = entriesFromRuns(runs, u16(maxp, 4));
        return result;
    }
    return fromGlyphLookups(font);
}

RadicalGlyphMap RadicalGlyphMap::fromGlyphLookups(const QRawFont& font)
{
    RadicalGlyphMap result;
    if (!font.isValid())
        return result;
    // The glyph of every radical the font has.
    QHash<quint32, QList<char32_t>> radicalsByGlyph;
    for (const auto& range : {std::pair<char32_t, char32_t>{0x2E80, 0x2EFF}, {0x2F00, 0x2FDF}}) {
        const QList<quint32> glyphs = glyphsOf(font, range.first, range.second);
        for (qsizetype i = 0; i < glyphs.size(); ++i)
            if (glyphs.at(i) != 0)
                radicalsByGlyph[glyphs.at(i)].append(range.first + char32_t(i));
    }
    if (radicalsByGlyph.isEmpty())
        return result;
    // The lowest other code point with the same glyph: the ideograph blocks and their compatibility
    // forms, in ascending order, so the first hit is the lowest.
    const std::pair<char32_t, char32_t> ranges[] = {
        {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x323AF}};
    for (const auto& range : ranges) {
        // Walk in blocks to keep the temporary arrays small.
        for (char32_t start = range.first; start <= range.second; start += 0x1000) {
            const char32_t end = qMin<char32_t>(range.second, start + 0xFFF);
            const QList<quint32> glyphs = glyphsOf(font, start, end);
            for (qsizetype i = 0; i < glyphs.size(); ++i) {
                const auto it = radicalsByGlyph.constFind(glyphs.at(i));
                if (it == radicalsByGlyph.cend())
                    continue;
                for (char32_t radical : it.value())
                    if (!result.m_map.contains(radical))
                        result.m_map.insert(radical, start + char32_t(i));
            }
        }
    }
    return result;
}

std::unique_lock<std::mutex> RadicalGlyphMap::lock() const
{
    return m_lock ? std::unique_lock<std::mutex>(*m_lock) : std::unique_lock<std::mutex>();
}

char32_t RadicalGlyphMap::ideograph(char32_t radical) const
{
    const auto locked = lock();
    for (;;) {
        const auto it = m_map.constFind(radical);
        if (it != m_map.cend())
            return it.value();
        if (!readNextFont())
            return 0;
    }
}

qsizetype RadicalGlyphMap::size() const
{
    const auto locked = lock();
    while (readNextFont()) {
    }
    return m_map.size();
}

bool RadicalGlyphMap::readNextFont() const
{
    if (m_unread.isEmpty())
        return false;
    const std::pair<QStringList, bool> next = m_unread.takeFirst();
    QFont font;
    font.setFamilies(next.first);
    font.setBold(next.second);
    font.setPixelSize(16);
    const RadicalGlyphMap read = fromFont(QRawFont::fromFont(font));
    for (auto it = read.m_map.cbegin(); it != read.m_map.cend(); ++it)
        if (!m_map.contains(it.key()))
            m_map.insert(it.key(), it.value());
    return true;
}

void RadicalGlyphMap::unite(const RadicalGlyphMap& other)
{
    other.size(); // reads all its fonts
    size();
    const auto locked = lock();
    const auto otherLocked = other.m_lock == m_lock ? std::unique_lock<std::mutex>() : other.lock();
    for (auto it = other.m_map.cbegin(); it != other.m_map.cend(); ++it)
        if (!m_map.contains(it.key()))
            m_map.insert(it.key(), it.value());
}

const RadicalGlyphMap& RadicalGlyphMap::documentFonts()
{
    static const RadicalGlyphMap map = [] {
        RadicalGlyphMap result;
        result.m_lock = std::make_shared<std::mutex>();
        for (const QStringList& families : {DocumentFormat::systemSerifFamilies(), DocumentFormat::monoFamilies()})
            for (const bool bold : {false, true})
                result.m_unread.append({families, bold});
        return result;
    }();
    return map;
}

} // namespace tp::report
