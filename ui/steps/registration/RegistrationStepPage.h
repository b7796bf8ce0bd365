#pragma once

#include <QVariantMap>

#include "steps/StepPage.h"

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace tp::report {
class PagedDocument;
}

namespace tp::ui {

class DocumentPreviewDialog;
class TimeField;

// Registration or, with `proposals`, the receipt of sealed proposals: the bidders and their state,
// the time left until the deadline, and the desk's entries. Late entries are recorded; the store
// and the rules engine decide what they mean. For a received proposal the desk prints a receipt
// (回执) for the bidder's representative, or saves it as PDF.
class RegistrationStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit RegistrationStepPage(bool proposals, QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    QTableWidget* table() const { return m_table; }
    QPushButton* entryButton() const { return m_entry; }
    // Corrects the selected row's registration or proposal receipt, with a reason.
    QPushButton* correctButton() const { return m_correct; }
    QPushButton* printReceiptButton() const { return m_printReceipt; }
    QPushButton* saveReceiptButton() const { return m_saveReceipt; }
    // The opening of the proposals (开标), on the proposals page: when, and who witnessed it.
    QGroupBox* openingBox() const { return m_openingBox; }
    TimeField* openedAtField() const { return m_openedAt; }
    QLineEdit* openingWitnessesField() const { return m_openingWitnesses; }
    QPushButton* recordOpeningButton() const { return m_recordOpening; }
    // The receipt of the selected bidder's proposal; nothing when none is selected or received.
    std::optional<tp::report::PagedDocument> receiptDocument() const;

public slots:
    void enterRegistration();
    void enterProposal();
    // Opens the selected row's entry for correction (change or withdraw it, with a reason).
    void correctEntry();
    // Shows the selected proposal's receipt to print or export.
    void printReceipt();
    // Asks for a file name and writes the selected proposal's receipt as PDF.
    bool saveReceipt();

signals:
    // A receipt preview is about to be shown modally.
    void previewOpened(tp::ui::DocumentPreviewDialog* dialog);

private:
    void updateClock();
    void recordOpening();
    void showOpening();
    void updateReceiptButtons();
    void updateCorrectButton();
    QString selectedBidder() const;
    static QString registrationChecklist(const QVariantMap& row);
    QString proposalChecklist(const QString& bidder) const;

    bool m_proposals;
    StepContext m_context;
    QLabel* m_clock;
    QTableWidget* m_table;
    QPushButton* m_entry;
    QPushButton* m_correct;
    QPushButton* m_printReceipt = nullptr;
    QPushButton* m_saveReceipt = nullptr;
    QGroupBox* m_openingBox = nullptr;
    TimeField* m_openedAt = nullptr;
    QLineEdit* m_openingWitnesses = nullptr;
    QPushButton* m_recordOpening = nullptr;
    qint64 m_openingFor = -1; // the negotiation the opening fields were filled for
    QString m_lastReceived;   // selected again after the page is reloaded
    QTimer* m_ticker;
};

} // namespace tp::ui
