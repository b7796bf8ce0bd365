#include "RadicalGlyphMap.h"

#include "DocumentFormat.h"

#include <QFont>
#include <QList>

namespace tp::report {

namespace {

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
    // forms, in ascending order, so the first hit is the lowest. Supplementary ideographs are
    // checked too (⺇ shares its glyph with U+20628 in Noto CJK SC).
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

void RadicalGlyphMap::unite(const RadicalGlyphMap& other)
{
    for (auto it = other.m_map.cbegin(); it != other.m_map.cend(); ++it)
        if (!m_map.contains(it.key()))
            m_map.insert(it.key(), it.value());
}

const RadicalGlyphMap& RadicalGlyphMap::documentFonts()
{
    static const RadicalGlyphMap map = [] {
        RadicalGlyphMap result;
        for (const QStringList& families : {DocumentFormat::serifFamilies(), DocumentFormat::monoFamilies()}) {
            for (const bool bold : {false, true}) {
                QFont font;
                font.setFamilies(families);
                font.setBold(bold);
                font.setPixelSize(16);
                result.unite(fromFont(QRawFont::fromFont(font)));
            }
        }
        return result;
    }();
    return map;
}

} // namespace tp::report
