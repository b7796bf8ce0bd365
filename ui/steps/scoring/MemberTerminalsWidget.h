#pragma once

#include "store/MemberAccess.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tp::store {
class Workspace;
}

namespace tp::ui {

// The secretary's and the chair's view of the panel members' own terminals (a server workspace):
// per member the name, the terminal (its login, or 纸质/本机 without one) and how far the member is
// (未发放, 等待登录, 正在评分 3/12, 已提交, 已收回) — a count of entered cells, never a score.
// 发放评分凭证 issues credentials to the selected members (none selected: every member without one)
// and writes their slips to a PDF the user names, with the server named as the terminals reach it; 收回凭证 revokes the
// selected members' credentials (none selected: all). The table is read again by refresh(), which the window calls
// whenever another program changed the workspace: a member's entry updates the progress without any other notice.
class MemberTerminalsWidget : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TerminalColumn,
        StateColumn,
        ColumnCount
    };

    explicit MemberTerminalsWidget(QWidget* parent = nullptr);

    // The negotiation shown; `actor` is who is recorded for issuing and revoking.
    void setNegotiation(tp::store::Workspace* workspace, qint64 id, const QString& actor);
    // Reads the members' progress again.
    void refresh();
    // Shows the members' progress as the store gave it (refresh() reads it).
    void showProgress(const QList<tp::store::MemberProgress>& progress);
    // Another program (a member's terminal) changed the workspace: reads the progress again.
    void otherChanged();

    QTableWidget* table() const { return m_table; }
    QPushButton* issueButton() const { return m_issue; }
    QPushButton* revokeButton() const { return m_revoke; }
    // The server's name or address as the terminals reach it (printed on the slips); empty: the host
    // of the workspace's own address, shown as the placeholder.
    QLineEdit* terminalHostField() const { return m_host; }
    QLabel* stateLabel() const { return m_state; }
    const QList<tp::store::MemberProgress>& progress() const { return m_progress; }
    // The text of the 状态 column for `member`.
    static QString stateText(const tp::store::MemberProgress& member);

signals:
    // Credentials were issued or revoked (the negotiation's record changed).
    void changed();

private:
    void issue();
    void revoke();
    QStringList selectedMembers() const;

    QLabel* m_state;
    QTableWidget* m_table;
    QLineEdit* m_host;
    QPushButton* m_issue;
    QPushButton* m_revoke;
    tp::store::Workspace* m_workspace = nullptr;
    qint64 m_id = 0;
    // The last ballot cast whose earlier box states a sweep has removed (MemberAccess::sweepBallots).
    qint64 m_sweptUpTo = 0;
    QString m_actor;
    QList<tp::store::MemberProgress> m_progress;
};

} // namespace tp::ui
