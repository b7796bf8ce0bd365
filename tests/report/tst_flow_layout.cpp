// The layout of the documents' text on pages (FlowLayout): where the lines of a table fall, how a table
// runs over pages (its header again on each page, no row cut), what happens to a row taller than a
// page, the column widths the HTML asks for, and the text a document does not make but must not lose
// (a table inside a cell, cells spanning columns or rows).
#include "ReportTestSupport.h"
#include "report/FlowLayout.h"
#include "report/PagedDocument.h"
#include "report/PdfRenderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QtMath>

using namespace tp;
using namespace tp::report;
using namespace tp::report::test;

namespace {

constexpr int kScale = 2; // device pixels per layout unit

// A table in the documents' own markup: a header row and `rows` rows of `columns` cells, each cell's
// text naming its place (R<row>C<column>).
QString tableHtml(int rows, int columns)
{
    QString html = QStringLiteral("<p>评分表</p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "border=\"1\">\n<thead><tr>");
    for (int c = 0; c < columns; ++c)
        html += QStringLiteral("<th>HEAD%1 供应商</th>").arg(c + 1);
    html += QStringLiteral("</tr></thead>\n");
    for (int r = 0; r < rows; ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < columns; ++c)
            html += QStringLiteral("<td class=\"num\">R%1C%2</td>").arg(r + 1).arg(c + 1);
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

// Page `index` of `document`, two device pixels a layout unit, without smoothing: a one-unit line is
// two rows of black pixels.
QImage pageImage(const PagedDocument& document, int index = 0)
{
    const QSizeF size = PagedDocument::pageSize() * kScale;
    QImage image(qCeil(size.width()), qCeil(size.height()), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(kScale, kScale);
    document.paintPage(&painter, index);
    painter.end();
    return image;
}

// The positions (in layout units, from the top or left of the content area) of the lines that run
// along most of the content area's longest line: image rows (or columns) nearly as dark as the
// darkest, adjacent ones taken as one line.
QList<qreal> rules(const QImage& image, Qt::Orientation orientation)
{
    const QRectF area(PagedDocument::marginLeft(), PagedDocument::marginTop(), PagedDocument::contentSize().width(),
                      PagedDocument::contentSize().height());
    const bool rows = orientation == Qt::Horizontal;
    const int from = qCeil((rows ? area.top() : area.left()) * kScale);
    const int to = int((rows ? area.bottom() : area.right()) * kScale);
    const int across0 = qCeil((rows ? area.left() : area.top()) * kScale);
    const int across1 = int((rows ? area.right() : area.bottom()) * kScale);
    QList<int> dark(to - from, 0);
    for (int i = from; i < to; ++i)
        for (int j = across0; j < across1; ++j)
            dark[i - from] += qGray(rows ? image.pixel(j, i) : image.pixel(i, j)) < 96;
    const int longest = *std::max_element(dark.begin(), dark.end());
    QList<qreal> found;
    for (int i = 0; i < dark.size(); ++i) {
        if (longest == 0 || dark[i] < longest * 0.9)
            continue;
        int end = i;
        while (end + 1 < dark.size() && dark[end + 1] >= longest * 0.9)
            ++end;
        found.append((from + (i + end + 1) / 2.0) / kScale - (rows ? area.top() : area.left()));
        i = end;
    }
    return found;
}

} // namespace

class TestFlowLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(const PagedDocument& document, const QString& name) { return renderPdf(m_dir, document, name); }

    static PagedDocument documentOf(const QString& html, PagedDocument::Flow flow = PagedDocument::Flow::Paginate)
    {
        PagedDocument document;
        document.addPart(PagedDocument::createTextDocument(html), flow);
        return document;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A table's lines fall on the edges of its cells: one above each row and one below the last, one
    // left of each column and one right of the last, as many as the table has, each a rule's width.
    void linesOnTheEdgesOfTheCells_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::newRow("1 x 1") << 1 << 1;
        QTest::newRow("3 x 4") << 3 << 4;
        QTest::newRow("8 x 7") << 8 << 7;
    }
    void linesOnTheEdgesOfTheCells()
    {
        QFETCH(int, rows);
        QFETCH(int, columns);
        const PagedDocument document = documentOf(tableHtml(rows, columns));
        QCOMPARE(document.pageCount(), 1);
        const QImage image = pageImage(document);
        const QList<qreal> across = rules(image, Qt::Horizontal);
        const QList<qreal> down = rules(image, Qt::Vertical);
        QCOMPARE(across.size(), rows + 2); // the header row and the rows, and the bottom line
        QCOMPARE(down.size(), columns + 1);
        // The table is as wide as the page, its columns (all alike, but for a digit) nearly as wide as
        // each other.
        QVERIFY2(qAbs(down.first() - 0.5) < 1.0, qPrintable(QString::number(down.first())));
        QVERIFY2(qAbs(down.last() - (PagedDocument::contentSize().width() - 0.5)) < 1.0,
                 qPrintable(QString::number(down.last())));
        for (int c = 1; c < down.size(); ++c)
            QVERIFY2(qAbs((down[c] - down[c - 1]) - (down[1] - down[0])) < 4,
                     qPrintable(QStringLiteral("column %1: %2, column 1: %3")
                                    .arg(c)
                                    .arg(down[c] - down[c - 1])
                                    .arg(down[1] - down[0])));
        // Each row's text lies between its lines.
        const FlowLayout* flow = document.flowingLayouts().first();
        QTextTable* table = qobject_cast<QTextTable*>(flow->document()->rootFrame()->childFrames().first());
        QVERIFY(table);
        for (int r = 0; r < table->rows(); ++r) {
            const QList<QRectF> lines = flow->lineRects(table->cellAt(r, 0).firstCursorPosition().block());
            QVERIFY(!lines.isEmpty());
            for (const QRectF& line : lines)
                QVERIFY(line.top() > across[r] && line.bottom() < across[r + 1]);
        }
    }

    // A table longer than a page runs on: every row drawn once, on one page, and the header row drawn
    // again at the top of each page the table continues on.
    void headerRowsAgainOnEachPage()
    {
        const PagedDocument document = documentOf(tableHtml(140, 3));
        const int pages = document.pageCount();
        QVERIFY(pages >= 3);
        const QString pdf = render(document, QStringLiteral("long-table.pdf"));
        QCOMPARE(pdfPages(pdf), pages);
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(pdf, page, page);
            for (int c = 1; c <= 3; ++c)
                QVERIFY2(text.count(QStringLiteral("HEAD%1").arg(c)) == 1,
                         qPrintable(QStringLiteral("page %1: HEAD%2 %3 times")
                                        .arg(page)
                                        .arg(c)
                                        .arg(text.count(QStringLiteral("HEAD%1").arg(c)))));
        }
        const QString all = pdfText(pdf);
        for (int r = 1; r <= 140; ++r)
            for (int c = 1; c <= 3; ++c) {
                const QString cell = QStringLiteral("R%1C%2").arg(r).arg(c);
                QVERIFY2(all.count(QRegularExpression(QStringLiteral("\\b%1\\b").arg(cell))) == 1, qPrintable(cell));
            }
        // Each page but the last ends with the line below its last row; the next starts with the header.
        const QImage second = pageImage(document, 1);
        const QList<qreal> across = rules(second, Qt::Horizontal);
        QVERIFY(across.size() > 3);
        QVERIFY2(across.first() < 1.0, qPrintable(QString::number(across.first())));
    }

