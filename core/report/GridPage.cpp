#include "GridPage.h"

#include "DocumentFormat.h"
#include "PagedDocument.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <numeric>

namespace tp::report {

namespace {

// Longer than any line can be: a line laid out this wide holds the whole text.
constexpr qreal kUnbounded = 1.0e6;

QFont textFont(qreal points, bool bold)
{
    QFont font = DocumentFormat::font(DocumentFormat::serifFamilies());
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// The text as the HTML of the same document shows it: each run of spaces, tabs, line breaks and other
// control characters one space, none at either end. A non-breaking space stays as it is.
QString asShown(const QString& text)
{
    QString shown;
    shown.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f) {
            space = !shown.isEmpty();
            continue;
        }
        if (space)
            shown += QLatin1Char(' ');
        space = false;
        shown += c;
    }
    return shown;
}

// Where a line `natural` wide starts in a box `width` wide.
qreal alignedLeft(Qt::Alignment align, qreal width, qreal natural)
{
    if (align & Qt::AlignRight)
        return width - natural;
    if (align & Qt::AlignHCenter)
        return (width - natural) / 2;
    return 0;
}

// Lays `layout` out on one line, left-aligned, and returns that line's natural width and height.
QSizeF layOutOneLine(QTextLayout* layout)
{
    QTextOption option = layout->textOption();
    option.setWrapMode(QTextOption::NoWrap);
    option.setAlignment(Qt::AlignLeft);
    layout->setTextOption(option);
    QSizeF size;
    layout->beginLayout();
    QTextLine line = layout->createLine();
    if (line.isValid()) {
        line.setLineWidth(kUnbounded);
        line.setPosition(QPointF(0, 0));
        size = QSizeF(line.naturalTextWidth(), line.height());
    }
    layout->endLayout();
    return size;
}

} // namespace

// The shapes of the texts, by their size, weight, whether they wrap, and text as shown.
class GridPage::Shapes
{
public:
    std::shared_ptr<const Shape> shape(const QString& shown, qreal points, bool bold, bool wraps)
    {
        const QString key = QString::number(points) + QLatin1Char(bold ? 'b' : 'r') + QLatin1Char(wraps ? 'w' : 'n') +
                            QLatin1Char('\n') + shown;
        std::shared_ptr<const Shape>& found = m_shapes[key];
        if (!found)
            found = make(shown, font(points, bold), wraps);
        return found;
    }

private:
    QFont font(qreal points, bool bold)
    {
        const QString key = QString::number(points) + QLatin1Char(bold ? 'b' : 'r');
        auto found = m_fonts.constFind(key);
        if (found == m_fonts.constEnd())
            found = m_fonts.insert(key, textFont(points, bold));
        return found.value();
    }

    static std::shared_ptr<const Shape> make(const QString& shown, const QFont& font, bool wraps)
    {
        auto shape = std::make_shared<Shape>();
        shape->layout = std::make_unique<QTextLayout>(shown, font, PagedDocument::layoutDevice());
        QTextOption option;
        option.setUseDesignMetrics(true);
        QTextLayout* layout = shape->layout.get();
        if (wraps) {
            // The widest piece that cannot be broken: one word, or one Han character.
            option.setWrapMode(QTextOption::WordWrap);
            layout->setTextOption(option);
            layout->beginLayout();
            for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
                line.setLineWidth(0);
                shape->minWidth = qMax(shape->minWidth, line.naturalTextWidth());
            }
            layout->endLayout();
        }
        // The text on one line: its natural width, and the layout drawn whenever it fits its box.
        layout->setTextOption(option);
        const QSizeF line = layOutOneLine(layout);
        shape->maxWidth = line.width();
        shape->lineHeight = line.height();
        if (!wraps)
            shape->minWidth = shape->maxWidth;
        return shape;
    }

    QHash<QString, std::shared_ptr<const Shape>> m_shapes;
    QHash<QString, QFont> m_fonts;
};

std::shared_ptr<GridPage::Shapes> GridPage::newShapes()
{
    return std::make_shared<Shapes>();
}

GridPage::GridPage(std::shared_ptr<Shapes> shapes) : m_shapes(shapes ? std::move(shapes) : newShapes()) {}

GridPage::~GridPage() = default;

GridPage::Text GridPage::shape(const QString& text, qreal points, bool bold, bool wraps)
{
    Text t;
    t.shape = m_shapes->shape(asShown(text), points, bold, wraps);
    return t;
}

