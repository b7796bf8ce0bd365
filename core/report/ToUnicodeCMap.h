#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace tp::report {

class RadicalGlyphMap;

// A PDF /ToUnicode CMap (PDF 32000-1, 9.10.3): character codes of a font to the Unicode text they
// stand for, read from the bfchar and bfrange sections.
class ToUnicodeCMap
{
public:
    // Reads the mappings of `cmap`; false when the text is not a CMap this class can rewrite.
    static bool parse(const QByteArray& cmap, ToUnicodeCMap* result);

    const QMap<quint32, QString>& mappings() const { return m_mappings; }
    // Replaces every destination that is one CJK radical by the character `map` gives for it;
    // returns how many destinations changed.
    int unifyRadicals(const RadicalGlyphMap& map);
    // The CMap again: the original text before the first and after the last mapping section, the
    // mappings as bfchar sections of at most 100 entries (the limit of the PDF specification).
    QByteArray toBytes() const;

private:
    QByteArray m_prologue;
    QByteArray m_epilogue;
    int m_codeBytes = 2;
    QMap<quint32, QString> m_mappings;
};

} // namespace tp::report
