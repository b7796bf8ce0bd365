// The output files of tenderpanel-cli (--out): a full disk, devices, links and folders, as a user or a
// backup script meets them. A failed write exits 6, names the file, and leaves a file already there.
#include "CliRunner.h"
#include "SmallFilesystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/sysmacros.h>
#endif

namespace {

constexpr int kExitStorage = 6;

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullDisk_data() { commands(); }
    void fullDisk();
    void devices_data() { commands(); }
    void devices();
    void folderIsRefused_data() { commands(); }
    void folderIsRefused();
    void symbolicLinkWritesItsTarget();
    void standardOutputOnAFullDisk_data();
    void standardOutputOnAFullDisk();

private:
    // Every command that writes --out: its arguments before --out, and the extension of the file.
    void commands();
    CliRun run(QStringList args, const QString& out) const;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

void TestCliOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(TP_CLI_PATH)), TP_CLI_PATH);
    m_env.insert(QStringLiteral("TENDERPANEL_WORKSPACE"), m_dir.filePath(QStringLiteral("ws.sqlite")));
    m_env.insert(QStringLiteral("TENDERPANEL_ACTOR"), QStringLiteral("tester"));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    const CliRun imported =
        runCli({QStringLiteral("import"), example(QStringLiteral("cixi-2014.json"))}, QByteArray(), m_env);
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.outText(), QStringLiteral("N-2014-0001\n"));
}

void TestCliOutput::commands()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("extension");
    const QString cixi = example(QStringLiteral("cixi-2014.json"));
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("N-2014-0001")}
                            << QStringLiteral(".json");
    QTest::newRow("ocds") << QStringList{QStringLiteral("ocds"), cixi} << QStringLiteral(".json");
    QTest::newRow("notice html") << QStringList{QStringLiteral("notice"), cixi, QStringLiteral("--kind"),
                                                QStringLiteral("result")}
                                 << QStringLiteral(".html");
    QTest::newRow("notice pdf") << QStringList{QStringLiteral("notice"), cixi, QStringLiteral("--kind"),
                                               QStringLiteral("result")}
                                << QStringLiteral(".pdf");
    QTest::newRow("workbook") << QStringList{QStringLiteral("workbook"), cixi} << QStringLiteral(".xlsx");
    QTest::newRow("archive seal") << QStringList{QStringLiteral("archive"), QStringLiteral("seal"), cixi}
                                  << QStringLiteral(".tparchive");
}

CliRun TestCliOutput::run(QStringList args, const QString& out) const
{
    args << QStringLiteral("--out") << out;
    return runCli(args, QByteArray(), m_env);
}

void TestCliOutput::fullDisk()
{
    QFETCH(QStringList, args);
    QFETCH(QString, extension);
    // The command works: a failure below is the disk's.
    const QString fine = m_dir.filePath(QStringLiteral("fine") + extension);
    const CliRun written = run(args, fine);
    QCOMPARE(written.exitCode, 0);
    QVERIFY(QFileInfo(fine).size() > 0);

    SmallFilesystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    const QString name = QStringLiteral("backup") + extension;
    const QByteArray good = "the good file of yesterday\n";
    QVERIFY(disk.put(name, good));
    QVERIFY(disk.fill());
    const QString path = disk.filePath(name);
    const CliRun full = run(args, path);
    QCOMPARE(full.exitCode, kExitStorage);
    QCOMPARE(full.errText(), QStringLiteral("error: %1: cannot be written: No space left on device\n").arg(path));
    QCOMPARE(full.out, QByteArray()); // archive seal prints no digest
    QCOMPARE(readAll(path), good);
    QCOMPARE(disk.entries(), QStringList{name});

    // A new file on the full disk: none is left behind.
    const QString fresh = disk.filePath(QStringLiteral("new") + extension);
    QCOMPARE(run(args, fresh).exitCode, kExitStorage);
    QVERIFY(!QFileInfo::exists(fresh));
    QCOMPARE(disk.entries(), QStringList{name});
}