const QTextLayout& GridPage::drawn(const Text& text)
{
    return text.laidWidth >= 0 ? *text.broken : *text.shape->layout;
}

qreal GridPage::breakLines(Text& text, qreal width, Qt::Alignment align, qreal lineHeight)
{
    const Shape& shape = *text.shape;
    if (shape.maxWidth <= width && lineHeight == 1.0) {
        // One line: the shared layout, placed by alignment when drawn.
        text.laidWidth = -1;
        text.offset = alignedLeft(align, width, shape.maxWidth);
        text.height = shape.lineHeight;
        return text.height;
    }
    // Its own layout, shaped again from the same text and font as the shared one.
    if (!text.broken)
        text.broken =
            std::make_unique<QTextLayout>(shape.layout->text(), shape.layout->font(), PagedDocument::layoutDevice());
    QTextLayout* layout = text.broken.get();
    QTextOption option;
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(align);
    layout->setTextOption(option);
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() * lineHeight;
    }
    layout->endLayout();
    text.laidWidth = width;
    text.offset = 0;
    text.height = y;
    return y;
}

void GridPage::addParagraph(const Paragraph& paragraph)
{
    Block block;
    block.paragraph = paragraph;
    block.marginTop = paragraph.marginTop;
    block.marginBottom = paragraph.marginBottom;
    block.texts.push_back(shape(paragraph.text, paragraph.points, paragraph.bold, true));
    m_blocks.push_back(std::move(block));
}

void GridPage::addTable(const QList<Row>& rows)
{
    Block block;
    block.isTable = true;
    block.rows = rows;
    block.marginTop = kTableMarginTop;
    block.marginBottom = kTableMarginBottom;
    for (const Row& row : rows) {
        block.columns = qMax(block.columns, int(row.size()));
        for (const Cell& cell : row)
            block.texts.push_back(shape(cell.text, kCellPoints, cell.bold, cell.wraps));
    }
    m_blocks.push_back(std::move(block));
}

QList<qreal> GridPage::columnWidths(const QList<qreal>& least, const QList<qreal>& most, qreal room)
{
    const qsizetype n = least.size();
    const qreal mostSum = std::accumulate(most.begin(), most.end(), 0.0);
    QList<qreal> widths(n, 0);
    if (mostSum <= room) {
        // Every text on one line: the room left shared in proportion to the columns' widths.
        for (qsizetype c = 0; c < n; ++c)
            widths[c] = mostSum > 0 ? most[c] * room / mostSum : room / qreal(n);
        return widths;
    }
    // The narrow columns (a criterion's points, the figures) are never broken for the sake of a long
    // heading in another.
    QList<bool> fixed(n, false);
    for (;;) {
        qreal left = room;
        qsizetype open = 0;
        for (qsizetype c = 0; c < n; ++c) {
            if (fixed[c])
                left -= widths[c];
            else
                ++open;
        }
        if (open == 0)
            return widths;
        const qreal even = left / qreal(open);
        bool changed = false;
        for (qsizetype c = 0; c < n; ++c)
            if (!fixed[c] && most[c] <= even) {
                widths[c] = most[c];
                fixed[c] = changed = true;
            }
        if (changed)
            continue;
        // The columns that wrap share the rest by the length of their texts, so that a long title
        // does not take many more lines than a bidder's name beside it.
        qreal openMost = 0;
        for (qsizetype c = 0; c < n; ++c)
            if (!fixed[c])
                openMost += most[c];
        for (qsizetype c = 0; c < n; ++c)
            if (!fixed[c] && least[c] > left * most[c] / openMost) {
                widths[c] = least[c]; // wider than the page, if it must: the part is then scaled down
                fixed[c] = changed = true;
            }
        if (changed)
            continue;
        for (qsizetype c = 0; c < n; ++c)
            if (!fixed[c])
                widths[c] = left * most[c] / openMost;
        return widths;
    }
}

