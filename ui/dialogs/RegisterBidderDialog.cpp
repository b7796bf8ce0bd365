#include "RegisterBidderDialog.h"

#include "store/StoreTime.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace tp::ui {

RegisterBidderDialog::RegisterBidderDialog(const QString& suggestedId, QWidget* parent)
    : QDialog(parent), m_id(new QLineEdit(suggestedId, this)), m_name(new QLineEdit(this)),
      m_time(new QDateTimeEdit(tp::store::StoreTime::enteredNow(), this)), m_representative(new QLineEdit(this)),
      m_idNumber(new QLineEdit(this)), m_letter(new QCheckBox(tr("Letter of introduction checked"), this)),
      m_idCopy(new QCheckBox(tr("Copy of the ID card checked"), this)),
      m_eligible(new QCheckBox(tr("Meets the eligibility requirements"), this))
{
    setWindowTitle(tr("Register bidder"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    m_eligible->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Bidder number"), m_id);
    form->addRow(tr("Company"), m_name);
    form->addRow(tr("Registered at"), m_time);
    form->addRow(tr("Representative"), m_representative);
    form->addRow(tr("ID number"), m_idNumber);
    form->addRow(m_letter);
    form->addRow(m_idCopy);
    form->addRow(m_eligible);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

tp::store::BidderRegistration RegisterBidderDialog::registration() const
{
    tp::store::BidderRegistration r;
    r.id = m_id->text().trimmed();
    r.name = m_name->text().trimmed();
    r.registeredAt = tp::store::StoreTime::enteredTime(m_time->dateTime());
    r.representative = m_representative->text().trimmed();
    r.idNumber = m_idNumber->text().trimmed();
    r.introLetterChecked = m_letter->isChecked();
    r.idCopyChecked = m_idCopy->isChecked();
    r.eligible = m_eligible->isChecked();
    return r;
}

} // namespace tp::ui
