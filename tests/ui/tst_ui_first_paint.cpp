// The start-up probe bench/run.sh relies on: with TENDERPANEL_EXIT_AT_FIRST_PAINT=1 the application
// shows the home list of a workspace, prints the milliseconds to its first paint and its peak memory,
// and quits with exit code 0; the figure lies within the time the test saw the process run. Before that
// paint it has read no image: the first image a process reads makes Qt load every image format plugin.
#include "UiTestData.h"
#include "store/NegotiationStore.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace tp;
using namespace tp::store;

class TestUiFirstPaint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void printsTheFirstPaintAndQuits_data();
    void printsTheFirstPaintAndQuits();
    void loadsNoImageFormatBeforeItsFirstPaint();

private:
    // The environment of an application run that quits at its first paint.
    QProcessEnvironment probeEnvironment() const;

    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestUiFirstPaint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("ws.sqlite"));
    auto opened = Workspace::open(m_workspace);
    QVERIFY(opened.ok());
    QVERIFY(NegotiationStore(**opened.value)
                .importScenario(UiTestData::example(QStringLiteral("cixi-2014")), QStringLiteral("t"))
                .ok());
}

QProcessEnvironment TestUiFirstPaint::probeEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TENDERPANEL_EXIT_AT_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("TENDERPANEL_START_NS"));
    return env;
}

void TestUiFirstPaint::printsTheFirstPaintAndQuits_data()
{
    QTest::addColumn<bool>("launcherClock");
    QTest::newRow("from the launcher's clock") << true;
    QTest::newRow("from the kernel's start time") << false;
}

void TestUiFirstPaint::printsTheFirstPaintAndQuits()
{
    QFETCH(bool, launcherClock);
    QProcessEnvironment env = probeEnvironment();
    QProcess gui;
    QElapsedTimer seen;
    seen.start();
    if (launcherClock) {
        timespec now{};
        clock_gettime(CLOCK_REALTIME, &now);
        env.insert(QStringLiteral("TENDERPANEL_START_NS"),
                   QString::number(qint64(now.tv_sec) * 1000000000 + now.tv_nsec));
    }
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(TP_GUI), {QStringLiteral("--workspace"), m_workspace});
    QVERIFY2(gui.waitForFinished(60000), "the application did not quit after its first paint");
    const double seenMs = double(seen.nsecsElapsed()) / 1e6;
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.exitCode(), 0);
    const QString out = QString::fromUtf8(gui.readAllStandardOutput());
    const auto match =
        QRegularExpression(QStringLiteral("^first-paint-ms (\\d+\\.\\d)\npeak-rss-kib (\\d+)\n$")).match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    const double paintMs = match.captured(1).toDouble();
    QVERIFY(paintMs > 0);
    // The kernel counts the start in ticks of 10 ms.
    QVERIFY2(paintMs <= seenMs + (launcherClock ? 0.0 : 10.0),
             qPrintable(QStringLiteral("%1 ms printed, %2 ms seen").arg(paintMs).arg(seenMs)));
    QVERIFY(match.captured(2).toLongLong() > 1024);
}

void TestUiFirstPaint::loadsNoImageFormatBeforeItsFirstPaint()
{
    // The C library's loader names every library it loads (LD_DEBUG=files); the application quits at
    // its first paint, so what it loaded is what that paint cost.
    QProcessEnvironment env = probeEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(TP_GUI), {QStringLiteral("--workspace"), m_workspace});
    QVERIFY2(gui.waitForFinished(60000), "the application did not quit after its first paint");
    QCOMPARE(gui.exitCode(), 0);
    const QString loads = QString::fromLocal8Bit(gui.readAllStandardError());
    // The loader's report is there: it names the platform plugin, which Qt loads the same way.
    QVERIFY2(loads.contains(QLatin1String("/platforms/libq")), qPrintable(loads.left(2000)));
    const auto imageFormats = QRegularExpression(QStringLiteral("file=(\\S*/(imageformats|iconengines)/\\S+)"));
    const auto found = imageFormats.match(loads);
    QVERIFY2(!found.hasMatch(), qPrintable(QStringLiteral("loaded before the first paint: ") + found.captured(1)));
}

QTEST_GUILESS_MAIN(TestUiFirstPaint)
#include "tst_ui_first_paint.moc"