QSizeF GridPage::layout(qreal width)
{
    qreal y = 0;
    qreal widest = width;
    qreal previousMargin = 0;
    bool first = true;
    for (Block& block : m_blocks) {
        y += first ? block.marginTop : qMax(previousMargin, block.marginTop);
        first = false;
        block.top = y;
        if (!block.isTable) {
            y += breakLines(block.texts.front(), width, block.paragraph.align, block.paragraph.lineHeight);
            previousMargin = block.marginBottom;
            continue;
        }
        const int n = block.columns;
        QList<qreal> least(n, 0), most(n, 0);
        std::size_t index = 0;
        for (const Row& row : block.rows)
            for (int c = 0; c < row.size(); ++c, ++index) {
                least[c] = qMax(least[c], block.texts[index].shape->minWidth);
                most[c] = qMax(most[c], block.texts[index].shape->maxWidth);
            }
        const QList<qreal> columnWidth = columnWidths(least, most, width - (n + 1) * kRule - n * 2 * kPadding);
        block.columnLeft = QList<qreal>(n + 1, 0);
        for (int c = 0; c < n; ++c)
            block.columnLeft[c + 1] = block.columnLeft[c] + kRule + 2 * kPadding + columnWidth[c];
        widest = qMax(widest, block.columnLeft[n] + kRule);

        block.rowTop = QList<qreal>(block.rows.size() + 1, 0);
        index = 0;
        for (qsizetype r = 0; r < block.rows.size(); ++r) {
            qreal height = 0;
            const Row& row = block.rows[r];
            for (int c = 0; c < row.size(); ++c, ++index)
                height = qMax(height, breakLines(block.texts[index], columnWidth[c], row[c].align, 1.0));
            block.rowTop[r + 1] = block.rowTop[r] + kRule + 2 * kPadding + height;
        }
        y += block.rowTop.last() + kRule;
        previousMargin = block.marginBottom;
    }
    return QSizeF(widest, y + previousMargin);
}

qreal GridPage::fitTo(const QSizeF& area)
{
    // Whether the page, laid out for `scale`, fits `area` once scaled; and by how much to shrink it.
    qreal shrink = 1;
    const auto fits = [&](qreal scale) {
        const QSizeF size = layout(area.width() / scale) * scale;
        shrink = qMin(area.width() / size.width(), area.height() / size.height());
        return shrink >= 1.0 - 1e-9; // a table fills the width exactly, give or take the rounding
    };
    if (fits(1.0))
        return 1.0;
    // A scale that fits: laid out wider, the page may also grow less tall than the scale alone says.
    qreal small = 1.0;
    qreal large = 1.0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        large = small;
        small *= shrink * 0.995;
        if (fits(small))
            break;
    }
    // Then the largest scale that fits, to within a few thousandths of the page, by halving the gap
    // between one that fits and one that does not.
    bool laidOutSmall = true;
    for (int step = 0; step < 8 && large - small > 0.002; ++step) {
        const qreal middle = (small + large) / 2;
        laidOutSmall = fits(middle);
        (laidOutSmall ? small : large) = middle;
    }
    if (!laidOutSmall)
        layout(area.width() / small);
    return small;
}

void GridPage::paint(QPainter* painter) const
{
    painter->save();
    painter->setPen(Qt::black);
    const QColor shade(0xee, 0xee, 0xee);
    for (const Block& block : m_blocks) {
        if (!block.isTable) {
            const Text& text = block.texts.front();
            drawn(text).draw(painter, QPointF(text.offset, block.top));
            continue;
        }
        const qreal right = block.columnLeft.last() + kRule;
        const qreal bottom = block.top + block.rowTop.last() + kRule;
        std::size_t index = 0;
        for (qsizetype r = 0; r < block.rows.size(); ++r) {
            const Row& row = block.rows[r];
            const qreal top = block.top + block.rowTop[r] + kRule;
            const qreal height = block.rowTop[r + 1] - block.rowTop[r] - kRule;
            for (int c = 0; c < row.size(); ++c, ++index) {
                const qreal left = block.columnLeft[c] + kRule;
                if (row[c].shaded)
                    painter->fillRect(QRectF(left, top, block.columnLeft[c + 1] - left, height), shade);
                const Text& text = block.texts[index];
                drawn(text).draw(painter, QPointF(left + kPadding + text.offset, top + kPadding));
            }
        }
        // The rules, over the cells' edges.
        for (qreal rowTop : block.rowTop)
            painter->fillRect(QRectF(0, block.top + rowTop, right, kRule), Qt::black);
        for (qreal columnLeft : block.columnLeft)
            painter->fillRect(QRectF(columnLeft, block.top, kRule, bottom - block.top), Qt::black);
    }
    painter->restore();
}

} // namespace tp::report
