#include "PdfRenderer.h"

#include "DocumentFormat.h"
#include "PagedDocument.h"
#include "PdfTextRepair.h"
#include "RadicalGlyphMap.h"
#include "io/FileWriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QHashSeed>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace tp::report {

namespace {

QByteArray xmpMetadata(const QString& title, const QString& creator, const QDate& date)
{
    const QString stamp = date.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral("T00:00:00Z");
    QString xmp = QStringLiteral(
        "<?xpacket begin='\xFEFF' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n"
        "      <dc:title>\n"
        "        <rdf:Alt>\n"
        "          <rdf:li xml:lang=\"x-default\">%1</rdf:li>\n"
        "        </rdf:Alt>\n"
        "      </dc:title>\n"
        "    </rdf:Description>\n"
        "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\" xmp:CreatorTool=\"%2\" "
        "xmp:CreateDate=\"%3\" xmp:ModifyDate=\"%3\"/>\n"
        "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\" pdf:Producer=\"Qt %4\"/>\n"
        "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" rdf:about=\"\" pdfaid:part=\"1\" "
        "pdfaid:conformance=\"B\"/>\n"
        "  </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end='w'?>\n");
    xmp = xmp.arg(title.toHtmlEscaped(), creator.toHtmlEscaped(), stamp, QString::fromLatin1(qVersion()));
    return xmp.toUtf8();
}

// Rewrites the 10-digit offsets of the classic cross-reference table and startxref after bytes at
// `position` moved by `delta`.
void shiftOffsets(QByteArray& pdf, qsizetype position, qsizetype delta)
{
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    if (xref < 0)
        return;
    qsizetype line = xref + 6;
    const qsizetype subsectionEnd = pdf.indexOf('\n', line);
    if (subsectionEnd < 0)
        return;
    const QList<QByteArray> header = pdf.mid(line, subsectionEnd - line).trimmed().split(' ');
    if (header.size() != 2)
        return;
    const int count = header.at(1).toInt();
    line = subsectionEnd + 1;
    for (int i = 0; i < count && line + 20 <= pdf.size(); ++i, line += 20) {
        if (pdf.at(line + 17) != 'n')
            continue;
        bool ok = false;
        const qint64 offset = pdf.mid(line, 10).toLongLong(&ok);
        if (ok && offset > position)
            pdf.replace(line, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
    }
    const QByteArray startKey("startxref\n");
    const qsizetype start = pdf.lastIndexOf(startKey);
    if (start < 0)
        return;
    const qsizetype numberStart = start + startKey.size();
    qsizetype numberEnd = numberStart;
    while (numberEnd < pdf.size() && pdf.at(numberEnd) >= '0' && pdf.at(numberEnd) <= '9')
        ++numberEnd;
    const qint64 offset = pdf.mid(numberStart, numberEnd - numberStart).toLongLong();
    if (offset > position)
        pdf.replace(numberStart, numberEnd - numberStart, QByteArray::number(offset + delta));
}

} // namespace

QByteArray PdfRenderer::normalize(QByteArray pdf, const QDate& date)
{
    const QByteArray dateKey("/CreationDate (");
    const qsizetype keyAt = pdf.indexOf(dateKey);
    if (keyAt >= 0) {
        const qsizetype valueAt = keyAt + dateKey.size();
        const qsizetype valueEnd = pdf.indexOf(')', valueAt);
        if (valueEnd > valueAt) {
            const QByteArray value = "D:" + date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "000000Z";
            const qsizetype delta = value.size() - (valueEnd - valueAt);
            pdf.replace(valueAt, valueEnd - valueAt, value);
            if (delta != 0)
                shiftOffsets(pdf, valueAt, delta);
        }
    }
    const QByteArray idKey("/ID [ <");
    const qsizetype idAt = pdf.lastIndexOf(idKey);
    if (idAt >= 0) {
        const qsizetype first = idAt + idKey.size();
        const qsizetype firstEnd = pdf.indexOf('>', first);
        const qsizetype second = pdf.indexOf('<', firstEnd);
        const qsizetype secondEnd = pdf.indexOf('>', second);
        if (firstEnd > first && second > firstEnd && secondEnd > second) {
            const qsizetype length = firstEnd - first;
            pdf.replace(second + 1, secondEnd - second - 1, QByteArray(secondEnd - second - 1, '0'));
            pdf.replace(first, length, QByteArray(length, '0'));
            const QByteArray id = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex().left(length);
            pdf.replace(first, length, id);
            pdf.replace(second + 1, secondEnd - second - 1, id.left(secondEnd - second - 1));
        }
    }
    return pdf;
}

QByteArray PdfRenderer::render(const PagedDocument& document)
{
    // QPdfWriter writes its embedded fonts in the iteration order of a QHash; with the per-process
    // random hash seed that order, and so the bytes, would change from run to run.
    QHashSeed::setDeterministicGlobalSeed();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(qRound(PagedDocument::kDpi));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        const QString creator = QStringLiteral("TenderPanel");
        writer.setTitle(document.title());
        writer.setCreator(creator);
        writer.setDocumentXmpMetadata(xmpMetadata(document.title(), creator, document.documentDate()));
        QPainter painter(&writer);
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            document.paintPage(&painter, i);
        }
        painter.end();
    }
    const QByteArray normalized = normalize(bytes, document.documentDate());
    // Text extraction and search must give the characters that were drawn (居民, not 居⺠).
    const PdfTextRepair::Result repaired = PdfTextRepair::repair(normalized, RadicalGlyphMap::documentFonts());
    if (!repaired.ok())
        qWarning("%s", qPrintable(repaired.error));
    return repaired.pdf;
}

bool PdfRenderer::render(const PagedDocument& document, const QString& path, QString* error)
{
    return tp::FileWriter::write(path, render(document), error);
}

QImage PdfRenderer::renderPage(const PagedDocument& document, int index, qreal dpi)
{
    const qreal scale = dpi / PagedDocument::kDpi;
    const QSizeF size = PagedDocument::pageSize() * scale;
    QImage image(qCeil(size.width()), qCeil(size.height()), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    document.paintPage(&painter, index);
    painter.end();
    return image;
}

} // namespace tp::report
