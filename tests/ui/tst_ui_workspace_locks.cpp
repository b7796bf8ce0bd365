// The window's file choosers and a MIME type lookup of the workspace's files do not cost the
// workspace its locks: another program then neither takes the database for itself nor deletes its
// log, and what the window confirms afterwards survives the window being killed. A file of the open
// workspace is never handed to the code that would read or overwrite it.
#include "MainWindow.h"
#include "MessageBox.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "store/NegotiationStore.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestUiWorkspaceLocks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void choosersAndProbesKeepOthersOut();
    void workspaceFilesAreNotAnswers();

private:
    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };
    static Run run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        Run r;
        if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit)
            r.exit = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return r;
    }
    Run cli(const QStringList& args) const
    {
        return run(QStringLiteral(TP_CLI), QStringList{QStringLiteral("--workspace"), m_path} + args);
    }
    // Sends one command to the window and returns its answer line.
    QString ask(const QByteArray& command)
    {
        if (!command.isEmpty())
            m_window.write(command + '\n');
        while (!m_window.canReadLine()) {
            if (!m_window.waitForReadyRead(120000))
                return QStringLiteral("no answer: ") + QString::fromUtf8(m_window.readAllStandardError());
        }
        return QString::fromUtf8(m_window.readLine()).trimmed();
    }

    // Whether the locks listed by the holder ("TYPE:FIRST-LAST,...") hold every byte from `first` to
    // `last`: SQLite holds them in one range, but a lock it takes on a part of it for a moment is
    // listed as a range of its own.
    static bool covers(const QString& locks, qint64 first, qint64 last)
    {
        QList<std::pair<qint64, qint64>> ranges;
        for (const QString& lock : locks.split(QLatin1Char(','))) {
            const QStringList bounds = lock.section(QLatin1Char(':'), 1).split(QLatin1Char('-'));
            if (bounds.size() == 2)
                ranges.append({bounds[0].toLongLong(), bounds[1].toLongLong()});
        }
        std::sort(ranges.begin(), ranges.end());
        qint64 next = first;
        for (const auto& [from, to] : ranges) {
            if (from > next)
                break;
            next = std::max(next, to + 1);
        }
        return next > last;
    }

    QTemporaryDir m_dir;
    QString m_path;
    QProcess m_window;
    static QString example() { return QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/cixi-2014.json"); }
};

void TestUiWorkspaceLocks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("workspace")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("settings")));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestUiWorkspaceLocks::cleanup()
{
    if (m_window.state() != QProcess::NotRunning) {
        m_window.kill();
        m_window.waitForFinished(30000);
    }
}

