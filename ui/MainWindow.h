#pragma once

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QFrame;
class QLabel;
class QMenu;
class QUndoGroup;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace tp::store {
class Workspace;
class WorkspaceAddress;
class WorkspaceWatcher;
} // namespace tp::store

namespace tp::ui {

class HomeView;
class MemberWindow;
class NegotiationView;
class ProjectorWindow;

// The application's window: the workspace's negotiations (home) and one negotiation's steps.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens the workspace at `workspacePath` (empty: TENDERPANEL_WORKSPACE, else the default path).
    explicit MainWindow(const QString& workspacePath = QString(), QWidget* parent = nullptr);
    ~MainWindow() override;

    bool hasWorkspace() const { return m_workspace != nullptr; }
    tp::store::Workspace* workspace() const { return m_workspace.get(); }
    HomeView* homeView() const { return m_home; }
    // The negotiation view and the projector window are made when first needed (the start shows the
    // home list only).
    NegotiationView* negotiationView();
    ProjectorWindow* projector();
    bool isShowingHome() const;
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    // Tells of other programs' changes and of the server connection (nullptr without a workspace).
    tp::store::WorkspaceWatcher* watcher() const { return m_watcher; }
    // The line above the pages: the lost server connection, or a change by another user not yet shown.
    QFrame* banner() const { return m_banner; }
    QLabel* bannerText() const { return m_bannerText; }
    QPushButton* bannerRefreshButton() const { return m_bannerRefresh; }
    QMenu* recentMenu() const { return m_recentMenu; }
    // The window shown instead of this one when the opened workspace is a panel member's terminal
    // credential (nullptr otherwise). It closes on its own; this window is then hidden.
    MemberWindow* memberWindow() const;
    // How the open workspace is named for the user: the file's path, or user@host/database.
    QString workspaceName() const;

public slots:
    void newNegotiation();
    void importScenario();
    void exportScenario();
    void openSealedArchive();
    // Asks for a server workspace's address and password and opens it (the open one stays open when
    // the user cancels). With `recent` (a display address), the fields are filled from it and the
    // dialog is shown only when the connection needs what only the user can give.
    void connectToServer(const QString& recent = QString());
    // Opens a workspace of the recent list: a file directly (never creating it again), a server through
    // connectToServer().
    void openRecent(const QString& pathOrAddress);
    void openNegotiation(qint64 id);
    void showHome();
    void showProjector();
    void about();
    // Stores the user interface language ("zh_CN" or "en") in "ui/language"; applies on restart.
    void setLanguage(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void openWorkspace(const QString& path);
    // Makes `workspace`, opened from `path`, the window's workspace.
    void adopt(std::shared_ptr<tp::store::Workspace> workspace, const QString& path);
    void fillRecentMenu();
    // Opens the member's terminal window for a workspace opened with a member credential, in place of this one.
    void openMemberWindow(std::shared_ptr<tp::store::Workspace> workspace);
    // Another program changed the workspace: after kReloadDelay, reloadFromStore().
    void otherChanged();
    // Reads the shown list or negotiation again, unless a dialog is open or an edit unsaved: then the
    // banner says that another user changed it, with a button to read it again.
    void reloadFromStore();
    void reloadNow();
    // Whether the negotiation view holds typed input not yet saved (a changed field that has the focus,
    // a cell being edited).
    bool hasUnsavedEdit() const;
    // The last audit event of the negotiation of the negotiation view (0: none open).
    qint64 lastEvent() const;
    // Whether every change of the shown negotiation since it was last read only added a score or a
    // ballot (shown by the members' progress table, read at once); then those changes count as seen.
    bool onlyProgressChanges();
    void showBanner(const QString& text, bool offerRefresh);
    void hideBanner();
    // On a read-only workspace, says why the action cannot be done and returns true.
    bool refuseReadOnly(const QString& title);
    void createMenus();
    // The id of the negotiation open in the negotiation view, 0 when none is.
    qint64 openNegotiationId() const;

    std::shared_ptr<tp::store::Workspace> m_workspace;
    ProjectorWindow* m_projector = nullptr;
    QStackedWidget* m_pages;
    HomeView* m_home;
    NegotiationView* m_negotiation = nullptr;
    // Undo and redo act on the setup step's stack, once the negotiation view exists.
    QUndoGroup* m_undoGroup;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QMenu* m_recentMenu = nullptr;
    tp::store::WorkspaceWatcher* m_watcher = nullptr;
    QPointer<MemberWindow> m_memberWindow;
    QTimer* m_reloadDelay;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_bannerRefresh;
    bool m_changedByOthers = false; // a change of another program is not shown yet
    qint64 m_seenEvent = 0;         // the open negotiation's last audit event when the view last read it
};

} // namespace tp::ui