void TestCliOutput::devices()
{
#ifdef Q_OS_UNIX
    QFETCH(QStringList, args);
    QFETCH(QString, extension);
    QTemporaryDir links;
    QVERIFY(links.isValid());
    // notice needs --out to end in .pdf or .html: it writes a device through a link of that name.
    const bool throughLink = args.first() == QLatin1String("notice");
    auto target = [&](const QString& device, const QString& name) {
        if (!throughLink)
            return device;
        const QString link = links.filePath(name + extension);
        return QFile::link(device, link) ? link : QString();
    };
    auto check = [&](const QString& null, const QString& full, const QString& tag) {
        const QString toNull = target(null, tag + QStringLiteral("-null"));
        const QString toFull = target(full, tag + QStringLiteral("-full"));
        QVERIFY(!toNull.isEmpty() && !toFull.isEmpty());
        const CliRun written = run(args, toNull);
        QVERIFY2(written.exitCode == 0, qPrintable(written.errText()));
        QVERIFY(isCharacterDevice(null));
        const CliRun refused = run(args, toFull);
        QCOMPARE(refused.exitCode, kExitStorage);
        QCOMPARE(refused.errText(),
                 QStringLiteral("error: %1: cannot be written: No space left on device\n").arg(toFull));
        QVERIFY(isCharacterDevice(full));
        if (throughLink) {
            QVERIFY(QFileInfo(toNull).isSymLink());
            QVERIFY(QFileInfo(toFull).isSymLink());
        }
    };

    // As root, private copies of /dev/null and /dev/full first, on a small tmpfs: a command that
    // would replace a device by a regular file does it there, and the test stops before the real ones.
    SmallFilesystem disk;
    if (disk.isMounted()) {
        const QString null = disk.filePath(QStringLiteral("null"));
        const QString full = disk.filePath(QStringLiteral("full"));
        QVERIFY(::mknod(QFile::encodeName(null).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0);
        QVERIFY(::mknod(QFile::encodeName(full).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0);
        check(null, full, QStringLiteral("private"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(disk.entries(), (QStringList{QStringLiteral("full"), QStringLiteral("null")}));
    }
    check(QStringLiteral("/dev/null"), QStringLiteral("/dev/full"), QStringLiteral("system"));
#else
    QSKIP("device nodes are a Unix feature");
#endif
}

void TestCliOutput::folderIsRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, extension);
    const QString folder = m_dir.filePath(QStringLiteral("folder") + extension);
    QVERIFY(QDir().mkpath(folder));
    const CliRun refused = run(args, folder);
    QCOMPARE(refused.exitCode, kExitStorage);
    QCOMPARE(refused.errText(),
             QStringLiteral("error: %1: cannot be written: it is a folder, not a file\n").arg(folder));
    QCOMPARE(refused.out, QByteArray());
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestCliOutput::symbolicLinkWritesItsTarget()
{
    // A link to a regular file: the target gets the new file, the link stays.
    const QString target = m_dir.filePath(QStringLiteral("target.json"));
    const QString link = m_dir.filePath(QStringLiteral("link.json"));
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old\n");
    old.close();
    QVERIFY(QFile::link(target, link));
    const CliRun written = run({QStringLiteral("export"), QStringLiteral("N-2014-0001")}, link);
    QCOMPARE(written.exitCode, 0);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    const CliRun exported = runCli({QStringLiteral("export"), QStringLiteral("N-2014-0001")}, QByteArray(), m_env);
    QCOMPARE(readAll(target), exported.out);
}

void TestCliOutput::standardOutputOnAFullDisk_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("N-2014-0001")};
    QTest::newRow("evaluate") << QStringList{QStringLiteral("evaluate"), example(QStringLiteral("cixi-2014.json"))};
    // The list printed without Qt hands a failed write to the command line, which reports it.
    QTest::newRow("list") << QStringList{QStringLiteral("list")};
    QTest::newRow("list search") << QStringList{QStringLiteral("list"), QStringLiteral("--search"),
                                                QStringLiteral("慈溪")};
}

// `export ID > backup.json` on a full disk: the shell's file is short, so the command must fail.
void TestCliOutput::standardOutputOnAFullDisk()
{
#ifdef Q_OS_UNIX
    QFETCH(QStringList, args);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : m_env.keys())
        env.insert(key, m_env.value(key));
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(TP_CLI_PATH), args);
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), kExitStorage);
    QCOMPARE(err, QStringLiteral("error: the standard output cannot be written: No space left on device\n"));
    QVERIFY(isCharacterDevice(QStringLiteral("/dev/full")));
#else
    QSKIP("/dev/full is a Unix device");
#endif
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
