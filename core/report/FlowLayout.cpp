#include "FlowLayout.h"

#include "DocumentFormat.h"
#include "GridPage.h"

#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tp::report {

namespace {

// Longer than any line can be: a line laid out this wide holds all the text up to a forced break.
constexpr qreal kUnbounded = 1.0e6;
// Lengths closer than this are equal: positions are sums of many lengths.
constexpr qreal kEpsilon = 0.01;

qreal padding(const QTextTableCellFormat& format, QTextFormat::Property property, qreal table)
{
    return format.hasProperty(property) ? format.doubleProperty(property) : table;
}

} // namespace

FlowLayout::FlowLayout(QTextDocument* document) : m_document(document)
{
    addFlow(document->rootFrame()->begin(), &m_items);
    m_boxOfBlock.assign(std::size_t(qMax(0, document->blockCount())), -1);
    for (std::size_t i = 0; i < m_boxes.size(); ++i) {
        const int number = m_boxes[i].block.blockNumber();
        if (number >= 0 && std::size_t(number) < m_boxOfBlock.size())
            m_boxOfBlock[std::size_t(number)] = int(i);
    }
}

int FlowLayout::addBox(const QTextBlock& block)
{
    Box box;
    box.block = block;
    box.format = block.blockFormat();
    box.marginTop = box.format.topMargin();
    box.marginBottom = box.format.bottomMargin();
    box.keepWithNext = block.userState() == DocumentFormat::kKeepWithNext && block.length() > 1;
    box.breakBefore = box.format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
    m_boxes.push_back(box);
    return int(m_boxes.size()) - 1;
}

// Every paragraph of `frame`, one below the other, whatever frames it holds.
void FlowLayout::addFrame(QTextFrame* frame, std::vector<int>* boxes)
{
    for (QTextBlock block = m_document->findBlock(frame->firstPosition());
         block.isValid() && block.position() <= frame->lastPosition(); block = block.next())
        boxes->push_back(addBox(block));
}

// The paragraphs and tables of a frame (the document's, or a cell's) from `it`, in order, into `items`.
// An empty paragraph just before or just after a table only separates it from what is around it: Qt's
// layout gives it no room, and neither does this one (unless it carries a page break or a background,
// which Qt lays out).
void FlowLayout::addFlow(QTextFrame::iterator it, std::vector<Item>* items)
{
    const QTextFrame* previousFrame = nullptr;
    for (; !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            if (auto* table = qobject_cast<QTextTable*>(frame)) {
                items->push_back({true, addTable(table)});
            } else {
                std::vector<int> boxes;
                addFrame(frame, &boxes);
                for (int box : boxes)
                    items->push_back({false, box});
            }
            previousFrame = frame;
            continue;
        }
        const QTextBlock block = it.currentBlock();
        QTextFrame::iterator next = it;
        ++next;
        const int index = addBox(block);
        const QTextBlockFormat& format = m_boxes[std::size_t(index)].format;
        const bool emptyBeforeTable =
            block.length() == 1 && !next.atEnd() && qobject_cast<QTextTable*>(next.currentFrame()) &&
            !format.hasProperty(QTextFormat::PageBreakPolicy) && !format.hasProperty(QTextFormat::BackgroundBrush) &&
            next.currentFrame()->firstPosition() == block.position() + 1;
        const bool emptyAfterTable = block.length() == 1 && qobject_cast<const QTextTable*>(previousFrame) &&
                                     previousFrame->lastPosition() == block.position() - 1;
        m_boxes[std::size_t(index)].hidden = emptyBeforeTable || emptyAfterTable;
        items->push_back({false, index});
        previousFrame = nullptr;
    }
}

