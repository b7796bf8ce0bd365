#pragma once

#include "report/PagedDocument.h"

#include <QWidget>

namespace tp::ui {

// One page of a PagedDocument painted at the screen's resolution, as the PDF shows it.
class DocumentPageWidget : public QWidget
{
    Q_OBJECT
public:
    DocumentPageWidget(const tp::report::PagedDocument* document, int page, QWidget* parent = nullptr);

    int page() const { return m_page; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    qreal scale() const;

    const tp::report::PagedDocument* m_document;
    int m_page;
};

} // namespace tp::ui
