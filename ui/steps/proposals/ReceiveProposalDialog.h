#pragma once

#include "model/Scenario.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QSpinBox;

namespace tp::ui {

// A sealed proposal as the desk receives it: whose, when, how many copies, sealed or not. Offers the
// bidders it is given (those still awaited, as the rules say), preselects `selected` when offered and
// defaults the copies to the required number. In correction mode it shows one received proposal, with
// the reason for the correction and the choice to withdraw the receipt.
class ReceiveProposalDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiveProposalDialog(const QList<tp::Bidder>& bidders, const QString& selected, std::optional<int> requiredCopies,
                          QWidget* parent = nullptr);

    // Shows `current` (of a bidder among those given) for correction.
    void beginCorrection(const tp::Proposal& current);

    tp::Proposal proposal() const;
    QString reason() const;
    bool withdraw() const;
    QComboBox* bidderChooser() const { return m_bidder; }
    QDateTimeEdit* timeField() const { return m_time; }
    QSpinBox* copiesField() const { return m_copies; }
    QCheckBox* sealedBox() const { return m_sealed; }
    QLineEdit* reasonField() const { return m_reason; }
    QCheckBox* withdrawBox() const { return m_withdraw; }

private:
    QComboBox* m_bidder;
    QDateTimeEdit* m_time;
    QSpinBox* m_copies;
    QCheckBox* m_sealed;
    QLineEdit* m_reason;
    QCheckBox* m_withdraw;
};

} // namespace tp::ui
