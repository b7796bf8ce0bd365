#include "MainWindow.h"

#include "MessageBox.h"
#include "dialogs/NewNegotiationDialog.h"
#include "dialogs/SealedArchiveDialog.h"
#include "home/HomeView.h"
#include "io/FileWriter.h"
#include "io/ScenarioWriter.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "model/Translations.h"
#include "projector/ProjectorWindow.h"
#include "store/ImportWorkflow.h"
#include "store/NegotiationStore.h"
#include "store/Workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace tp::ui {

namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kLastNegotiation = QStringLiteral("mainWindow/lastNegotiation");

QString actorName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("gui") : user;
}

} // namespace

MainWindow::MainWindow(const QString& workspacePath, QWidget* parent)
    : QMainWindow(parent), m_projector(new ProjectorWindow), m_pages(new QStackedWidget(this)),
      m_home(new HomeView(this)), m_negotiation(new NegotiationView(m_projector, this))
{
    setWindowTitle(tr("TenderPanel"));
    m_pages->addWidget(m_home);
    m_pages->addWidget(m_negotiation);
    setCentralWidget(m_pages);
    createMenus();
    // As large as a laptop's screen, within the free area of the screen (taskbar and title bar excluded).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(QSize(1366, 768).boundedTo(available.size() - QSize(0, 40)));

    connect(m_home, &HomeView::newRequested, this, &MainWindow::newNegotiation);
    connect(m_home, &HomeView::importRequested, this, &MainWindow::importScenario);
    connect(m_home, &HomeView::openRequested, this, &MainWindow::openNegotiation);
    connect(m_negotiation, &NegotiationView::homeRequested, this, &MainWindow::showHome);

    QSettings settings;
    restoreGeometry(settings.value(kGeometry).toByteArray());
    openWorkspace(tp::store::Workspace::resolvePath(workspacePath));
    const qint64 last = settings.value(kLastNegotiation).toLongLong();
    if (m_workspace && last > 0 && tp::store::NegotiationStore(*m_workspace).summary(last).ok())
        openNegotiation(last);
}

MainWindow::~MainWindow()
{
    if (m_workspace && FileDialog::workspacePath() == m_workspace->path())
        FileDialog::setWorkspacePath(QString());
    delete m_projector;
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
        m_workspace.reset();
        FileDialog::setWorkspacePath(QString());
        statusBar()->showMessage(tr("No workspace is open."));
        MessageBox::warning(this, tr("Cannot open the workspace"),
                            tr("The workspace %1 cannot be opened:\n%2").arg(path, opened.problem.toString()));
        m_home->setWorkspace(nullptr);
        m_home->setEnabled(false);
        return;
    }
    m_workspace = *opened.value;
    FileDialog::setWorkspacePath(path);
    if (m_workspace->isReadOnly()) {
        setWindowTitle(tr("TenderPanel (read-only)"));
        statusBar()->showMessage(tr("Workspace: %1 (read-only: %2)").arg(path, m_workspace->readOnlyReason()));
    } else {
        setWindowTitle(tr("TenderPanel"));
        statusBar()->showMessage(tr("Workspace: %1").arg(path));
    }
    m_home->setWorkspace(m_workspace.get());
    m_home->setEnabled(true);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New negotiation…"), QKeySequence::New, this, &MainWindow::newNegotiation);
    file->addAction(tr("&Import scenario file…"), QKeySequence::Open, this, &MainWindow::importScenario);
    file->addAction(tr("&Export scenario…"), this, &MainWindow::exportScenario);
    file->addAction(tr("Open &sealed archive…"), this, &MainWindow::openSealedArchive);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    // Undo and redo the setup step's edits; each is itself a recorded change of the store.
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = m_negotiation->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = m_negotiation->undoStack()->createRedoAction(this, tr("&Redo"));
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
    const qint64 id = m_negotiation->negotiationId();
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
    if (!m_workspace || !m_negotiation->open(m_workspace.get(), id))
        return;
    m_pages->setCurrentWidget(m_negotiation);
    QSettings().setValue(kLastNegotiation, id);
}

void MainWindow::showHome()
{
    m_negotiation->close();
    m_home->refresh();
    m_pages->setCurrentWidget(m_home);
    QSettings().remove(kLastNegotiation);
}

void MainWindow::showProjector()
{
    m_projector->openOnAudienceScreen();
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
    m_projector->close();
    QMainWindow::closeEvent(event);
}

} // namespace tp::ui
