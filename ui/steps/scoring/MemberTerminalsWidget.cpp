#include "MemberTerminalsWidget.h"

#include "MessageBox.h"
#include "PlainText.h"
#include "main/FileDialog.h"
#include "report/CredentialSlip.h"
#include "report/PdfRenderer.h"
#include "store/Workspace.h"
#include "store/WorkspaceAddress.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

// The server's name for the terminals, as last used for issuing.
const QString kHostSetting = QStringLiteral("memberTerminals/terminalHost");

} // namespace

MemberTerminalsWidget::MemberTerminalsWidget(QWidget* parent)
    : QWidget(parent), m_state(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_host(new QLineEdit(this)), m_issue(new QPushButton(tr("Issue scoring credentials…"), this)),
      m_revoke(new QPushButton(tr("Revoke credentials…"), this))
{
    setObjectName(QStringLiteral("memberTerminals"));
    PlainText::label(m_state);
    m_state->setObjectName(QStringLiteral("memberTerminalsState"));
    m_state->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("memberTerminalsTable"));
    m_table->setHorizontalHeaderLabels({tr("Panel member"), tr("Terminal"), tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TerminalColumn, QHeaderView::ResizeToContents);
    m_issue->setObjectName(QStringLiteral("issueCredentials"));
    m_issue->setToolTip(tr("Issues a credential to each selected member (none selected: to every member "
                           "without one) and saves their slips as a PDF to print and hand out."));
    m_revoke->setObjectName(QStringLiteral("revokeCredentials"));
    m_revoke->setToolTip(tr("Ends the selected members' credentials (none selected: every member's)."));
    m_host->setObjectName(QStringLiteral("terminalHost"));
    m_host->setToolTip(tr("The name or address by which the members' terminals reach the database server, "
                          "printed on the slips. Empty: the server's address of this computer's workspace."));
    m_host->setText(QSettings().value(kHostSetting).toString());
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Server for the terminals:"), this));
    buttons->addWidget(m_host);
    buttons->addWidget(m_issue);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_issue, &QPushButton::clicked, this, &MemberTerminalsWidget::issue);
    connect(m_revoke, &QPushButton::clicked, this, &MemberTerminalsWidget::revoke);
}

void MemberTerminalsWidget::setNegotiation(tp::store::Workspace* workspace, qint64 id, const QString& actor)
{
    m_workspace = workspace;
    m_id = id;
    m_sweptUpTo = 0;
    m_actor = actor;
    const auto address = workspace ? tp::store::WorkspaceAddress::parse(workspace->path()) : std::nullopt;
    m_host->setPlaceholderText(address ? address->host() : QString());
    refresh();
}

QString MemberTerminalsWidget::stateText(const tp::store::MemberProgress& member)
{
    using State = tp::store::MemberProgress::State;
    switch (member.state) {
    case State::NoCredential:
        return tr("Not issued");
    case State::Waiting:
        return tr("Waiting for login");
    case State::Scoring:
        return tr("Scoring %1/%2").arg(member.entered).arg(member.cells);
    case State::Submitted:
        return tr("Submitted");
    case State::Revoked:
        return tr("Revoked");
    }
    return QString();
}

void MemberTerminalsWidget::refresh()
{
    QList<tp::store::MemberProgress> progress;
    if (m_workspace && m_id > 0) {
        const auto read = tp::store::MemberAccess(*m_workspace).progress(m_id);
        if (!read.ok()) {
            showProgress({});
            m_state->setText(tr("The members' progress cannot be read: %1").arg(read.problem.why));
            return;
        }
        progress = *read.value;
    }
    showProgress(progress);
}

