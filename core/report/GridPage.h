#pragma once

#include <QList>
#include <QSizeF>
#include <QString>
#include <Qt>

#include <memory>
#include <vector>

class QPainter;
class QTextLayout;

namespace tp::report {

// A page of plain-text paragraphs and ruled tables, laid out and drawn by the document itself rather
// than by Qt's rich text: a panel member's score sheet, one page of some 150 cells.
//
// Qt's text document lays a table out by asking, for every cell and many times over, the formats of
// the cell, its row and its neighbours; a score sheet took some 25 ms to build, lay out and paint that
// way, most of the report's time. Here each text is shaped once, by QTextLayout, and a layout at
// another width only breaks the lines of a text that does not fit on one. The pages that share a
// Shapes (a report's score sheets) shape a text that they show several times (a bidder's name, a
// criterion, a figure) once for all of them.
//
// The look follows the documents' style sheet (DocumentFormat::styleSheet()): the same fonts and
// sizes, cells padded by 3 units inside ruled lines of 1 unit, header cells bold on grey. Lengths are
// layout units (PagedDocument: 1/96 inch). Every text is plain: nothing in it is markup. As in HTML,
// each run of spaces and line breaks in it shows as one space.
class GridPage
{
public:
    struct Paragraph
    {
        QString text;
        qreal points = 12;
        bool bold = false;
        Qt::Alignment align = Qt::AlignLeft;
        qreal lineHeight = 1.4; // of the font's line
        qreal marginTop = 3;
        qreal marginBottom = 3;
    };
    struct Cell
    {
        QString text;
        bool bold = false;
        bool shaded = false; // a header cell
        Qt::Alignment align = Qt::AlignLeft;
        bool wraps = true; // false: a figure, kept on one line
    };
    using Row = QList<Cell>;

    // The texts shaped on one line, kept for the pages made with the same Shapes. Used on one thread.
    class Shapes;
    static std::shared_ptr<Shapes> newShapes();

    // A page whose texts are shaped in `shapes`, or in shapes of its own.
    explicit GridPage(std::shared_ptr<Shapes> shapes = nullptr);
    ~GridPage();
    GridPage(const GridPage&) = delete;
    GridPage& operator=(const GridPage&) = delete;

    void addParagraph(const Paragraph& paragraph);
    // A table as wide as the page; every row has the same number of cells.
    void addTable(const QList<Row>& rows);

    // Lays the page out `width` wide and returns its size: wider than `width` only when a table's
    // unbreakable texts are.
    QSizeF layout(qreal width);
    // Lays the page out to fit `area` once scaled down, if it must be, and returns the scale: the
    // page is laid out `area.width() / scale` wide.
    qreal fitTo(const QSizeF& area);
    // Draws the page as last laid out, its top-left corner at the painter's origin.
    void paint(QPainter* painter) const;

    // The widths of a table's columns, inside their padding, in `room`: from each column's widest
    // unbreakable piece of text (`least`) and its widest text on one line (`most`). When every text
    // fits on one line, the room is shared in proportion to `most`. Otherwise a column whose texts fit
    // on one line in an even share of the room left gets that width; the others share the rest in
    // proportion to `most`, except that a column never gets less than its `least` (the sum may then
    // exceed the room).
    static QList<qreal> columnWidths(const QList<qreal>& least, const QList<qreal>& most, qreal room);

    static constexpr qreal kPadding = 3;     // inside each cell's rules
    static constexpr qreal kRule = 1;        // the width of the lines
    static constexpr qreal kCellPoints = 10; // the size of the cells' text
    static constexpr qreal kTableMarginTop = 4;
    static constexpr qreal kTableMarginBottom = 8;

private:
    // A text shaped on one line, with its widths; shared by every cell that shows it.
    struct Shape
    {
        std::unique_ptr<QTextLayout> layout; // laid out on one line, left-aligned
        qreal minWidth = 0;                  // of its widest unbreakable piece
        qreal maxWidth = 0;                  // on one line
        qreal lineHeight = 0;                // of its one line
    };
    struct Text
    {
        std::shared_ptr<const Shape> shape;
        std::unique_ptr<QTextLayout> broken; // its lines broken at `laidWidth`, made the first time it must be
        qreal height = 0;                    // as last laid out
        qreal laidWidth = -1;                // the width its lines were broken at; -1: on one line
        qreal offset = 0;                    // where its one line starts in its box, by alignment
    };
    struct Block
    {
        bool isTable = false;
        Paragraph paragraph;
        QList<Row> rows;
        std::vector<Text> texts; // the paragraph's one, or the cells' row by row
        int columns = 0;
        QList<qreal> columnLeft; // and one past the last column: the table's right edge
        QList<qreal> rowTop;     // and one past the last row
        qreal top = 0;
        qreal marginTop = 0;
        qreal marginBottom = 0;
    };
    Text shape(const QString& text, qreal points, bool bold, bool wraps);
    // The layout that draws `text` as last laid out.
    static const QTextLayout& drawn(const Text& text);
    // Lays `text` out in a box `width` wide, lines `lineHeight` times the font's apart; returns its
    // height.
    static qreal breakLines(Text& text, qreal width, Qt::Alignment align, qreal lineHeight);

    std::shared_ptr<Shapes> m_shapes;
    std::vector<Block> m_blocks;
};

} // namespace tp::report