    // A row taller than a page is split between the lines of its cells; no line is lost or repeated,
    // and no line lies across the end of a page.
    void rowTallerThanAPage()
    {
        QString html = QStringLiteral("<table width=\"100%\" border=\"1\"><tr><td width=\"20%\">TALL</td><td>");
        for (int i = 1; i <= 120; ++i)
            html += QStringLiteral("L%1X 谈判小组按照规定的程序完成了评审工作。<br/>").arg(i, 3, 10, QLatin1Char('0'));
        html += QStringLiteral("</td></tr><tr><td>AFTER</td><td>END</td></tr></table>");
        const PagedDocument document = documentOf(html);
        QVERIFY(document.pageCount() >= 2);
        const FlowLayout* flow = document.flowingLayouts().first();
        const qreal height = PagedDocument::contentSize().height();
        for (QTextBlock b = flow->document()->begin(); b.isValid(); b = b.next())
            for (const QRectF& line : flow->lineRects(b))
                QVERIFY2(int((line.top() + 0.01) / height) == int((line.bottom() - 0.01) / height),
                         qPrintable(QStringLiteral("%1: a line from %2 to %3, pages %4 high")
                                        .arg(b.text().left(8))
                                        .arg(line.top())
                                        .arg(line.bottom())
                                        .arg(height)));
        const QString text = pdfText(render(document, QStringLiteral("tall-row.pdf")));
        for (int i = 1; i <= 120; ++i) {
            const QString marker = QStringLiteral("L%1X").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY2(text.count(marker) == 1, qPrintable(marker));
        }
        QCOMPARE(text.count(QStringLiteral("AFTER")), 1);
    }

