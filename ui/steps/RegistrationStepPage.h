#pragma once

#include "StepPage.h"

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace tp::ui {

// Registration or, with `proposals`, the receipt of sealed proposals: the bidders and their state,
// the time left until the deadline, and the desk's entries. Late entries are recorded; the store
// and the rules engine decide what they mean.
class RegistrationStepPage : public StepPage
{
    Q_OBJECT
public:
    explicit RegistrationStepPage(bool proposals, QWidget* parent = nullptr);

    void reload(const StepContext& context) override;
    QTableWidget* table() const { return m_table; }
    QPushButton* entryButton() const { return m_entry; }

public slots:
    void enterRegistration();
    void enterProposal();

private:
    void updateClock();

    bool m_proposals;
    StepContext m_context;
    QLabel* m_clock;
    QTableWidget* m_table;
    QPushButton* m_entry;
    QTimer* m_ticker;
};

} // namespace tp::ui
