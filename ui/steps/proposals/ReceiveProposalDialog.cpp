#include "ReceiveProposalDialog.h"

#include "store/StoreTime.h"
#include "widgets/TimeField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace tp::ui {

ReceiveProposalDialog::ReceiveProposalDialog(const QList<tp::Bidder>& bidders, const QString& selected,
                                             std::optional<int> requiredCopies, QWidget* parent)
    : QDialog(parent), m_bidder(new QComboBox(this)), m_time(new TimeField(tp::store::StoreTime::enteredNow(), this)),
      m_copies(new QSpinBox(this)), m_sealed(new QCheckBox(tr("Sealed"), this)), m_reason(new QLineEdit(this)),
      m_withdraw(new QCheckBox(tr("Withdraw this receipt: it was recorded in error"), this))
{
    setWindowTitle(tr("Receive proposal"));
    for (const tp::Bidder& b : bidders)
        m_bidder->addItem(tr("%1 %2").arg(b.id, b.name), b.id);
    // A long company name does not widen the dialog past the screen; the list shows it whole.
    m_bidder->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bidder->setMinimumContentsLength(32);
    if (const int i = m_bidder->findData(selected); i >= 0)
        m_bidder->setCurrentIndex(i);
    m_copies->setRange(0, 99);
    m_copies->setValue(requiredCopies.value_or(1));
    m_sealed->setChecked(true);
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_withdraw->setObjectName(QStringLiteral("withdrawEntry"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Bidder"), m_bidder);
    form->addRow(tr("Received at"), m_time);
    form->addRow(tr("Copies"), m_copies);
    form->addRow(m_sealed);
    form->addRow(tr("Reason for the correction"), m_reason);
    form->addRow(m_withdraw);
    form->addRow(buttons);
    form->setRowVisible(m_reason, false);
    form->setRowVisible(m_withdraw, false);
    connect(m_withdraw, &QCheckBox::toggled, this, [this](bool withdraw) {
        m_time->setEnabled(!withdraw);
        m_copies->setEnabled(!withdraw);
        m_sealed->setEnabled(!withdraw);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ReceiveProposalDialog::beginCorrection(const tp::Proposal& current)
{
    setWindowTitle(tr("Correct proposal receipt"));
    if (const int i = m_bidder->findData(current.bidder); i >= 0)
        m_bidder->setCurrentIndex(i);
    m_bidder->setEnabled(false);
    m_time->setDateTime(current.receivedAt.toLocalTime());
    if (current.copies)
        m_copies->setValue(*current.copies);
    m_sealed->setChecked(current.sealed.value_or(true));
    auto* form = static_cast<QFormLayout*>(layout());
    form->setRowVisible(m_reason, true);
    form->setRowVisible(m_withdraw, true);
    m_reason->setFocus();
}

tp::Proposal ReceiveProposalDialog::proposal() const
{
    tp::Proposal p;
    p.bidder = m_bidder->currentData().toString();
    p.receivedAt = static_cast<TimeField*>(m_time)->enteredTime();
    p.copies = m_copies->value();
    p.sealed = m_sealed->isChecked();
    return p;
}

QString ReceiveProposalDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool ReceiveProposalDialog::withdraw() const
{
    return m_withdraw->isChecked();
}

} // namespace tp::ui