    // The widths the HTML gives its columns, as shares of the table; a column without one takes the
    // rest. A text that must stay on one line widens its column rather than break.
    void columnWidthsFromTheHtml()
    {
        const QString html = QStringLiteral(
            "<table width=\"100%\" border=\"1\" cellpadding=\"3\"><tr><td width=\"30%\">A</td><td width=\"20%\">B</td>"
            "<td>C</td></tr></table>");
        const PagedDocument document = documentOf(html);
        const QList<qreal> down = rules(pageImage(document), Qt::Vertical);
        QCOMPARE(down.size(), 4);
        const qreal width = PagedDocument::contentSize().width();
        QVERIFY2(qAbs(down[1] - down[0] - 0.30 * width) < 2, qPrintable(QString::number(down[1] - down[0])));
        QVERIFY2(qAbs(down[2] - down[1] - 0.20 * width) < 2, qPrintable(QString::number(down[2] - down[1])));
        QVERIFY2(qAbs(down[3] - down[2] - 0.50 * width) < 2, qPrintable(QString::number(down[3] - down[2])));

        const QString figure = QStringLiteral("1234567890.12345678901234567890");
        const QString narrow =
            QStringLiteral("<table width=\"100%\" border=\"1\"><tr><td width=\"5%\" style=\"white-space: nowrap;\">%1"
                           "</td><td>谈判小组按照规定的程序和评审办法完成了评审工作。</td></tr></table>")
                .arg(figure);
        const PagedDocument wide = documentOf(narrow);
        const FlowLayout* flow = wide.flowingLayouts().first();
        QTextTable* table = qobject_cast<QTextTable*>(flow->document()->rootFrame()->childFrames().first());
        QVERIFY(table);
        QCOMPARE(flow->lineRects(table->cellAt(0, 0).firstCursorPosition().block()).size(), 1);
        QVERIFY(pdfText(render(wide, QStringLiteral("nowrap.pdf"))).contains(figure));
    }

    // A table at the top of a part starts there: the empty paragraph Qt keeps before it takes no room.
    void emptyParagraphsBesideTablesTakeNoRoom()
    {
        const PagedDocument document =
            documentOf(tableHtml(2, 2).mid(QStringLiteral("<p>评分表</p>").size()) + QStringLiteral("<p>AFTER</p>"));
        const FlowLayout* flow = document.flowingLayouts().first();
        QTextTable* table = qobject_cast<QTextTable*>(flow->document()->rootFrame()->childFrames().first());
        QVERIFY(table);
        QVERIFY2(flow->tableRect(table).top() <= table->format().topMargin() + 0.01,
                 qPrintable(QString::number(flow->tableRect(table).top())));
        const QTextBlock after = flow->document()->lastBlock();
        QCOMPARE(after.text(), QStringLiteral("AFTER"));
        const qreal gap = flow->lineRects(after).first().top() - flow->tableRect(table).bottom();
        // The larger of the table's bottom margin and the paragraph's top margin, nothing more.
        QVERIFY2(gap < qMax(table->format().bottomMargin(), after.blockFormat().topMargin()) + 0.01,
                 qPrintable(QString::number(gap)));
    }

    // A part fitted to one page is scaled down until it fits, all of its text kept.
    void partFittedToOnePage()
    {
        QString html;
        for (int i = 1; i <= 90; ++i)
            html += QStringLiteral("<p>F%1X 谈判小组按照规定的程序和评审办法完成了评审工作。</p>")
                        .arg(i, 3, 10, QLatin1Char('0'));
        const PagedDocument document = documentOf(html, PagedDocument::Flow::FitOnePage);
        QCOMPARE(document.pageCount(), 1);
        const QString text = pdfText(render(document, QStringLiteral("fitted.pdf")));
        for (int i = 1; i <= 90; ++i)
            QVERIFY(text.contains(QStringLiteral("F%1X").arg(i, 3, 10, QLatin1Char('0'))));

        // A table wider than the page, its text kept on one line: scaled until its right line is on
        // the page (a little wider than the page, so that its lines stay a pixel wide once scaled).
        const QString wide = QStringLiteral("<table width=\"100%\" border=\"1\"><tr><td style=\"white-space: "
                                            "nowrap;\">%1</td></tr></table>")
                                 .arg(QStringLiteral("0123456789abcdef").repeated(7));
        const PagedDocument fitted = documentOf(wide, PagedDocument::Flow::FitOnePage);
        const QImage image = pageImage(fitted);
        // The rightmost ink in the band of the table, from the left of the content area.
        int right = -1;
        const int top = int(PagedDocument::marginTop() * kScale);
        for (int y = top; y < top + 60 * kScale; ++y)
            for (int x = image.width() - 1; x > right; --x)
                if (qGray(image.pixel(x, y)) < 96) {
                    right = x;
                    break;
                }
        // It is the table's right line, not text cut off at the page's edge: as long as its left line
        // (a pixel or two to the left of the horizontal lines' ends, which round differently).
        const auto longestRun = [&](int from, int to) {
            int longest = 0;
            for (int x = from; x <= to; ++x) {
                int run = 0;
                for (int y = top; y < top + 60 * kScale; ++y) {
                    run = qGray(image.pixel(x, y)) < 96 ? run + 1 : 0;
                    longest = qMax(longest, run);
                }
            }
            return longest;
        };
        const int left = int(PagedDocument::marginLeft() * kScale);
        const int leftLine = longestRun(left, left + 2 * kScale);
        QVERIFY(leftLine > 2 * kScale);
        QVERIFY2(longestRun(right - 2 * kScale, right) >= leftLine - 1,
                 qPrintable(QStringLiteral("%1 against %2").arg(longestRun(right - 2 * kScale, right)).arg(leftLine)));
        const qreal edge = (right + 1.0) / kScale - PagedDocument::marginLeft();
        QVERIFY2(edge <= PagedDocument::contentSize().width() + 0.5, qPrintable(QString::number(edge)));
        QVERIFY2(edge > PagedDocument::contentSize().width() * 0.98, qPrintable(QString::number(edge)));
    }

