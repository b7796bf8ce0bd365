#pragma once

#include <QHash>
#include <QRawFont>
#include <QStringList>

#include <memory>
#include <mutex>

namespace tp::report {

// For a font, the character each CJK radical (Kangxi Radicals U+2F00–U+2FD5 and CJK Radicals
// Supplement U+2E80–U+2EFF) should read as in extracted PDF text: the lowest non-radical code point
// the font draws with the same glyph, if any.
//
// Qt 6.4 writes a font subset's /ToUnicode entry for a glyph as the lowest code point that maps to
// it, and Noto CJK draws many ideographs and their radicals with one glyph, so a PDF of 居民 reads
// 居⺠. This map undoes exactly that. It is taken from the font rather than from Unicode's data
// (NFKC of the Kangxi radicals, EquivalentUnifiedIdeograph.txt for the supplement) because the two
// disagree for the Simplified Chinese fonts: Noto Sans/Serif CJK SC draw ⼾ (U+2F3E) with the glyph
// of 户 (U+6237), where NFKC gives 戶 (U+6236), and ⺫ (U+2EAB) with the glyph of 罒 (U+7F52),
// where Unicode's table gives 目; the font's own sharing is what made the wrong entry.
class RadicalGlyphMap
{
public:
    static bool isRadical(char32_t c) { return (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF); }

    using Entries = QHash<char32_t, char32_t>;

    // Read from the font's Unicode character map ('cmap' table); fromGlyphLookups() when the font
    // has none this class reads.
    static RadicalGlyphMap fromFont(const QRawFont& font);
    // The same map, asking the font for the glyph of every radical and ideograph one by one: slow.
    static RadicalGlyphMap fromGlyphLookups(const QRawFont& font);
    // The union of the maps of the CJK families the documents use (DocumentFormat), regular and
    // bold; the first font that maps a radical decides. The documents' own face (DocumentFonts) maps
    // no radical, so the system's serif faces, which draw what it lacks, are read instead. One per
    // process, read font by font as the radicals asked for need it: a radical the first font maps
    // does not load the others. Documents are made on several threads at once (DocumentJobs): this
    // one map is read under a lock.
    static const RadicalGlyphMap& documentFonts();

    // The character for `radical`, or 0 when the font draws no other character with its glyph.
    char32_t ideograph(char32_t radical) const;
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    // Adds the entries of `other` for radicals this map does not have yet.
    void unite(const RadicalGlyphMap& other);

private:
    // Reads the next font still to read into m_map; false when none is left.
    bool readNextFont() const;
    // Locks m_lock when the map has one (documentFonts()).
    std::unique_lock<std::mutex> lock() const;

    mutable Entries m_map;
    // The fonts still to read, in order ({families, bold}); empty but for documentFonts().
    mutable QList<std::pair<QStringList, bool>> m_unread;
    // Held while m_map and m_unread are read or completed; only documentFonts() has one.
    std::shared_ptr<std::mutex> m_lock;
};

} // namespace tp::report