int FlowLayout::addTable(QTextTable* table)
{
    Table t;
    t.table = table;
    t.rows = table->rows();
    t.columns = table->columns();
    const QTextTableFormat format = table->format();
    t.headerRows = qBound(0, format.headerRowCount(), t.rows);
    t.rule = format.border() > 0 && format.borderStyle() != QTextFrameFormat::BorderStyle_None ? format.border() : 0;
    t.marginTop = format.topMargin();
    t.marginBottom = format.bottomMargin();
    t.breakBefore = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
    const qreal tablePadding = format.cellPadding();
    for (int r = 0; r < t.rows; ++r) {
        for (int c = 0; c < t.columns; ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            // A cell spanning several columns or rows is met again at each place it covers.
            if (!cell.isValid() || cell.row() != r || cell.column() != c)
                continue;
            Cell x;
            x.row = r;
            x.column = c;
            x.columnSpan = qBound(1, cell.columnSpan(), t.columns - c);
            const QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            x.padTop = padding(cellFormat, QTextFormat::TableCellTopPadding, tablePadding);
            x.padBottom = padding(cellFormat, QTextFormat::TableCellBottomPadding, tablePadding);
            x.padLeft = padding(cellFormat, QTextFormat::TableCellLeftPadding, tablePadding);
            x.padRight = padding(cellFormat, QTextFormat::TableCellRightPadding, tablePadding);
            x.background = cellFormat.background();
            x.verticalAlignment = int(cellFormat.verticalAlignment());
            addFlow(cell.begin(), &x.items);
            t.cells.push_back(std::move(x));
        }
    }
    m_tables.push_back(std::move(t));
    return int(m_tables.size()) - 1;
}

qreal FlowLayout::breakLines(Box& box, qreal width)
{
    QTextLayout* layout = box.block.layout();
    const QTextBlockFormat& f = box.format;
    box.width = width;
    if (box.hidden) {
        layout->beginLayout();
        layout->endLayout();
        box.height = 0;
        return 0;
    }
    QTextOption option(f.alignment());
    option.setUseDesignMetrics(true);
    option.setWrapMode(f.nonBreakableLines() ? QTextOption::ManualWrap : QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    const qreal left = f.leftMargin();
    const qreal room = qMax<qreal>(0, width - left - f.rightMargin());
    qreal y = 0;
    bool first = true;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        const qreal indent = first ? f.textIndent() : 0;
        line.setLineWidth(qMax<qreal>(0, room - indent));
        line.setPosition(QPointF(left + indent, y));
        y += f.lineHeight(line.height(), 1.0);
        first = false;
    }
    layout->endLayout();
    box.height = y;
    return y;
}

// The width of a paragraph's widest unbreakable piece (a word, or one Han character), and of its
// widest line when nothing but its forced breaks breaks it, with its margins. Measured the first time
// only: a part fitted to one page is laid out at several widths, a table in a cell measured by the
// table around it too.
void FlowLayout::measure(const Box& box, qreal* least, qreal* most) const
{
    if (box.most < 0) {
        QTextLayout* layout = box.block.layout();
        const QTextBlockFormat& f = box.format;
        const qreal margins = f.leftMargin() + f.rightMargin();
        const auto widest = [&](QTextOption::WrapMode mode, qreal width) {
            QTextOption option(Qt::AlignLeft);
            option.setUseDesignMetrics(true);
            option.setWrapMode(mode);
            layout->setTextOption(option);
            qreal result = 0;
            bool first = true;
            layout->beginLayout();
            for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
                line.setLineWidth(width);
                result = qMax(result, line.naturalTextWidth() + (first ? f.textIndent() : 0));
                first = false;
            }
            layout->endLayout();
            return result;
        };
        box.most = widest(QTextOption::ManualWrap, kUnbounded) + margins;
        box.least = f.nonBreakableLines() ? box.most : widest(QTextOption::WordWrap, 0) + margins;
    }
    *least = box.least;
    *most = box.most;
}

// What each column of `t` needs: its widest unbreakable piece, its widest line (a table in a cell: its
// own least and widest), and the padding of its cells. A cell spanning columns is given their widths
// together and asks for none of them.
void FlowLayout::columnNeeds(const Table& t, QList<qreal>* least, QList<qreal>* most, QList<qreal>* pad) const
{
    const int n = t.columns;
    *least = QList<qreal>(n, 0);
    *most = QList<qreal>(n, 0);
    *pad = QList<qreal>(n, 0);
    for (const Cell& cell : t.cells) {
        (*pad)[cell.column] = qMax((*pad)[cell.column], cell.padLeft + cell.padRight);
        if (cell.columnSpan != 1)
            continue;
        for (const Item& item : cell.items) {
            qreal itemLeast = 0;
            qreal itemMost = 0;
            if (item.isTable)
                measureTable(m_tables[std::size_t(item.index)], &itemLeast, &itemMost);
            else
                measure(m_boxes[std::size_t(item.index)], &itemLeast, &itemMost);
            (*least)[cell.column] = qMax((*least)[cell.column], itemLeast);
            (*most)[cell.column] = qMax((*most)[cell.column], itemMost);
        }
    }
}

