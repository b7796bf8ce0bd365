#pragma once

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QString>

namespace tp::report {

class PagedDocument;

// Renders a PagedDocument to PDF (PDF/A-1b, A4, fonts embedded) or a page to an image for a
// preview. The PDF bytes depend only on the document: the creation date is the document's date,
// the XMP metadata is written by us without a clock, and the file identifier is derived from the
// content, so rendering the same input twice gives the same bytes. Rendering switches the process
// to Qt's deterministic hash seed (see render()), as the font order in the file depends on it.
class PdfRenderer
{
public:
    static QByteArray render(const PagedDocument& document);
    // Renders and writes with FileWriter: the file is either complete or untouched; *error is the
    // reason of a failure.
    static bool render(const PagedDocument& document, const QString& path, QString* error);
    // Page `index` (0-based) at `dpi` dots per inch, exactly as it is in the PDF.
    static QImage renderPage(const PagedDocument& document, int index, qreal dpi);

    // Replaces the volatile bytes of a QPdfWriter file (creation date, file identifier) by values
    // derived from `date` and from the content, and keeps the cross-reference table right.
    static QByteArray normalize(QByteArray pdf, const QDate& date);
};

} // namespace tp::report
