#pragma once

#include <QBrush>
#include <QList>
#include <QRectF>
#include <QTextBlock>
#include <QTextFormat>
#include <QTextFrame>

#include <vector>

class QPainter;
class QTextDocument;
class QTextTable;

namespace tp::report {

// Lays out and draws the text of a document's part (paragraphs and ruled tables, as the documents'
// HTML makes them) on pages, in place of Qt's own text document layout.
//
// Qt's layout of a text document asks, for every cell of a table and many times over, the formats of
// the cell, its row and its neighbours, and a pagination that moves a heading or a table must lay the
// rest out again. A report's procedure and results took some 50 ms to lay out that way, most of the
// report's time. Here each paragraph is broken into lines once, by its own QTextLayout (the one the
// text document keeps for it, with the document's fonts and character formats), and the pages are
// made in one pass from the top, deciding each move before the next paragraph is placed.
//
// What it reads of the document: each paragraph's alignment, margins, first-line indent, line height,
// page break before, whether its lines may break, and the state -qt-user-state gives the headings
// (DocumentFormat::kKeepWithNext); each table's width, column widths, header rows, margins, border
// width, cell padding and page break before; each cell's padding, background and vertical alignment.
// A table's lines are one width (its border), solid and black, drawn on the edges of its cells. A
// table inside a cell (the credential slips' layout) is laid out inside the cell and never split over
// pages. A cell spanning several rows is not made by the documents: its text is laid out and drawn in
// its first row, not lost.
//
// The pages: page k spans [k * pageHeight, (k + 1) * pageHeight) of the flow's coordinates, in layout
// units (PagedDocument: 1/96 inch). The rules it keeps, each decided where the text meets the end of a
// page:
// - a paragraph whose format asks for it, or a table's, starts a new page;
// - a heading stays on the page where what follows it starts (its first line, or the header rows and
//   first two rows of a longer table, or the whole of a short table or paragraph);
// - a paragraph shorter than half a page is not split; a longer one is split between its lines;
// - a table shorter than a quarter of a page is not split; a longer one is split between its rows,
//   keeping its header rows and first two rows together, and its header rows are drawn again at the
//   top of each page it continues on. A row is not split, unless it is taller than a page: it is then
//   split between the lines of its cells.
// A line lies wholly on one page, and each line is drawn on that page only: the text of a PDF page is
// what the page shows. The margin above a paragraph or table that starts a page is dropped.
//
// The layout changes the QTextLayouts of the document's blocks: a document is laid out by one
// FlowLayout at a time, in the thread that paints it.
class FlowLayout
{
public:
    explicit FlowLayout(QTextDocument* document);

    // Lays the text out `width` wide on pages `pageHeight` high, or in one column as tall as the text
    // when `pageHeight` is 0. Returns the height from the top to the end of the text (with the last
    // paragraph's bottom margin).
    qreal layout(qreal width, qreal pageHeight = 0);
    // The number of pages, as last laid out; at least 1.
    int pageCount() const;
    // The widest of its tables, when a table's unbreakable texts make it wider than the width given.
    qreal width() const { return m_widest; }

    // Draws what lies in `window`, in the flow's coordinates: a page, or the whole text. A line is drawn
    // when its top lies in the window; backgrounds and rules are drawn where they meet it (the caller
    // clips them to the page).
    void paint(QPainter* painter, const QRectF& window) const;

    // Where the last layout put things, in the flow's coordinates, for the tests of the pagination.
    // The lines of a paragraph (of the root, or of a cell), each as tall as its text.
    QList<QRectF> lineRects(const QTextBlock& block) const;
    // The box of a table, from its top line to its bottom line.
    QRectF tableRect(const QTextTable* table) const;
    // Whether the pagination started this paragraph (or the table it is the first paragraph of) on a
    // new page to keep it whole or with what follows, rather than because its format asks for it.
    bool movedToNewPage(const QTextBlock& block) const;

