#pragma once

#include "store/WorkspaceAddress.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tp::ui {

// Connects to a workspace on a PostgreSQL server: host, port, database, user, password and whether
// and how the connection is encrypted (libpq's sslmode). The password is only held while the dialog
// is open and handed to the store with the connection; it is never shown again nor remembered. When
// an attempt failed, the dialog is shown again with the reason (problem()).
class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectServerDialog(QWidget* parent = nullptr);

    // Fills the fields from an address (a recent workspace); the password stays empty.
    void setAddress(const tp::store::WorkspaceAddress& address);
    // The address the fields give (without password).
    tp::store::WorkspaceAddress address() const;
    QString password() const;
    void clearPassword();
    // Why the last attempt failed, shown above the fields; `askPassword` moves the focus to the
    // password field. An empty text hides it.
    void setProblem(const QString& why, bool askPassword = false);
    QString problem() const;

    QLineEdit* hostField() const { return m_host; }
    QSpinBox* portField() const { return m_port; }
    QLineEdit* databaseField() const { return m_database; }
    QLineEdit* userField() const { return m_user; }
    QLineEdit* passwordField() const { return m_password; }
    QComboBox* encryptionChooser() const { return m_tls; }

    void accept() override;

private:
    QLabel* m_problem;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_tls;
};

} // namespace tp::ui