// The least width of a table (its columns' unbreakable texts) and its widest (every text on one line),
// with its padding and lines.
void FlowLayout::measureTable(const Table& t, qreal* least, qreal* most) const
{
    QList<qreal> columnLeast, columnMost, pad;
    columnNeeds(t, &columnLeast, &columnMost, &pad);
    const qreal frame = std::accumulate(pad.begin(), pad.end(), 0.0) + (t.columns + 1) * t.rule;
    *least = std::accumulate(columnLeast.begin(), columnLeast.end(), 0.0) + frame;
    *most = std::accumulate(columnMost.begin(), columnMost.end(), 0.0) + frame;
}

void FlowLayout::layoutTable(Table& t, qreal width, bool nested)
{
    const int n = t.columns;
    t.columnLeft = QList<qreal>(n + 1, 0);
    t.rowHeight.assign(std::size_t(t.rows), 0);
    if (n == 0 || t.rows == 0) {
        t.width = 0;
        return;
    }
    QList<qreal> least, most, pad;
    columnNeeds(t, &least, &most, &pad);
    qreal padSum = 0;
    for (qreal p : pad)
        padSum += p;
    const qreal rules = (n + 1) * t.rule;

    const QTextTableFormat format = t.table->format();
    const QTextLength length = format.width();
    if (length.type() == QTextLength::PercentageLength)
        t.width = width * length.rawValue() / 100;
    else if (length.type() == QTextLength::FixedLength)
        t.width = length.rawValue();
    else
        t.width = qMin(width, std::accumulate(most.begin(), most.end(), 0.0) + padSum + rules);
    const qreal room = qMax<qreal>(0, t.width - rules - padSum);

    // Columns given a width take it (a share of the table's, or a length), the others share what is
    // left by their texts (GridPage::columnWidths()); no column is narrower than its unbreakable text.
    const QList<QTextLength> constraints = format.columnWidthConstraints();
    QList<qreal> widths(n, 0);
    QList<int> open;
    qreal given = 0;
    for (int c = 0; c < n; ++c) {
        const QTextLength constraint = constraints.value(c);
        if (constraint.type() == QTextLength::PercentageLength)
            widths[c] = qMax(least[c], t.width * constraint.rawValue() / 100 - t.rule - pad[c]);
        else if (constraint.type() == QTextLength::FixedLength)
            widths[c] = qMax(least[c], constraint.rawValue());
        else
            open.append(c);
        given += widths[c];
    }
    if (!open.isEmpty()) {
        QList<qreal> openLeast, openMost;
        for (int c : open) {
            openLeast.append(least[c]);
            openMost.append(most[c]);
        }
        const QList<qreal> shared = GridPage::columnWidths(openLeast, openMost, qMax<qreal>(0, room - given));
        for (qsizetype i = 0; i < open.size(); ++i)
            widths[open[i]] = shared[i];
    } else if (given > 0 && given < room) {
        // Shares that do not add up to the table's width grow in proportion until they do.
        for (qreal& w : widths)
            w *= room / given;
    }
    // Too wide: the columns give up what they have above their unbreakable text, in proportion.
    qreal total = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (total > room + kEpsilon) {
        qreal slack = 0;
        for (int c = 0; c < n; ++c)
            slack += widths[c] - least[c];
        if (slack > 0) {
            const qreal cut = qMin(total - room, slack);
            for (int c = 0; c < n; ++c)
                widths[c] -= (widths[c] - least[c]) * cut / slack;
        }
    }
    for (int c = 0; c < n; ++c)
        t.columnLeft[c + 1] = t.columnLeft[c] + t.rule + pad[c] + widths[c];
    const qreal outer = t.columnLeft[n] + t.rule;
    const Qt::Alignment align = format.alignment();
    t.left = (align & Qt::AlignHCenter) ? (width - outer) / 2 : (align & Qt::AlignRight) ? width - outer : 0;
    t.left = qMax<qreal>(0, t.left);
    if (!nested)
        m_widest = qMax(m_widest, t.left + outer);

    // The cells' paragraphs and tables, one below the other, their margins collapsed as between
    // paragraphs (an empty paragraph beside a table taking no room).
    for (Cell& cell : t.cells) {
        const qreal inner = qMax<qreal>(0, t.columnLeft[cell.column + cell.columnSpan] - t.columnLeft[cell.column] -
                                               t.rule - cell.padLeft - cell.padRight);
        cell.itemTop.assign(cell.items.size(), 0);
        qreal y = 0;
        qreal previousMargin = 0;
        bool first = true;
        for (std::size_t k = 0; k < cell.items.size(); ++k) {
            const Item& item = cell.items[k];
            if (!item.isTable && m_boxes[std::size_t(item.index)].hidden) {
                breakLines(m_boxes[std::size_t(item.index)], inner);
                cell.itemTop[k] = y;
                continue;
            }
            const qreal marginTop =
                item.isTable ? m_tables[std::size_t(item.index)].marginTop : m_boxes[std::size_t(item.index)].marginTop;
            y += first ? marginTop : qMax(previousMargin, marginTop);
            first = false;
            cell.itemTop[k] = y;
            if (item.isTable) {
                Table& table = m_tables[std::size_t(item.index)];
                layoutTable(table, inner, true);
                y += tableHeight(table);
                previousMargin = table.marginBottom;
            } else {
                Box& box = m_boxes[std::size_t(item.index)];
                y += breakLines(box, inner);
                previousMargin = box.marginBottom;
            }
        }
        cell.contentHeight = y + previousMargin;
        t.rowHeight[std::size_t(cell.row)] =
            qMax(t.rowHeight[std::size_t(cell.row)], cell.padTop + cell.contentHeight + cell.padBottom);
    }
}

