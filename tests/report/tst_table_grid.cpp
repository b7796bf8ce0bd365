// The ruled tables of a document's parts: laid out without borders and ruled by the document. The lines
// must fall where Qt's own collapsed borders fall, one between every two rows and columns and one
// around the table, in a part that fits one page (a score sheet) as in one that flows over pages; a
// table that runs over a page is left to Qt, which repeats its header there; and the document handed
// to the ODT export keeps its borders.
#include "ReportTestSupport.h"
#include "report/EvaluationReport.h"
#include "report/PagedDocument.h"
#include "report/PdfRenderer.h"
#include "report/TableGrid.h"

#include <QAbstractTextDocumentLayout>
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

// A table in the documents' own markup: a header row and `rows` rows of `columns` cells.
QString tableHtml(int rows, int columns, const QString& firstCellStyle = QString())
{
    QString html = QStringLiteral("<p>评分表</p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "border=\"1\">\n<thead><tr>");
    for (int c = 0; c < columns; ++c)
        html += QStringLiteral("<th>供应商 %1 保险股份有限公司</th>").arg(c + 1);
    html += QStringLiteral("</tr></thead>\n");
    for (int r = 0; r < rows; ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < columns; ++c)
            html += QStringLiteral("<td class=\"num\"%1>%2.%3</td>")
                        .arg(r == 0 && c == 0 && !firstCellStyle.isEmpty()
                                 ? QStringLiteral(" style=\"%1\"").arg(firstCellStyle)
                                 : QString())
                        .arg(10 + r)
                        .arg(c * 7 % 100, 2, 10, QLatin1Char('0'));
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

// A white A4 page, two device pixels a layout unit.
QImage blankPage()
{
    const QSizeF size = PagedDocument::pageSize() * kScale;
    QImage image(qCeil(size.width()), qCeil(size.height()), QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

// Page `index` of `document`, without smoothing: a one-unit line is two rows of black pixels.
QImage pageImage(const PagedDocument& document, int index = 0)
{
    QImage image = blankPage();
    QPainter painter(&image);
    painter.scale(kScale, kScale);
    document.paintPage(&painter, index);
    painter.end();
    return image;
}

// The positions (in layout units) of the lines that run along most of the table: image rows (or
// columns) with almost as many black pixels as the longest line, adjacent ones taken as one line.
QList<qreal> rules(const QImage& image, Qt::Orientation orientation, int from, int to)
{
    const bool rows = orientation == Qt::Horizontal;
    const int n = rows ? image.height() : image.width();
    const int m = rows ? image.width() : image.height();
    QList<int> dark(n, 0);
    for (int i = from * kScale; i < qMin(n, to * kScale); ++i)
        for (int j = 0; j < m; ++j)
            dark[i] += qGray(rows ? image.pixel(j, i) : image.pixel(i, j)) < 96;
    const int longest = *std::max_element(dark.begin(), dark.end());
    QList<qreal> found;
    for (int i = 0; i < n; ++i) {
        if (dark[i] < longest * 0.9)
            continue;
        int end = i;
        while (end + 1 < n && dark[end + 1] >= longest * 0.9)
            ++end;
        found.append((i + end + 1) / 2.0 / kScale);
        i = end;
    }
    return found;
}

// Page `index` of `html` as Qt draws it on its own, with its collapsed borders, at the place the same
// text takes in a document's page.
QImage qtPageImage(const QString& html, int index = 0)
{
    const auto document = PagedDocument::createTextDocument(html);
    document->setPageSize(PagedDocument::contentSize());
    QImage image = blankPage();
    QPainter painter(&image);
    painter.scale(kScale, kScale);
    const qreal height = PagedDocument::contentSize().height();
    const QRectF clip(0, index * height, PagedDocument::contentSize().width(), height);
    painter.translate(PagedDocument::marginLeft(), PagedDocument::marginTop() - clip.top());
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    context.clip = clip;
    document->documentLayout()->draw(&painter, context);
    painter.end();
    return image;
}

// The lines of a page inside its content area (the running header and the footer have rules of their
// own), across the page or down it.
QList<qreal> contentRules(const QImage& image, Qt::Orientation orientation)
{
    const int top = qRound(PagedDocument::marginTop());
    const int bottom = qRound(PagedDocument::marginTop() + PagedDocument::contentSize().height());
    const bool across = orientation == Qt::Horizontal;
    return rules(image, orientation, across ? top : 0, across ? bottom : 10000);
}

// Each of our lines within 2.5 units of Qt's.
void compareLines(const QList<qreal>& ours, const QList<qreal>& qts, const QString& what)
{
    QCOMPARE(ours.size(), qts.size());
    for (qsizetype i = 0; i < qts.size(); ++i)
        QVERIFY2(qAbs(ours[i] - qts[i]) <= 2.5,
                 qPrintable(
                     QStringLiteral("%1 line %2 at %3, Qt draws it at %4").arg(what).arg(i).arg(ours[i]).arg(qts[i])));
}

// The lines of `mine` and `theirs` inside the content area, compared in both directions.
void compareRules(const QImage& mine, const QImage& theirs, int horizontal, int vertical)
{
    for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
        const bool across = o == Qt::Horizontal;
        const QList<qreal> qts = contentRules(theirs, o);
        QCOMPARE(qts.size(), across ? horizontal : vertical);
        compareLines(contentRules(mine, o), qts, across ? QStringLiteral("horizontal") : QStringLiteral("vertical"));
        if (QTest::currentTestFailed())
            return;
    }
}

QList<QTextTable*> tablesOf(QTextDocument* document)
{
    QList<QTextTable*> tables;
    for (QTextFrame* frame : document->rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame))
            tables.append(table);
    return tables;
}

QTextTable* firstTable(QTextDocument* document)
{
    const QList<QTextTable*> tables = tablesOf(document);
    return tables.isEmpty() ? nullptr : tables.first();
}

} // namespace

