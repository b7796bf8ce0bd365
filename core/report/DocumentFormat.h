#pragma once

#include "DocumentInput.h"

#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QString>
#include <QStringList>

namespace tp::report {

// Formatting shared by every document, whatever its language: scores, names, HTML escaping, the
// typefaces and the style sheet. Dates are wording, in DocumentText.
class DocumentFormat
{
public:
    // TenderPanel Serif SC (DocumentFonts) when it was found, then systemSerifFamilies().
    static QStringList serifFamilies();
    // The serif faces a machine may have, Noto Serif CJK SC first: they draw what the bundled face lacks.
    static QStringList systemSerifFamilies();
    static QStringList monoFamilies();
    // The font every document draws with, in `families`, before its size and weight: no hinting, and no
    // OpenType shaping where the script does not need it (Latin, Han). Shaped, Noto CJK draws digits
    // that follow Latin letters ("N-2014-0001", "ab 85.70") with alternate glyphs that no character
    // maps to, and Qt 6.4's PDF writer then leaves them out of the text map: the PDF would show the
    // digits but its extracted, searched or copied text would lack them.
    static QFont font(const QStringList& families);
    static QString styleSheet(); // for QTextDocument
    // The block state the style sheet gives section headings (p.h2, p.h3): PagedDocument keeps such a
    // block on the page of the text that follows it.
    static constexpr int kKeepWithNext = 1;
    static QString webStyleSheet(); // for the notice published on a web site

    static QString dash() { return QStringLiteral(u"—"); }
    // A line to be filled in by hand on the printed page, where a signed record needs the slot.
    static QString blank() { return QStringLiteral("________________"); }
    static QString esc(const QString& text) { return text.toHtmlEscaped(); }
    static QString escOrDash(const std::optional<QString>& text);
    static QString points(Hundredths value) { return Decimal::format(value); } // 85.70
    // An exact score in points: "85.7" when it is a finite decimal, else "245/3".
    static QString exactPoints(const Fraction& hundredths);
    static QString percent(int share); // 60%

    static QString bidderName(const Scenario& scenario, const QString& id);
    static QString panelistName(const Scenario& scenario, const QString& id);
    static QString criterionTitle(const Scenario& scenario, const QString& id);
    static const RankEntry* rankEntry(const Evaluation& evaluation, const QString& bidder);
    static const Exclusion* exclusion(const Evaluation& evaluation, const QString& bidder);
    // Presentation order: the draw's order when there is one, else the qualified bidders in file order.
    static QStringList presentationOrder(const Evaluation& evaluation);

    // The date a document carries: the issue date, else the publication start, else the last
    // deadline, else 1970-01-01.
    static QDate documentDate(const DocumentInput& input);
    static QString issuer(const DocumentInput& input);
    // "ocds-tpanel-" + the negotiation id, or the first 16 hex digits of the record digest.
    static QString processId(const DocumentInput& input);
    static QString sha256Hex(const QByteArray& bytes);
    // The record anchor of the notice and the letters: the audit chain head, short and in full
    // (small print), as HTML paragraphs; empty when the document does not come from a workspace.
    static QString anchorHtml(const DocumentInput& input);
    // The first 16 hex digits of a hash in groups of four: "3f2a 9c11 07bd 44e2".
    static QString shortHash(const QString& hash);
};

} // namespace tp::report
