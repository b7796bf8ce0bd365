#include "MainWindow.h"

#include "MessageBox.h"
#include "dialogs/ConnectServerDialog.h"
#include "dialogs/NewNegotiationDialog.h"
#include "dialogs/SealedArchiveDialog.h"
#include "home/HomeView.h"
#include "io/FileWriter.h"
#include "io/ScenarioWriter.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "main/RecentWorkspaces.h"
#include "member/MemberWindow.h"
#include "model/Translations.h"
#include "projector/ProjectorWindow.h"
#include "steps/scoring/MemberTerminalsWidget.h"
#include "steps/scoring/ScoringStepPage.h"
#include "store/AuditLog.h"
#include "store/ImportWorkflow.h"
#include "store/MemberSession.h"
#include "store/NegotiationStore.h"
#include "store/Workspace.h"
#include "store/WorkspaceAddress.h"
#include "store/WorkspaceWatcher.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kLastNegotiation = QStringLiteral("mainWindow/lastNegotiation");
// Changes of other programs that come close together are shown with one reload.
constexpr int kReloadDelay = 200; // ms

// Whether a failed opening was refused for want of a password: the store's message carries libpq's
// own words (SqlDialect::needsPassword() looks for them).
bool wantsPassword(const tp::Problem& problem)
{
    return tp::store::SqlDialect(tp::store::SqlDialect::Kind::Postgres)
        .needsPassword(QSqlError(QString(), problem.why));
}

// Whether an audit action only adds to a score sheet or a ballot box (a score entered, a ballot cast):
// what it changes is shown by the members' progress table, which is read at every change, and
// nothing else in the window shows it before every sheet is in. The panel members' terminals send
// one of these every few seconds while they score.
bool isProgressAction(const QString& action)
{
    return action == QLatin1String("score_recorded") || action == QLatin1String("ballot_cast");
}

QString actorName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("gui") : user;
}

} // namespace

