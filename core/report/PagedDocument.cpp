#include "PagedDocument.h"

#include "DocumentFormat.h"
#include "DocumentText.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTextDocument>

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

QList<const FlowLayout*> PagedDocument::flowingLayouts() const
{
    layout();
    QList<const FlowLayout*> list;
    for (const Part& part : m_parts)
        if (part.text && part.flow == Flow::Paginate)
            list.append(part.text.get());
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
        if (!part.page && !part.text)
            part.text = std::make_shared<FlowLayout>(part.document.get());
        if (part.page) {
            part.scale = part.page->fitTo(content);
            part.pages = 1;
        } else if (part.flow == Flow::Paginate) {
            part.text->layout(content.width(), content.height());
            part.scale = 1.0;
            part.pages = part.text->pageCount();
        } else {
            // Scale down until the whole part fits the content area of one page, in height and, when a
            // table's unbreakable texts make it wider than the page, in width.
            qreal scale = 1.0;
            for (int attempt = 0; attempt < 8; ++attempt) {
                const qreal height = part.text->layout(content.width() / scale) * scale;
                const qreal width = part.text->width() * scale;
                if (height <= content.height() && width <= content.width() + 0.01)
                    break;
                scale *= qMin(content.height() / height, content.width() / width) * 0.995;
            }
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
        painter->save();
        painter->translate(marginLeft(), marginTop());
        QRectF window;
        if (part->flow == Flow::Paginate) {
            const int inPart = index - part->firstPage;
            window = QRectF(0, inPart * content.height(), content.width(), content.height());
            painter->translate(0, -window.top());
        } else {
            painter->scale(part->scale, part->scale);
            window = QRectF(0, 0, content.width() / part->scale, content.height() / part->scale);
        }
        painter->setClipRect(window);
        if (part->page)
            part->page->paint(painter);
        else
            part->text->paint(painter, window);
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
