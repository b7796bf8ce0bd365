#pragma once

#include "store/ProcedureService.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;

namespace tp::ui {

// A bidder's registration as the desk receives it: company, time, representative and documents.
class RegisterBidderDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegisterBidderDialog(const QString& suggestedId, QWidget* parent = nullptr);

    tp::store::BidderRegistration registration() const;

    QLineEdit* idField() const { return m_id; }
    QLineEdit* nameField() const { return m_name; }
    QDateTimeEdit* timeField() const { return m_time; }
    QCheckBox* eligibleBox() const { return m_eligible; }
    QLineEdit* representativeField() const { return m_representative; }
    QCheckBox* introLetterBox() const { return m_letter; }
    QCheckBox* idCopyBox() const { return m_idCopy; }

private:
    QLineEdit* m_id;
    QLineEdit* m_name;
    QDateTimeEdit* m_time;
    QLineEdit* m_representative;
    QLineEdit* m_idNumber;
    QCheckBox* m_letter;
    QCheckBox* m_idCopy;
    QCheckBox* m_eligible;
};

} // namespace tp::ui