void MemberTerminalsWidget::showProgress(const QList<tp::store::MemberProgress>& progress)
{
    const QStringList selected = selectedMembers();
    m_progress = progress;
    m_state->clear();
    m_table->setRowCount(int(m_progress.size()));
    int submitted = 0;
    for (int row = 0; row < m_progress.size(); ++row) {
        const tp::store::MemberProgress& m = m_progress.at(row);
        if (m.state == tp::store::MemberProgress::State::Submitted)
            ++submitted;
        const QString terminal = m.terminal && !m.login.isEmpty() ? m.login : tr("Paper / this computer");
        const QStringList texts = {m.name.isEmpty() ? m.panelist : m.name, terminal, stateText(m)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, m.panelist);
            m_table->setItem(row, column, item);
        }
    }
    // The selection survives the reading again (a member's entry must not undo the secretary's choice).
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->clearSelection();
    for (int row = 0; row < m_progress.size(); ++row)
        if (selected.contains(m_progress.at(row).panelist))
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!m_progress.isEmpty())
        m_state->setText(tr("Sheets submitted on the terminals: %1 of %2. Scores stay hidden until every sheet "
                            "is in.")
                             .arg(submitted)
                             .arg(m_progress.size()));
    m_issue->setEnabled(m_workspace && m_id > 0);
    m_revoke->setEnabled(m_workspace && m_id > 0);
}

void MemberTerminalsWidget::otherChanged()
{
    if (!m_workspace || m_id <= 0)
        return;
    // A member's ballot may have come in: no earlier state of the ballot box is left in the database
    // file (the store's own duty; a failure is not the secretary's to handle, and the next change retries).
    tp::store::MemberAccess(*m_workspace).sweepBallots(m_id, &m_sweptUpTo);
    refresh();
}

QStringList MemberTerminalsWidget::selectedMembers() const
{
    QStringList members;
    if (!m_table->selectionModel())
        return members;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (index.row() < m_progress.size())
            members << m_progress.at(index.row()).panelist;
    return members;
}

void MemberTerminalsWidget::issue()
{
    if (!m_workspace || m_id <= 0)
        return;
    const QStringList members = selectedMembers();
    // Where the slips go is asked first: the passwords exist only in the answer of the store.
    const QString suggested = QDir::home().filePath(tr("scoring-credentials.pdf"));
    const QString path =
        FileDialog::saveFileName(this, tr("Save the credential slips"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString host = m_host->text().trimmed();
    QSettings().setValue(kHostSetting, host);
    const auto issued = tp::store::MemberAccess(*m_workspace).issue(m_id, members, m_actor, host);
    if (!issued.ok()) {
        MessageBox::warning(this, tr("No credential is issued"), issued.problem.why);
        refresh();
        return;
    }
    const QList<tp::store::MemberCredential>& credentials = *issued.value;
    QString error;
    if (!credentials.isEmpty() &&
        !tp::report::PdfRenderer::render(tp::report::CredentialSlip::document(credentials), path, &error)) {
        // Without their slips nobody can use the new credentials: they are ended again.
        QStringList panelists;
        for (const tp::store::MemberCredential& c : credentials)
            panelists << c.panelist;
        tp::store::MemberAccess(*m_workspace).revoke(m_id, panelists, m_actor);
        MessageBox::warning(this, tr("The slips are not saved"),
                            tr("The credential slips cannot be written to %1: %2\nThe credentials just issued are "
                               "revoked again; issue them once more with another file.")
                                .arg(QDir::toNativeSeparators(path), error));
    } else if (credentials.isEmpty()) {
        MessageBox::information(this, tr("No credential is issued"),
                                tr("Every chosen member holds a credential already."));
    }
    emit changed();
    refresh();
}

void MemberTerminalsWidget::revoke()
{
    if (!m_workspace || m_id <= 0)
        return;
    const QStringList members = selectedMembers();
    QStringList names;
    for (const tp::store::MemberProgress& m : std::as_const(m_progress))
        if (members.contains(m.panelist))
            names << (m.name.isEmpty() ? m.panelist : m.name);
    const QString question = members.isEmpty()
                                 ? tr("Revoke the credentials of every panel member? Their terminals can then no "
                                      "longer enter scores or vote.")
                                 : tr("Revoke the credentials of %1? Their terminals can then no longer enter scores "
                                      "or vote.")
                                       .arg(names.join(tr(", ")));
    if (MessageBox::question(this, tr("Revoke credentials"), question) != QMessageBox::Yes)
        return;
    const auto revoked = tp::store::MemberAccess(*m_workspace).revoke(m_id, members, m_actor);
    if (!revoked.ok())
        MessageBox::warning(this, tr("No credential is revoked"), revoked.problem.why);
    emit changed();
    refresh();
}

} // namespace tp::ui