qreal FlowLayout::tableHeight(const Table& t) const
{
    if (t.rows == 0)
        return 0;
    qreal height = t.rule;
    for (qreal row : t.rowHeight)
        height += row + t.rule;
    return height;
}

// The height of a table's header rows and its first two rows below them: what a table that is split
// keeps on the page it starts on.
qreal FlowLayout::tableLead(const Table& t) const
{
    qreal height = t.rule;
    for (int r = 0; r < qMin(t.rows, t.headerRows + 2); ++r)
        height += t.rowHeight[std::size_t(r)] + t.rule;
    return height;
}

qreal FlowLayout::itemMarginTop(int item) const
{
    const Item& it = m_items[std::size_t(item)];
    return it.isTable ? m_tables[std::size_t(it.index)].marginTop : m_boxes[std::size_t(it.index)].marginTop;
}

bool FlowLayout::itemBreaksBefore(int item) const
{
    const Item& it = m_items[std::size_t(item)];
    return it.isTable ? m_tables[std::size_t(it.index)].breakBefore : m_boxes[std::size_t(it.index)].breakBefore;
}

// What must fit below a heading, on its page, from its text's end (its bottom margin being
// `previousMargin`): the room to the next item and the part of the item that stays with the heading.
// Nothing when the next item starts a new page anyway.
qreal FlowLayout::leadHeight(int item, qreal previousMargin, int depth) const
{
    while (item < int(m_items.size()) && !m_items[std::size_t(item)].isTable &&
           m_boxes[std::size_t(m_items[std::size_t(item)].index)].hidden)
        ++item;
    if (item >= int(m_items.size()) || depth > 8)
        return 0;
    if (itemBreaksBefore(item))
        return 0;
    const Item& it = m_items[std::size_t(item)];
    const qreal gap = qMax(previousMargin, itemMarginTop(item));
    if (it.isTable) {
        const Table& t = m_tables[std::size_t(it.index)];
        const qreal height = tableHeight(t);
        return gap + (height < m_pageHeight / 4 ? height : tableLead(t));
    }
    const Box& box = m_boxes[std::size_t(it.index)];
    if (box.keepWithNext)
        return gap + box.height + leadHeight(item + 1, box.marginBottom, depth + 1);
    if (box.height < m_pageHeight / 2)
        return gap + box.height;
    const QTextLayout* layout = box.block.layout();
    return gap + (layout->lineCount() > 0 ? box.format.lineHeight(layout->lineAt(0).height(), 1.0) : 0);
}

