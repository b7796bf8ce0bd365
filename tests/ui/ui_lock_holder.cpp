// The TenderPanel window (offscreen) on a workspace, driven line by line from its standard input by
// tst_ui_workspace_locks. Each command answers one line on standard output:
//   dialogs   creates a negotiation, then opens each file chooser of the program on the workspace's
//             folder (Import scenario file, Open sealed archive, Export scenario, and the chooser
//             every other open and save command shows, FileDialog::create), waits until each has
//             listed the folder, and closes it. Answers "dialogs N posix-db A posix-shm B": N
//             choosers shown, A and B the POSIX locks this process still holds on the database and
//             -shm files (SQLite's own), each "TYPE:FIRST-LAST", sorted, separated by commas, or "none".
//   probe     looks up the MIME type of the workspace file, its -wal and its -shm with QMimeDatabase,
//             as any code of the process might (which opens them); answers "probed".
//   create T  creates a negotiation titled T with the New negotiation dialog; answers "confirmed ID"
//             once the window shows it.
// Usage: ui_lock_holder WORKSPACE SETTINGS-FOLDER
#include "FileLocks.h"
#include "MainWindow.h"
#include "dialogs/NewNegotiationDialog.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "steps/StepContext.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

using namespace tp::ui;

namespace {

QString g_error;

void answer(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// The POSIX (not open file description) locks of this process on `file`, as "TYPE:FIRST-LAST"
// ranges, sorted, separated by commas; "none" when there are none.
QString posixLocks(const QString& file)
{
    bool ok = false;
    QStringList held = fileLocks(file, "POSIX", &ok);
    if (!ok)
        return QStringLiteral("unknown");
    for (QString& lock : held) {
        const QStringList f = lock.split(QLatin1Char(' '));
        lock = f.value(0) + QLatin1Char(':') + f.value(1) + QLatin1Char('-') + f.value(2);
    }
    return held.isEmpty() ? QStringLiteral("none") : held.join(QLatin1Char(','));
}

// Shows `dialog` on `folder` until its model has listed the folder, then closes it.
bool browse(QFileDialog* dialog, const QString& folder)
{
    if (!dialog->testOption(QFileDialog::DontUseNativeDialog)) {
        g_error = QStringLiteral("%1: a native dialog").arg(dialog->windowTitle());
        return false;
    }
    auto* model = dialog->findChild<QFileSystemModel*>();
    if (!model) {
        g_error = QStringLiteral("%1: no file system model").arg(dialog->windowTitle());
        return false;
    }
    bool listed = false;
    const auto connection =
        QObject::connect(model, &QFileSystemModel::directoryLoaded, dialog, [&listed, folder](const QString& path) {
            if (QFileInfo(path).canonicalFilePath() == folder)
                listed = true;
        });
    dialog->setDirectory(folder);
    // "All files" where the chooser offers it: the -wal and -shm files are then listed too.
    for (const QString& filter : dialog->nameFilters())
        if (filter.contains(QLatin1String("(*)")))
            dialog->selectNameFilter(filter);
    if (!QTest::qWaitFor([&listed] { return listed; }, 20000)) {
        g_error = QStringLiteral("%1: the folder was not listed").arg(dialog->windowTitle());
        return false;
    }
    QTest::qWait(300); // what the listing reported afterwards (sizes, types, icons)
    QObject::disconnect(connection);
    dialog->reject();
    return true;
}

// Runs `trigger`, which shows a file chooser modally, and browses the folder in that chooser.
bool browseModal(const std::function<void()>& trigger, const QString& folder)
{
    bool shown = false;
    QTimer::singleShot(0, qApp, [&shown, folder] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<QFileDialog*>(modal)) {
            shown = browse(dialog, folder);
            if (!shown)
                dialog->reject();
        } else {
            g_error = QStringLiteral("no file chooser shown (%1)")
                          .arg(modal ? QString::fromLatin1(modal->metaObject()->className()) : QStringLiteral("none"));
            if (auto* other = qobject_cast<QDialog*>(modal))
                other->reject();
        }
    });
    trigger();
    return shown;
}

bool createNegotiation(MainWindow& window, const QString& title)
{
    QTimer::singleShot(0, qApp, [title] {
        auto* dialog = qobject_cast<NewNegotiationDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(dialog->titleField(), title);
        QTest::keyClicks(dialog->purchaserField(), QStringLiteral("Medical security centre"));
        dialog->templateChooser()->setCurrentIndex(0);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    window.newNegotiation();
    const NegotiationView* view = window.negotiationView();
    return !window.isShowingHome() && view->negotiationId() > 0 && view->context().scenario.project.title == title;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: ui_lock_holder WORKSPACE SETTINGS-FOLDER\n", stderr);
        return 2;
    }
    const QString path = args[1];
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, args[2]);
    // The choosers start elsewhere and are taken to the workspace's folder, as a user does.
    QDir::setCurrent(args[2]);

    MainWindow window(path);
    window.show();
    if (!window.hasWorkspace() || !QTest::qWaitForWindowExposed(&window)) {
        std::fputs("error: the window has no workspace\n", stderr);
        return 2;
    }
    const QString folder = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    answer(QStringLiteral("ready"));

    std::string input;
    while (std::getline(std::cin, input)) {
        const QString line = QString::fromStdString(input).trimmed();
        g_error.clear();
        if (line == QLatin1String("dialogs")) {
            if (!createNegotiation(window, QStringLiteral("Before the choosers"))) {
                answer(QStringLiteral("error: no negotiation to export"));
                continue;
            }
            int shown = 0;
            shown += browseModal([&window] { window.importScenario(); }, folder);
            shown += browseModal([&window] { window.openSealedArchive(); }, folder);
            shown += browseModal([&window] { window.exportScenario(); }, folder);
            for (const QFileDialog::AcceptMode mode : {QFileDialog::AcceptOpen, QFileDialog::AcceptSave}) {
                QFileDialog* dialog =
                    FileDialog::create(&window, mode, QStringLiteral("Chooser"), folder + QStringLiteral("/letter.pdf"),
                                       QStringLiteral("All files (*)"));
                dialog->show();
                shown += browse(dialog, folder);
                delete dialog;
            }
            answer(g_error.isEmpty() ? QStringLiteral("dialogs %1 posix-db %2 posix-shm %3")
                                           .arg(shown)
                                           .arg(posixLocks(path))
                                           .arg(posixLocks(path + QStringLiteral("-shm")))
                                     : QStringLiteral("error: ") + g_error);
        } else if (line == QLatin1String("probe")) {
            const QMimeDatabase mimeTypes;
            for (const QString& file :
                 QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
                mimeTypes.mimeTypeForFile(file);
                mimeTypes.mimeTypeForFile(file, QMimeDatabase::MatchContent);
            }
            answer(QStringLiteral("probed"));
        } else if (line.startsWith(QLatin1String("create "))) {
            const QString title = line.mid(7);
            answer(createNegotiation(window, title)
                       ? QStringLiteral("confirmed ") + window.negotiationView()->context().code
                       : QStringLiteral("error: not created"));
        } else {
            answer(QStringLiteral("error: unknown command ") + line);
        }
    }
    return 0;
}
