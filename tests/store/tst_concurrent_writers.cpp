#include "StoreFixture.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace tp;
using namespace tp::store;

// Several programs writing to one workspace at the same time (four concurrent_writer processes, each
// correcting scores): every change a program saw confirmed is stored, each exactly once, and the audit
// log stays one unbroken chain.
class TestConcurrentWriters : public QObject
{
    Q_OBJECT
private slots:
    void fourWriters();
};

void TestConcurrentWriters::fourWriters()
{
    QTemporaryDir dir;
    const QString path = TestEngine::address(dir);
    qint64 id = 0;
    qint64 eventsBefore = 0;
    {
        auto ws = StoreFixture::open(path);
        const auto imported = NegotiationStore(*ws).importScenario(StoreFixture::example(QStringLiteral("cixi-2014")),
                                                                   QStringLiteral("秘书"));
        QVERIFY2(imported.ok(), qPrintable(imported.problem.toString()));
        id = imported.value->id;
        const auto verified = AuditLog::verify(*ws);
        QVERIFY(verified.ok() && verified.value->ok);
        eventsBefore = verified.value->events;
    }

    const int writers = 4;
    const int actions = 50;
    QList<QProcess*> processes;
    for (int w = 0; w < writers; ++w) {
        auto* p = new QProcess(this);
        p->start(QStringLiteral(TP_CONCURRENT_WRITER),
                 {path, QString::number(id), QString::number(w), QString::number(actions)});
        processes.append(p);
    }
    QSet<QString> confirmed;
    QStringList failures;
    for (QProcess* p : processes) {
        QVERIFY(p->waitForFinished(120000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        const QStringList lines =
            QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("confirmed "))) {
                const QStringList parts = line.split(QLatin1Char(' '));
                confirmed.insert(QStringLiteral("writer %1 action %2").arg(parts[1], parts[2]));
            } else {
                failures.append(line);
            }
        }
        delete p;
    }
    // Writers wait for each other; none is turned away while the others are quick.
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(confirmed.size(), writers * actions);

    auto ws = StoreFixture::open(path);
    // Every confirmed correction is stored, once; nothing else was added.
    QStringList reasons;
    QList<qint64> correctionSeqs;
    {
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT seq, reason FROM corrections WHERE negotiation_id = %1 ORDER BY seq").arg(id)));
        while (q.next()) {
            correctionSeqs.append(q.value(0).toLongLong());
            reasons.append(q.value(1).toString());
        }
    }
    QCOMPARE(QSet<QString>(reasons.cbegin(), reasons.cend()), confirmed);
    QCOMPARE(reasons.size(), confirmed.size());
    for (qsizetype i = 0; i < correctionSeqs.size(); ++i)
        QCOMPARE(correctionSeqs[i], qint64(i + 1));

    // The audit events are numbered 1..n without a gap or a repeat, one per confirmed action.
    QList<qint64> seqs;
    {
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT seq FROM audit_events ORDER BY seq")));
        while (q.next())
            seqs.append(q.value(0).toLongLong());
    }
    QCOMPARE(seqs.size(), qsizetype(eventsBefore + confirmed.size()));
    for (qsizetype i = 0; i < seqs.size(); ++i)
        QCOMPARE(seqs[i], qint64(i + 1));
    const auto verified = AuditLog::verify(*ws);
    QVERIFY(verified.ok());
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
    QCOMPARE(verified.value->events, eventsBefore + confirmed.size());
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrent_writers.moc"
