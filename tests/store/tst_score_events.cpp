#include "StoreFixture.h"

#include "store/ProcedureService.h"
#include "store/SchemaMigrations.h"
#include "store/ScoringService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

using namespace tp;
using namespace tp::store;

// A panel member's score events are not in the index of the events by negotiation, so that a save writes
// one page fewer. A negotiation's record and its place in the list still show every one of them, however
// the events of several negotiations interleave, before and after its scoring closes and after an
// upgrade; verify() names a chain in which one would fall outside the part of the log they are read from.
class TestScoreEvents : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theRecordHoldsEveryScoreEventOfItsNegotiation();
    void theListShowsTheLastScoreWhileScoring();
    void anUpgradedFileFindsItsScoreEvents();
    void verifyNamesAScoreEventTheRecordWouldMiss_data();
    void verifyNamesAScoreEventTheRecordWouldMiss();

private:
    qint64 importAtPresentations(std::shared_ptr<Workspace>& ws);
    // Three negotiations at the presentations step; the first two scored by hand in turn, with an event
    // of the third in between, then P1's whole sheet of the first. Returns the first two ids.
    QPair<qint64, qint64> interleaved(std::shared_ptr<Workspace>& ws);
    // The seqs of the negotiation's events as events() reads them, and as the whole log has them.
    static QList<qint64> recordSeqs(Workspace& ws, qint64 id);
    static QList<qint64> logSeqs(Workspace& ws, qint64 id);

    QTemporaryDir* m_dir = nullptr;
    QString m_path;
    ScoreList m_scores; // Cixi's scores
};

void TestScoreEvents::init()
{
    m_dir = new QTemporaryDir;
    m_path = TestEngine::address(*m_dir);
    m_scores = *StoreFixture::example(QStringLiteral("cixi-2014")).scores;
}

void TestScoreEvents::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

qint64 TestScoreEvents::importAtPresentations(std::shared_ptr<Workspace>& ws)
{
    Scenario cixi = StoreFixture::example(QStringLiteral("cixi-2014"));
    cixi.scores.reset();
    const auto imported = NegotiationStore(*ws).importScenario(cixi, QStringLiteral("t"));
    if (!imported.ok())
        qFatal("cannot import: %s", qPrintable(imported.problem.toString()));
    return imported.value->id;
}

QPair<qint64, qint64> TestScoreEvents::interleaved(std::shared_ptr<Workspace>& ws)
{
    const qint64 first = importAtPresentations(ws);
    const qint64 second = importAtPresentations(ws);
    const qint64 third = importAtPresentations(ws);
    ScoringService scoring(*ws);
    const auto score = [&](qint64 id, const QString& panelist, const QString& bidder, const QString& criterion,
                           Hundredths value) {
        const auto saved = scoring.recordScore(id, panelist, bidder, criterion, value, QStringLiteral("t"));
        if (!saved.ok())
            qFatal("cannot score: %s", qPrintable(saved.problem.toString()));
    };
    const QString p1 = QStringLiteral("P1"), b1 = QStringLiteral("B1"), c1 = QStringLiteral("C1");
    score(first, p1, b1, c1, 1500);
    score(second, p1, b1, c1, 1600);
    score(first, p1, b1, QStringLiteral("C2"), 800);
    const auto logged =
        ProcedureService(*ws).logPresentation(third, QStringLiteral("B1"), QDateTime(QDate(2014, 8, 20), QTime(9, 0)),
                                              QDateTime(QDate(2014, 8, 20), QTime(9, 24)), QStringLiteral("t"));
    if (!logged.ok())
        qFatal("cannot log: %s", qPrintable(logged.problem.toString()));
    score(first, p1, b1, c1, 1450); // the same cell again
    score(second, QStringLiteral("P2"), b1, c1, 1700);
    // P1's whole sheet of the first negotiation, cell by cell.
    for (const ScoreEntry& e : m_scores.toList())
        if (e.panelist == p1)
            score(first, p1, e.bidder, e.criterion, e.score);
    return {first, second};
}

