#pragma once

#include "steps/StepPage.h"
#include "store/Rows.h"

class QPushButton;
class QTableWidget;

namespace tp::ui {

class BidderTable;
class DeadlineClock;

// Registration: the bidders and their state, the time left until the registration deadline, and the
// desk's entries. Late entries are recorded; the store and the rules engine decide what they mean.
class RegistrationStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit RegistrationStepPage(QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    QTableWidget* table() const;
    QPushButton* entryButton() const { return m_entry; }
    // Corrects the selected row's registration, with a reason.
    QPushButton* correctButton() const { return m_correct; }

public slots:
    void enterRegistration();
    // Opens the selected row's registration for correction (change or withdraw it, with a reason).
    void correctEntry();

private:
    void updateCorrectButton();
    // The checklist of a registration; empty without one (no bidder).
    static QString registrationChecklist(const tp::store::RegistrationRow& row);

    DeadlineClock* m_clock;
    BidderTable* m_table;
    QPushButton* m_entry;
    QPushButton* m_correct;
};

} // namespace tp::ui