qreal FlowLayout::pageTop(qreal y) const
{
    return m_pageHeight > 0 ? std::floor((y + kEpsilon) / m_pageHeight) * m_pageHeight : 0;
}

qreal FlowLayout::pageBottom(qreal y) const
{
    return m_pageHeight > 0 ? pageTop(y) + m_pageHeight : kUnbounded * kUnbounded;
}

bool FlowLayout::atPageTop(qreal y) const
{
    return y - pageTop(y) < kEpsilon;
}

// Places the lines of `box` from `origin`; a line that would cross the end of a page moves, with the
// lines after it, to the top of the next. Returns the paragraph's height as placed.
qreal FlowLayout::placeLines(Box& box, QPointF origin)
{
    box.origin = origin;
    if (m_pageHeight <= 0 || box.hidden)
        return box.height;
    QTextLayout* layout = box.block.layout();
    qreal shift = 0;
    for (int i = 0; i < layout->lineCount(); ++i) {
        QTextLine line = layout->lineAt(i);
        const qreal top = origin.y() + line.y() + shift;
        // Qt keeps a line's position in 64ths of a unit: one 64th below the page's top, the line stays
        // on that page once its position is rounded.
        if (!atPageTop(top) && top + line.height() > pageBottom(top) + kEpsilon)
            shift += pageBottom(top) - top + 1.0 / 64;
        if (shift > 0)
            line.setPosition(QPointF(line.x(), line.y() + shift));
    }
    return box.height + shift;
}

// Places the cells of row `row`, whose text starts at `top` in a row `height` high; with `pushLines`
// (a row taller than the rest of its page) their lines move past the ends of pages. Returns the row's
// height as placed.
qreal FlowLayout::placeCells(Table& t, int row, qreal top, qreal height, bool pushLines)
{
    qreal placed = height;
    for (Cell& cell : t.cells) {
        if (cell.row != row)
            continue;
        const qreal x = t.x + t.columnLeft[cell.column] + t.rule + cell.padLeft;
        const qreal free = qMax<qreal>(0, height - cell.padTop - cell.padBottom - cell.contentHeight);
        qreal y = top + cell.padTop;
        if (cell.verticalAlignment == QTextCharFormat::AlignMiddle)
            y += free / 2;
        else if (cell.verticalAlignment == QTextCharFormat::AlignBottom)
            y += free;
        qreal grown = 0;
        for (std::size_t k = 0; k < cell.items.size(); ++k) {
            const Item& item = cell.items[k];
            const QPointF origin(x, y + cell.itemTop[k] + grown);
            if (item.isTable) {
                // A table in a cell is not split over pages.
                Table& table = m_tables[std::size_t(item.index)];
                placeTable(table, origin.x() + table.left, origin.y(), false);
                continue;
            }
            Box& box = m_boxes[std::size_t(item.index)];
            if (pushLines)
                grown += placeLines(box, origin) - box.height;
            else
                box.origin = origin;
        }
        placed = qMax(placed, cell.padTop + cell.contentHeight + grown + cell.padBottom);
    }
    return placed;
}

// Places the rows of `t`, its left edge at `x`, from `top`; when `paged`, a row that does not fit on the
// rest of its page starts the next, below the header rows drawn again.
void FlowLayout::placeTable(Table& t, qreal x, qreal top, bool paged)
{
    t.x = x;
    t.rowTop.assign(std::size_t(t.rows), top);
    t.rowBottom.assign(std::size_t(t.rows), top);
    t.headerCopies.clear();
    qreal header = 0;
    for (int r = 0; r < t.headerRows; ++r)
        header += t.rowHeight[std::size_t(r)] + t.rule;
    qreal y = top; // the top of the line above the next row
    for (int r = 0; r < t.rows; ++r) {
        const qreal height = t.rowHeight[std::size_t(r)];
        if (paged && m_pageHeight > 0 && !atPageTop(y) && y + height + 2 * t.rule > pageBottom(y) + kEpsilon) {
            y = pageBottom(y);
            if (r >= t.headerRows && t.headerRows > 0 && header + height + 2 * t.rule <= m_pageHeight) {
                t.headerCopies.push_back(y);
                y += header;
            }
        }
        const bool tall = paged && m_pageHeight > 0 && y + height + 2 * t.rule > pageBottom(y) + kEpsilon;
        t.rowTop[std::size_t(r)] = y;
        const qreal placed = placeCells(t, r, y + t.rule, height, tall);
        t.rowBottom[std::size_t(r)] = y + t.rule + placed;
        y = t.rowBottom[std::size_t(r)];
    }
    t.box = QRectF(t.x, top, t.columnLeft.last() + t.rule, y + (t.rows > 0 ? t.rule : 0) - top);
}

