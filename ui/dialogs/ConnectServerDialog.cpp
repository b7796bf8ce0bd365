#include "ConnectServerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tp::ui {

ConnectServerDialog::ConnectServerDialog(QWidget* parent)
    : QDialog(parent), m_problem(new QLabel(this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_tls(new QComboBox(this))
{
    setWindowTitle(tr("Connect to Server Workspace"));
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    m_problem->hide();
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("e.g. db.example.org or 10.0.0.5"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("leave empty if the server does not ask for one"));
    m_tls->setObjectName(QStringLiteral("serverEncryption"));
    m_tls->addItem(tr("Encrypt when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Always encrypt"), QStringLiteral("require"));
    m_tls->addItem(tr("Always encrypt and check the server's certificate"), QStringLiteral("verify-ca"));
    m_tls->addItem(tr("Always encrypt and check the certificate and the server's name"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Never encrypt"), QStringLiteral("disable"));

    auto* note = new QLabel(tr("The centre's IT staff give these details. The password is used for this "
                               "connection only and is never saved."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    auto* form = new QFormLayout;
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Encryption"), m_tls);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

void ConnectServerDialog::setAddress(const tp::store::WorkspaceAddress& address)
{
    m_host->setText(address.host());
    m_port->setValue(address.port() > 0 ? address.port() : 5432);
    m_database->setText(address.database());
    m_user->setText(address.user());
    const int tls = m_tls->findData(address.sslMode().isEmpty() ? QStringLiteral("prefer") : address.sslMode());
    if (tls >= 0)
        m_tls->setCurrentIndex(tls);
    m_password->clear();
}

tp::store::WorkspaceAddress ConnectServerDialog::address() const
{
    return tp::store::WorkspaceAddress::server(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                                               m_user->text().trimmed(), m_tls->currentData().toString());
}

QString ConnectServerDialog::password() const
{
    return m_password->text();
}

void ConnectServerDialog::clearPassword()
{
    m_password->clear();
}

void ConnectServerDialog::setProblem(const QString& why, bool askPassword)
{
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (askPassword) {
        m_password->clear();
        m_password->setFocus();
    }
}

QString ConnectServerDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ConnectServerDialog::accept()
{
    if (m_host->text().trimmed().isEmpty()) {
        setProblem(tr("Enter the server's name or address."));
        m_host->setFocus();
        return;
    }
    if (m_database->text().trimmed().isEmpty()) {
        setProblem(tr("Enter the name of the workspace's database."));
        m_database->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace tp::ui
