#include "PagedDocument.h"

#include "DocumentFormat.h"
#include "DocumentText.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>
#include <QTextLayout>
#include <QTextTable>

#include <vector>

namespace tp::report {

namespace {

constexpr qreal kMm = PagedDocument::kDpi / 25.4;

} // namespace

// A 96 dpi image.
QPaintDevice* PagedDocument::layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        const int dotsPerMeter = qRound(PagedDocument::kDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

namespace {

QFont decorationFont(bool mono, qreal points)
{
    QFont font = DocumentFormat::font(mono ? DocumentFormat::monoFamilies() : DocumentFormat::serifFamilies());
    font.setPixelSize(qMax(1, qRound(points * PagedDocument::kDpi / 72.0)));
    return font;
}

// The top of a block's first line in the document, in layout units.
qreal firstLineTop(QAbstractTextDocumentLayout* layout, const QTextBlock& block)
{
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout* lines = block.layout();
    if (!lines || lines->lineCount() == 0)
        return rect.top();
    return rect.top() - lines->boundingRect().top() + lines->lineAt(0).y();
}

// The top of a block's last line in the document.
qreal lastLineTop(QAbstractTextDocumentLayout* layout, const QTextBlock& block)
{
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout* lines = block.layout();
    if (!lines || lines->lineCount() == 0)
        return rect.top();
    return rect.top() - lines->boundingRect().top() + lines->lineAt(lines->lineCount() - 1).y();
}

// The table each block of `document` lies in, the innermost one, by block number; nullptr outside
// tables. The pagination changes formats only, so the blocks and tables stay as they are.
std::vector<QTextTable*> tablesOfBlocks(QTextDocument* document)
{
    std::vector<QTextTable*> tables(size_t(document->blockCount()), nullptr);
    // An enclosing frame before the frames inside it: the innermost table is written last.
    QList<QTextFrame*> frames = document->rootFrame()->childFrames();
    while (!frames.isEmpty()) {
        QTextFrame* frame = frames.takeFirst();
        if (auto* table = qobject_cast<QTextTable*>(frame))
            for (QTextBlock b = document->findBlock(table->firstPosition());
                 b.isValid() && b.position() <= table->lastPosition(); b = b.next())
                tables[size_t(b.blockNumber())] = table;
        frames = frame->childFrames() + frames;
    }
    return tables;
}

// The table that starts with `block`, the innermost one in `tables` (tablesOfBlocks()), or nullptr.
QTextTable* tableStartingWith(const QTextBlock& block, const std::vector<QTextTable*>& tables)
{
    QTextTable* table = tables[size_t(block.blockNumber())];
    return table && table->firstPosition() == block.position() ? table : nullptr;
}

// Whether `block` starts a new page: its own format says so, or that of the table it starts. A table
// is moved by its own format: a break set on the first block of its first cell would break the first
// row inside, leaving the row's other cells on the page before.
bool breaksBefore(const QTextBlock& block, const std::vector<QTextTable*>& tables)
{
    if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return true;
    const QTextTable* table = tableStartingWith(block, tables);
    return table && (table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
}

void setBreaksBefore(const QTextBlock& block, const std::vector<QTextTable*>& tables, bool breaks)
{
    const auto policy = [breaks](QTextFormat::PageBreakFlags flags) {
        return breaks ? flags | QTextFormat::PageBreak_AlwaysBefore : flags & ~QTextFormat::PageBreak_AlwaysBefore;
    };
    if (QTextTable* table = tableStartingWith(block, tables)) {
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(policy(format.pageBreakPolicy()));
        table->setFormat(format);
        return;
    }
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(policy(format.pageBreakPolicy()));
    QTextCursor(block).setBlockFormat(format);
}

// Whether the pagination should start `block` (in `table`, or nullptr) on a new page: a heading (a
// block the style sheet marks kKeepWithNext) left at the bottom of a page while its text starts on the
// next one, or a paragraph (outside tables, shorter than half a page) split over two pages. A split
// paragraph would also have its first line drawn, outside the visible area, on the next page, where a
// PDF's text would repeat it.
bool startsNewPage(QAbstractTextDocumentLayout* layout, const QTextBlock& block, const QTextTable* table,
                   const std::vector<QTextTable*>& tables, qreal pageHeight)
{
    if (breaksBefore(block, tables))
        return false;
    const bool keepWithNext = block.userState() == DocumentFormat::kKeepWithNext;
    // Where a block of a table lies is the costliest question to the layout, and only a heading's
    // answer matters there.
    if (table && !keepWithNext)
        return false;
    const int page = int(firstLineTop(layout, block) / pageHeight);
    if (keepWithNext) {
        const QTextBlock next = block.next();
        if (next.isValid() && int(firstLineTop(layout, next) / pageHeight) > page)
            return true;
    }
    if (table)
        return false;
    return int(lastLineTop(layout, block) / pageHeight) > page &&
           layout->blockBoundingRect(block).height() < pageHeight / 2;
}

// A block beside a table whose box lies wholly outside the table's: one with text, outside tables.
// The layout hides an empty block just before or after a table inside the table's border.
bool outsideTables(const QTextBlock& block, const std::vector<QTextTable*>& tables)
{
    return block.isValid() && block.length() > 1 && !tables[size_t(block.blockNumber())];
}

// When `block` (in `table`, or nullptr) begins a short table (less than half a page) whose page break
// falls inside a row (a cell of several lines cut in two), the block to start on a new page so that
// the table moves whole to the next page: the heading before the table when it has one (a heading
// stays with what follows), or else the block itself. A table that breaks between its rows stays as it
// is. `tables` is tablesOfBlocks().
//
// The table's own box is asked of the layout only when nothing else decides: that question lays the
// whole text out, while every other one lays it out only as far as the block asked about (see
// keepTogether()). The blocks beside the table bound its box: it starts below the one before and ends
// above the one after.
QTextBlock cutTableStart(QAbstractTextDocumentLayout* layout, const QTextBlock& block, QTextTable* table,
                         const std::vector<QTextTable*>& tables, qreal pageHeight)
{
    if (!table || block.position() != table->firstPosition())
        return QTextBlock();
    const QTextBlock before = block.previous();
    const QTextBlock after = block.document()->findBlock(table->lastPosition() + 1);
    const bool bounded = outsideTables(before, tables) && outsideTables(after, tables);
    const qreal boxTop = bounded ? layout->blockBoundingRect(before).bottom() : 0;
    const qreal boxBottom = bounded ? layout->blockBoundingRect(after).top() : 0;
    // Between two blocks on one page, no line is on another.
    if (bounded && int(boxTop / pageHeight) == int(boxBottom / pageHeight))
        return QTextBlock();
    // The table's text from its first block to the last of its last cell takes half a page: not short.
    const qreal top = layout->blockBoundingRect(block).top();
    const QTextBlock last = table->cellAt(table->rows() - 1, table->columns() - 1).lastCursorPosition().block();
    qreal bottom = qMax(top, layout->blockBoundingRect(last).bottom());
    if (bottom - top >= pageHeight / 2)
        return QTextBlock();
    bool cut = false;
    for (QTextBlock b = block; b.isValid() && b.position() < table->lastPosition(); b = b.next()) {
        cut = cut || int(firstLineTop(layout, b) / pageHeight) != int(lastLineTop(layout, b) / pageHeight);
        bottom = qMax(bottom, layout->blockBoundingRect(b).bottom());
    }
    if (!cut || bottom - top >= pageHeight / 2) // with a taller cell of that row, the same
        return QTextBlock();
    if ((!bounded || boxBottom - boxTop >= pageHeight / 2) &&
        layout->frameBoundingRect(table).height() >= pageHeight / 2)
        return QTextBlock();
    const QTextBlock heading = block.previous();
    const QTextBlock target = heading.isValid() && heading.userState() == DocumentFormat::kKeepWithNext &&
                                      !tables[size_t(heading.blockNumber())]
                                  ? heading
                                  : block;
    return breaksBefore(target, tables) ? QTextBlock() : target;
}

// Where the search for the next block to move starts again once `moved` has moved: the block before
// it, or before the outermost table around that block or `moved`. Moving a block changes the layout
// of what follows it only, and what the two functions above answer for a block depends on the block,
// the one after it and, for a table's first block, the rest of its table: for the blocks before the
// returned one, nothing they depend on has changed.
QTextBlock searchAgainFrom(QTextDocument* document, const QTextBlock& moved, const std::vector<QTextTable*>& tables)
{
    QTextBlock from = moved.previous().isValid() ? moved.previous() : moved;
    for (QTextBlock b : {moved, from}) {
        QTextFrame* frame = tables[size_t(b.blockNumber())];
        QTextFrame* outermost = nullptr;
        for (; frame && frame != document->rootFrame(); frame = frame->parentFrame())
            if (qobject_cast<QTextTable*>(frame))
                outermost = frame;
        if (outermost) {
            const QTextBlock start = document->findBlock(outermost->firstPosition());
            const QTextBlock before = start.previous().isValid() ? start.previous() : start;
            if (before.position() < from.position())
                from = before;
        }
    }
    return from;
}

// A copy of `document` whose ruled tables have no borders, their lines taken into `grid`; the document
// itself keeps its borders for the OpenDocument export.
std::shared_ptr<QTextDocument> ruledCopy(const QTextDocument& document, TableGrid& grid)
{
    std::shared_ptr<QTextDocument> copy(document.clone());
    copy->setPageSize(QSizeF(0, 0)); // no layout before its borders are taken
    grid = TableGrid::takeBorders(copy.get());
    copy->documentLayout()->setPaintDevice(PagedDocument::layoutDevice());
    return copy;
}

// Moves the blocks startsNewPage() and cutTableStart() find to the top of the next page, one at a time
// (each move changes the pages of what follows).
//
// The text is laid out only as far as the search has looked. Qt lays a text out lazily, a step at a
// time, as far as the block it is asked about; a change then lays out again from the changed block
// to where the layout had got. So the search, block by block, drives one layout of the whole text,
// and a move costs the stretch from the moved block to where the search was, not the rest of the
// text. Only the size of a table's box (cutTableStart()) and the page count (after this) need the
// whole text laid out.
void keepTogether(QTextDocument* document, qreal pageHeight)
{
    const std::vector<QTextTable*> tables = tablesOfBlocks(document);
    QSet<int> moved; // the blocks this function started on a new page
    QTextBlock from = document->begin();
    for (int pass = 0; pass < 1000; ++pass) {
        QAbstractTextDocumentLayout* layout = document->documentLayout();
        QTextBlock found;
        // In the order of the document: moving a block changes the pages of what follows only.
        for (QTextBlock block = from; block.isValid() && !found.isValid(); block = block.next()) {
            QTextTable* table = tables[size_t(block.blockNumber())];
            found = startsNewPage(layout, block, table, tables, pageHeight)
                        ? block
                        : cutTableStart(layout, block, table, tables, pageHeight);
        }
        if (!found.isValid())
            return;
        // The formats changed and the layout from the moved block on are one edit: Qt lays out once.
        QTextCursor edit(document);
        edit.beginEditBlock();
        setBreaksBefore(found, tables, true);
        moved.insert(found.blockNumber());
        // A heading that follows its text to the next page takes it along: the text's own move, made
        // when it was split at the bottom of the page before, would now leave the heading alone.
        const QTextBlock next = found.next();
        if (found.userState() == DocumentFormat::kKeepWithNext && next.isValid() && moved.remove(next.blockNumber()))
            setBreaksBefore(next, tables, false);
        // Everything from the moved block to the end is to be laid out again: a format change alone
        // covers the changed block only, whose followers would keep their page breaks. What comes
        // before the block keeps its layout.
        document->markContentsDirty(found.position(), document->characterCount() - found.position());
        edit.endEditBlock();
        from = searchAgainFrom(document, found, tables);
    }
}

} // namespace

QSizeF PagedDocument::pageSize()
{
    return QSizeF(210.0 * kMm, 297.0 * kMm);
}

qreal PagedDocument::marginLeft()
{
    return 25.0 * kMm;
}

qreal PagedDocument::marginTop()
{
    return 25.0 * kMm;
}

QSizeF PagedDocument::contentSize()
{
    return QSizeF(160.0 * kMm, (297.0 - 25.0 - 30.0) * kMm);
}

std::shared_ptr<QTextDocument> PagedDocument::createTextDocument(const QString& htmlBody)
{
    auto document = std::make_shared<QTextDocument>();
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    QFont font = DocumentFormat::font(DocumentFormat::serifFamilies());
    font.setPointSizeF(12);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(DocumentFormat::styleSheet());
    // Laid out once, by layout(), which gives it its page size. Until then the page size is empty,
    // which is what keeps a layout from working: the import of the text and the creation of the
    // layout would otherwise each lay the whole text out against the default page size.
    document->setPageSize(QSizeF(0, 0));
    document->setHtml(htmlBody);
    document->documentLayout()->setPaintDevice(layoutDevice());
    return document;
}

void PagedDocument::addPart(std::shared_ptr<QTextDocument> document, Flow flow)
{
    Part part;
    part.document = std::move(document);
    part.drawn = part.document;
    part.flow = flow;
    m_parts.append(part);
    m_laidOut = false;
}

void PagedDocument::addPart(std::shared_ptr<GridPage> page, std::function<QString()> html)
{
    Part part;
    part.page = std::move(page);
    part.html = std::move(html);
    part.flow = Flow::FitOnePage;
    m_parts.append(part);
    m_laidOut = false;
}

QList<std::shared_ptr<QTextDocument>> PagedDocument::partDocuments() const
{
    QList<std::shared_ptr<QTextDocument>> list;
    for (Part& part : m_parts) {
        if (!part.document)
            part.document = createTextDocument(part.html ? part.html() : QString());
        list.append(part.document);
    }
    return list;
}

QList<std::shared_ptr<QTextDocument>> PagedDocument::drawnDocuments() const
{
    layout();
    QList<std::shared_ptr<QTextDocument>> list;
    for (const Part& part : m_parts)
        if (part.drawn)
            list.append(part.drawn);
    return list;
}

void PagedDocument::layout() const
{
    if (m_laidOut)
        return;
    const QSizeF content = contentSize();
    int page = 0;
    for (Part& part : m_parts) {
        part.firstPage = page;
        if (part.page) {
            part.scale = part.page->fitTo(content);
            part.pages = 1;
        } else if (part.flow == Flow::Paginate) {
            // Its ruled tables drawn by the grid, except those that run over a page, which Qt rules.
            if (part.drawn == part.document && !part.document->rootFrame()->childFrames().isEmpty())
                part.drawn = ruledCopy(*part.document, part.grid);
            part.drawn->setPageSize(content);
            keepTogether(part.drawn.get(), content.height());
            // Each round gives at least one table back, or ends.
            for (;;) {
                part.grid.place(part.drawn->documentLayout());
                if (part.grid.giveBackTablesOverPages(*part.document, content.height()) < 0)
                    break;
                keepTogether(part.drawn.get(), content.height());
            }
            part.scale = 1.0;
            part.pages = qMax(1, part.drawn->pageCount());
        } else {
            if (part.drawn == part.document)
                part.drawn = ruledCopy(*part.document, part.grid);
            // Scale down until the whole part fits the content area of one page.
            qreal scale = 1.0;
            for (int attempt = 0; attempt < 8; ++attempt) {
                part.drawn->setPageSize(QSizeF(content.width() / scale, -1));
                const qreal height = part.drawn->documentLayout()->documentSize().height() * scale;
                if (height <= content.height())
                    break;
                scale *= content.height() / height * 0.995;
            }
            part.grid.place(part.drawn->documentLayout());
            part.scale = scale;
            part.pages = 1;
        }
        page += part.pages;
    }
    m_pageCount = page;
    m_laidOut = true;
}

int PagedDocument::pageCount() const
{
    layout();
    return m_pageCount;
}

void PagedDocument::paintPage(QPainter* painter, int index) const
{
    layout();
    const Part* part = nullptr;
    for (const Part& p : m_parts)
        if (index >= p.firstPage && index < p.firstPage + p.pages)
            part = &p;
    painter->save();
    painter->fillRect(QRectF(QPointF(0, 0), pageSize()), Qt::white);
    if (part) {
        const QSizeF content = contentSize();
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter->save();
        painter->translate(marginLeft(), marginTop());
        if (part->flow == Flow::Paginate) {
            const int inPart = index - part->firstPage;
            const QRectF clip(0, inPart * content.height(), content.width(), content.height());
            painter->translate(0, -clip.top());
            painter->setClipRect(clip);
            // The text layout draws every line that touches the clip, including one that starts exactly
            // at the bottom edge (a line moved to the next page): hidden by the painter's clip, its text
            // would still be in this page of the PDF. Only lines inside the page are drawn.
            context.clip = clip.adjusted(0, 0.5, 0, -0.5);
        } else {
            painter->scale(part->scale, part->scale);
            const QRectF clip(0, 0, content.width() / part->scale, content.height() / part->scale);
            painter->setClipRect(clip);
            context.clip = clip;
        }
        if (part->page) {
            part->page->paint(painter);
        } else {
            part->drawn->documentLayout()->draw(painter, context);
            part->grid.paint(painter, context.clip);
        }
        painter->restore();
    }
    paintDecorations(painter, index);
    painter->restore();
}

void PagedDocument::paintDecorations(QPainter* painter, int index) const
{
    const QSizeF page = pageSize();
    const qreal left = marginLeft();
    const qreal width = contentSize().width();
    painter->setPen(QPen(Qt::black, 0.6));
    if (!m_header.isEmpty()) {
        painter->setFont(decorationFont(false, 9));
        const QRectF headerRect(left, 12.0 * kMm, width, 8.0 * kMm);
        painter->drawText(headerRect, Qt::AlignHCenter | Qt::AlignBottom, m_header);
        painter->drawLine(QPointF(left, 20.5 * kMm), QPointF(left + width, 20.5 * kMm));
    }
    qreal y = page.height() - 27.0 * kMm;
    if (!m_footerLines.isEmpty()) {
        painter->drawLine(QPointF(left, y), QPointF(left + width, y));
        y += 1.2 * kMm;
        painter->setFont(decorationFont(true, 6.5));
        const qreal lineHeight = painter->fontMetrics().height() * 1.1;
        for (const QString& line : m_footerLines) {
            painter->drawText(QRectF(left, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += lineHeight;
        }
    }
    painter->setFont(decorationFont(false, 9));
    const QRectF numberRect(left, page.height() - 15.0 * kMm, width, 6.0 * kMm);
    int number = index + 1;
    int count = pageCount();
    if (m_numberPerPart) {
        for (const Part& p : m_parts)
            if (index >= p.firstPage && index < p.firstPage + p.pages) {
                number = index - p.firstPage + 1;
                count = p.pages;
            }
    }
    painter->drawText(numberRect, Qt::AlignHCenter | Qt::AlignVCenter,
                      DocumentText::of(m_language).pageNumber(number, count));
}

} // namespace tp::report