namespace {

// The events as AuditLog::events() reads them (a failed read ends the test).
QList<AuditLog::Event> eventsOf(Workspace& ws, std::optional<qint64> id)
{
    auto events = AuditLog::events(ws, id);
    if (!events.ok())
        qFatal("cannot read the events: %s", qPrintable(events.problem.toString()));
    return *events.value;
}

QList<NegotiationSummary> listOf(Workspace& ws)
{
    auto list = NegotiationStore(ws).list();
    if (!list.ok())
        qFatal("cannot list: %s", qPrintable(list.problem.toString()));
    return *list.value;
}

// The number of the negotiation's first score event (0: none).
qint64 firstScoreSeq(Workspace& ws, qint64 id)
{
    for (const AuditLog::Event& e : eventsOf(ws, id))
        if (e.action == QLatin1String("score_recorded"))
            return e.seq;
    return 0;
}

} // namespace

QList<qint64> TestScoreEvents::recordSeqs(Workspace& ws, qint64 id)
{
    QList<qint64> seqs;
    for (const AuditLog::Event& e : eventsOf(ws, id))
        seqs.append(e.seq);
    return seqs;
}

QList<qint64> TestScoreEvents::logSeqs(Workspace& ws, qint64 id)
{
    QList<qint64> seqs;
    for (const AuditLog::Event& e : eventsOf(ws, std::nullopt))
        if (e.negotiationId == id)
            seqs.append(e.seq);
    return seqs;
}

void TestScoreEvents::theRecordHoldsEveryScoreEventOfItsNegotiation()
{
    auto ws = StoreFixture::open(m_path);
    const auto [first, second] = interleaved(ws);
    QCOMPARE(recordSeqs(*ws, first), logSeqs(*ws, first));
    QCOMPARE(recordSeqs(*ws, second), logSeqs(*ws, second));
    QCOMPARE(recordSeqs(*ws, 3), logSeqs(*ws, 3));
    QVERIFY(recordSeqs(*ws, first).size() > 20);

    // The first negotiation's sheets submitted and entered, its result recorded: it has left scoring.
    ScoringService scoring(*ws);
    QVERIFY(scoring.submitSheet(first, QStringLiteral("P1"), QStringLiteral("t")).ok());
    QStringList others;
    for (const ScoreEntry& e : m_scores.toList())
        if (e.panelist != QLatin1String("P1") && !others.contains(e.panelist))
            others.append(e.panelist);
    for (const QString& panelist : others) {
        QList<ScoreEntry> sheet;
        for (const ScoreEntry& e : m_scores.toList())
            if (e.panelist == panelist)
                sheet.append(e);
        const auto entered = scoring.enterSheet(first, panelist, sheet, QStringLiteral("t"));
        QVERIFY2(entered.ok(), qPrintable(entered.problem.toString()));
    }
    const auto result = scoring.recordResult(first, QStringLiteral("t"));
    QVERIFY2(result.ok(), qPrintable(result.problem.toString()));
    QVERIFY(NegotiationStore(*ws).summary(first).value->stage > Stage::Scoring);
    // The second goes on scoring after that.
    QVERIFY(scoring
                .recordScore(second, QStringLiteral("P3"), QStringLiteral("B2"), QStringLiteral("C1"), 1200,
                             QStringLiteral("t"))
                .ok());

    QCOMPARE(recordSeqs(*ws, first), logSeqs(*ws, first));
    QCOMPARE(recordSeqs(*ws, second), logSeqs(*ws, second));
    const auto v = AuditLog::verify(*ws);
    QVERIFY(v.ok());
    QVERIFY2(v.value->ok, qPrintable(v.value->problem.toString()));

    // The first score events of each negotiation are where its row says they start.
    for (const qint64 id : {first, second}) {
        const qint64 firstScore = firstScoreSeq(*ws, id);
        QVERIFY(firstScore > 0);
        QCOMPARE(StoreFixture::rawValue(
                     m_path, QStringLiteral("SELECT scores_from_seq FROM negotiations WHERE id = %1").arg(id))
                     .toLongLong(),
                 firstScore);
    }
    QVERIFY(StoreFixture::rawValue(m_path, QStringLiteral("SELECT scores_from_seq FROM negotiations WHERE id = 3"))
                .isNull());
}

