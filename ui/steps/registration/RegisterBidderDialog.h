#pragma once

#include "store/ProcedureService.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;

namespace tp::ui {

// A bidder's registration as the desk receives it: company, time, representative and documents; or,
// in correction mode, a recorded registration to change or withdraw, with the reason.
class RegisterBidderDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegisterBidderDialog(const QString& suggestedId, QWidget* parent = nullptr);

    // Shows a recorded registration for correction, with the reason and the choice to withdraw it.
    void beginCorrection(const tp::store::BidderRegistration& current);

    tp::store::BidderRegistration registration() const;
    QString reason() const;
    bool withdraw() const;

    QLineEdit* idField() const { return m_id; }
    QLineEdit* nameField() const { return m_name; }
    QDateTimeEdit* timeField() const { return m_time; }
    QCheckBox* eligibleBox() const { return m_eligible; }
    QLineEdit* representativeField() const { return m_representative; }
    QCheckBox* introLetterBox() const { return m_letter; }
    QCheckBox* idCopyBox() const { return m_idCopy; }
    QLineEdit* reasonField() const { return m_reason; }
    QCheckBox* withdrawBox() const { return m_withdraw; }

private:
    QLineEdit* m_id;
    QLineEdit* m_name;
    QDateTimeEdit* m_time;
    QLineEdit* m_representative;
    QLineEdit* m_idNumber;
    QCheckBox* m_letter;
    QCheckBox* m_idCopy;
    QCheckBox* m_eligible;
    QLineEdit* m_reason;
    QCheckBox* m_withdraw;
};

} // namespace tp::ui
