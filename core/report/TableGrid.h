#pragma once

#include <QBrush>
#include <QList>
#include <QPointer>
#include <QRectF>

class QAbstractTextDocumentLayout;
class QPainter;
class QTextDocument;
class QTextTable;

namespace tp::report {

// The ruled lines of a document's tables, drawn by the document rather than by Qt's rich text.
//
// Qt lays out and paints a table with collapsed borders by looking up, for every edge of every
// cell, the formats of the cell and of its neighbours. For a score sheet of 200 cells that is
// three quarters of its painting and half of its layout. A table whose lines are all solid, of one
// width inside and one width around, in one colour, is instead laid out without borders, and its
// lines are drawn afterwards on the edges of the cells. Each cell's padding grows by the room its
// lines take from it (half of a line between two cells, all of the table's outline), so the text
// keeps its distance from every line.
//
// A table broken over pages repeats its header and cuts rows, which only Qt's layout knows: a
// flowing document's ruled table that runs over a page is given back to Qt
// (giveBackTablesOverPages()).
class TableGrid
{
public:
    // Takes the borders of `document`'s ruled tables into the grid returned. The document must not
    // have been laid out yet. A table whose borders are not collapsed, have several widths, styles or
    // colours, or one of whose cells starts with a table of its own keeps its borders and is left to Qt.
    static TableGrid takeBorders(QTextDocument* document);

    int tableCount() const { return int(m_tables.size()); }

    // Places the lines on the edges of the cells, once the document is laid out by `layout`.
    void place(QAbstractTextDocumentLayout* layout);
    // Gives back to Qt each table placed that runs over the end of a page `pageHeight` high (the pages
    // of a flowing document): Qt moves its rows to the next page and repeats its header there, which
    // lines placed from the cells would not follow. Its borders and padding become again those of the
    // same table in `original`, the document whose copy the borders were taken from. The copy is laid
    // out again from the first table given back, once, whatever the number of cells changed. Gives the
    // position of that table, or -1 when none runs over; the lines are then to be placed again.
    int giveBackTablesOverPages(const QTextDocument& original, qreal pageHeight);
    // Draws the lines placed, in the coordinates of the document; only those that meet `within`, when
    // it is valid (one page of a flowing document).
    void paint(QPainter* painter, const QRectF& within = QRectF()) const;

private:
    struct Line
    {
        QRectF rect;
        QBrush brush;
    };
    struct Table
    {
        QPointer<QTextTable> table;
        qreal outer = 0; // the width of the table's outline
        qreal inner = 0; // the width of the lines between its cells
        QBrush brush;
        int index = 0; // among the document's tables, in the order of their frames
        QRectF box;    // where place() put it
    };
    QList<Table> m_tables;
    QList<Line> m_lines;
};

} // namespace tp::report