void TestUiWorkspaceLocks::choosersAndProbesKeepOthersOut()
{
#ifndef Q_OS_LINUX
    QSKIP("kills the window with SIGKILL and reads the locks in /proc/self/fdinfo: Linux only");
#endif
    m_path = m_dir.filePath(QStringLiteral("workspace/panel.sqlite"));

    m_window.setProcessChannelMode(QProcess::SeparateChannels);
    m_window.start(QStringLiteral(TP_LOCK_HOLDER), {m_path, m_dir.filePath(QStringLiteral("settings"))});
    QVERIFY2(m_window.waitForStarted(), qPrintable(m_window.errorString()));
    QCOMPARE(ask(QByteArray()), QStringLiteral("ready"));

    // Every chooser lists the workspace's folder without opening its files: SQLite's own locks in
    // the window's process are all still there, its read lock over the SHARED range of the database
    // file and its read lock on the -shm file's "dead man switch" byte.
    const QString dialogs = ask("dialogs");
    const QStringList fields = dialogs.split(QLatin1Char(' '));
    QVERIFY2(fields.size() == 6 && fields[0] == QLatin1String("dialogs") && fields[2] == QLatin1String("posix-db") &&
                 fields[4] == QLatin1String("posix-shm"),
             qPrintable(dialogs));
    QCOMPARE(fields[1], QStringLiteral("5"));
    QVERIFY2(covers(fields[3], 0x40000002, 0x400001FF), qPrintable(dialogs));
    QVERIFY2(covers(fields[5], 128, 128), qPrintable(dialogs));
    // A lookup that does open them (and so drops SQLite's POSIX locks).
    QCOMPARE(ask("probe"), QStringLiteral("probed"));

    // Another program opens and closes the workspace ...
    const Run list = cli({QStringLiteral("list")});
    QCOMPARE(list.exit, 0);
    QVERIFY2(list.out.contains(QLatin1String("Before the choosers")), qPrintable(list.out + list.err));
    // ... a plain SQLite client cannot take it for itself ...
    const Run exclusive = run(QStringLiteral(TP_LOCK_PROBE), {QStringLiteral("exclusive"), m_path});
    QCOMPARE(exclusive.exit, 0);
    QCOMPARE(exclusive.out, QStringLiteral("busy"));
    // ... and, closing it, does not take itself for the last connection: the log is still there.
    const Run count = run(QStringLiteral(TP_LOCK_PROBE), {QStringLiteral("count"), m_path});
    QCOMPARE(count.exit, 0);
    QVERIFY2(count.out.startsWith(QLatin1String("events ")), qPrintable(count.out + count.err));
    QVERIFY(QFile::exists(m_path + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(m_path + QStringLiteral("-shm")));

    // What the window confirms afterwards is stored: it survives SIGKILL.
    const QString confirmed = ask("create After the choosers");
    QVERIFY2(confirmed.startsWith(QLatin1String("confirmed N-")), qPrintable(confirmed));
    const QString code = confirmed.mid(10);
    m_window.kill(); // SIGKILL
    QVERIFY(m_window.waitForFinished(30000));

    const Run after = cli({QStringLiteral("list")});
    QCOMPARE(after.exit, 0);
    QVERIFY2(after.out.contains(code + QLatin1Char('\t')) && after.out.contains(QLatin1String("After the choosers")),
             qPrintable(after.out + after.err));
    const Run verify = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exit, 0);
    QVERIFY2(verify.out.startsWith(QLatin1String("ok ")), qPrintable(verify.out + verify.err));
}

void TestUiWorkspaceLocks::workspaceFilesAreNotAnswers()
{
    using namespace tp::ui;
    const QString path = m_dir.filePath(QStringLiteral("workspace/answers.sqlite"));
    MainWindow window(path);
    QVERIFY(window.hasWorkspace());
    const QString refused = QStringLiteral("is a file of the open workspace");

    // Importing the log as a scenario would read it: refused before anything opens it.
    FileDialog::setNextAnswer(path + QStringLiteral("-wal"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.importScenario();
    QVERIFY2(MessageBox::lastText().contains(refused), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(path + QStringLiteral("-wal"))));

    // So would opening the database as a sealed archive, by another name for the same file.
    QVERIFY(QFile::link(path, m_dir.filePath(QStringLiteral("link.tparchive"))));
    FileDialog::setNextAnswer(m_dir.filePath(QStringLiteral("link.tparchive")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.openSealedArchive();
    QVERIFY2(MessageBox::lastText().contains(refused), qPrintable(MessageBox::lastText()));

    // Exporting over the database would replace it.
    FileDialog::setNextAnswer(example());
    window.importScenario();
    QCOMPARE(window.homeView()->model()->rowCount(), 1);
    window.openNegotiation(window.homeView()->model()->idAt(0));
    QVERIFY(!window.isShowingHome());
    FileDialog::setNextAnswer(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.exportScenario();
    QVERIFY2(MessageBox::lastText().contains(refused), qPrintable(MessageBox::lastText()));
    auto reopened = tp::store::Workspace::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.problem.toString()));
    QCOMPARE(tp::store::NegotiationStore(**reopened.value).list(QString()).value->size(), 1);

    // Any other file is answered as chosen.
    QVERIFY(!FileDialog::isWorkspaceFile(m_dir.filePath(QStringLiteral("workspace/answers.json"))));
    QVERIFY(!FileDialog::isWorkspaceFile(m_dir.filePath(QStringLiteral("workspace/answers.sqlite-wal.json"))));
}

QTEST_MAIN(TestUiWorkspaceLocks)
#include "tst_ui_workspace_locks.moc"
