#include "StoreFixture.h"

#include "store/ScoringService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

using namespace tp;
using namespace tp::store;

// Kills a score writer with SIGKILL at random points, many times, and proves that every score it
// acknowledged ("saved") is in the workspace, that the file is intact and that the chain verifies.
// Kills a ballot writer in the middle of a vote round and proves that every ballot it confirmed is
// in the round when the workspace is opened again, and that the round goes on from there.
class TestStoreCrash : public QObject
{
    Q_OBJECT
private slots:
    void acknowledgedScoresSurviveKills();
    void confirmedBallotsSurviveKill();
};

void TestStoreCrash::acknowledgedScoresSurviveKills()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
    {
        Scenario cixi = StoreFixture::example(QStringLiteral("cixi-2014"));
        cixi.scores.reset(); // presentations: scores may be entered
        auto ws = StoreFixture::open(path);
        const auto imported = NegotiationStore(*ws).importScenario(cixi, QStringLiteral("t"));
        QVERIFY(imported.ok());
        QCOMPARE(imported.value->stage, Stage::Presentations);
    }

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const int runs = env.value(QStringLiteral("TP_CRASH_RUNS"), QStringLiteral("40")).toInt();
    const quint32 seed = env.contains(QStringLiteral("TP_CRASH_SEED"))
                             ? env.value(QStringLiteral("TP_CRASH_SEED")).toUInt()
                             : QRandomGenerator::system()->generate();
    qInfo("crash test: %d runs, seed %u (set TP_CRASH_SEED to repeat)", runs, seed);
    QRandomGenerator random(seed);

    struct Ack
    {
        QString panelist, bidder, criterion;
        qint64 value;
    };
    QList<Ack> acked;
    int killedWhileWriting = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(TP_CRASH_WRITER),
                     {path, QStringLiteral("1"), QString::number(run), QStringLiteral("1000000")});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QThread::msleep(20 + random.bounded(380));
        if (writer.state() == QProcess::Running) {
            writer.kill(); // SIGKILL
            ++killedWhileWriting;
        }
        QVERIFY(writer.waitForFinished(10000));
        const QByteArray err = writer.readAllStandardError();
        QVERIFY2(err.isEmpty(), err.constData());
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        // The last piece has no newline: a line in flight when killed is not an acknowledgement.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].split(' ');
            QCOMPARE(f.size(), 5);
            QCOMPARE(f[0], QByteArray("saved"));
            acked.append(
                {QString::fromUtf8(f[1]), QString::fromUtf8(f[2]), QString::fromUtf8(f[3]), f[4].toLongLong()});
        }
    }
    QVERIFY(killedWhileWriting > runs / 2);
    QVERIFY2(acked.size() > runs, "the writer acknowledged too few scores to test anything");

    auto ws = StoreFixture::open(path);
    const auto integrity = ws->integrityCheck();
    QVERIFY(integrity.ok());
    QCOMPARE(*integrity.value, QStringLiteral("ok"));
    const auto verification = AuditLog::verify(*ws);
    QVERIFY(verification.ok());
    QVERIFY2(verification.value->ok, qPrintable(verification.value->problem.toString()));

    // Every acknowledged score is a committed event, in the order acknowledged; verify() has shown
    // that the tables hold exactly what the events describe.
    const auto events = AuditLog::events(*ws, 1);
    QVERIFY(events.ok());
    qsizetype next = 0;
    qint64 committedScores = 0;
    for (const AuditLog::Event& e : *events.value) {
        if (e.action != QLatin1String("score_recorded"))
            continue;
        ++committedScores;
        const QJsonObject body = QJsonDocument::fromJson(e.body).object();
        for (const QJsonValue& c : body.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = c.toObject();
            if (change.value(QStringLiteral("table")).toString() != QLatin1String("scores") || next >= acked.size())
                continue;
            // A new score is written whole; a changed one by its key and its new value.
            const QJsonObject after = change.value(QStringLiteral("after")).toObject();
            const QJsonObject key = change.value(QStringLiteral("op")).toString() == QLatin1String("update")
                                        ? change.value(QStringLiteral("key")).toObject()
                                        : after;
            const Ack& a = acked[next];
            if (key.value(QStringLiteral("panelist_code")).toString() == a.panelist &&
                key.value(QStringLiteral("bidder_code")).toString() == a.bidder &&
                key.value(QStringLiteral("criterion_code")).toString() == a.criterion &&
                after.value(QStringLiteral("hundredths")).toInteger() == a.value)
                ++next;
        }
    }
    QVERIFY2(next == acked.size(), qPrintable(QStringLiteral("acknowledged score %1 of %2 (%3 %4 %5 = %6) was lost")
                                                  .arg(next + 1)
                                                  .arg(acked.size())
                                                  .arg(next < acked.size() ? acked[next].panelist : QString(),
                                                       next < acked.size() ? acked[next].bidder : QString(),
                                                       next < acked.size() ? acked[next].criterion : QString())
                                                  .arg(next < acked.size() ? acked[next].value : 0)));
    // At most the score in flight at each kill was committed without being acknowledged.
    QVERIFY(committedScores - acked.size() <= runs);

    // The last acknowledged value of a key is in the table unless a later commit replaced it.
    const Ack& last = acked.last();
    QSqlQuery q(ws->database());
    q.prepare(QStringLiteral("SELECT hundredths FROM scores WHERE negotiation_id = 1 AND panelist_code = ? AND "
                             "bidder_code = ? AND criterion_code = ?"));
    q.addBindValue(last.panelist);
    q.addBindValue(last.bidder);
    q.addBindValue(last.criterion);
    QVERIFY(q.exec() && q.next());
    qInfo("%lld scores acknowledged, %lld committed over %d kills", qint64(acked.size()), committedScores,
          killedWhileWriting);
}

