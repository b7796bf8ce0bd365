#pragma once

#include "steps/StepPage.h"

#include "report/DocumentRenderer.h"

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;

namespace tp {
struct DocumentInput;
}

namespace tp::ui {

class DocumentPreviewDialog;
class PublicationForm;

// The publication of the result notice and the sealed archive. Once the result is fixed the staff
// enter the notice's start date, working days, website and contact for challenges, see the period
// as the core calendar computes it, and publish (ProcedureService::publish). A published negotiation
// is sealed into a .tparchive from the whole stored record, as the command line does, and archived;
// the page then shows the seal digest and how to check it, and nothing can change any more.
// Each document (notice, evaluation report, letters; the notice and the letters only for a final or
// failed result, as on the command line) can be previewed in Chinese or English and exported or
// printed; a Chinese PDF exported once the result is fixed is recorded as issued (kind and
// SHA-256) once, except the result notice, which is issued only once published (an export before is a
// draft); the page lists what was issued with its time, medium and digest.
class PublicationStepPage : public StepPage
{
    Q_OBJECT
public:
    using Document = tp::report::DocumentKind;

    explicit PublicationStepPage(QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    QPushButton* previewButton(Document document) const;
    // The documents recorded as issued, one line each (for tests).
    QLabel* issuedList() const { return m_issued; }
    // What the step is at: result not fixed, to publish, published, archived.
    QLabel* statusLabel() const { return m_status; }
    // The published period (or the planned one before the result is fixed).
    QLabel* periodLabel() const { return m_period; }
    PublicationForm* publicationForm() const { return m_form; }
    QPushButton* sealButton() const { return m_seal; }
    // The seal digest and how to check the archive, once sealed.
    QLabel* sealedLabel() const { return m_sealed; }
    // The preview being shown (for tests); null when none is open.
    DocumentPreviewDialog* preview() const { return m_preview; }

public slots:
    void showPreview(tp::report::DocumentKind document);
    // Asks for confirmation, then publishes the notice with the form's details.
    void publish();
    // Asks for the archive's path and confirmation, seals and archives the negotiation.
    void sealArchive();

signals:
    // A preview is about to be shown modally.
    void previewOpened(tp::ui::DocumentPreviewDialog* dialog);

private:
    void showIssued();
    void showStatus();
    // Records an exported PDF as issued; returns what to show under the preview.
    QString recordIssued(Document document, const QString& sha256);
    // Notes an editable draft export in the record; the note for the preview's summary line.
    QString recordDraft(Document document, const QString& sha256);

    QLabel* m_status;
    QLabel* m_period;
    QGroupBox* m_formBox;
    PublicationForm* m_form;
    QPushButton* m_seal;
    QLabel* m_sealed;
    QPushButton* m_notice;
    QPushButton* m_report;
    QPushButton* m_letters;
    QPushButton* m_robustness;
    QLabel* m_issued;
    DocumentPreviewDialog* m_preview = nullptr;
    // The negotiation and stage the form was last filled for: it is filled again only when either
    // changes, so that a refresh does not overwrite what is being typed.
    qint64 m_formFor = -1;
    tp::store::Stage m_formStage = tp::store::Stage::Setup;
    QString m_archiveDigest; // of the last "archive" document recorded
    QString m_archivePath;   // where this session sealed it, if it did
    qint64 m_archivePathFor = -1;
};

} // namespace tp::ui
