#include "MemberFixture.h"

#include "store/NegotiationRecord.h"
#include "store/ProcedureService.h"
#include "store/ScoringService.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace tp;
using namespace tp::store;

namespace {

const QString kSecretary = QStringLiteral("秘书");

QString examplePath(const QString& name)
{
    return QStringLiteral(TP_EXAMPLES_DIR "/") + name + QStringLiteral(".json");
}

// Starts one member's terminal program.
QProcess* startTerminal(QObject* parent, const MemberCredential& credential, const QStringList& arguments)
{
    auto* p = new QProcess(parent);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TP_MEMBER_PASSWORD"), credential.password);
    p->setProcessEnvironment(environment);
    p->start(QStringLiteral(TP_MEMBER_TERMINAL), QStringList{credential.address} + arguments);
    return p;
}

bool running(const QList<QProcess*>& processes)
{
    for (QProcess* p : processes)
        if (p->state() != QProcess::NotRunning)
            return true;
    return false;
}

// The ranking as the published result shows it: bidder, score, position and share.
QStringList ranking(const Evaluation& evaluation)
{
    QStringList lines;
    for (const RankEntry& r : evaluation.ranking)
        lines.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(r.bidder)
                         .arg(r.published)
                         .arg(r.position)
                         .arg(r.share ? QString::number(*r.share) : QStringLiteral("-")));
    return lines;
}

// The result of the example's own scores (and votes) entered on one laptop, on a workspace file.
Evaluation laptopResult(const QString& example)
{
    QTemporaryDir dir;
    auto laptop = StoreFixture::open(dir.filePath(QStringLiteral("laptop.sqlite")));
    const auto imported = NegotiationStore(*laptop).importScenario(StoreFixture::example(example), kSecretary);
    if (!imported.ok())
        qFatal("%s", qPrintable(imported.problem.toString()));
    const auto result = ScoringService(*laptop).recordResult(imported.value->id, kSecretary);
    if (!result.ok())
        qFatal("%s", qPrintable(result.problem.toString()));
    return *result.value;
}

} // namespace

// Panel members scoring and voting from their own terminals, each a separate program, while the
// secretary works on the same workspace: the result is the one the same scores give on one laptop,
// the audit chain verifies, and the ballot box keeps nothing that links a ballot to its voter.
// Needs the PostgreSQL test server.
class TestMemberTerminals : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sevenTerminalsScoreAtOnce();
    void tieVotedFromTerminals();

private:
    QList<QProcess*> enterSheets(const QList<MemberCredential>& credentials, const QString& example);
    void finish(const QList<QProcess*>& processes);

    QString m_address;
    std::shared_ptr<Workspace> m_ws;
};

void TestMemberTerminals::initTestCase()
{
    m_address = TestEngine::newDatabase();
    m_ws = StoreFixture::open(m_address);
}

void TestMemberTerminals::cleanupTestCase()
{
    m_ws.reset();
}

QList<QProcess*> TestMemberTerminals::enterSheets(const QList<MemberCredential>& credentials, const QString& example)
{
    QList<QProcess*> processes;
    for (const MemberCredential& c : credentials)
        processes.append(startTerminal(this, c, {QStringLiteral("sheet"), examplePath(example)}));
    return processes;
}

void TestMemberTerminals::finish(const QList<QProcess*>& processes)
{
    for (QProcess* p : processes) {
        QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(180000));
        QVERIFY2(p->error() != QProcess::FailedToStart, qPrintable(p->errorString()));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    qDeleteAll(processes);
}

void TestMemberTerminals::sevenTerminalsScoreAtOnce()
{
    const QString example = QStringLiteral("cixi-2014");
    const auto imported = NegotiationStore(*m_ws).importScenario(MemberFixture::unscored(example), kSecretary);
    QVERIFY(imported.ok());
    const qint64 id = imported.value->id;
    MemberAccess access(*m_ws);
    const auto issued = access.issue(id, {}, kSecretary);
    QVERIFY2(issued.ok(), qPrintable(issued.problem.toString()));
    QCOMPARE(issued.value->size(), 7);

    const QList<QProcess*> processes = enterSheets(*issued.value, example);
    // Meanwhile the secretary follows the progress and logs the first presentation.
    const auto order = NegotiationRecord::evaluate(*m_ws, id);
    QVERIFY(order.ok() && order.value->draw);
    const QDateTime start = QDateTime::currentDateTime().addSecs(-1800);
    bool logged = false;
    int reads = 0;
    while (running(processes)) {
        const auto progress = access.progress(id);
        QVERIFY2(progress.ok(), qPrintable(progress.problem.toString()));
        for (const MemberProgress& m : *progress.value)
            QVERIFY(m.entered <= m.cells && m.terminal);
        ++reads;
        if (!logged) {
            const auto log = ProcedureService(*m_ws).logPresentation(id, order.value->draw->order.first(), start,
                                                                     start.addSecs(900), kSecretary);
            QVERIFY2(log.ok(), qPrintable(log.problem.toString()));
            logged = true;
        }
        QTest::qWait(20);
    }
    finish(processes);
    QVERIFY(reads > 0);
    const auto progress = access.progress(id);
    for (const MemberProgress& m : *progress.value) {
        QCOMPARE(m.state, MemberProgress::State::Submitted);
        QCOMPARE(m.entered, m.cells);
    }

    const auto result = ScoringService(*m_ws).recordResult(id, kSecretary);
    QVERIFY2(result.ok(), qPrintable(result.problem.toString()));
    const Evaluation laptop = laptopResult(example);
    QCOMPARE(result.value->status, laptop.status);
    QCOMPARE(result.value->winners, laptop.winners);
    QCOMPARE(ranking(*result.value), ranking(laptop));

    const auto verified = AuditLog::verify(*m_ws);
    QVERIFY(verified.ok());
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
}

