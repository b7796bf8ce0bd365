#pragma once

#include "DocumentLanguage.h"
#include "FlowLayout.h"
#include "GridPage.h"

#include <QDate>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QPainter;
class QPaintDevice;
class QTextDocument;

namespace tp::report {

// A printable document made of parts, each starting on a new A4 page: a part either flows over as
// many pages as it needs or is scaled down to fit one page (a panel member's score sheet). Every
// page gets the running header, the footer lines and "第 X 页 共 Y 页".
//
// Layout happens once, against a fixed 96 dpi device with design metrics, so the PDF and an
// on-screen preview (paintPage on any painter, scaled) show exactly the same lines and pages.
// Lengths are in layout units: 1/96 inch, the CSS pixel.
class PagedDocument
{
public:
    enum class Flow
    {
        Paginate,
        FitOnePage
    };

    static constexpr qreal kDpi = 96.0;
    static QSizeF pageSize();    // A4
    static QSizeF contentSize(); // inside the margins
    static qreal marginLeft();
    static qreal marginTop();
    // The device every document is laid out against: 96 dpi, whatever the screen.
    static QPaintDevice* layoutDevice();

    // A text document configured for this layout: device, fonts, style sheet, no document margin. It
    // is laid out when a PagedDocument first needs its pages (pageCount(), paintPage()), which sets its
    // page size.
    static std::shared_ptr<QTextDocument> createTextDocument(const QString& htmlBody);

    void addPart(std::shared_ptr<QTextDocument> document, Flow flow = Flow::Paginate);
    // A part of one page drawn by `page` itself, scaled down to fit if it must be. `html` gives the
    // same content for the part's text document (partDocuments(): the OpenDocument export), called
    // only when that is asked for.
    void addPart(std::shared_ptr<GridPage> page, std::function<QString()> html);
    void setTitle(const QString& title) { m_title = title; }
    QString title() const { return m_title; }
    void setHeader(const QString& header) { m_header = header; }
    void setFooterLines(const QStringList& lines) { m_footerLines = lines; }
    // Number the pages of each part on their own ("第 1 页 共 1 页" on every one-page letter).
    void setNumberPagesPerPart(bool perPart) { m_numberPerPart = perPart; }
    // The language of the page numbers ("第 1 页 共 2 页" or "Page 1 of 2"); Chinese by default.
    void setLanguage(DocumentLanguage language) { m_language = language; }
    // The date the PDF carries as its creation date (reproducible output).
    void setDocumentDate(const QDate& date) { m_documentDate = date; }
    QDate documentDate() const { return m_documentDate; }

    QString header() const { return m_header; }
    QStringList footerLines() const { return m_footerLines; }
    // The parts' text documents, in order.
    QList<std::shared_ptr<QTextDocument>> partDocuments() const;
    // The layouts of the parts that flow over pages, in order, as laid out (for the tests of the
    // pagination).
    QList<const FlowLayout*> flowingLayouts() const;

    int pageCount() const;
    // Paints page `index` (0-based) with its top-left corner at the painter's origin, in layout units.
    void paintPage(QPainter* painter, int index) const;

private:
    struct Part
    {
        std::shared_ptr<QTextDocument> document;
        // How the document is laid out and painted (made by layout()).
        std::shared_ptr<FlowLayout> text;
        // A part drawn by the document itself (a null document until partDocuments() makes it).
        std::shared_ptr<GridPage> page;
        std::function<QString()> html;
        Flow flow = Flow::Paginate;
        int firstPage = 0;
        int pages = 1;
        qreal scale = 1.0;
    };
    void layout() const;
    void paintDecorations(QPainter* painter, int index) const;

    mutable QList<Part> m_parts;
    mutable bool m_laidOut = false;
    mutable int m_pageCount = 0;
    QString m_title;
    QString m_header;
    QStringList m_footerLines;
    QDate m_documentDate;
    bool m_numberPerPart = false;
    DocumentLanguage m_language = DocumentLanguage::Chinese;
};

} // namespace tp::report
