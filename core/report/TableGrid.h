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
// Used for parts that fit one page: a table broken over pages repeats its header and cuts rows,
// which only Qt's layout knows.
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
    // Draws the lines placed, in the coordinates of the document.
    void paint(QPainter* painter) const;

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
    };
    QList<Table> m_tables;
    QList<Line> m_lines;
};

} // namespace tp::report
