#include "TableGrid.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QtMath>

#include <algorithm>
#include <limits>
#include <optional>

namespace tp::report {

namespace {

enum Edge
{
    Top,
    Right,
    Bottom,
    Left
};

constexpr QTextFormat::Property kBorder[] = {QTextFormat::TableCellTopBorder, QTextFormat::TableCellRightBorder,
                                             QTextFormat::TableCellBottomBorder, QTextFormat::TableCellLeftBorder};
constexpr QTextFormat::Property kStyle[] = {
    QTextFormat::TableCellTopBorderStyle, QTextFormat::TableCellRightBorderStyle,
    QTextFormat::TableCellBottomBorderStyle, QTextFormat::TableCellLeftBorderStyle};
constexpr QTextFormat::Property kBrush[] = {
    QTextFormat::TableCellTopBorderBrush, QTextFormat::TableCellRightBorderBrush,
    QTextFormat::TableCellBottomBorderBrush, QTextFormat::TableCellLeftBorderBrush};
constexpr QTextFormat::Property kPadding[] = {QTextFormat::TableCellTopPadding, QTextFormat::TableCellRightPadding,
                                              QTextFormat::TableCellBottomPadding, QTextFormat::TableCellLeftPadding};

void collectTables(QTextFrame* frame, QList<QTextTable*>& tables)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

bool outermost(const QTextTable* table, const QTextTableCell& cell, Edge edge)
{
    switch (edge) {
    case Top:
        return cell.row() == 0;
    case Bottom:
        return cell.row() + cell.rowSpan() == table->rows();
    case Left:
        return cell.column() == 0;
    case Right:
        return cell.column() + cell.columnSpan() == table->columns();
    }
    return false;
}

// One edge of a cell as a collapsed border draws it: the width and brush its format gives, or the
// table's one-pixel grid where it gives none; an outer edge at least as wide as the table's border.
struct EdgeLine
{
    qreal width = 0;
    QBrush brush;
    bool solid = true;
};

EdgeLine edgeLine(const QTextTable* table, const QTextTableCellFormat& cell, bool outer, Edge edge)
{
    const QTextTableFormat format = table->format();
    const bool tableBorder = format.border() > 0 && format.borderStyle() != QTextFrameFormat::BorderStyle_None;
    EdgeLine line;
    if (cell.hasProperty(kStyle[edge])) {
        const auto style = QTextFrameFormat::BorderStyle(cell.intProperty(kStyle[edge]));
        line.solid = style == QTextFrameFormat::BorderStyle_Solid || style == QTextFrameFormat::BorderStyle_None;
        line.width = style == QTextFrameFormat::BorderStyle_None
                         ? 0
                         : (cell.hasProperty(kBorder[edge]) ? cell.doubleProperty(kBorder[edge]) : 3.0);
        line.brush = cell.hasProperty(kBrush[edge]) ? cell.brushProperty(kBrush[edge]) : format.borderBrush();
    } else if (format.border() >= 1) {
        line.width = 1;
        line.brush = format.borderBrush();
    }
    if (outer && tableBorder && format.border() > line.width) {
        line.width = format.border();
        line.brush = format.borderBrush();
    }
    if (line.brush.style() == Qt::NoBrush)
        line.brush = QBrush(Qt::black);
    return line;
}

// The cells of a table, each once (a spanning cell at its first row and column).
QList<QTextTableCell> cellsOf(const QTextTable* table)
{
    QList<QTextTableCell> cells;
    for (int r = 0; r < table->rows(); ++r)
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.isValid() && cell.row() == r && cell.column() == c)
                cells.append(cell);
        }
    return cells;
}

qreal paddingOf(const QTextTableCellFormat& cell, const QTextTableFormat& table, Edge edge)
{
    return cell.hasProperty(kPadding[edge]) ? cell.doubleProperty(kPadding[edge]) : table.cellPadding();
}

} // namespace