void TestScoreEvents::theListShowsTheLastScoreWhileScoring()
{
    auto ws = StoreFixture::open(m_path);
    const auto [first, second] = interleaved(ws);
    const auto lastAt = [&](qint64 id) { return AuditLog::events(*ws, id).value->last().at; };
    const auto listed = [&](qint64 id) {
        for (const NegotiationSummary& s : listOf(*ws))
            if (s.id == id)
                return s.updatedAt;
        return QString();
    };
    // Times are stored to the millisecond: each change below has a later one.
    QThread::msleep(3);
    ScoringService scoring(*ws);
    QVERIFY(scoring
                .recordScore(second, QStringLiteral("P4"), QStringLiteral("B3"), QStringLiteral("C2"), 700,
                             QStringLiteral("t"))
                .ok());
    QCOMPARE(AuditLog::events(*ws, second).value->last().action, QStringLiteral("score_recorded"));
    QCOMPARE(listed(second), lastAt(second));
    QCOMPARE(NegotiationStore(*ws).summary(second).value->updatedAt, lastAt(second));
    // The first, scored before the second's last score and the third's presentation, keeps its own time.
    QCOMPARE(listed(first), lastAt(first));
    QVERIFY(listed(first) < listed(second));
    // An event of the negotiation that is not a score is its time, as before.
    QThread::msleep(3);
    QVERIFY(ProcedureService(*ws)
                .logPresentation(second, QStringLiteral("B2"), QDateTime(QDate(2014, 8, 20), QTime(10, 0)),
                                 QDateTime(QDate(2014, 8, 20), QTime(10, 24)), QStringLiteral("t"))
                .ok());
    QCOMPARE(AuditLog::events(*ws, second).value->last().action, QStringLiteral("presentation_logged"));
    QCOMPARE(listed(second), lastAt(second));
    // The third, with no score, is at the time of its own last event.
    QCOMPARE(listed(3), lastAt(3));
}

