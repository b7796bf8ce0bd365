#pragma once

#include <QString>
#include <QStringList>

namespace tp::report {

// The typeface the documents are set in: TenderPanel Serif SC, regular and bold, installed with the
// programs (share/tenderpanel/fonts beside their bin folder) or made by the build. It is Noto Serif CJK
// SC cut down to the characters of GB 2312, Latin and punctuation (scripts/make-document-font.py): the
// same glyphs and metrics, so a document looks as it would in the full face, but Qt's PDF writer,
// whose work for each embedded font grows with the characters the font maps, embeds it about a fifth
// faster. A character it lacks is drawn by the next family DocumentFormat names, the full face.
//
// Shipping the faces with the programs also ties a document's bytes to the program's version rather
// than to the fonts a machine happens to have, which re-rendering in `archive verify` relies on. The
// faces are added to Qt's font database as data, not by path, so that the bytes do not depend on the
// folder the program is installed in either.
class DocumentFonts
{
public:
    static QString family() { return QStringLiteral("TenderPanel Serif SC"); }
    // Adds the faces to Qt's font database the first time it is called (a QGuiApplication must exist),
    // and says whether both are there. Safe to call from any thread (QFontDatabase is thread-safe): the
    // first call does the work and any other waits for it. Call it before documents are made on
    // several threads (DocumentRenderer::addPdfJobs() does), so that no thread resolves a font while
    // the faces are being added.
    static bool available();
};

} // namespace tp::report
