#pragma once

#include "report/PagedDocument.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QScrollArea;

namespace tp::ui {

class DocumentPageWidget;

// Shows a document page by page exactly as it is exported, and exports it to PDF or prints it.
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

public slots:
    // Asks for a file name and writes the PDF; returns whether a file was written.
    bool exportPdf();
    void print();

private:
    tp::report::PagedDocument m_document;
    QString m_suggestedFileName;
    QList<DocumentPageWidget*> m_pages;
    QScrollArea* m_scroll;
    QLabel* m_summary;
    QPushButton* m_export;
    QPushButton* m_print;
};

} // namespace tp::ui