    QTextDocument* document() const { return m_document; }

private:
    struct Box
    {
        QTextBlock block;
        QTextBlockFormat format;
        QPointF origin;   // of its QTextLayout's coordinates
        qreal width = 0;  // as laid out
        qreal height = 0; // as laid out, before its lines are placed on pages
        qreal marginTop = 0;
        qreal marginBottom = 0;
        bool hidden = false; // an empty paragraph beside a table, as Qt's layout hides it
        bool keepWithNext = false;
        bool breakBefore = false;
        bool moved = false;
        // Its widest unbreakable piece and its widest line (measure()), which no width changes: measured
        // once, when a table first lays it out; negative until then.
        mutable qreal least = -1;
        mutable qreal most = -1;
    };
    struct Item
    {
        bool isTable = false;
        int index = 0; // into m_boxes or m_tables
    };
    struct Cell
    {
        int row = 0;
        int column = 0;
        int columnSpan = 1;
        std::vector<Item> items; // its paragraphs and tables, in order
        qreal padTop = 0;
        qreal padBottom = 0;
        qreal padLeft = 0;
        qreal padRight = 0;
        QBrush background;
        int verticalAlignment = 0; // QTextCharFormat::VerticalAlignment
        qreal contentHeight = 0;
        std::vector<qreal> itemTop; // each item's top in the cell, as laid out
    };
    struct Table
    {
        QTextTable* table = nullptr;
        int rows = 0;
        int columns = 0;
        int headerRows = 0;
        qreal rule = 0;
        qreal marginTop = 0;
        qreal marginBottom = 0;
        bool breakBefore = false;
        bool moved = false;
        std::vector<Cell> cells;         // by row, then column
        QList<qreal> columnLeft;         // each column's left line, and the table's right line
        std::vector<qreal> rowHeight;    // inside the lines, as laid out without pages
        std::vector<qreal> rowTop;       // placed: the top of the line above each row
        std::vector<qreal> rowBottom;    // placed: the top of the line below each row
        std::vector<qreal> headerCopies; // placed: where the header rows are drawn again
        qreal left = 0;                  // from the left of the room it is laid out in
        qreal x = 0;                     // placed: its left edge
        qreal width = 0;
        QRectF box;
    };

    int addBox(const QTextBlock& block);
    void addFrame(QTextFrame* frame, std::vector<int>* boxes);
    void addFlow(QTextFrame::iterator it, std::vector<Item>* items);
    int addTable(QTextTable* table);

    qreal breakLines(Box& box, qreal width);
    void measure(const Box& box, qreal* least, qreal* most) const;
    void columnNeeds(const Table& table, QList<qreal>* least, QList<qreal>* most, QList<qreal>* pad) const;
    void measureTable(const Table& table, qreal* least, qreal* most) const;
    void layoutTable(Table& table, qreal width, bool nested);
    qreal placeLines(Box& box, QPointF origin);
    qreal placeCells(Table& table, int row, qreal top, qreal height, bool pushLines);
    void placeTable(Table& table, qreal x, qreal top, bool paged);
    qreal tableHeight(const Table& table) const;
    qreal tableLead(const Table& table) const;
    qreal leadHeight(int item, qreal previousMargin, int depth) const;
    qreal itemMarginTop(int item) const;
    bool itemBreaksBefore(int item) const;
    const Box* boxOf(const QTextBlock& block) const;

    qreal pageTop(qreal y) const;
    qreal pageBottom(qreal y) const;
    bool atPageTop(qreal y) const;

    void paintBox(QPainter* painter, const Box& box, qreal dy, const QRectF& window) const;
    void paintRow(QPainter* painter, const Table& table, int row, qreal dy, const QRectF& window) const;
    void paintTable(QPainter* painter, const Table& table, qreal dy, const QRectF& window) const;

    QTextDocument* m_document;
    std::vector<Box> m_boxes;
    std::vector<Table> m_tables;
    std::vector<Item> m_items;
    std::vector<int> m_boxOfBlock; // by block number, into m_boxes; -1: none
    qreal m_pageHeight = 0;
    qreal m_end = 0;
    qreal m_widest = 0;
};

} // namespace tp::report
