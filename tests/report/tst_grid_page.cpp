// The pages the documents lay out and draw themselves (a panel member's score sheet): the widths of
// the columns, text kept inside its cells and the page, figures against the right rule, a page scaled
// down to fit, and every text shown as it was written.
#include "ReportTestSupport.h"
#include "report/EvaluationReport.h"
#include "report/GridPage.h"
#include "report/PagedDocument.h"
#include "report/PdfRenderer.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace tp;
using namespace tp::report;
using namespace tp::report::test;

namespace {

constexpr int kScale = 2; // device pixels per layout unit

using Widths = QList<qreal>;

GridPage::Cell header(const QString& text)
{
    return GridPage::Cell{text, true, true, Qt::AlignHCenter, true};
}

GridPage::Cell figure(const QString& text)
{
    return GridPage::Cell{text, false, false, Qt::AlignRight, false};
}

// A score table: criterion, points and `bidders` columns with long names, `rows` rows of figures.
QList<GridPage::Row> scoreTable(int bidders, int rows)
{
    QList<GridPage::Row> table;
    GridPage::Row top{header(QStringLiteral(u"评分项")), header(QStringLiteral(u"分值"))};
    for (int b = 0; b < bidders; ++b)
        top.append(header(QStringLiteral(u"供应商 %1 保险股份有限公司").arg(b + 1)));
    table.append(top);
    for (int r = 0; r < rows; ++r) {
        GridPage::Row row{
            GridPage::Cell{QStringLiteral(u"C%1 评判要素 %1").arg(r + 1), false, false, Qt::AlignLeft, true},
            figure(QStringLiteral("20"))};
        for (int b = 0; b < bidders; ++b)
            row.append(figure(QStringLiteral("%1.%2").arg(10 + r).arg(b * 7 % 100, 2, 10, QLatin1Char('0'))));
        table.append(row);
    }
    return table;
}

// `page` laid out `width` wide and drawn at two device pixels a layout unit, without smoothing.
QImage draw(GridPage& page, qreal width)
{
    const QSizeF size = page.layout(width);
    QImage image(qCeil(size.width() * kScale) + 20, qCeil(size.height() * kScale) + 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(kScale, kScale);
    page.paint(&painter);
    painter.end();
    return image;
}

// The box of the pixels that are not white.
QRect ink(const QImage& image)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                box |= QRect(x, y, 1, 1);
    return box;
}

// The text of a one-page PDF of `page`, as pdftotext extracts it; empty when the PDF is not of one page.
QString pdfTextOf(const std::shared_ptr<GridPage>& page)
{
    PagedDocument document;
    document.addPart(page, [] { return QStringLiteral("<p>unused</p>"); });
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("page.pdf"));
    QString error;
    if (!dir.isValid() || !PdfRenderer::render(document, pdf, &error) || pdfPages(pdf) != 1) {
        qWarning("cannot render the page: %s", qPrintable(error));
        return QString();
    }
    return pdfText(pdf);
}

} // namespace

class TestGridPage : public QObject
{
    Q_OBJECT

private slots:
    void columnWidths_data()
    {
        QTest::addColumn<Widths>("least");
        QTest::addColumn<Widths>("most");
        QTest::addColumn<qreal>("room");
        QTest::addColumn<Widths>("expected");
        QTest::newRow("everything on one line: the room shared by width")
            << Widths{10, 20} << Widths{30, 50} << 160.0 << Widths{60, 100};
        QTest::newRow("the narrow columns keep their width, the long headings wrap")
            << Widths{13, 13, 13, 13} << Widths{100, 27, 170, 170} << 400.0 << Widths{100, 27, 136.5, 136.5};
        QTest::newRow("the columns that wrap share the room by the length of their texts")
            << Widths{13, 13, 13} << Widths{400, 200, 200} << 400.0 << Widths{200, 100, 100};
        QTest::newRow("an unbreakable piece wider than its share keeps its width")
            << Widths{13, 200} << Widths{300, 250} << 300.0 << Widths{100, 200};
        QTest::newRow("wider than the room: every column at its narrowest")
            << Widths{200, 200} << Widths{300, 300} << 300.0 << Widths{200, 200};
        QTest::newRow("empty columns share the room") << Widths{0, 0} << Widths{0, 0} << 100.0 << Widths{50, 50};
    }

