#include "DocumentDetailsForm.h"
#include "PlainText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

const int kMaxChars = 500; // as the store and the scenario format allow

QLineEdit* makeField(QWidget* parent, const QString& objectName, const QString& placeholder)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setMaxLength(kMaxChars);
    return field;
}

} // namespace

DocumentDetailsForm::DocumentDetailsForm(QWidget* parent)
    : QWidget(parent), m_note(new QLabel(this)),
      m_basis(makeField(this, QStringLiteral("documentBasis"), tr("e.g. the negotiation document's name and number"))),
      m_issuer(makeField(this, QStringLiteral("documentIssuer"), tr("empty: the purchaser"))),
      m_challengeAddress(
          makeField(this, QStringLiteral("documentChallengeAddress"), tr("where a written challenge is delivered"))),
      m_challengeContact(
          makeField(this, QStringLiteral("documentChallengeContact"), tr("person and telephone for challenges"))),
      m_contactPerson(makeField(this, QStringLiteral("documentContactPerson"), QString())),
      m_contactPhone(makeField(this, QStringLiteral("documentContactPhone"), QString())),
      m_contactAddress(makeField(this, QStringLiteral("documentContactAddress"), QString())),
      m_save(new QPushButton(tr("Save"), this))
{
    PlainText::label(m_note);
    m_note->setObjectName(QStringLiteral("documentDetailsNote"));
    m_note->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveDocumentDetails"));

    auto* form = new QFormLayout;
    form->addRow(tr("Basis of the negotiation"), m_basis);
    form->addRow(tr("Issued by"), m_issuer);
    form->addRow(tr("Challenges received at"), m_challengeAddress);
    form->addRow(tr("Contact for challenges"), m_challengeContact);
    form->addRow(tr("Contact person for bidders"), m_contactPerson);
    form->addRow(tr("Contact telephone"), m_contactPhone);
    form->addRow(tr("Contact address"), m_contactAddress);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addStretch(1);

    for (QLineEdit* field :
         {m_basis, m_issuer, m_challengeAddress, m_challengeContact, m_contactPerson, m_contactPhone, m_contactAddress})
        connect(field, &QLineEdit::textChanged, this, &DocumentDetailsForm::updateSave);
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(details()); });
    updateSave();
}

void DocumentDetailsForm::setDetails(const tp::DocumentDetails& details)
{
    m_stored = details;
    m_basis->setText(details.basis);
    m_issuer->setText(details.issuer);
    m_challengeAddress->setText(details.challengeAddress);
    m_challengeContact->setText(details.challengeContact);
    m_contactPerson->setText(details.contactPerson);
    m_contactPhone->setText(details.contactPhone);
    m_contactAddress->setText(details.contactAddress);
    updateSave();
}

void DocumentDetailsForm::setEditable(bool editable, const QString& note)
{
    for (QLineEdit* field :
         {m_basis, m_issuer, m_challengeAddress, m_challengeContact, m_contactPerson, m_contactPhone, m_contactAddress})
        field->setReadOnly(!editable);
    m_save->setVisible(editable);
    m_note->setText(note);
}

tp::DocumentDetails DocumentDetailsForm::details() const
{
    tp::DocumentDetails d = m_stored;
    d.basis = m_basis->text().trimmed();
    d.issuer = m_issuer->text().trimmed();
    d.challengeAddress = m_challengeAddress->text().trimmed();
    d.challengeContact = m_challengeContact->text().trimmed();
    d.contactPerson = m_contactPerson->text().trimmed();
    d.contactPhone = m_contactPhone->text().trimmed();
    d.contactAddress = m_contactAddress->text().trimmed();
    return d;
}

void DocumentDetailsForm::updateSave()
{
    m_save->setEnabled(details() != m_stored);
}

} // namespace tp::ui