MainWindow::MainWindow(const QString& workspacePath, QWidget* parent)
    : QMainWindow(parent), m_pages(new QStackedWidget(this)), m_home(new HomeView(this)),
      m_undoGroup(new QUndoGroup(this)), m_reloadDelay(new QTimer(this)), m_banner(new QFrame(this)),
      m_bannerText(new QLabel(m_banner)), m_bannerRefresh(new QPushButton(m_banner))
{
    setWindowTitle(tr("TenderPanel"));
    m_pages->addWidget(m_home);
    // The banner: a calm line above the pages, not a box to dismiss.
    m_banner->setObjectName(QStringLiteral("workspaceBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("#workspaceBanner { background: #fff4ce; border-bottom: 1px solid #e0c36c; }"));
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerRefresh->setObjectName(QStringLiteral("bannerRefresh"));
    m_bannerRefresh->setText(tr("Refresh"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 6, 12, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerRefresh);
    m_banner->hide();
    connect(m_bannerRefresh, &QPushButton::clicked, this, &MainWindow::reloadNow);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_reloadDelay->setSingleShot(true);
    m_reloadDelay->setInterval(kReloadDelay);
    connect(m_reloadDelay, &QTimer::timeout, this, &MainWindow::reloadFromStore);
    createMenus();
    // As large as a laptop's screen, within the free area of the screen (taskbar and title bar excluded).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(QSize(1366, 768).boundedTo(available.size() - QSize(0, 40)));

    connect(m_home, &HomeView::newRequested, this, &MainWindow::newNegotiation);
    connect(m_home, &HomeView::importRequested, this, &MainWindow::importScenario);
    connect(m_home, &HomeView::openRequested, this, &MainWindow::openNegotiation);

    QSettings settings;
    restoreGeometry(settings.value(kGeometry).toByteArray());
    openWorkspace(tp::store::Workspace::resolvePath(workspacePath));
    const qint64 last = settings.value(kLastNegotiation).toLongLong();
    if (m_workspace && last > 0 && tp::store::NegotiationStore(*m_workspace).summary(last).ok())
        openNegotiation(last);
}

NegotiationView* MainWindow::negotiationView()
{
    if (!m_negotiation) {
        m_negotiation = new NegotiationView(projector(), this);
        m_pages->addWidget(m_negotiation);
        connect(m_negotiation, &NegotiationView::homeRequested, this, &MainWindow::showHome);
        // What the negotiation view shows now includes every event so far (its own actions' too).
        connect(m_negotiation, &NegotiationView::negotiationChanged, this, [this] { m_seenEvent = lastEvent(); });
        m_undoGroup->addStack(m_negotiation->undoStack());
        m_undoGroup->setActiveStack(m_negotiation->undoStack());
    }
    return m_negotiation;
}

ProjectorWindow* MainWindow::projector()
{
    if (!m_projector)
        m_projector = new ProjectorWindow;
    return m_projector;
}

qint64 MainWindow::openNegotiationId() const
{
    return m_negotiation ? m_negotiation->negotiationId() : 0;
}

MainWindow::~MainWindow()
{
    if (m_workspace && FileDialog::workspacePath() == m_workspace->path())
        FileDialog::setWorkspacePath(QString());
    delete m_projector;
    delete m_memberWindow.data();
}

void MainWindow::openWorkspace(const QString& path)
{
    // The program's own workspace is created where none is yet (an existing empty file is refused);
    // one that cannot be written where it is (read-only media, a read-only file or folder) is
    // opened read-only and marked so.
    tp::store::Workspace::Options options;
    options.create = true;
    options.readOnlyFallback = true;
    auto opened = tp::store::Workspace::open(path, options);
    if (!opened.ok()) {
        const auto address = tp::store::WorkspaceAddress::parse(path);
        const QString shownPath = address ? address->toDisplayString() : path; // never a password
        delete m_watcher;
        m_watcher = nullptr;
        m_changedByOthers = false;
        hideBanner();
        m_workspace.reset();
        FileDialog::setWorkspacePath(QString());
        setWindowTitle(tr("TenderPanel"));
        statusBar()->showMessage(tr("No workspace is open."));
        m_home->setWorkspace(nullptr);
        m_home->setEnabled(false);
        if (address && address->isServer() && wantsPassword(opened.problem)) {
            // A server that wants a password libpq did not find: the connect dialog asks for it, once
            // the window is up.
            QTimer::singleShot(0, this, [this, shownPath] { connectToServer(shownPath); });
            return;
        }
        MessageBox::warning(this, tr("Cannot open the workspace"),
                            tr("The workspace %1 cannot be opened:\n%2").arg(shownPath, opened.problem.toString()));
        return;
    }
    adopt(*opened.value, path);
}

void MainWindow::adopt(std::shared_ptr<tp::store::Workspace> workspace, const QString& path)
{
    if (tp::store::MemberSession::isMemberLogin(*workspace)) {
        openMemberWindow(std::move(workspace));
        return;
    }
    delete m_watcher;
    m_watcher = nullptr;
    m_reloadDelay->stop();
    m_changedByOthers = false;
    hideBanner();
    if (m_workspace) {
        // Another workspace: its negotiations are other ones.
        if (m_negotiation)
            m_negotiation->close();
        m_pages->setCurrentWidget(m_home);
        QSettings().remove(kLastNegotiation);
    }
    m_workspace = std::move(workspace);
    // The path as given for a file; a server's address without its password.
    const QString shown = m_workspace->isServer() ? m_workspace->path() : path;
    FileDialog::setWorkspacePath(shown);
    RecentWorkspaces::add(shown);
    const QString name = workspaceName();
    // A server workspace is named in the title (several may be open on one desk); a file in the status line.
    const QString title = m_workspace->isServer() ? tr("%1 — TenderPanel").arg(name) : tr("TenderPanel");
    if (m_workspace->isReadOnly()) {
        setWindowTitle(m_workspace->isServer() ? tr("%1 — TenderPanel (read-only)").arg(name)
                                               : tr("TenderPanel (read-only)"));
        statusBar()->showMessage(tr("Workspace: %1 (read-only: %2)").arg(name, m_workspace->readOnlyReason()));
    } else {
        setWindowTitle(title);
        statusBar()->showMessage(tr("Workspace: %1").arg(name));
    }
    m_home->setWorkspace(m_workspace.get());
    m_home->setEnabled(true);

    m_watcher = new tp::store::WorkspaceWatcher(m_workspace, this);
    connect(m_watcher, &tp::store::WorkspaceWatcher::changed, this, &MainWindow::otherChanged);
    connect(m_watcher, &tp::store::WorkspaceWatcher::connectionLost, this, [this](const QString& why) {
        showBanner(tr("The connection to the server was lost; retrying…"), false);
        m_bannerText->setToolTip(why);
        statusBar()->showMessage(tr("Workspace: %1 (connection lost)").arg(workspaceName()));
    });
    connect(m_watcher, &tp::store::WorkspaceWatcher::connectionRestored, this, [this] {
        m_bannerText->setToolTip(QString());
        hideBanner();
        statusBar()->showMessage(tr("Workspace: %1 (connected again)").arg(workspaceName()));
    });
}

MemberWindow* MainWindow::memberWindow() const
{
    return m_memberWindow.data();
}

void MainWindow::openMemberWindow(std::shared_ptr<tp::store::Workspace> workspace)
{
    auto session = tp::store::MemberSession::fromWorkspace(workspace);
    if (!session.ok()) {
        MessageBox::warning(this, tr("Cannot open the scoring terminal"), session.problem.why);
        return;
    }
    // A member's terminal shows nothing of this window: it stays hidden, and the program ends with the
    // member's window.
    delete m_memberWindow;
    m_memberWindow = new MemberWindow(std::move(*session.value), std::move(workspace));
    m_memberWindow->setAttribute(Qt::WA_DeleteOnClose);
    m_memberWindow->show();
    hide();
}

QString MainWindow::workspaceName() const
{
    if (!m_workspace)
        return QString();
    const auto address = tp::store::WorkspaceAddress::parse(m_workspace->path());
    if (!address || !address->isServer())
        return m_workspace->path();
    const QString where = address->host() + QLatin1Char('/') + address->database();
    return address->user().isEmpty() ? where : address->user() + QLatin1Char('@') + where;
}

void MainWindow::connectToServer(const QString& recent)
{
    ConnectServerDialog dialog(this);
    if (!recent.isEmpty()) {
        const auto address = tp::store::WorkspaceAddress::parse(recent);
        if (address && address->isServer()) {
            dialog.setAddress(*address);
            // libpq may find the password itself (PGPASSWORD, ~/.pgpass), or the server need none.
            tp::store::Workspace::Options options;
            options.create = false;
            auto opened = tp::store::Workspace::open(address->toDisplayString(), options);
            if (opened.ok()) {
                adopt(*opened.value, address->toDisplayString());
                return;
            }
            dialog.setProblem(tr("%1 cannot be opened: %2").arg(address->toDisplayString(), opened.problem.why),
                              wantsPassword(opened.problem));
        }
    }
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString address = dialog.address().toDisplayString();
        tp::store::Workspace::Options options;
        // An empty database becomes a workspace (the centre's IT staff create the database).
        options.create = true;
        options.password = dialog.password();
        dialog.clearPassword();
        auto opened = tp::store::Workspace::open(address, options);
        options.password.clear();
        if (opened.ok()) {
            adopt(*opened.value, address);
            return;
        }
        dialog.setProblem(tr("%1 cannot be opened: %2").arg(address, opened.problem.why),
                          wantsPassword(opened.problem));
    }
}

void MainWindow::openRecent(const QString& pathOrAddress)
{
    if (tp::store::WorkspaceAddress::isServer(pathOrAddress)) {
        connectToServer(pathOrAddress);
        return;
    }
    // A file that is gone is not created again; the open workspace stays open when it cannot be opened.
    tp::store::Workspace::Options options;
    options.create = false;
    options.readOnlyFallback = true;
    auto opened = tp::store::Workspace::open(pathOrAddress, options);
    if (!opened.ok()) {
        MessageBox::warning(this, tr("Cannot open the workspace"),
                            tr("The workspace %1 cannot be opened:\n%2").arg(pathOrAddress, opened.problem.toString()));
        return;
    }
    adopt(*opened.value, pathOrAddress);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentWorkspaces::list();
    for (const QString& entry : recent) {
        QString text = entry;
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        m_recentMenu->addAction(text, this, [this, entry] { openRecent(entry); })->setData(entry);
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::otherChanged()
{
    // The members' progress is read at once: it is counts only, never something the user is editing.
    if (!isShowingHome() && openNegotiationId() > 0)
        if (auto* scoring = m_negotiation->page<ScoringStepPage>())
            scoring->terminals()->otherChanged();
    if (!m_reloadDelay->isActive())
        m_reloadDelay->start();
}

void MainWindow::reloadFromStore()
{
    if (!m_workspace)
        return;
    if (m_watcher && !m_watcher->isConnected()) {
        // Read again once the connection is back (the watcher then reports a change).
        m_changedByOthers = true;
        return;
    }
    // Scores entered and ballots cast on the members' terminals are in the progress table already:
    // no reading of everything, and no banner, for each of them.
    if (onlyProgressChanges())
        return;
    if (QApplication::activeModalWidget() || hasUnsavedEdit()) {
        m_changedByOthers = true;
        showBanner(tr("Changed by another user. Refresh to see the changes."), true);
        return;
    }
    reloadNow();
}

void MainWindow::reloadNow()
{
    m_changedByOthers = false;
    hideBanner();
    if (!m_workspace)
        return;
    if (isShowingHome())
        m_home->refresh();
    else if (openNegotiationId() > 0)
        m_negotiation->refresh();
}

qint64 MainWindow::lastEvent() const
{
    if (!m_workspace || openNegotiationId() <= 0)
        return 0;
    const auto events = tp::store::AuditLog::events(*m_workspace, m_negotiation->negotiationId());
    return events.ok() && !events.value->isEmpty() ? events.value->last().seq : 0;
}

bool MainWindow::onlyProgressChanges()
{
    if (!m_workspace || isShowingHome() || openNegotiationId() <= 0 || m_seenEvent <= 0)
        return false;
    const auto events = tp::store::AuditLog::events(*m_workspace, m_negotiation->negotiationId());
    if (!events.ok())
        return false;
    qint64 last = m_seenEvent;
    for (const tp::store::AuditLog::Event& e : *events.value) {
        if (e.seq <= m_seenEvent)
            continue;
        if (!isProgressAction(e.action))
            return false;
        last = qMax(last, e.seq);
    }
    // A change of another negotiation only: the home list is not shown, nothing here changed.
    m_seenEvent = last;
    return true;
}

bool MainWindow::hasUnsavedEdit() const
{
    if (isShowingHome())
        return false; // the list keeps its search when read again
    QWidget* focus = QApplication::focusWidget();
    if (!focus || !m_negotiation || !m_negotiation->isAncestorOf(focus))
        return false;
    // A cell being edited: the editor is a widget on the viewport of an item view.
    for (QWidget* w = focus; w && w != m_negotiation; w = w->parentWidget()) {
        auto* view = qobject_cast<QAbstractItemView*>(w->parentWidget());
        if (view && w == view->viewport() && w != focus)
            return true;
    }
    if (auto* line = qobject_cast<QLineEdit*>(focus))
        return !line->isReadOnly() && line->isModified();
    if (auto* text = qobject_cast<QTextEdit*>(focus))
        return !text->isReadOnly() && text->document()->isModified();
    if (auto* plain = qobject_cast<QPlainTextEdit*>(focus))
        return !plain->isReadOnly() && plain->document()->isModified();
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(focus))
        return !spin->isReadOnly(); // no record of a change: being in one counts as editing
    return false;
}

void MainWindow::showBanner(const QString& text, bool offerRefresh)
{
    m_bannerText->setText(text);
    m_bannerRefresh->setVisible(offerRefresh);
    m_banner->show();
}

void MainWindow::hideBanner()
{
    m_banner->hide();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New negotiation…"), QKeySequence::New, this, &MainWindow::newNegotiation);
    file->addAction(tr("&Import scenario file…"), QKeySequence::Open, this, &MainWindow::importScenario);
    file->addAction(tr("&Export scenario…"), this, &MainWindow::exportScenario);
    file->addAction(tr("Open &sealed archive…"), this, &MainWindow::openSealedArchive);
    file->addSeparator();
    QAction* connectAction = file->addAction(tr("&Connect to Server Workspace…"), this, [this] { connectToServer(); });
    connectAction->setObjectName(QStringLiteral("connectServerAction"));
    m_recentMenu = file->addMenu(tr("&Recent Workspaces"));
    m_recentMenu->setObjectName(QStringLiteral("recentWorkspaces"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    // Undo and redo the setup step's edits; each is itself a recorded change of the store.
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&All negotiations"), this, &MainWindow::showHome);
    view->addAction(tr("&Projector window"), this, &MainWindow::showProjector);
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current =
        tp::Translations::chooseLanguage(QSettings().value(QStringLiteral("ui/language")).toString());
    const QList<std::pair<QString, QString>> choices = {{QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                                        {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, name] : choices) {
        QAction* action = language->addAction(name, this, [this, code = code] { setLanguage(code); });
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == current);
        languages->addAction(action);
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About TenderPanel"), this, &MainWindow::about);
}

void MainWindow::setLanguage(const QString& language)
{
    QSettings settings;
    if (settings.value(QStringLiteral("ui/language")).toString() == language)
        return;
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.sync();
    MessageBox::information(this, tr("Language"), tr("The language is changed the next time TenderPanel starts."));
}

bool MainWindow::isShowingHome() const
{
    return m_pages->currentWidget() == m_home;
}

bool MainWindow::refuseReadOnly(const QString& title)
{
    if (!m_workspace || !m_workspace->isReadOnly())
        return false;
    MessageBox::warning(this, title, m_workspace->readOnlyReason());
    return true;
}

void MainWindow::newNegotiation()
{
    if (!m_workspace || refuseReadOnly(tr("The negotiation is not created")))
        return;
    tp::store::NegotiationStore store(*m_workspace);
    const auto templates = store.templates();
    NewNegotiationDialog dialog(templates.ok() ? *templates.value : QList<tp::store::CriteriaTemplate>(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto created = store.create(dialog.project(), dialog.templateId(), actorName());
    if (!created.ok()) {
        MessageBox::warning(this, tr("The negotiation is not created"), created.problem.why);
        return;
    }
    m_home->refresh();
    openNegotiation(created.value->id);
}

void MainWindow::importScenario()
{
    if (!m_workspace || refuseReadOnly(tr("The file is not imported")))
        return;
    const QString path =
        FileDialog::openFileName(this, tr("Import scenario file"), tr("Scenario files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const tp::store::ImportWorkflow::Checked checked = tp::store::ImportWorkflow::check(path);
    if (!checked.ok()) {
        const tp::Problems& problems = checked.problems;
        MessageBox::warning(this, tr("The file is not imported"),
                            tr("%1 cannot be imported; nothing was stored:\n%2")
                                .arg(path, tp::problemsText(problems, tp::kProblemsInMessage)));
        return;
    }
    const auto imported = tp::store::ImportWorkflow::store(*m_workspace, checked, actorName());
    if (!imported.ok()) {
        MessageBox::warning(this, tr("The file is not imported"), imported.problem.toString());
        return;
    }
    m_home->refresh();
    statusBar()->showMessage(tr("Imported as %1.").arg(imported.value->code));
}

void MainWindow::exportScenario()
{
    const qint64 id = openNegotiationId();
    if (!m_workspace || id <= 0 || isShowingHome()) {
        MessageBox::information(this, tr("Export scenario"), tr("Open a negotiation first."));
        return;
    }
    const QString path =
        FileDialog::saveFileName(this, tr("Export scenario"), m_negotiation->context().code + QStringLiteral(".json"),
                                 tr("Scenario files (*.json)"));
    if (path.isEmpty())
        return;
    const auto scenario = tp::store::NegotiationStore(*m_workspace).scenario(id);
    if (!scenario.ok()) {
        MessageBox::warning(this, tr("Export scenario"), scenario.problem.toString());
        return;
    }
    QString error;
    if (!tp::FileWriter::write(path, tp::ScenarioWriter::write(*scenario.value), &error)) {
        MessageBox::warning(this, tr("Export scenario"), tr("%1 cannot be written: %2").arg(path, error));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(path));
}

void MainWindow::openSealedArchive()
{
    const QString path =
        FileDialog::openFileName(this, tr("Open sealed archive"), tr("Sealed archives (*.tparchive);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Open sealed archive"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    SealedArchiveDialog dialog(path, file.readAll(), this);
    dialog.exec();
}

void MainWindow::openNegotiation(qint64 id)
{
    if (!m_workspace || !negotiationView()->open(m_workspace.get(), id))
        return;
    m_pages->setCurrentWidget(m_negotiation);
    QSettings().setValue(kLastNegotiation, id);
}

void MainWindow::showHome()
{
    if (m_negotiation)
        m_negotiation->close();
    m_home->refresh();
    m_pages->setCurrentWidget(m_home);
    QSettings().remove(kLastNegotiation);
}

void MainWindow::showProjector()
{
    projector()->openOnAudienceScreen();
}

void MainWindow::about()
{
    MessageBox::information(this, tr("About TenderPanel"),
                            tr("TenderPanel %1\nRuns a selective negotiation from registration to the final ranking.")
                                .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(kGeometry, saveGeometry());
    if (m_projector)
        m_projector->close();
    QMainWindow::closeEvent(event);
}

} // namespace tp::ui