void TestMemberTerminals::tieVotedFromTerminals()
{
    const QString example = QStringLiteral("tie-vote");
    const auto imported = NegotiationStore(*m_ws).importScenario(MemberFixture::unscored(example), kSecretary);
    QVERIFY(imported.ok());
    const qint64 id = imported.value->id;
    MemberAccess access(*m_ws);
    const auto issued = access.issue(id, {}, kSecretary);
    QVERIFY2(issued.ok(), qPrintable(issued.problem.toString()));
    finish(enterSheets(*issued.value, example));
    if (QTest::currentTestFailed())
        return;

    ScoringService scoring(*m_ws);
    const auto scored = scoring.recordResult(id, kSecretary);
    QVERIFY2(scored.ok(), qPrintable(scored.problem.toString()));
    QCOMPARE(scored.value->status, EvaluationStatus::VoteRequired);
    const auto due = scoring.currentVoteRound(id);
    QVERIFY(due.ok() && *due.value);
    QVERIFY(scoring.openVoteRound(id, (*due.value)->tied, kSecretary).ok());

    // The example's ballots, one per member, cast at once from five terminals while the secretary's
    // program rewrites the ballot table each time it may have changed.
    const Scenario reference = StoreFixture::example(example);
    const QList<std::optional<QString>> ballots = reference.votes.first().ballots;
    QList<QProcess*> voters;
    for (int i = 0; i < issued.value->size(); ++i)
        voters.append(startTerminal(this, issued.value->at(i),
                                    {QStringLiteral("vote"), ballots.at(i).value_or(QStringLiteral("-"))}));
    qint64 swept = 0;
    while (running(voters)) {
        QVERIFY(!access.sweepBallots(id, &swept));
        QTest::qWait(20);
    }
    finish(voters);
    if (QTest::currentTestFailed())
        return;
    // The sweep covers the last ballot cast, and a sweep with no ballot cast since leaves the table's
    // file as it is (a score or any other change costs no rewrite).
    QVERIFY(!access.sweepBallots(id, &swept));
    QCOMPARE(swept, StoreFixture::rawValue(m_address, QStringLiteral("SELECT max(seq) FROM audit_events WHERE "
                                                                     "action = 'ballot_cast'"))
                        .toLongLong());
    const QString fileNode = QStringLiteral("SELECT pg_relation_filenode('ballots')");
    const QVariant file = StoreFixture::rawValue(m_address, fileNode);
    QVERIFY(!access.sweepBallots(id, &swept));
    QCOMPARE(StoreFixture::rawValue(m_address, fileNode), file);
    QVERIFY(!access.sweepBallots());
    QVERIFY(StoreFixture::rawValue(m_address, fileNode) != file);

    // Every ballot row was written by the same transaction (the last cast), in the order of its random
    // slot.
    const QString box = QStringLiteral(" FROM ballots WHERE negotiation_id = %1").arg(id);
    QCOMPARE(StoreFixture::rawValue(m_address, QStringLiteral("SELECT COUNT(*)") + box).toInt(), 5);
    QCOMPARE(StoreFixture::rawValue(m_address, QStringLiteral("SELECT COUNT(DISTINCT xmin::text)") + box).toInt(), 1);
    QCOMPARE(StoreFixture::rawValue(m_address,
                                    QStringLiteral("SELECT string_agg(slot, ',' ORDER BY ctid) = string_agg(slot, ',' "
                                                   "ORDER BY slot)") +
                                        box)
                 .toBool(),
             true);
    // A member cannot read the roll or the box.
    {
        QSqlDatabase member = MemberFixture::connect(issued.value->first(), QStringLiteral("member"));
        QVERIFY(member.isOpen());
        for (const QString& table : {QStringLiteral("vote_roll"), QStringLiteral("ballots")}) {
            const QSqlError error = MemberFixture::run(member, QStringLiteral("SELECT * FROM ") + table);
            QCOMPARE(error.nativeErrorCode(), QStringLiteral("42501"));
        }
        member.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("member"));

    const auto tally = scoring.closeVoteRound(id, 1, kSecretary);
    QVERIFY2(tally.ok(), qPrintable(tally.problem.toString()));
    const auto result = scoring.recordResult(id, kSecretary);
    QVERIFY2(result.ok(), qPrintable(result.problem.toString()));
    const Evaluation laptop = laptopResult(example);
    QCOMPARE(result.value->status, EvaluationStatus::Final);
    QCOMPARE(result.value->winners, laptop.winners);
    QCOMPARE(ranking(*result.value), ranking(laptop));
    // The final result ended the credentials.
    const auto progress = access.progress(id);
    QVERIFY(progress.ok());
    for (const MemberProgress& m : *progress.value)
        QCOMPARE(m.state, MemberProgress::State::Submitted);
    QCOMPARE(StoreFixture::rawValue(m_address, QStringLiteral("SELECT COUNT(*) FROM member_logins WHERE "
                                                              "negotiation_id = %1 AND revoked_at IS NULL")
                                                   .arg(id))
                 .toInt(),
             0);

    const auto verified = AuditLog::verify(*m_ws);
    QVERIFY(verified.ok());
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
}

QTEST_GUILESS_MAIN(TestMemberTerminals)
#include "tst_member_terminals.moc"
