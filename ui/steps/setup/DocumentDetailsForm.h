#pragma once

#include "model/DocumentDetails.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tp::ui {

// What the documents print about the paperwork and the people to contact: the basis of the
// negotiation (谈判依据), the issuing body, where and to whom a challenge (质疑) goes, and the centre's
// contact for the bidders. Saved together with "Save" (saveRequested()), until the notice is published.
class DocumentDetailsForm : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentDetailsForm(QWidget* parent = nullptr);

    // Shows what is stored.
    void setDetails(const tp::DocumentDetails& details);
    void setEditable(bool editable, const QString& note);
    // The stored details with the form's fields (the publication website as stored).
    tp::DocumentDetails details() const;

    QLineEdit* basisField() const { return m_basis; }
    QLineEdit* issuerField() const { return m_issuer; }
    QLineEdit* challengeAddressField() const { return m_challengeAddress; }
    QLineEdit* challengeContactField() const { return m_challengeContact; }
    QLineEdit* contactPersonField() const { return m_contactPerson; }
    QLineEdit* contactPhoneField() const { return m_contactPhone; }
    QLineEdit* contactAddressField() const { return m_contactAddress; }
    QPushButton* saveButton() const { return m_save; }

signals:
    void saveRequested(const tp::DocumentDetails& details);

private:
    void updateSave();

    tp::DocumentDetails m_stored;
    QLabel* m_note;
    QLineEdit* m_basis;
    QLineEdit* m_issuer;
    QLineEdit* m_challengeAddress;
    QLineEdit* m_challengeContact;
    QLineEdit* m_contactPerson;
    QLineEdit* m_contactPhone;
    QLineEdit* m_contactAddress;
    QPushButton* m_save;
};

} // namespace tp::ui