void TestScoreEvents::anUpgradedFileFindsItsScoreEvents()
{
    qint64 first = 0, second = 0;
    {
        Workspace::Options options;
        options.targetVersion = 8;
        auto opened = Workspace::open(m_path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
        std::shared_ptr<Workspace> ws = std::move(*opened.value);
        QCOMPARE(ws->schemaVersion(), 8);
        std::tie(first, second) = interleaved(ws);
    }
    auto ws = StoreFixture::open(m_path);
    QCOMPARE(ws->schemaVersion(), SchemaMigrations::kCurrentVersion);
    QCOMPARE(recordSeqs(*ws, first), logSeqs(*ws, first));
    QCOMPARE(recordSeqs(*ws, second), logSeqs(*ws, second));
    QCOMPARE(recordSeqs(*ws, 3), logSeqs(*ws, 3));

    // The upgrade's event describes the number it gave each negotiation with score events.
    const AuditLog::Event upgrade = AuditLog::events(*ws, std::nullopt).value->last();
    QCOMPARE(upgrade.action, QStringLiteral("schema_migrated"));
    QMap<qint64, qint64> given;
    for (const QJsonValue& c :
         QJsonDocument::fromJson(upgrade.body).object().value(QStringLiteral("changes")).toArray()) {
        const QJsonObject change = c.toObject();
        if (change.value(QStringLiteral("table")).toString() == QLatin1String("negotiations"))
            given.insert(
                change.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toInteger(),
                change.value(QStringLiteral("after")).toObject().value(QStringLiteral("scores_from_seq")).toInteger());
    }
    QCOMPARE(given.keys(), (QList<qint64>{first, second}));
    for (const qint64 id : {first, second})
        QCOMPARE(given.value(id), firstScoreSeq(*ws, id));
    const auto v = AuditLog::verify(*ws);
    QVERIFY(v.ok());
    QVERIFY2(v.value->ok, qPrintable(v.value->problem.toString()));

    // Scoring goes on after the upgrade, and the list shows it.
    QThread::msleep(3);
    QVERIFY(ScoringService(*ws)
                .recordScore(second, QStringLiteral("P5"), QStringLiteral("B1"), QStringLiteral("C3"), 600,
                             QStringLiteral("t"))
                .ok());
    QCOMPARE(recordSeqs(*ws, second), logSeqs(*ws, second));
    QCOMPARE(NegotiationStore(*ws).summary(second).value->updatedAt, AuditLog::events(*ws, second).value->last().at);
}

// A chain rewritten consistently, so that every row matches its record, but one of the negotiation's score
// events falls outside the part of the log its record reads them from: its first event that entered
// scores is said to come after that score event ("late start"), or it is said to have been imported at
// the result step, so that it was scored after it left scoring ("scored after the result").
void TestScoreEvents::verifyNamesAScoreEventTheRecordWouldMiss_data()
{
    QTest::addColumn<bool>("startLate"); // else the import is made to say "result"
    QTest::addColumn<QString>("message");
    QTest::newRow("late start") << true
                                << QStringLiteral("is before the first event that entered scores of "
                                                  "negotiation 1 in the record");
    QTest::newRow("scored after the result")
        << false << QStringLiteral("records a score while the negotiation is at the step \"result\"");
}

void TestScoreEvents::verifyNamesAScoreEventTheRecordWouldMiss()
{
    QFETCH(bool, startLate);
    QFETCH(QString, message);
    qint64 first = 0;
    qint64 firstScore = 0;
    {
        auto ws = StoreFixture::open(m_path);
        first = interleaved(ws).first;
        firstScore = firstScoreSeq(*ws, first);
    }
    QCOMPARE(first, qint64(1));
    QVERIFY(firstScore > 0);
    const QString column = startLate ? QStringLiteral("scores_from_seq") : QStringLiteral("stage");
    const QJsonValue value = startLate ? QJsonValue(firstScore + 2) : QJsonValue(QStringLiteral("result"));
    // The events that wrote the negotiation's row: its first score event, or those before it.
    const auto edited = [&](qint64 seq) { return startLate ? seq == firstScore : seq < firstScore; };
    QVERIFY(StoreFixture::rewriteChain(
        m_path,
        [&](qint64 seq, QJsonArray& changes) {
            if (!edited(seq))
                return;
            for (auto c = changes.begin(); c != changes.end(); ++c) {
                QJsonObject change = c->toObject();
                QJsonObject after = change.value(QStringLiteral("after")).toObject();
                const QJsonValue id = change.value(QStringLiteral("key")).toObject().value(QStringLiteral("id"));
                if (change.value(QStringLiteral("table")).toString() != QLatin1String("negotiations") ||
                    (id.isUndefined() ? after.value(QStringLiteral("id")) : id).toInteger() != first)
                    continue;
                after.insert(column, value);
                change.insert(QStringLiteral("after"), after);
                *c = change;
            }
        },
        {QStringLiteral("UPDATE negotiations SET %1 = %2 WHERE id = %3")
             .arg(column, startLate ? QString::number(value.toInteger()) : QStringLiteral("'%1'").arg(value.toString()))
             .arg(first)}));
    auto ws = StoreFixture::open(m_path);
    const auto v = AuditLog::verify(*ws);
    QVERIFY(v.ok());
    QVERIFY(!v.value->ok);
    QCOMPARE(v.value->badSeq, std::optional<qint64>(firstScore));
    QVERIFY2(v.value->problem.toString().contains(message), qPrintable(v.value->problem.toString()));
}

QTEST_GUILESS_MAIN(TestScoreEvents)
#include "tst_score_events.moc"