qreal FlowLayout::layout(qreal width, qreal pageHeight)
{
    m_pageHeight = pageHeight > 0 ? pageHeight : 0;
    m_widest = width;
    // The tables in cells are laid out by the tables around them.
    for (const Item& item : m_items) {
        if (item.isTable)
            layoutTable(m_tables[std::size_t(item.index)], width, false);
        else
            breakLines(m_boxes[std::size_t(item.index)], width);
    }

    qreal y = 0;             // the end of what is placed, its bottom margin left out
    qreal pendingMargin = 0; // the bottom margin of what is placed last
    bool started = false;
    for (int i = 0; i < int(m_items.size()); ++i) {
        const Item& item = m_items[std::size_t(i)];
        if (!item.isTable && m_boxes[std::size_t(item.index)].hidden) {
            m_boxes[std::size_t(item.index)].origin = QPointF(0, y);
            continue;
        }
        const bool paged = m_pageHeight > 0;
        const qreal marginTop = itemMarginTop(i);
        if (paged && itemBreaksBefore(i) && started && !atPageTop(y))
            y = pageBottom(y);
        // Margins collapse between neighbours; at the top of a page that is not the part's first, an
        // item keeps its own margin only.
        qreal top = y + (!started || (paged && atPageTop(y)) ? marginTop : qMax(pendingMargin, marginTop));
        bool moved = false;
        if (paged && !atPageTop(y)) {
            const qreal height =
                item.isTable ? tableHeight(m_tables[std::size_t(item.index)]) : m_boxes[std::size_t(item.index)].height;
            // A paragraph shorter than half a page, a table shorter than a quarter, is not split.
            const bool keepWhole = height < m_pageHeight / (item.isTable ? 4 : 2);
            qreal needed = 0;
            bool movesWhole = false;
            if (!item.isTable && m_boxes[std::size_t(item.index)].keepWithNext) {
                needed = height + leadHeight(i + 1, m_boxes[std::size_t(item.index)].marginBottom, 0);
                movesWhole = true;
            } else if (keepWhole) {
                needed = height;
                movesWhole = true;
            } else if (item.isTable) {
                needed = tableLead(m_tables[std::size_t(item.index)]);
            }
            if (needed > 0 && top + needed > pageBottom(y) + kEpsilon) {
                y = pageBottom(y);
                top = y + marginTop;
                moved = movesWhole;
            }
        }
        if (item.isTable) {
            Table& table = m_tables[std::size_t(item.index)];
            table.moved = moved;
            placeTable(table, table.left, top, true);
            y = table.box.bottom();
            pendingMargin = table.marginBottom;
        } else {
            Box& box = m_boxes[std::size_t(item.index)];
            box.moved = moved;
            y = top + placeLines(box, QPointF(0, top));
            pendingMargin = box.marginBottom;
        }
        started = true;
    }
    m_end = y;
    return y + pendingMargin;
}

int FlowLayout::pageCount() const
{
    if (m_pageHeight <= 0)
        return 1;
    return qMax(1, int(std::floor((m_end - kEpsilon) / m_pageHeight)) + 1);
}

void FlowLayout::paintBox(QPainter* painter, const Box& box, qreal dy, const QRectF& window) const
{
    if (box.hidden)
        return;
    const QTextLayout* layout = box.block.layout();
    const QPointF origin = box.origin + QPointF(0, dy);
    const QBrush background = box.format.background();
    if (background.style() != Qt::NoBrush && layout->lineCount() > 0)
        painter->fillRect(QRectF(origin.x(), origin.y(), box.width, box.height), background);
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const qreal top = origin.y() + line.y();
        if (top < window.top() - kEpsilon || top >= window.bottom() - kEpsilon)
            continue;
        line.draw(painter, origin);
    }
}