void TestStoreCrash::confirmedBallotsSurviveKill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
    qint64 id = 0;
    {
        Scenario tie = StoreFixture::example(QStringLiteral("tie-vote"));
        tie.votes.clear();
        auto ws = StoreFixture::open(path);
        const auto imported = NegotiationStore(*ws).importScenario(tie, QStringLiteral("t"));
        QVERIFY(imported.ok());
        id = imported.value->id;
        QCOMPARE(ScoringService(*ws).recordResult(id, QStringLiteral("t")).value->status,
                 EvaluationStatus::VoteRequired);
        QCOMPARE(tie.panel.size(), qsizetype(5));
    }

    // Two of the five members vote; the program is killed with the round open.
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(TP_BALLOT_WRITER),
                 {path, QString::number(id), QStringLiteral("1"), QStringLiteral("P4=B2"), QStringLiteral("P2=")});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    QByteArray out;
    while (out.count('\n') < 2 && writer.state() == QProcess::Running && writer.waitForReadyRead(30000))
        out += writer.readAllStandardOutput();
    QCOMPARE(out, QByteArray("confirmed P4\nconfirmed P2\n"));
    QCOMPARE(writer.state(), QProcess::Running);
    writer.kill(); // SIGKILL
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    QVERIFY2(writer.readAllStandardError().isEmpty(), "the writer reported an error");

    // Opened again: the round as it was, 2 of 5 cast, the two voters on the roll.
    {
        auto ws = StoreFixture::open(path);
        ScoringService scoring(*ws);
        const auto current = scoring.currentVoteRound(id);
        QVERIFY(current.ok() && *current.value);
        const VoteRoundState& round = **current.value;
        QCOMPARE(round.round, qint64(1));
        QVERIFY(round.recorded);
        QVERIFY(!round.closed);
        QCOMPARE(round.ballots, 2);
        QCOMPARE(round.roll, (QStringList{QStringLiteral("P2"), QStringLiteral("P4")}));
        QCOMPARE(scoring.castBallot(id, 1, QStringLiteral("P4"), QStringLiteral("B1"), QStringLiteral("t")).failure,
                 Failure::Refused);

        // The three others vote; the round closes with all five ballots.
        QVERIFY(scoring.castBallot(id, 1, QStringLiteral("P1"), QStringLiteral("B2"), QStringLiteral("t")).ok());
        QVERIFY(scoring.castBallot(id, 1, QStringLiteral("P3"), QStringLiteral("B1"), QStringLiteral("t")).ok());
        QVERIFY(scoring.castBallot(id, 1, QStringLiteral("P5"), QStringLiteral("B2"), QStringLiteral("t")).ok());
        const auto tally = scoring.closeVoteRound(id, 1, QStringLiteral("t"));
        QVERIFY2(tally.ok(), qPrintable(tally.problem.toString()));
        QCOMPARE(tally.value->counts,
                 (QList<QPair<QString, int>>{{QStringLiteral("B1"), 1}, {QStringLiteral("B2"), 3}}));
        QCOMPARE(tally.value->blank, 1);
        const auto result = scoring.recordResult(id, QStringLiteral("t"));
        QCOMPARE(result.value->status, EvaluationStatus::Final);
        QCOMPARE(result.value->ranking.first().bidder, QStringLiteral("B2"));
    }

    // The whole record verifies, as the records staff would check it.
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TENDERPANEL_WORKSPACE"), path);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(TP_CLI), {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray verified = cli.readAllStandardOutput();
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(verified.startsWith("ok "), verified.constData());
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
