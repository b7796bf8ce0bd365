#include "FileLocks.h"
#include "StoreFixture.h"
#include "store/WorkspaceLockGuard.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace tp;
using namespace tp::store;

// A read-write workspace keeps other programs from treating it as unused even after this process
// has opened and closed the workspace's files for something else (which drops SQLite's own POSIX
// locks): no other program can take the exclusive lock, checkpoint and delete the write-ahead log
// under it, and every later commit stays visible to other programs.
class TestWorkspaceLocks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void guardHoldsItsLocks();
    void strayCloseKeepsOthersOut();
    void cleanCloseLosesNothing();
    void readOnlyOpenTakesNoGuard();

private:
    // Runs store_lock_probe MODE on the workspace and returns its output line.
    static QString probe(const QString& mode, const QString& path)
    {
        QProcess p;
        p.start(QStringLiteral(TP_LOCK_PROBE), {mode, path});
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QStringLiteral("failed: ") + QString::fromUtf8(p.readAllStandardError());
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    static qint64 events(const Workspace& ws)
    {
        QSqlQuery q(ws.database());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events")) && q.next() ? q.value(0).toLongLong() : -1;
    }
    // The open file description locks of this process on `file`, as "READ start end".
    static QStringList ofdLocks(const QString& file) { return fileLocks(file, "OFDLCK"); }
    void importExample(Workspace& ws, const QString& name)
    {
        const auto imported = NegotiationStore(ws).importScenario(StoreFixture::example(name), QStringLiteral("t"));
        QVERIFY2(imported.ok(), qPrintable(imported.problem.toString()));
    }

    QTemporaryDir m_dir;
    QString m_path;
};

void TestWorkspaceLocks::init()
{
    if (!WorkspaceLockGuard::isAvailable())
        QSKIP("open file description locks exist on Linux only; elsewhere closing a file keeps other locks");
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

void TestWorkspaceLocks::guardHoldsItsLocks()
{
    auto ws = StoreFixture::open(m_path);
    // SQLite's SHARED range of the database file and the dead man switch byte of the -shm file.
    QCOMPARE(ofdLocks(m_path), QStringList{QStringLiteral("READ 1073741826 1073742335")});
    QCOMPARE(ofdLocks(m_path + QStringLiteral("-shm")), QStringList{QStringLiteral("READ 128 128")});
    ws.reset();
    QCOMPARE(ofdLocks(m_path), QStringList());
}

void TestWorkspaceLocks::strayCloseKeepsOthersOut()
{
    auto ws = StoreFixture::open(m_path);
    importExample(*ws, QStringLiteral("cixi-2014"));
    const qint64 before = events(*ws);
    QVERIFY(before > 1);

    // Something else in this process opens and closes the files (a MIME type lookup, a file dialog):
    // POSIX drops every lock this process holds on them, SQLite's included.
    for (const QString& file : QStringList{m_path, m_path + QStringLiteral("-shm"), m_path + QStringLiteral("-wal")}) {
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        f.close();
    }

    // Another program can neither take the database for itself ...
    QCOMPARE(probe(QStringLiteral("exclusive"), m_path), QStringLiteral("busy"));
    // ... nor, opening and closing it, believe it is the last one and delete the log.
    QCOMPARE(probe(QStringLiteral("count"), m_path), QStringLiteral("events %1").arg(before));
    QVERIFY(QFile::exists(m_path + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(m_path + QStringLiteral("-shm")));

    // A commit made afterwards goes into the live log, where other programs see it.
    importExample(*ws, QStringLiteral("tie-vote"));
    const qint64 after = events(*ws);
    QVERIFY(after > before);
    QCOMPARE(probe(QStringLiteral("count"), m_path), QStringLiteral("events %1").arg(after));
    QCOMPARE(probe(QStringLiteral("exclusive"), m_path), QStringLiteral("busy"));

    // This process still writes and closes normally; a new connection finds everything.
    ws.reset();
    QCOMPARE(probe(QStringLiteral("count"), m_path), QStringLiteral("events %1").arg(after));
    ws = StoreFixture::open(m_path);
    QCOMPARE(events(*ws), after);
    const auto verification = AuditLog::verify(*ws);
    QVERIFY(verification.ok());
    QVERIFY2(verification.value->ok, qPrintable(verification.value->problem.toString()));
}

void TestWorkspaceLocks::cleanCloseLosesNothing()
{
    qint64 committed = 0;
    {
        auto ws = StoreFixture::open(m_path);
        importExample(*ws, QStringLiteral("cixi-2014"));
        committed = events(*ws);
    }
    // The guard makes SQLite's own end-of-session checkpoint fail; the workspace checkpoints before
    // closing, so the database file alone holds every commit (as when it is copied without its log).
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(QFile::copy(m_path, copy));
    QCOMPARE(StoreFixture::rawValue(copy, QStringLiteral("SELECT COUNT(*) FROM audit_events")).toLongLong(), committed);
    QCOMPARE(StoreFixture::rawValue(copy, QStringLiteral("SELECT COUNT(*) FROM negotiations")).toInt(), 1);

    auto ws = StoreFixture::open(m_path);
    QCOMPARE(events(*ws), committed);
    QCOMPARE(ws->integrityCheck().value.value_or(QString()), QStringLiteral("ok"));
    importExample(*ws, QStringLiteral("tie-vote"));
    ws.reset();
    ws = StoreFixture::open(m_path);
    QCOMPARE(NegotiationStore(*ws).list(QString()).value->size(), 2);
}

void TestWorkspaceLocks::readOnlyOpenTakesNoGuard()
{
    StoreFixture::open(m_path).reset();
    Workspace::Options options;
    options.readOnly = true;
    auto opened = Workspace::open(m_path, options);
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    QCOMPARE(ofdLocks(m_path), QStringList());
}

QTEST_GUILESS_MAIN(TestWorkspaceLocks)
#include "tst_workspace_locks.moc"