    void columnWidths()
    {
        QFETCH(Widths, least);
        QFETCH(Widths, most);
        QFETCH(qreal, room);
        QFETCH(Widths, expected);
        const Widths widths = GridPage::columnWidths(least, most, room);
        QCOMPARE(widths.size(), expected.size());
        for (qsizetype c = 0; c < widths.size(); ++c)
            QVERIFY2(qAbs(widths[c] - expected[c]) < 1e-9,
                     qPrintable(QStringLiteral("column %1: %2, not %3").arg(c).arg(widths[c]).arg(expected[c])));
    }

    // The table fills the width it is given, keeps all its text inside it, and grows taller, not
    // wider, as the width shrinks.
    void textStaysInsideTheTable_data()
    {
        QTest::addColumn<qreal>("width");
        QTest::newRow("a page's width") << PagedDocument::contentSize().width();
        QTest::newRow("half of it") << PagedDocument::contentSize().width() / 2;
    }

    void textStaysInsideTheTable()
    {
        QFETCH(qreal, width);
        GridPage page;
        page.addTable(scoreTable(5, 3));
        const QImage image = draw(page, width);
        const QSizeF size = page.layout(width);
        QCOMPARE(size.width(), width);
        const QRect box = ink(image);
        QCOMPARE(box.left(), 0);
        QCOMPARE(box.top(), qRound(GridPage::kTableMarginTop * kScale));
        QVERIFY2(qAbs(box.right() + 1 - width * kScale) <= 1,
                 qPrintable(QStringLiteral("%1 %2").arg(box.right()).arg(width * kScale)));
        // The table's outline is a ruled line all round: its corners are black.
        QCOMPARE(image.pixel(box.topLeft()), qRgb(0, 0, 0));
        QCOMPARE(image.pixel(box.bottomRight()), qRgb(0, 0, 0));
        QCOMPARE(image.pixel(box.topRight()), qRgb(0, 0, 0));
        QCOMPARE(image.pixel(box.bottomLeft()), qRgb(0, 0, 0));
        // The header cells are grey inside their rules.
        const QPoint inside = box.topLeft() + QPoint(2 * kScale, 2 * kScale);
        QCOMPARE(image.pixel(inside), qRgb(0xee, 0xee, 0xee));
    }

    void headingsWrapWhenTheWidthShrinks()
    {
        GridPage page;
        page.addTable(scoreTable(5, 3));
        const qreal wide = page.layout(PagedDocument::contentSize().width()).height();
        const qreal narrow = page.layout(PagedDocument::contentSize().width() / 2).height();
        QVERIFY2(narrow > wide, qPrintable(QStringLiteral("%1 %2").arg(narrow).arg(wide)));
        // Laid out again at the first width, it is as it was.
        QCOMPARE(page.layout(PagedDocument::contentSize().width()).height(), wide);
    }

    // Pages that share their shapes (a report's score sheets) draw as pages with shapes of their own,
    // in fonts of their sizes and weights, when the same heading is broken into lines on one page and
    // left on one line on the other, in either order of layout and drawing.
    void pagesSharingShapesDrawAsAlone()
    {
        const auto build = [](GridPage& page, int bidders) {
            GridPage::Paragraph title;
            title.text = QStringLiteral(u"谈判小组成员评分表");
            title.points = 16;
            title.bold = true;
            title.align = Qt::AlignHCenter;
            page.addParagraph(title);
            page.addTable(scoreTable(bidders, 4));
        };
        const qreal width = PagedDocument::contentSize().width();
        GridPage aloneWide;
        GridPage aloneNarrow;
        build(aloneWide, 2);
        build(aloneNarrow, 7);
        const QImage wide = draw(aloneWide, width);
        const QImage narrow = draw(aloneNarrow, width / 2);
        const std::shared_ptr<GridPage::Shapes> shapes = GridPage::newShapes();
        GridPage sharedWide(shapes);
        GridPage sharedNarrow(shapes);
        build(sharedWide, 2);
        build(sharedNarrow, 7);
        // Both laid out before either is drawn: the narrow page's broken headings must not be the wide one's.
        sharedWide.layout(width);
        sharedNarrow.layout(width / 2);
        QCOMPARE(draw(sharedNarrow, width / 2), narrow);
        QCOMPARE(draw(sharedWide, width), wide);
        // The narrow one laid out wide, then narrow again: as it was.
        sharedNarrow.layout(width);
        QCOMPARE(draw(sharedNarrow, width / 2), narrow);
        QCOMPARE(draw(sharedWide, width), wide);
        // Each text in the font of its size and weight, the shapes shared or not.
        GridPage::Paragraph text;
        text.text = QStringLiteral(u"谈判小组成员评分表 B1");
        GridPage small(shapes);
        small.addParagraph(text);
        text.points = 16;
        text.bold = true;
        GridPage large(shapes);
        large.addParagraph(text);
        const QRect smallInk = ink(draw(small, width));
        const QRect largeInk = ink(draw(large, width));
        QVERIFY2(largeInk.width() > smallInk.width() * 1.2 && largeInk.height() > smallInk.height(),
                 qPrintable(QStringLiteral("16 points bold %1×%2, 12 points %3×%4")
                                .arg(largeInk.width())
                                .arg(largeInk.height())
                                .arg(smallInk.width())
                                .arg(smallInk.height())));
    }