TableGrid TableGrid::takeBorders(QTextDocument* document)
{
    TableGrid grid;
    QList<QTextTable*> tables;
    collectTables(document->rootFrame(), tables);
    for (qsizetype index = 0; index < tables.size(); ++index) {
        QTextTable* table = tables.at(index);
        QTextTableFormat format = table->format();
        if (!format.borderCollapse() || table->rows() == 0 || table->columns() == 0)
            continue;
        const QList<QTextTableCell> cells = cellsOf(table);
        // The lines are placed from where each cell's text starts: a cell that starts with a table of its
        // own does not say where its box is.
        const bool textFirst = std::all_of(cells.begin(), cells.end(), [&](const QTextTableCell& cell) {
            return QTextCursor(document->findBlock(cell.firstPosition())).currentTable() == table;
        });
        if (!textFirst)
            continue;
        std::optional<qreal> inner;
        std::optional<qreal> outer;
        std::optional<QBrush> brush;
        bool uniform = true;
        for (const QTextTableCell& cell : cells) {
            const QTextTableCellFormat f = cell.format().toTableCellFormat();
            for (Edge edge : {Top, Right, Bottom, Left}) {
                const bool isOuter = outermost(table, cell, edge);
                const EdgeLine line = edgeLine(table, f, isOuter, edge);
                std::optional<qreal>& width = isOuter ? outer : inner;
                uniform = uniform && line.solid && (!width || *width == line.width);
                width = line.width;
                if (line.width > 0) {
                    uniform = uniform && (!brush || *brush == line.brush);
                    brush = line.brush;
                }
            }
        }
        if (!uniform || (outer.value_or(0) <= 0 && inner.value_or(0) <= 0))
            continue;
        // Each cell keeps the room its borders take: half of a line it shares with its neighbour, all
        // of the table's outline (drawn inside the table, as Qt draws it).
        for (const QTextTableCell& cell : cells) {
            QTextTableCellFormat f = cell.format().toTableCellFormat();
            for (Edge edge : {Top, Right, Bottom, Left}) {
                const qreal room = outermost(table, cell, edge) ? outer.value_or(0) : inner.value_or(0) / 2;
                f.setProperty(kPadding[edge], paddingOf(f, format, edge) + room);
                f.setProperty(kBorder[edge], 0.0);
                f.setProperty(kStyle[edge], int(QTextFrameFormat::BorderStyle_None));
            }
            QTextTableCell(cell).setFormat(f);
        }
        // Without borders nothing collapses: Qt no longer consults the neighbours of every cell.
        format.setBorderCollapse(false);
        format.setCellSpacing(0);
        format.setBorder(0);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        table->setFormat(format);
        grid.m_tables.append(
            {table, outer.value_or(0), inner.value_or(0), brush.value_or(QBrush(Qt::black)), int(index), QRectF()});
    }
    return grid;
}

