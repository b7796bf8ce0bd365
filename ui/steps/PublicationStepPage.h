#pragma once

#include "StepPage.h"

#include <optional>

class QLabel;
class QPushButton;

namespace tp {
struct DocumentInput;
}

namespace tp::ui {

class DocumentPreviewDialog;

// The publication of the result notice: its period and end date as the rules engine computes them,
// and a preview of each document to issue (notice, evaluation report, letters), exported or printed.
class PublicationStepPage : public StepPage
{
    Q_OBJECT
public:
    enum class Document
    {
        ResultNotice,
        EvaluationReport,
        Letters
    };

    explicit PublicationStepPage(QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    QPushButton* previewButton(Document document) const;
    // The preview being shown (for tests); null when none is open.
    DocumentPreviewDialog* preview() const { return m_preview; }

public slots:
    void showPreview(tp::ui::PublicationStepPage::Document document);

signals:
    // A preview is about to be shown modally.
    void previewOpened(tp::ui::DocumentPreviewDialog* dialog);

private:
    std::optional<tp::DocumentInput> documentInput();

    StepContext m_context;
    QLabel* m_period;
    QPushButton* m_notice;
    QPushButton* m_report;
    QPushButton* m_letters;
    DocumentPreviewDialog* m_preview = nullptr;
};

} // namespace tp::ui