    // A figure ends against its cell's right rule, less the padding.
    void figuresAreAlignedRight()
    {
        GridPage page;
        page.addTable({{figure(QStringLiteral("1.00")), figure(QStringLiteral("100.00"))},
                       {figure(QStringLiteral("100.00")), figure(QStringLiteral("1.00"))}});
        const QImage image = draw(page, 300);
        const QRect table = ink(image);
        // The vertical rules: columns of pixels black from the table's top to its bottom.
        QList<int> rules;
        for (int x = table.left(); x <= table.right(); ++x) {
            bool black = true;
            for (int y = table.top(); y <= table.bottom() && black; ++y)
                black = image.pixel(x, y) == qRgb(0, 0, 0);
            if (black && (rules.isEmpty() || rules.last() != x - 1))
                rules.append(x);
            else if (black)
                rules.last() = x; // the rule's rightmost pixel column, for now
        }
        QCOMPARE(rules.size(), 3); // around and between the two columns
        const int ruleWidth = qRound(GridPage::kRule * kScale);
        for (qsizetype c = 1; c < rules.size(); ++c) {
            const int ruleLeft = rules[c] - ruleWidth + 1;
            // The rightmost ink left of the rule, off the horizontal rules (where the left padding of
            // the first column, beside the outline, is white).
            int last = -1;
            for (int x = ruleLeft - 1; x > rules[c - 1] && last < 0; --x)
                for (int y = table.top(); y <= table.bottom() && last < 0; ++y)
                    if (image.pixel(x, y) != qRgb(255, 255, 255) &&
                        image.pixel(table.left() + ruleWidth + 1, y) == qRgb(255, 255, 255))
                        last = x;
            QVERIFY(last > 0);
            const int gap = ruleLeft - 1 - last;
            QVERIFY2(gap >= GridPage::kPadding * kScale - 2 && gap <= GridPage::kPadding * kScale + 3,
                     qPrintable(QStringLiteral("column %1: the text ends %2 pixels before the rule").arg(c).arg(gap)));
        }
    }

    void aLongPageIsScaledDownToFit_data()
    {
        QTest::addColumn<int>("bidders");
        QTest::addColumn<int>("rows");
        for (int bidders : {2, 5, 7})
            for (int rows : {40, 80, 120})
                QTest::addRow("%d bidders, %d rows", bidders, rows) << bidders << rows;
    }

    void aLongPageIsScaledDownToFit()
    {
        QFETCH(int, bidders);
        QFETCH(int, rows);
        const QSizeF area = PagedDocument::contentSize();
        GridPage longPage;
        longPage.addTable(scoreTable(bidders, rows));
        const qreal scale = longPage.fitTo(area);
        QVERIFY(scale < 0.9);
        const QSizeF size = longPage.layout(area.width() / scale) * scale;
        QVERIFY(size.width() <= area.width() + 1e-6);
        QVERIFY(size.height() <= area.height() + 1e-6);
        // No smaller than it must be: a scale one hundredth larger no longer fits. (The rows need not
        // fill the page: laid out narrower, some text would wrap and the page grow by whole lines.)
        const qreal larger = scale * 1.01;
        const QSizeF largerSize = longPage.layout(area.width() / larger) * larger;
        QVERIFY2(largerSize.height() > area.height() || largerSize.width() > area.width(),
                 qPrintable(QStringLiteral("at %1: %2 × %3 in %4 × %5")
                                .arg(larger)
                                .arg(largerSize.width())
                                .arg(largerSize.height())
                                .arg(area.width())
                                .arg(area.height())));
    }

