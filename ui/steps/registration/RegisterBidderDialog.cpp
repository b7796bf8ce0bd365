#include "RegisterBidderDialog.h"

#include "store/StoreTime.h"
#include "widgets/TimeField.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLineEdit>

namespace tp::ui {

RegisterBidderDialog::RegisterBidderDialog(const QString& suggestedId, QWidget* parent)
    : QDialog(parent), m_id(new QLineEdit(suggestedId, this)), m_name(new QLineEdit(this)),
      m_time(new TimeField(tp::store::StoreTime::enteredNow(), this)), m_representative(new QLineEdit(this)),
      m_idNumber(new QLineEdit(this)), m_letter(new QCheckBox(tr("Letter of introduction checked"), this)),
      m_idCopy(new QCheckBox(tr("Copy of the ID card checked"), this)),
      m_eligible(new QCheckBox(tr("Meets the eligibility requirements"), this)), m_reason(new QLineEdit(this)),
      m_withdraw(new QCheckBox(tr("Withdraw this registration: it was recorded in error"), this))
{
    setWindowTitle(tr("Register bidder"));
    // Room for a company name of 30 Chinese characters.
    m_name->setMinimumWidth(QFontMetrics(m_name->font()).horizontalAdvance(QString(31, QChar(0x516C))));
    m_eligible->setChecked(true);
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_withdraw->setObjectName(QStringLiteral("withdrawEntry"));
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
    form->addRow(tr("Reason for the correction"), m_reason);
    form->addRow(m_withdraw);
    form->addRow(buttons);
    form->setRowVisible(m_reason, false);
    form->setRowVisible(m_withdraw, false);
    connect(m_withdraw, &QCheckBox::toggled, this, [this](bool withdraw) {
        for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_time, m_representative, m_idNumber, m_letter,
                                                          m_idCopy, m_eligible})
            w->setEnabled(!withdraw);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RegisterBidderDialog::beginCorrection(const tp::store::BidderRegistration& current)
{
    setWindowTitle(tr("Correct registration"));
    m_id->setText(current.id);
    m_id->setReadOnly(true);
    m_name->setText(current.name);
    m_time->setDateTime(current.registeredAt.toLocalTime());
    m_representative->setText(current.representative);
    m_idNumber->setPlaceholderText(tr("unchanged"));
    m_letter->setChecked(current.introLetterChecked);
    m_idCopy->setChecked(current.idCopyChecked);
    m_eligible->setChecked(current.eligible);
    auto* form = static_cast<QFormLayout*>(layout());
    form->setRowVisible(m_reason, true);
    form->setRowVisible(m_withdraw, true);
    m_reason->setFocus();
}

tp::store::BidderRegistration RegisterBidderDialog::registration() const
{
    tp::store::BidderRegistration r;
    r.id = m_id->text().trimmed();
    r.name = m_name->text().trimmed();
    r.registeredAt = static_cast<TimeField*>(m_time)->enteredTime();
    r.representative = m_representative->text().trimmed();
    r.idNumber = m_idNumber->text().trimmed();
    r.introLetterChecked = m_letter->isChecked();
    r.idCopyChecked = m_idCopy->isChecked();
    r.eligible = m_eligible->isChecked();
    return r;
}

QString RegisterBidderDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool RegisterBidderDialog::withdraw() const
{
    return m_withdraw->isChecked();
}

} // namespace tp::ui
