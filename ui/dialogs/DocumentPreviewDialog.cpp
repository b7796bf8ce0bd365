#include "DocumentPreviewDialog.h"
#include "PlainText.h"

#include "DocumentPageWidget.h"
#include "MessageBox.h"
#include "io/FileWriter.h"
#include "main/FileDialog.h"
#include "report/OdtRenderer.h"
#include "report/PdfRenderer.h"

#include <QCryptographicHash>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPageSize>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tp::ui {

DocumentPreviewDialog::DocumentPreviewDialog(const tp::report::PagedDocument& document,
                                             const QString& suggestedFileName, QWidget* parent)
    : QDialog(parent), m_document(document), m_suggestedFileName(suggestedFileName), m_scroll(new QScrollArea(this)),
      m_summary(new QLabel(this)), m_export(new QPushButton(tr("Export PDF…"), this)),
      m_print(new QPushButton(tr("Print…"), this)), m_exportOdt(new QPushButton(tr("Export editable (.odt)…"), this))
{
    PlainText::label(m_summary);
    setWindowTitle(m_document.title().isEmpty() ? tr("Document preview") : m_document.title());
    m_export->setObjectName(QStringLiteral("exportPdf"));
    m_print->setObjectName(QStringLiteral("printDocument"));
    m_exportOdt->setObjectName(QStringLiteral("exportOdt"));
    m_exportOdt->setToolTip(tr("OpenDocument text for adjusting the wording in a word processor. It is a draft: only "
                               "the exported PDF is the issued document."));
    m_exportOdt->setVisible(false);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_scroll->setWidgetResizable(true);
    showPages();

    // The language of the document, offered once setLanguageChoice() says how to make it. The
    // names of the languages are written in their own language, whatever the interface speaks.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("documentLanguage"));
    m_language->setToolTip(tr("Language of the document"));
    m_language->addItem(QStringLiteral(u"中文"), QVariant::fromValue(int(tp::DocumentLanguage::Chinese)));
    m_language->addItem(QStringLiteral("English"), QVariant::fromValue(int(tp::DocumentLanguage::English)));
    m_language->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_render)
            return;
        m_document = m_render(tp::DocumentLanguage(m_language->currentData().toInt()));
        showPages();
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportOdt, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_language);
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bottom);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &DocumentPreviewDialog::exportPdf);
    connect(m_exportOdt, &QPushButton::clicked, this, &DocumentPreviewDialog::exportOdt);
    connect(m_print, &QPushButton::clicked, this, &DocumentPreviewDialog::print);
    // A page wide, as tall as the free area of the screen allows (a laptop's is 1366 × 728 or less).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    resize(QSize(900, 800).boundedTo(available.size() - QSize(40, 80)));
}

void DocumentPreviewDialog::setLanguageChoice(Renderer render)
{
    m_render = std::move(render);
    m_language->setVisible(bool(m_render));
    m_language->setCurrentIndex(0);
}

void DocumentPreviewDialog::showPages()
{
    auto* pages = new QWidget(m_scroll);
    pages->setStyleSheet(QStringLiteral("background: #808080;"));
    auto* pagesLayout = new QVBoxLayout(pages);
    pagesLayout->setSpacing(16);
    m_pages.clear();
    const int count = m_document.pageCount();
    for (int i = 0; i < count; ++i) {
        auto* page = new DocumentPageWidget(&m_document, i, pages);
        page->setObjectName(QStringLiteral("page_%1").arg(i + 1));
        m_pages.append(page);
        pagesLayout->addWidget(page, 0, Qt::AlignHCenter);
    }
    m_scroll->setWidget(pages); // deletes the pages shown before
    setWindowTitle(m_document.title().isEmpty() ? tr("Document preview") : m_document.title());
    m_summary->setText(tr("%n page(s)", nullptr, count));
}

bool DocumentPreviewDialog::exportPdf()
{
    const QString path = FileDialog::saveFileName(this, tr("Export PDF"), m_suggestedFileName, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const QByteArray pdf = tp::report::PdfRenderer::render(m_document);
    QString error;
    if (!tp::FileWriter::write(path, pdf, &error)) {
        MessageBox::warning(this, tr("Export PDF"), tr("%1 cannot be written: %2").arg(path, error));
        return false;
    }
    m_summary->setText(tr("Exported to %1.").arg(path));
    emit exported(path, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    return true;
}

void DocumentPreviewDialog::setEditableExport(bool offered)
{
    m_exportOdt->setVisible(offered);
}

bool DocumentPreviewDialog::exportOdt()
{
    QString suggested = m_suggestedFileName;
    if (suggested.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        suggested.chop(4);
    const QString path = FileDialog::saveFileName(this, tr("Export editable document"),
                                                  suggested + QStringLiteral(".odt"), tr("OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return false;
    QString error;
    const QByteArray odt = tp::report::OdtRenderer::render(m_document, &error);
    if (odt.isEmpty() || !tp::FileWriter::write(path, odt, &error)) {
        MessageBox::warning(this, tr("Export editable document"), tr("%1 cannot be written: %2").arg(path, error));
        return false;
    }
    m_summary->setText(tr("Exported to %1 as a draft for editing.").arg(path));
    emit draftExported(path, QString::fromLatin1(QCryptographicHash::hash(odt, QCryptographicHash::Sha256).toHex()));
    return true;
}

QString DocumentPreviewDialog::summaryText() const
{
    return m_summary->text();
}

void DocumentPreviewDialog::setSummaryText(const QString& text)
{
    m_summary->setText(text);
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