class TestTableGrid : public QObject
{
    Q_OBJECT

private slots:
    void linesFallWhereQtDrawsThem_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<int>("horizontal"); // lines across most of the table
        QTest::addColumn<int>("vertical");
        QTest::newRow("one cell") << tableHtml(1, 1) << 3 << 2;
        QTest::newRow("a score sheet's table") << tableHtml(14, 7) << 16 << 8;
        QTest::newRow("one long column") << tableHtml(30, 1) << 32 << 2;
        QTest::newRow("one wide row") << tableHtml(1, 9) << 3 << 10;
        // The credential slips: an outline around one cell whose own borders are none.
        QTest::newRow("an outline alone")
            << QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"1\" "
                              "style=\"border-style: solid; border-width: 1px; margin-top: 0px; margin-bottom: 0px;\">"
                              "<tr><td style=\"padding: 8px; border-width: 0px;\"><p>评分终端凭证</p>"
                              "<p>评审成员 王建国</p></td></tr></table>")
            << 2 << 2;
        // A cell that starts with a table of its own, ruled by the same style sheet.
        QTest::newRow("a table in a cell")
            << QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr><td>"
                              "<table border=\"0\" style=\"border-style: none;\"><tr><td>1</td></tr>"
                              "<tr><td>2</td></tr></table></td><td>3</td></tr></table>")
            << 2 << 3;
    }

    void linesFallWhereQtDrawsThem()
    {
        QFETCH(QString, html);
        QFETCH(int, horizontal);
        QFETCH(int, vertical);
        PagedDocument fitted; // a part that fits one page, as a score sheet
        fitted.addPart(PagedDocument::createTextDocument(html), PagedDocument::Flow::FitOnePage);
        PagedDocument flowing; // a part that flows over pages, as the procedure
        flowing.addPart(PagedDocument::createTextDocument(html), PagedDocument::Flow::Paginate);
        QCOMPARE(fitted.pageCount(), 1);
        QCOMPARE(flowing.pageCount(), 1);
        const QList<std::shared_ptr<QTextDocument>> drawn = flowing.drawnDocuments();
        QCOMPARE(drawn.size(), 1);
        QCOMPARE(tablesOf(drawn.first().get()).first()->format().border(), 0.0); // ruled by the document
        const QImage qt = qtPageImage(html);
        compareRules(pageImage(fitted), qt, horizontal, vertical);
        compareRules(pageImage(flowing), qt, horizontal, vertical);
    }

    // A flowing part's table that runs over a page keeps Qt's borders, and its header is repeated on the
    // next page as Qt repeats it; the short tables around it are ruled by the document, on their pages.
    void aTableOverPagesIsLeftToQt()
    {
        const QString html = tableHtml(3, 4) + tableHtml(40, 4) + QStringLiteral("<p>以下空白</p>") + tableHtml(2, 4);
        PagedDocument flowing;
        flowing.addPart(PagedDocument::createTextDocument(html), PagedDocument::Flow::Paginate);
        QCOMPARE(flowing.pageCount(), 2);
        const QList<QTextTable*> tables = tablesOf(flowing.drawnDocuments().first().get());
        QCOMPARE(tables.size(), 3);
        QCOMPARE(tables.at(0)->format().border(), 0.0);
        QVERIFY(tables.at(1)->format().borderCollapse());
        QCOMPARE(tables.at(1)->format().border(), 1.0);
        QCOMPARE(tables.at(2)->format().border(), 0.0);
        // Page 2: the long table's rest under its header again, then the last table.
        const QList<qreal> qts = contentRules(qtPageImage(html, 1), Qt::Horizontal);
        QVERIFY2(qts.size() > 10, qPrintable(QString::number(qts.size())));
        compareLines(contentRules(pageImage(flowing, 1), Qt::Horizontal), qts, QStringLiteral("horizontal"));
    }

    // Giving a table of many cells back to Qt has its text laid out again once, not once for each cell
    // whose format changes (which made the pagination of a large negotiation's tables take minutes).
    void aTableIsGivenBackInOneLayout()
    {
        const QString html = tableHtml(3, 4) + tableHtml(60, 6) + QStringLiteral("<p>以下空白</p>");
        const auto original = PagedDocument::createTextDocument(html);
        std::unique_ptr<QTextDocument> copy(original->clone());
        copy->setPageSize(QSizeF(0, 0));
        TableGrid grid = TableGrid::takeBorders(copy.get());
        QCOMPARE(grid.tableCount(), 2);
        copy->documentLayout()->setPaintDevice(PagedDocument::layoutDevice());
        const QSizeF content = PagedDocument::contentSize();
        copy->setPageSize(content);
        QAbstractTextDocumentLayout* layout = copy->documentLayout();
        QVERIFY(layout->documentSize().height() > content.height()); // the long table runs over a page
        grid.place(layout);
        int layouts = 0;
        connect(layout, &QAbstractTextDocumentLayout::update, this, [&layouts] { ++layouts; });
        const int from = grid.giveBackTablesOverPages(*original, content.height());
        const QList<QTextTable*> tables = tablesOf(copy.get());
        QCOMPARE(from, tables.at(1)->firstPosition());
        QCOMPARE(layouts, 1);
        // Given back whole: the borders and the padding of every cell are the original's again.
        QCOMPARE(tables.at(1)->format().border(), 1.0);
        const QTextTable* source = tablesOf(original.get()).at(1);
        // Each document numbers its own tables.
        const auto properties = [](const QTextTableCell& cell) {
            QMap<int, QVariant> map = cell.format().properties();
            map.remove(QTextFormat::ObjectIndex);
            return map;
        };
        for (int r = 0; r < source->rows(); ++r)
            for (int c = 0; c < source->columns(); ++c)
                QCOMPARE(properties(tables.at(1)->cellAt(r, c)), properties(source->cellAt(r, c)));
        QCOMPARE(grid.tableCount(), 1); // the short table keeps its ruled lines
    }

    void theExportedDocumentKeepsItsBorders()
    {
        const PagedDocument report = EvaluationReport::document(load(QStringLiteral("cixi-2014")));
        QVERIFY(report.pageCount() > 2); // laid out and ruled
        const QImage page = PdfRenderer::renderPage(report, 1, 96);
        QVERIFY(!page.isNull());
        int ruled = 0;
        for (const auto& part : report.partDocuments())
            if (QTextTable* table = firstTable(part.get())) {
                QVERIFY(table->format().borderCollapse());
                QCOMPARE(table->format().border(), 1.0);
                ++ruled;
            }
        QVERIFY(ruled > 2); // the procedure, the score sheets and the results
    }

    void mixedBordersAreLeftToQt()
    {
        auto document = PagedDocument::createTextDocument(
            tableHtml(3, 3, QStringLiteral("border-width: 2px; border-style: solid;")));
        QTextTable* table = firstTable(document.get());
        QVERIFY(table);
        QCOMPARE(TableGrid::takeBorders(document.get()).tableCount(), 0);
        QVERIFY(table->format().borderCollapse());
        QCOMPARE(table->format().border(), 1.0);

        auto uniform = PagedDocument::createTextDocument(tableHtml(3, 3));
        QCOMPARE(TableGrid::takeBorders(uniform.get()).tableCount(), 1);
        QCOMPARE(firstTable(uniform.get())->format().border(), 0.0);
    }
};

QTEST_MAIN(TestTableGrid)
#include "tst_table_grid.moc"
