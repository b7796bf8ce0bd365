// FileWriter, the one writer of every output file: a full disk is reported and leaves an existing
// file as it was; devices and named pipes are written in place; links are followed; folders refused.
#include "io/FileWriter.h"

#include "SmallFilesystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/sysmacros.h>
#endif

using tp::FileWriter;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray payload(qsizetype size)
{
    QByteArray bytes;
    bytes.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        bytes.append(char('a' + i % 26));
    return bytes;
}

bool isFifo(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
#else
    Q_UNUSED(path)
    return false;
#endif
}

} // namespace

class TestFileWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesAndReplacesRegularFiles();
    void fullDiskKeepsTheExistingFile_data();
    void fullDiskKeepsTheExistingFile();
    void fullDiskWritesNoNewFile();
    void symbolicLinkWritesItsTarget();
    void folderIsRefused();
    void namedPipeIsWrittenInPlace();
    void devicesAreWrittenInPlace();
};

void TestFileWriter::writesAndReplacesRegularFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QString error;
    QVERIFY2(FileWriter::write(path, "first\n", &error), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("first\n"));
    QVERIFY2(FileWriter::write(path, payload(100000), &error), qPrintable(error));
    QCOMPARE(readAll(path), payload(100000));
    QVERIFY2(FileWriter::write(path, QByteArray(), &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QFileInfo(path).size(), 0);
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("out.json")});
    QVERIFY(!FileWriter::write(QString(), "x", &error));
    QVERIFY(!error.isEmpty());
}

void TestFileWriter::fullDiskKeepsTheExistingFile_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<qint64>("leaveFree");
    // Below Qt's 16 KiB write buffer the failure only showed when the file was committed.
    QTest::newRow("100 bytes, disk full") << qsizetype(100) << qint64(0);
    QTest::newRow("10 KiB, disk full") << qsizetype(10 * 1024) << qint64(0);
    QTest::newRow("200 KiB, disk full") << qsizetype(200 * 1024) << qint64(0);
    // Part of it fits: the rest does not.
    QTest::newRow("12 KiB, 8 KiB free") << qsizetype(12 * 1024) << qint64(8 * 1024);
    QTest::newRow("40 KiB, 8 KiB free") << qsizetype(40 * 1024) << qint64(8 * 1024);
}

void TestFileWriter::fullDiskKeepsTheExistingFile()
{
    QFETCH(qsizetype, size);
    QFETCH(qint64, leaveFree);
    SmallFilesystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    const QByteArray good = "{\"good\": true}\n";
    QVERIFY(disk.put(QStringLiteral("backup.json"), good));
    QVERIFY(disk.fill(leaveFree));

    const QString path = disk.filePath(QStringLiteral("backup.json"));
    QString error;
    QVERIFY2(!FileWriter::write(path, payload(size), &error), "a write on a full disk was taken for a success");
    QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
    QCOMPARE(readAll(path), good);
    QCOMPARE(disk.entries(), QStringList{QStringLiteral("backup.json")}); // the temporary file is gone
}

void TestFileWriter::fullDiskWritesNoNewFile()
{
    SmallFilesystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    QVERIFY(disk.fill());
    const QString path = disk.filePath(QStringLiteral("new.pdf"));
    QString error;
    QVERIFY(!FileWriter::write(path, payload(1000), &error));
    QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(disk.entries().isEmpty());
}

void TestFileWriter::symbolicLinkWritesItsTarget()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("target.json"));
    const QString link = dir.filePath(QStringLiteral("link.json"));
    QVERIFY(FileWriter::write(target, "old\n", nullptr));
    QVERIFY(QFile::link(target, link));
    QString error;
    QVERIFY2(FileWriter::write(link, "new\n", &error), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QCOMPARE(readAll(target), QByteArray("new\n"));

    // On a full disk the target keeps its bytes and the link stays.
    SmallFilesystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    QVERIFY(disk.put(QStringLiteral("target.json"), "good\n"));
    const QString fullLink = disk.filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(disk.filePath(QStringLiteral("target.json")), fullLink));
    QVERIFY(disk.fill());
    QVERIFY(!FileWriter::write(fullLink, payload(100), &error));
    QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
    QVERIFY(QFileInfo(fullLink).isSymLink());
    QCOMPARE(readAll(disk.filePath(QStringLiteral("target.json"))), QByteArray("good\n"));
}

void TestFileWriter::folderIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("out.pdf"));
    QVERIFY(QDir().mkdir(folder));
    QString error;
    QVERIFY(!FileWriter::write(folder, "x", &error));
    QCOMPARE(error, QStringLiteral("it is a folder, not a file"));
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("out.pdf")});
}

void TestFileWriter::namedPipeIsWrittenInPlace()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    QVERIFY(reader.waitForStarted());
    QString error;
    const bool written = FileWriter::write(fifo, payload(100000), &error);
    if (!reader.waitForFinished(10000))
        reader.kill();
    reader.waitForFinished();
    QVERIFY2(written, qPrintable(error));
    QVERIFY(isFifo(fifo));
    QCOMPARE(reader.readAllStandardOutput(), payload(100000));
#else
    QSKIP("named pipes are a Unix feature");
#endif
}

void TestFileWriter::devicesAreWrittenInPlace()
{
#ifdef Q_OS_UNIX
    QString error;
    // As root, private copies of /dev/null and /dev/full first, on a small tmpfs: a writer that
    // would replace a device by a regular file does it there, and the test stops before the real ones.
    SmallFilesystem disk;
    if (disk.isMounted()) {
        const QString null = disk.filePath(QStringLiteral("null"));
        const QString full = disk.filePath(QStringLiteral("full"));
        QVERIFY(::mknod(QFile::encodeName(null).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0);
        QVERIFY(::mknod(QFile::encodeName(full).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0);
        QVERIFY2(FileWriter::write(null, payload(1000), &error), qPrintable(error));
        QVERIFY(isCharacterDevice(null));
        QVERIFY(!FileWriter::write(full, payload(100), &error));
        QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
        QVERIFY(isCharacterDevice(full));
        QCOMPARE(disk.entries(), (QStringList{QStringLiteral("full"), QStringLiteral("null")}));
    }

    QVERIFY2(FileWriter::write(QStringLiteral("/dev/null"), payload(1000), &error), qPrintable(error));
    QVERIFY(isCharacterDevice(QStringLiteral("/dev/null")));
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    QVERIFY(!FileWriter::write(QStringLiteral("/dev/full"), payload(100), &error));
    QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
    QVERIFY(isCharacterDevice(QStringLiteral("/dev/full")));
#else
    QSKIP("device nodes are a Unix feature");
#endif
}

QTEST_GUILESS_MAIN(TestFileWriter)
#include "tst_filewriter.moc"
