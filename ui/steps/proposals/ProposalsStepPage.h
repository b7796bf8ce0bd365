#pragma once

#include "steps/StepPage.h"

#include <optional>

class QGroupBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tp::report {
class PagedDocument;
}

namespace tp::ui {

class BidderTable;
class DeadlineClock;
class DocumentPreviewDialog;
class TimeField;

// The receipt of sealed proposals: the bidders and their state, the time left until the proposal
// deadline, and the desk's entries. Late entries are recorded; the store and the rules engine decide
// what they mean. For a received proposal the desk prints a receipt (回执) for the bidder's
// representative, or saves it as PDF.
class ProposalsStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit ProposalsStepPage(QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    QTableWidget* table() const;
    QPushButton* entryButton() const { return m_entry; }
    // Corrects the selected row's proposal receipt, with a reason.
    QPushButton* correctButton() const { return m_correct; }
    QPushButton* printReceiptButton() const { return m_printReceipt; }
    QPushButton* saveReceiptButton() const { return m_saveReceipt; }
    // The opening of the proposals (开标): when, and who witnessed it.
    QGroupBox* openingBox() const { return m_openingBox; }
    TimeField* openedAtField() const { return m_openedAt; }
    QLineEdit* openingWitnessesField() const { return m_openingWitnesses; }
    QPushButton* recordOpeningButton() const { return m_recordOpening; }
    // The receipt of the selected bidder's proposal; nothing when none is selected or received.
    std::optional<tp::report::PagedDocument> receiptDocument() const;

public slots:
    void enterProposal();
    // Opens the selected row's receipt for correction (change or withdraw it, with a reason).
    void correctEntry();
    // Shows the selected proposal's receipt to print or export.
    void printReceipt();
    // Asks for a file name and writes the selected proposal's receipt as PDF.
    bool saveReceipt();

signals:
    // A receipt preview is about to be shown modally.
    void previewOpened(tp::ui::DocumentPreviewDialog* dialog);

private:
    void recordOpening();
    void showOpening();
    void updateButtons();
    // The recorded proposal of `bidder`; null when none was received.
    const tp::Proposal* proposalOf(const QString& bidder) const;
    QString proposalChecklist(const QString& bidder) const;

    DeadlineClock* m_clock;
    BidderTable* m_table;
    QPushButton* m_entry;
    QPushButton* m_correct;
    QPushButton* m_printReceipt;
    QPushButton* m_saveReceipt;
    QGroupBox* m_openingBox;
    TimeField* m_openedAt;
    QLineEdit* m_openingWitnesses;
    QPushButton* m_recordOpening;
    qint64 m_openingFor = -1; // the negotiation the opening fields were filled for
    QString m_lastReceived;   // selected again after the page is reloaded
};

} // namespace tp::ui