void FlowLayout::paintRow(QPainter* painter, const Table& t, int row, qreal dy, const QRectF& window) const
{
    const qreal top = t.rowTop[std::size_t(row)] + dy;
    const qreal bottom = t.rowBottom[std::size_t(row)] + dy;
    if (bottom + t.rule < window.top() || top > window.bottom())
        return;
    const qreal right = t.x + t.columnLeft.last() + t.rule;
    for (const Cell& cell : t.cells) {
        if (cell.row != row || cell.background.style() == Qt::NoBrush)
            continue;
        const qreal left = t.x + t.columnLeft[cell.column] + t.rule;
        painter->fillRect(
            QRectF(left, top + t.rule, t.x + t.columnLeft[cell.column + cell.columnSpan] - left, bottom - top - t.rule),
            cell.background);
    }
    for (const Cell& cell : t.cells) {
        if (cell.row != row)
            continue;
        for (const Item& item : cell.items) {
            if (item.isTable)
                paintTable(painter, m_tables[std::size_t(item.index)], dy, window);
            else
                paintBox(painter, m_boxes[std::size_t(item.index)], dy, window);
        }
    }
    if (t.rule <= 0)
        return;
    // The line above the row, and the one below it unless the next row draws it in the same place.
    painter->fillRect(QRectF(t.x, top, right - t.x, t.rule), Qt::black);
    const bool lastOnPage =
        row + 1 >= t.rows || std::abs(t.rowTop[std::size_t(row) + 1] - t.rowBottom[std::size_t(row)]) > kEpsilon;
    if (lastOnPage)
        painter->fillRect(QRectF(t.x, bottom, right - t.x, t.rule), Qt::black);
    for (const Cell& cell : t.cells)
        if (cell.row == row)
            painter->fillRect(QRectF(t.x + t.columnLeft[cell.column], top, t.rule, bottom + t.rule - top), Qt::black);
    painter->fillRect(QRectF(right - t.rule, top, t.rule, bottom + t.rule - top), Qt::black);
}

// Draws `t`, moved down by `dy`: its rows, and its header rows again at the top of each page it
// continues on.
void FlowLayout::paintTable(QPainter* painter, const Table& t, qreal dy, const QRectF& window) const
{
    if (t.rows == 0 || t.box.bottom() + dy < window.top() || t.box.top() + dy > window.bottom())
        return;
    for (int r = 0; r < t.rows; ++r)
        paintRow(painter, t, r, dy, window);
    for (qreal copy : t.headerCopies)
        for (int r = 0; r < t.headerRows; ++r)
            paintRow(painter, t, r, dy + copy - t.rowTop[0], window);
}

void FlowLayout::paint(QPainter* painter, const QRectF& window) const
{
    painter->save();
    // The text's colour where its format gives none.
    painter->setPen(QPen(Qt::black));
    for (const Item& item : m_items) {
        if (item.isTable)
            paintTable(painter, m_tables[std::size_t(item.index)], 0, window);
        else
            paintBox(painter, m_boxes[std::size_t(item.index)], 0, window);
    }
    painter->restore();
}

const FlowLayout::Box* FlowLayout::boxOf(const QTextBlock& block) const
{
    const int number = block.blockNumber();
    if (number < 0 || std::size_t(number) >= m_boxOfBlock.size() || m_boxOfBlock[std::size_t(number)] < 0)
        return nullptr;
    return &m_boxes[std::size_t(m_boxOfBlock[std::size_t(number)])];
}

QList<QRectF> FlowLayout::lineRects(const QTextBlock& block) const
{
    QList<QRectF> rects;
    const Box* box = boxOf(block);
    if (!box || box->hidden)
        return rects;
    const QTextLayout* layout = box->block.layout();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        rects.append(QRectF(box->origin.x() + line.x(), box->origin.y() + line.y(), line.width(), line.height()));
    }
    return rects;
}

QRectF FlowLayout::tableRect(const QTextTable* table) const
{
    for (const Table& t : m_tables)
        if (t.table == table)
            return t.box;
    return QRectF();
}

bool FlowLayout::movedToNewPage(const QTextBlock& block) const
{
    if (const Box* box = boxOf(block); box && box->moved)
        return true;
    for (const Table& t : m_tables)
        if (t.moved && t.table->firstPosition() == block.position())
            return true;
    return false;
}

} // namespace tp::report
