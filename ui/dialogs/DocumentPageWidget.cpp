#include "DocumentPageWidget.h"

#include <QPainter>

namespace tp::ui {

DocumentPageWidget::DocumentPageWidget(const tp::report::PagedDocument* document, int page, QWidget* parent)
    : QWidget(parent), m_document(document), m_page(page)
{
    setFixedSize(sizeHint());
}

qreal DocumentPageWidget::scale() const
{
    return logicalDpiX() / tp::report::PagedDocument::kDpi;
}

QSize DocumentPageWidget::sizeHint() const
{
    return (tp::report::PagedDocument::pageSize() * scale()).toSize();
}

void DocumentPageWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), Qt::white);
    painter.scale(scale(), scale());
    m_document->paintPage(&painter, m_page);
}

} // namespace tp::ui
