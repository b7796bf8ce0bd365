#include "DocumentPreviewDialog.h"

#include "DocumentPageWidget.h"
#include "MessageBox.h"
#include "main/FileDialog.h"
#include "report/PdfRenderer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPageSize>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tp::ui {

DocumentPreviewDialog::DocumentPreviewDialog(const tp::report::PagedDocument& document,
                                             const QString& suggestedFileName, QWidget* parent)
    : QDialog(parent), m_document(document), m_suggestedFileName(suggestedFileName), m_scroll(new QScrollArea(this)),
      m_summary(new QLabel(this)), m_export(new QPushButton(tr("Export PDF…"), this)),
      m_print(new QPushButton(tr("Print…"), this))
{
    setWindowTitle(m_document.title().isEmpty() ? tr("Document preview") : m_document.title());
    m_export->setObjectName(QStringLiteral("exportPdf"));
    m_print->setObjectName(QStringLiteral("printDocument"));
    m_summary->setObjectName(QStringLiteral("previewSummary"));

    auto* pages = new QWidget(m_scroll);
    pages->setStyleSheet(QStringLiteral("background: #808080;"));
    auto* pagesLayout = new QVBoxLayout(pages);
    pagesLayout->setSpacing(16);
    const int count = m_document.pageCount();
    for (int i = 0; i < count; ++i) {
        auto* page = new DocumentPageWidget(&m_document, i, pages);
        page->setObjectName(QStringLiteral("page_%1").arg(i + 1));
        m_pages.append(page);
        pagesLayout->addWidget(page, 0, Qt::AlignHCenter);
    }
    m_scroll->setWidget(pages);
    m_scroll->setWidgetResizable(true);
    m_summary->setText(tr("%n page(s)", nullptr, count));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bottom);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &DocumentPreviewDialog::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &DocumentPreviewDialog::print);
    resize(900, 800);
}

bool DocumentPreviewDialog::exportPdf()
{
    const QString path = FileDialog::saveFileName(this, tr("Export PDF"), m_suggestedFileName, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!tp::report::PdfRenderer::render(m_document, path, &error)) {
        MessageBox::warning(this, tr("Export PDF"), tr("%1 cannot be written: %2").arg(path, error));
        return false;
    }
    m_summary->setText(tr("Exported to %1.").arg(path));
    return true;
}

void DocumentPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setDocName(m_document.title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter;
    if (!painter.begin(&printer)) {
        MessageBox::warning(this, tr("Print"), tr("The printer cannot be started."));
        return;
    }
    const qreal sx = printer.logicalDpiX() / tp::report::PagedDocument::kDpi;
    const qreal sy = printer.logicalDpiY() / tp::report::PagedDocument::kDpi;
    for (int i = 0; i < m_document.pageCount(); ++i) {
        if (i > 0)
            printer.newPage();
        painter.save();
        painter.scale(sx, sy);
        m_document.paintPage(&painter, i);
        painter.restore();
    }
    painter.end();
}

} // namespace tp::ui