    // A table inside a cell (the credential slips' layout: labels and values beside a QR code) is laid
    // out as a table: its cells side by side, inside the outer cell, and the outer row as tall as it.
    void tableInsideACell()
    {
        const QString html =
            QStringLiteral("<table width=\"100%\" border=\"1\"><tr><td style=\"padding: 8px;\"><p>TITLE</p>"
                           "<table width=\"100%\" border=\"0\"><tr><td>LEFT1</td><td width=\"30%\">RIGHT1</td></tr>"
                           "<tr><td>LEFT2</td><td>RIGHT2</td></tr></table><p>FOOTER</p></td></tr></table><p>AFTER</p>");
        const PagedDocument document = documentOf(html);
        const FlowLayout* flow = document.flowingLayouts().first();
        QTextDocument* text = flow->document();
        const auto line = [&](const QString& marker) {
            for (QTextBlock b = text->begin(); b.isValid(); b = b.next())
                if (b.text() == marker) {
                    const QList<QRectF> lines = flow->lineRects(b);
                    return lines.isEmpty() ? QRectF() : lines.first();
                }
            return QRectF();
        };
        const QRectF title = line(QStringLiteral("TITLE")), left1 = line(QStringLiteral("LEFT1")),
                     right1 = line(QStringLiteral("RIGHT1")), left2 = line(QStringLiteral("LEFT2")),
                     footer = line(QStringLiteral("FOOTER")), after = line(QStringLiteral("AFTER"));
        for (const QRectF& r : {title, left1, right1, left2, footer, after})
            QVERIFY(!r.isNull());
        QVERIFY2(qAbs(left1.top() - right1.top()) < 0.5, "the inner cells of a row side by side");
        const qreal width = PagedDocument::contentSize().width();
        QVERIFY2(right1.left() > width * 0.6, qPrintable(QString::number(right1.left())));
        QVERIFY(title.bottom() <= left1.top() && left1.bottom() <= left2.top() && left2.bottom() <= footer.top());
        QTextTable* outer = qobject_cast<QTextTable*>(text->rootFrame()->childFrames().first());
        QVERIFY(outer);
        QVERIFY(flow->tableRect(outer).bottom() > footer.bottom() && after.top() > flow->tableRect(outer).bottom());
        const QString pdf = pdfText(render(document, QStringLiteral("nested.pdf")));
        for (const char* marker : {"TITLE", "LEFT1", "RIGHT1", "LEFT2", "RIGHT2", "FOOTER", "AFTER"})
            QVERIFY2(pdf.count(QLatin1String(marker)) == 1, marker);
    }

    // What the documents do not make is still laid out and drawn, once: a cell spanning columns, a cell
    // spanning rows (drawn in its first row).
    void spanningCellsKeepTheirText()
    {
        const QString html = QStringLiteral(
            "<table width=\"100%\" border=\"1\"><tr><td>OUTER1</td><td>OUTER2</td></tr>"
            "<tr><td colspan=\"2\">SPANNED</td></tr>"
            "<tr><td rowspan=\"2\">TALLCELL</td><td>RIGHT1</td></tr><tr><td>RIGHT2</td></tr></table><p>AFTER</p>");
        const PagedDocument document = documentOf(html);
        const QString text = pdfText(render(document, QStringLiteral("spans.pdf")));
        for (const char* marker : {"OUTER1", "OUTER2", "SPANNED", "TALLCELL", "RIGHT1", "RIGHT2", "AFTER"})
            QVERIFY2(text.count(QLatin1String(marker)) == 1, marker);
    }
};

QTEST_MAIN(TestFlowLayout)
#include "tst_flow_layout.moc"
