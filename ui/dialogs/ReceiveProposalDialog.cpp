#include "ReceiveProposalDialog.h"

#include "store/StoreTime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace tp::ui {

ReceiveProposalDialog::ReceiveProposalDialog(const QList<tp::Bidder>& bidders, QWidget* parent)
    : QDialog(parent), m_bidder(new QComboBox(this)),
      m_time(new QDateTimeEdit(tp::store::StoreTime::enteredNow(), this)), m_copies(new QSpinBox(this)),
      m_sealed(new QCheckBox(tr("Sealed"), this))
{
    setWindowTitle(tr("Receive proposal"));
    for (const tp::Bidder& b : bidders)
        m_bidder->addItem(tr("%1 %2").arg(b.id, b.name), b.id);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    m_copies->setRange(0, 99);
    m_copies->setValue(1);
    m_sealed->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Bidder"), m_bidder);
    form->addRow(tr("Received at"), m_time);
    form->addRow(tr("Copies"), m_copies);
    form->addRow(m_sealed);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

tp::Proposal ReceiveProposalDialog::proposal() const
{
    tp::Proposal p;
    p.bidder = m_bidder->currentData().toString();
    p.receivedAt = tp::store::StoreTime::enteredTime(m_time->dateTime());
    p.copies = m_copies->value();
    p.sealed = m_sealed->isChecked();
    return p;
}

} // namespace tp::ui