void TableGrid::place(QAbstractTextDocumentLayout* layout)
{
    m_lines.clear();
    for (Table& t : m_tables) {
        QTextTable* table = t.table.data();
        if (!table)
            continue;
        const QTextTableFormat format = table->format();
        const int rows = table->rows();
        const int columns = table->columns();
        // The cells' boxes: each cell's text starts its padding inside its box. A row starts where its
        // tallest cell's text starts (a shorter cell may be centred lower), a column where the text of
        // its cells starts. Qt gives a table's size (its margins included) but, as its position, that
        // of its first cell's text.
        const QList<QTextTableCell> cells = cellsOf(table);
        QList<qreal> rowTop(rows + 1, std::numeric_limits<qreal>::max());
        QList<qreal> columnLeft(columns + 1, std::numeric_limits<qreal>::max());
        for (const QTextTableCell& cell : cells) {
            const QTextTableCellFormat f = cell.format().toTableCellFormat();
            const QRectF text = layout->blockBoundingRect(table->document()->findBlock(cell.firstPosition()));
            rowTop[cell.row()] = std::min(rowTop[cell.row()], text.top() - paddingOf(f, format, Top));
            columnLeft[cell.column()] = std::min(columnLeft[cell.column()], text.left() - paddingOf(f, format, Left));
        }
        const QSizeF size = layout->frameBoundingRect(table).size();
        const QRectF box(columnLeft[0], rowTop[0], size.width() - format.leftMargin() - format.rightMargin(),
                         size.height() - format.topMargin() - format.bottomMargin());
        t.box = box;
        rowTop[rows] = box.bottom();
        columnLeft[columns] = box.right();
        const auto hLine = [&](qreal y, qreal x1, qreal x2, qreal w) {
            m_lines.append({QRectF(x1 - w / 2, y - w / 2, x2 - x1 + w, w), t.brush});
        };
        const auto vLine = [&](qreal x, qreal y1, qreal y2, qreal w) {
            m_lines.append({QRectF(x - w / 2, y1 - w / 2, w, y2 - y1 + w), t.brush});
        };
        if (t.inner > 0)
            for (const QTextTableCell& cell : cells) {
                const qreal left = columnLeft[cell.column()];
                const qreal right = columnLeft[cell.column() + cell.columnSpan()];
                const qreal top = rowTop[cell.row()];
                const qreal bottom = rowTop[cell.row() + cell.rowSpan()];
                if (cell.row() > 0)
                    hLine(top, left, right, t.inner);
                if (cell.column() > 0)
                    vLine(left, top, bottom, t.inner);
            }
        if (t.outer > 0) {
            const QRectF outline = box.adjusted(t.outer / 2, t.outer / 2, -t.outer / 2, -t.outer / 2);
            hLine(outline.top(), outline.left(), outline.right(), t.outer);
            hLine(outline.bottom(), outline.left(), outline.right(), t.outer);
            vLine(outline.left(), outline.top(), outline.bottom(), t.outer);
            vLine(outline.right(), outline.top(), outline.bottom(), t.outer);
        }
    }
}

int TableGrid::giveBackTablesOverPages(const QTextDocument& original, qreal pageHeight)
{
    if (pageHeight <= 0)
        return -1;
    QList<QTextTable*> originals;
    collectTables(original.rootFrame(), originals);
    // A table that ends exactly at the foot of a page stays on it.
    constexpr qreal kEnd = 0.01;
    int first = -1;
    // One edit for all the formats given back and the layout of what follows: each cell's format changed
    // alone would have Qt lay its whole table out again, as many times as the table has cells.
    QTextCursor edit;
    for (qsizetype i = m_tables.size() - 1; i >= 0; --i) {
        const Table& t = m_tables.at(i);
        QTextTable* table = t.table.data();
        if (!table || t.box.height() <= 0 ||
            qFloor(t.box.top() / pageHeight) == qFloor((t.box.bottom() - kEnd) / pageHeight))
            continue;
        const QTextTable* source = t.index < originals.size() ? originals.at(t.index) : nullptr;
        if (!source || source->rows() != table->rows() || source->columns() != table->columns())
            continue; // not a copy of `original`: left as it is
        if (edit.isNull()) {
            edit = QTextCursor(table->document());
            edit.beginEditBlock();
        }
        for (const QTextTableCell& cell : cellsOf(table))
            QTextTableCell(cell).setFormat(source->cellAt(cell.row(), cell.column()).format());
        table->setFormat(source->format());
        first = first < 0 ? table->firstPosition() : qMin(first, table->firstPosition());
        m_tables.removeAt(i);
    }
    if (!edit.isNull()) {
        // What follows the first table given back is laid out again; what comes before keeps its layout.
        QTextDocument* copy = edit.document();
        copy->markContentsDirty(first, copy->characterCount() - first);
        edit.endEditBlock();
    }
    return first;
}

void TableGrid::paint(QPainter* painter, const QRectF& within) const
{
    for (const Line& line : m_lines)
        if (!within.isValid() || line.rect.intersects(within))
            painter->fillRect(line.rect, line.brush);
}

} // namespace tp::report
