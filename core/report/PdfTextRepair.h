#pragma once

#include <QByteArray>
#include <QString>

namespace tp::report {

class RadicalGlyphMap;

// Makes the text of a PDF read as it was written: rewrites every font's /ToUnicode table so that a
// glyph Qt's writer attributed to a CJK radical maps to the ideograph drawn with that glyph
// (RadicalGlyphMap), so that text extraction, search and copy give 居民 and not 居⺠. Uses qpdf (QpdfModule) to
// read and write the file; the output is deterministic (no clock, an /ID derived from the content)
// and keeps the classic cross-reference table and no object streams, as PDF/A-1 requires.
class PdfTextRepair
{
public:
    struct Result
    {
        QByteArray pdf;  // the repaired file, or the input when nothing needed changing
        int changed = 0; // destinations rewritten, over all fonts
        QString error;   // set when the file could not be read or written; pdf is then the input
        bool ok() const { return error.isEmpty(); }
    };
    static Result repair(const QByteArray& pdf, const RadicalGlyphMap& map);
};

} // namespace tp::report