    void aShortPageKeepsItsSize()
    {
        const QSizeF area = PagedDocument::contentSize();
        GridPage shortPage;
        shortPage.addTable(scoreTable(5, 5));
        QCOMPARE(shortPage.fitTo(area), 1.0);
    }

    void aWidePageIsScaledDownToFit()
    {
        const QSizeF area = PagedDocument::contentSize();
        // Text that cannot be broken and is wider than the page: scaled down to the page's width.
        GridPage widePage;
        widePage.addTable({{figure(QString(300, QLatin1Char('8'))), figure(QStringLiteral("1"))}});
        const qreal wideScale = widePage.fitTo(area);
        QVERIFY(wideScale < 1.0);
        QVERIFY(widePage.layout(area.width() / wideScale).width() * wideScale <= area.width() + 1e-6);
    }

    // What a name or a title holds is shown as written, never read as markup.
    void everyTextIsPlain()
    {
        GridPage::Paragraph paragraph;
        paragraph.text = QStringLiteral("<b>P9</b> & <i>");
        auto page = std::make_shared<GridPage>();
        page->addParagraph(paragraph);
        page->addTable({{header(QStringLiteral("<span>B&amp;1</span>")), figure(QStringLiteral("85.70"))}});
        const QString text = pdfTextOf(page);
        QVERIFY2(text.contains(QStringLiteral("<b>P9</b> & <i>")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<span>B&amp;1</span>")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("85.70")));
    }

    // Line breaks and tabs in a title show as one space each run, as on the web page.
    void whiteSpaceShowsAsOneSpace()
    {
        auto page = std::make_shared<GridPage>();
        page->addTable({{GridPage::Cell{QStringLiteral(u"  C1\n\t 方案\r\n设计  "), false, false, Qt::AlignLeft, true},
                         figure(QStringLiteral("20"))}});
        GridPage::Paragraph paragraph;
        paragraph.text = QStringLiteral(u"评审成员:钱芳") + QString(4, QChar(0xA0)) + QStringLiteral(u"职务:成员");
        page->addParagraph(paragraph);
        const QString text = pdfTextOf(page);
        QVERIFY2(text.contains(QStringLiteral(u"C1 方案 设计")), qPrintable(text));
        // The four non-breaking spaces between the member and the role stay: the text is not joined by
        // one space, and the gap is wide enough for the PDF's text to read as two pieces.
        QVERIFY2(text.contains(QStringLiteral(u"评审成员:钱芳")) && text.contains(QStringLiteral(u"职务:成员")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral(u"钱芳 职务")), qPrintable(text));
    }

    // The report's score sheets are drawn this way; their exported text documents (OpenDocument) are
    // made from the same content on demand.
    void theReportsSheetsAreDrawnAndExported()
    {
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const PagedDocument document = EvaluationReport::document(input);
        QVERIFY(document.pageCount() > input.scenario.panel.size());
        const auto parts = document.partDocuments();
        QCOMPARE(parts.size(), input.scenario.panel.size() + 2);
        for (qsizetype i = 0; i < input.scenario.panel.size(); ++i) {
            const QString text = parts.at(i + 1)->toPlainText();
            QVERIFY(text.contains(QStringLiteral(u"谈判小组成员评分表")));
            QVERIFY(text.contains(input.scenario.panel.at(i).name));
        }
        // The sheet's page, drawn on its own, has ink inside the content area only.
        const QImage page = PdfRenderer::renderPage(document, 3, 96);
        QVERIFY(!page.isNull());
        int dark = 0;
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2)
                dark += qGray(page.pixel(x, y)) < 128;
        QVERIFY(dark > 500);
    }
};

QTEST_MAIN(TestGridPage)
#include "tst_grid_page.moc"
