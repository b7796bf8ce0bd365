#pragma once

#include "model/Scenario.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QSpinBox;

namespace tp::ui {

// A sealed proposal as the desk receives it: whose, when, how many copies, sealed or not.
class ReceiveProposalDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReceiveProposalDialog(const QList<tp::Bidder>& bidders, QWidget* parent = nullptr);

    tp::Proposal proposal() const;
    QComboBox* bidderChooser() const { return m_bidder; }
    QDateTimeEdit* timeField() const { return m_time; }
    QSpinBox* copiesField() const { return m_copies; }
    QCheckBox* sealedBox() const { return m_sealed; }

private:
    QComboBox* m_bidder;
    QDateTimeEdit* m_time;
    QSpinBox* m_copies;
    QCheckBox* m_sealed;
};

} // namespace tp::ui
