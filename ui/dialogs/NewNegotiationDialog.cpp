#include "NewNegotiationDialog.h"

#include "TemplateTitle.h"

#include "store/StoreTime.h"
#include "widgets/TimeField.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace tp::ui {

NewNegotiationDialog::NewNegotiationDialog(const QList<tp::store::CriteriaTemplate>& templates, QWidget* parent)
    : QDialog(parent), m_title(new QLineEdit(this)), m_purchaser(new QLineEdit(this)), m_template(new QComboBox(this)),
      m_registration(new TimeField(tp::store::StoreTime::enteredNow().addDays(7), this)),
      m_proposals(new TimeField(tp::store::StoreTime::enteredNow().addDays(14), this))
{
    setWindowTitle(tr("New negotiation"));
    for (const tp::store::CriteriaTemplate& t : templates) {
        m_template->addItem(templateTitle(t), t.id);
    }
    m_template->addItem(tr("Blank: no criteria"), QVariant());
    for (QDateTimeEdit* edit : {m_registration, m_proposals}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Purchaser"), m_purchaser);
    form->addRow(tr("Criteria template"), m_template);
    form->addRow(tr("Registration deadline"), m_registration);
    form->addRow(tr("Proposal deadline"), m_proposals);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

tp::Project NewNegotiationDialog::project() const
{
    tp::Project p;
    p.title = m_title->text().trimmed();
    p.purchaser = m_purchaser->text().trimmed();
    p.registrationDeadline = tp::store::StoreTime::enteredTime(m_registration->dateTime());
    p.proposalDeadline = tp::store::StoreTime::enteredTime(m_proposals->dateTime());
    return p;
}

std::optional<qint64> NewNegotiationDialog::templateId() const
{
    const QVariant id = m_template->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

} // namespace tp::ui
