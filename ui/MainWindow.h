#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QStackedWidget;

namespace tp::store {
class Workspace;
}

namespace tp::ui {

class HomeView;
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
    NegotiationView* negotiationView() const { return m_negotiation; }
    ProjectorWindow* projector() const { return m_projector; }
    bool isShowingHome() const;
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

public slots:
    void newNegotiation();
    void importScenario();
    void exportScenario();
    void openSealedArchive();
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
    // On a read-only workspace, says why the action cannot be done and returns true.
    bool refuseReadOnly(const QString& title);
    void createMenus();

    std::shared_ptr<tp::store::Workspace> m_workspace;
    ProjectorWindow* m_projector;
    QStackedWidget* m_pages;
    HomeView* m_home;
    NegotiationView* m_negotiation;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
};

} // namespace tp::ui
