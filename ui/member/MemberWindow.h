#pragma once

#include "store/MemberSession.h"

#include <QWidget>
#include <memory>

class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace tp::store {
class Workspace;
class WorkspaceWatcher;
} // namespace tp::store

namespace tp::ui {

class MemberSheetModel;

// The window of a panel member's own terminal, opened instead of the main window when the workspace
// is opened with a member's credential. It shows only what the member may see and do: the negotiation,
// the member's name, the presentation in progress, the member's own score sheet (each cell stored as it
// is entered, a refused one said so at once), the submission of the complete sheet, then the panel's
// progress; the ballot of a vote round; the page that says the credential was revoked. No menus, no
// other negotiation, nothing of the setup or the documents. It is read again whenever the workspace
// changes (WorkspaceWatcher), except while a cell is being typed.
class MemberWindow : public QWidget
{
    Q_OBJECT
public:
    // `workspace` is the session's workspace (for the watcher); empty when the session has its own.
    MemberWindow(std::unique_ptr<tp::store::MemberSession> session, std::shared_ptr<tp::store::Workspace> workspace,
                 QWidget* parent = nullptr);
    ~MemberWindow() override;

    enum class Page
    {
        Sheet,
        Vote,
        Revoked
    };
    Page currentPage() const;

    QLabel* titleLabel() const { return m_title; }
    QLabel* memberLabel() const { return m_member; }
    QLabel* presentingLabel() const { return m_presenting; }
    QTableView* sheetView() const { return m_table; }
    MemberSheetModel* sheetModel() const { return m_model; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* submittedLabel() const { return m_submitted; }
    QPushButton* submitButton() const { return m_submit; }
    QLabel* voteLabel() const { return m_voteText; }
    QButtonGroup* voteChoices() const { return m_choices; }
    QPushButton* castButton() const { return m_cast; }
    QLabel* revokedLabel() const { return m_revokedText; }
    tp::store::WorkspaceWatcher* watcher() const { return m_watcher; }

public slots:
    // Reads the member's view again (kept for later while a cell is being typed).
    void refresh();
    // Shows `view` as the store gave it (refresh() reads it; the screenshot tool hands one over).
    void showView(const tp::store::MemberView& view);
    void submitSheet();
    void castBallot();

private:
    void recordScore(const QString& bidder, const QString& criterion, tp::Hundredths value);
    void showMessage(const QString& text, bool problem);
    void fillBallot();
    bool isEditingCell() const;
    void fitHeader();
    // Whether the server refused to open the member's lost connection again: the login is gone (the
    // credential was revoked) or its password no longer holds.

    std::unique_ptr<tp::store::MemberSession> m_session;
    std::shared_ptr<tp::store::Workspace> m_workspace;
    tp::store::WorkspaceWatcher* m_watcher = nullptr;
    tp::store::MemberView m_view;
    bool m_refreshPending = false;

    QLabel* m_title;
    QLabel* m_member;
    QLabel* m_presenting;
    QStackedWidget* m_pages;
    // The sheet.
    QWidget* m_sheetPage;
    QTableView* m_table;
    MemberSheetModel* m_model;
    QLabel* m_message;
    QLabel* m_submitted;
    QPushButton* m_submit;
    // The ballot.
    QWidget* m_votePage;
    QLabel* m_voteText;
    QVBoxLayout* m_choiceLayout;
    QButtonGroup* m_choices;
    QPushButton* m_cast;
    qint64 m_ballotRound = 0;
    // The revoked credential.
    QWidget* m_revokedPage;
    QLabel* m_revokedText;
};

} // namespace tp::ui
