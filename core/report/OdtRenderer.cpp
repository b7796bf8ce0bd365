#include "OdtRenderer.h"

#include "DocumentFonts.h"
#include "DocumentFormat.h"
#include "PagedDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextDocumentWriter>

namespace tp::report {

namespace {

// A paragraph of plain text (a running header or footer line), `pointSize` points, grey.
void insertPlainLine(QTextCursor& cursor, const QString& text, qreal pointSize)
{
    QTextCharFormat format;
    format.setFontPointSize(pointSize);
    format.setForeground(QColor(0x55, 0x55, 0x55));
    cursor.insertText(text, format);
}

// The families a run names in the file: without the documents' own face (DocumentFonts), which a word
// processor on another machine does not have; its glyphs are those of Noto Serif CJK SC, named next.
QStringList familiesForFile(const QStringList& families)
{
    QStringList named = families;
    named.removeAll(DocumentFonts::family());
    return named.isEmpty() ? DocumentFormat::systemSerifFamilies() : named;
}

// Gives every run of text its font in the form Qt 6.4's OpenDocument writer needs: it writes a family
// only for a run that has the single-family property, and then writes the first of the run's list of
// families, so a run needs both (the documents set only the list, or nothing and rely on the default
// font). Runs without a size get the default one. Otherwise the file would name "Sans".
void pinFonts(QTextDocument& document, const QFont& font)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat current = fragment.charFormat();
            QTextCharFormat missing;
            const QStringList given = current.hasProperty(QTextFormat::FontFamilies)
                                          ? current.fontFamilies().toStringList()
                                          : font.families();
            const QString single = current.property(QTextFormat::FontFamily).toString();
            if (single.isEmpty() || single == DocumentFonts::family() || given.contains(DocumentFonts::family())) {
                const QStringList families = familiesForFile(given);
                missing.setProperty(QTextFormat::FontFamily, families.first());
                missing.setFontFamilies(families);
            }
            if (!current.hasProperty(QTextFormat::FontPointSize) && !current.hasProperty(QTextFormat::FontPixelSize))
                missing.setFontPointSize(font.pointSizeF());
            if (missing.properties().isEmpty())
                continue;
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(missing);
        }
    }
}

} // namespace

QByteArray OdtRenderer::render(const PagedDocument& document, QString* error)
{
    const QList<std::shared_ptr<QTextDocument>> parts = document.partDocuments();
    QTextDocument combined;
    if (!parts.isEmpty()) {
        combined.setDefaultFont(parts.first()->defaultFont());
        combined.setDefaultStyleSheet(parts.first()->defaultStyleSheet());
    }
    combined.setMetaInformation(QTextDocument::DocumentTitle, document.title());
    QTextCursor cursor(&combined);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        const int partStart = cursor.position();
        if (!document.header().isEmpty()) {
            insertPlainLine(cursor, document.header(), 9);
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        }
        cursor.insertFragment(QTextDocumentFragment(parts.at(i).get()));
        if (i > 0) {
            // The part's first paragraph begins a page: the header's, or else the part's own (which
            // took the place of the paragraph inserted for it).
            QTextCursor first(&combined);
            first.setPosition(partStart);
            QTextBlockFormat newPage;
            newPage.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            first.mergeBlockFormat(newPage);
        }
        for (const QString& line : document.footerLines()) {
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
            insertPlainLine(cursor, line, 9);
        }
    }
    if (!parts.isEmpty())
        pinFonts(combined, parts.first()->defaultFont());

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(&combined) || bytes.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("OdtRenderer", "the OpenDocument text could not be made");
        return {};
    }
    return bytes;
}

} // namespace tp::report
