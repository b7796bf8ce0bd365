#pragma once

#include "report/DocumentLanguage.h"
#include "report/PagedDocument.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace tp::ui {

class DocumentPageWidget;

// Shows a document page by page exactly as it is exported, and exports it to PDF or prints it; when
// allowed, also exports an editable OpenDocument copy (a draft).
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    DocumentPreviewDialog(const tp::report::PagedDocument& document, const QString& suggestedFileName,
                          QWidget* parent = nullptr);

    int pageCount() const { return int(m_pages.size()); }
    DocumentPageWidget* pageWidget(int page) const { return m_pages.value(page); }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* exportOdtButton() const { return m_exportOdt; }
    // Offers the export of an editable OpenDocument text (hidden by default).
    void setEditableExport(bool offered);

    // Offers the document in Chinese (the default, the official language) or English: `render`
    // makes it in the chosen language. Without it the language box stays hidden.
    using Renderer = std::function<tp::report::PagedDocument(tp::DocumentLanguage)>;
    void setLanguageChoice(Renderer render);
    QComboBox* languageBox() const { return m_language; }
    // The line under the pages: the page count, then what the last export did.
    QString summaryText() const;
    void setSummaryText(const QString& text);

public slots:
    // Asks for a file name and writes the PDF; returns whether a file was written.
    bool exportPdf();
    // Asks for a file name and writes the editable .odt; returns whether a file was written.
    bool exportOdt();
    void print();

signals:
    // A PDF was written to `path`; `sha256` is the lowercase hex digest of its bytes.
    void exported(const QString& path, const QString& sha256);
    // An editable draft was written to `path` (exportOdt()).
    void draftExported(const QString& path, const QString& sha256);

private:
    void showPages();

    tp::report::PagedDocument m_document;
    Renderer m_render;
    QComboBox* m_language = nullptr;
    QString m_suggestedFileName;
    QList<DocumentPageWidget*> m_pages;
    QScrollArea* m_scroll;
    QLabel* m_summary;
    QPushButton* m_export;
    QPushButton* m_print;
    QPushButton* m_exportOdt;
};

} // namespace tp::ui
