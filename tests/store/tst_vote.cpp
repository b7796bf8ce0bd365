#include "StoreFixture.h"

#include "store/NegotiationRecord.h"
#include "store/ScoringService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace tp;
using namespace tp::store;

namespace {

const QString kActor = QStringLiteral("秘书");

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList column(const Workspace& ws, const QString& statement)
{
    QStringList values;
    QSqlQuery q(ws.database());
    if (!q.exec(statement))
        qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    while (q.next())
        values.append(q.value(0).isNull() ? QStringLiteral("-") : q.value(0).toString());
    return values;
}

// The bytes in which the workspace stores its ballots: the SQLite file, or the ballot table's file in
// the data folder of the test server (written out first; the test server's owner reads it).
QByteArray ballotBytes(const Workspace& ws, const QString& path)
{
    if (!ws.isServer())
        return fileBytes(path);
    QSqlQuery(QStringLiteral("CHECKPOINT"), ws.database());
    const QStringList folder = column(ws, QStringLiteral("SHOW data_directory"));
    const QStringList file = column(ws, QStringLiteral("SELECT pg_relation_filepath('ballots')"));
    if (folder.isEmpty() || file.isEmpty())
        return QByteArray();
    return fileBytes(folder.first() + QLatin1Char('/') + file.first());
}

QStringList columnNames(const Workspace& ws, const QString& table)
{
    const QSqlRecord record = ws.database().record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

QString choiceText(const std::optional<QString>& choice)
{
    return choice ? *choice : QStringLiteral("-");
}

} // namespace

// The anonymous vote as stored: each ballot is committed when cast, with its voter's entry on the
// roll, and nothing in the file or in the audit log links the two.
class TestVote : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void ballotsAreStoredAsCast();
    void openRoundIsNoPartOfTheRecord();
    void verifyChecksTheBox_data();
    void verifyChecksTheBox();
    void nothingLinksABallotToItsVoter();

private:
    // Imports the tie-vote example without its vote and records the result: a vote is due.
    qint64 importTie(Workspace& ws);

    QTemporaryDir* m_dir = nullptr;
    QString m_path;
};

void TestVote::init()
{
    m_dir = new QTemporaryDir;
    m_path = TestEngine::address(*m_dir);
}

void TestVote::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

qint64 TestVote::importTie(Workspace& ws)
{
    Scenario tie = StoreFixture::example(QStringLiteral("tie-vote"));
    tie.votes.clear();
    const auto imported = NegotiationStore(ws).importScenario(tie, kActor);
    if (!imported.ok())
        qFatal("%s", qPrintable(imported.problem.toString()));
    const auto result = ScoringService(ws).recordResult(imported.value->id, kActor);
    if (!result.ok() || result.value->status != EvaluationStatus::VoteRequired)
        qFatal("the tie-vote example needs no vote");
    return imported.value->id;
}

void TestVote::ballotsAreStoredAsCast()
{
    auto ws = StoreFixture::open(m_path);
    const qint64 id = importTie(*ws);
    ScoringService scoring(*ws);
    const QString B1 = QStringLiteral("B1"), B2 = QStringLiteral("B2");

    // The round due is offered before anything is recorded.
    auto current = scoring.currentVoteRound(id);
    QVERIFY(current.ok() && *current.value);
    QCOMPARE((*current.value)->round, qint64(1));
    QVERIFY(!(*current.value)->recorded);
    QCOMPARE((*current.value)->tied, (QStringList{B1, B2}));
    QCOMPARE((*current.value)->ballots, 0);

    // Refusals change nothing: not a member, a bidder not in the vote, a round that is not open.
    QCOMPARE(scoring.castBallot(id, 1, QStringLiteral("P9"), B1, kActor).failure, Failure::Invalid);
    QCOMPARE(scoring.castBallot(id, 1, QStringLiteral("P1"), QStringLiteral("B3"), kActor).failure, Failure::Invalid);
    QCOMPARE(scoring.castBallot(id, 2, QStringLiteral("P1"), B1, kActor).failure, Failure::Refused);
    QVERIFY(scoring.voteRounds(id).value->isEmpty());

    // The first ballot records the round; each ballot is in the store as soon as the call returns.
    QVERIFY(scoring.castBallot(id, 1, QStringLiteral("P3"), B1, kActor).ok());
    QVERIFY(scoring.castBallot(id, 1, QStringLiteral("P1"), std::nullopt, kActor).ok());
    auto rounds = scoring.voteRounds(id);
    QCOMPARE(rounds.value->size(), 1);
    QVERIFY(rounds.value->first().recorded);
    QVERIFY(!rounds.value->first().closed);
    QCOMPARE(rounds.value->first().roll, (QStringList{QStringLiteral("P1"), QStringLiteral("P3")}));
    QCOMPARE(rounds.value->first().ballots, 2);
    QVERIFY(!rounds.value->first().tally);
    QCOMPARE(column(*ws, QStringLiteral("SELECT COUNT(*) FROM ballots")), QStringList{QStringLiteral("2")});

    // One ballot per member per round; one open round at a time.
    QCOMPARE(scoring.castBallot(id, 1, QStringLiteral("P3"), B2, kActor).failure, Failure::Refused);
    QCOMPARE(scoring.openVoteRound(id, {B1, B2}, kActor).failure, Failure::Refused);
    QCOMPARE(column(*ws, QStringLiteral("SELECT COUNT(*) FROM ballots")), QStringList{QStringLiteral("2")});

    // Closing counts the ballots in the store. B1 1, B2 1: still tied, a second round is due.
    QVERIFY(scoring.castBallot(id, 1, QStringLiteral("P5"), B2, kActor).ok());
    const auto tally = scoring.closeVoteRound(id, 1, kActor);
    QVERIFY2(tally.ok(), qPrintable(tally.problem.toString()));
    QCOMPARE(tally.value->counts, (QList<QPair<QString, int>>{{B1, 1}, {B2, 1}}));
    QCOMPARE(tally.value->blank, 1);
    QCOMPARE(scoring.castBallot(id, 1, QStringLiteral("P2"), B1, kActor).failure, Failure::Refused);
    QCOMPARE(scoring.closeVoteRound(id, 1, kActor).failure, Failure::Refused);
    QCOMPARE(scoring.recordResult(id, kActor).value->status, EvaluationStatus::VoteRequired);
    current = scoring.currentVoteRound(id);
    QCOMPARE((*current.value)->round, qint64(2));
    QVERIFY(!(*current.value)->recorded);

    // Round 2: everybody votes, B2 wins.
    const QList<std::optional<QString>> second{B2, B1, B2, std::nullopt, B2};
    for (int i = 0; i < second.size(); ++i)
        QVERIFY(scoring.castBallot(id, 2, QStringLiteral("P%1").arg(i + 1), second[i], kActor).ok());
    QCOMPARE(scoring.castBallot(id, 2, QStringLiteral("P1"), B2, kActor).failure, Failure::Refused);
    QCOMPARE(scoring.closeVoteRound(id, 2, kActor).value->counts, (QList<QPair<QString, int>>{{B1, 1}, {B2, 3}}));
    const auto result = scoring.recordResult(id, kActor);
    QCOMPARE(result.value->status, EvaluationStatus::Final);
    QCOMPARE(result.value->ranking.first().bidder, B2);
    QVERIFY(!scoring.currentVoteRound(id).value->has_value());
    rounds = scoring.voteRounds(id);
    QCOMPARE(rounds.value->size(), 2);
    QCOMPARE(rounds.value->at(1).roll.size(), 5);
    QCOMPARE(rounds.value->at(1).tally->blank, 1);

    const auto verification = AuditLog::verify(*ws);
    QVERIFY2(verification.value->ok, qPrintable(verification.value->problem.toString()));
}

// Until a round closes, nothing outside the store's vote calls sees its ballots: not the
// evaluation, not the exported scenario.
void TestVote::openRoundIsNoPartOfTheRecord()
{
    auto ws = StoreFixture::open(m_path);
    const qint64 id = importTie(*ws);
    ScoringService scoring(*ws);
    for (const QString& p : {QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")})
        QVERIFY(scoring.castBallot(id, 1, p, QStringLiteral("B2"), kActor).ok());
    QVERIFY(NegotiationStore(*ws).scenario(id).value->votes.isEmpty());
    const auto evaluation = NegotiationRecord::evaluate(*ws, id);
    QCOMPARE(evaluation.value->status, EvaluationStatus::VoteRequired);
    QVERIFY(evaluation.value->tallies.isEmpty());
    QVERIFY(!(*scoring.currentVoteRound(id).value)->tally);
}

void TestVote::verifyChecksTheBox_data()
{
    QTest::addColumn<bool>("close");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("message");
    QTest::newRow("open: ballot removed")
        << false << QStringLiteral("DELETE FROM ballots WHERE slot = (SELECT MIN(slot) FROM ballots)")
        << QStringLiteral("the ballot box of vote 1:1 holds 2 ballots, but 3 were cast");
    QTest::newRow("open: ballot slipped in")
        << false << QStringLiteral("INSERT INTO ballots VALUES (1, 1, '0123456789abcdef0123456789abcdef', 'B1')")
        << QStringLiteral("the ballot box of vote 1:1 holds 4 ballots, but 3 were cast");
    QTest::newRow("closed: ballot changed")
        << true << QStringLiteral("UPDATE ballots SET choice = 'B1' WHERE choice = 'B2'")
        << QStringLiteral("the ballot box of vote 1:1 does not hold the ballots the tally records");
    QTest::newRow("closed: ballot removed")
        << true << QStringLiteral("DELETE FROM ballots WHERE slot = (SELECT MIN(slot) FROM ballots)")
        << QStringLiteral("the ballot box of vote 1:1 does not hold the ballots the tally records");
}

// verify() checks an open round by the number of its ballots (one per ballot cast, one per member on
// the roll) and a closed round by its tally; it blames the last event that changed the box.
void TestVote::verifyChecksTheBox()
{
    QFETCH(bool, close);
    QFETCH(QString, statement);
    QFETCH(QString, message);
    qint64 last = 0;
    {
        auto ws = StoreFixture::open(m_path);
        const qint64 id = importTie(*ws);
        ScoringService scoring(*ws);
        QVERIFY(scoring.castBallot(id, 1, QStringLiteral("P1"), QStringLiteral("B2"), kActor).ok());
        QVERIFY(scoring.castBallot(id, 1, QStringLiteral("P2"), std::nullopt, kActor).ok());
        QVERIFY(scoring.castBallot(id, 1, QStringLiteral("P3"), QStringLiteral("B1"), kActor).ok());
        if (close)
            QVERIFY(scoring.closeVoteRound(id, 1, kActor).ok());
        QVERIFY(AuditLog::verify(*ws).value->ok);
        last = AuditLog::events(*ws, id).value->last().seq;
    }
    QVERIFY(StoreFixture::rawExec(m_path, {statement}));
    auto ws = StoreFixture::open(m_path);
    const auto v = AuditLog::verify(*ws);
    QVERIFY(!v.value->ok);
    QVERIFY2(v.value->problem.why.contains(message), qPrintable(v.value->problem.toString()));
    QCOMPARE(v.value->badSeq, std::optional<qint64>(last));
}

// Ballots are cast in a known order, each with a different choice, many times over; then the raw
// file is read. The ballot rows have no column beyond negotiation, round, slot and choice and no
// row id; their key order and the place of each ballot in the file's bytes follow their random slots,
// not the order of casting; after every cast the write-ahead log is empty and no earlier state of the
// box is left in the file; the audit event of a cast does not hold its choice.
void TestVote::nothingLinksABallotToItsVoter()
{
    const quint32 seed = QRandomGenerator::system()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    constexpr int kTrials = 8;
    int castingOrder = 0;
    int reverseCastingOrder = 0;
    for (int trial = 0; trial < kTrials; ++trial) {
        const QString path = TestEngine::address(*m_dir, QStringLiteral("trial%1.sqlite").arg(trial));
        auto ws = StoreFixture::open(path);
        const auto imported =
            NegotiationStore(*ws).importScenario(StoreFixture::example(QStringLiteral("reinsurance-2022")), kActor);
        QVERIFY(imported.ok());
        const qint64 id = imported.value->id;
        const QStringList qualified = NegotiationRecord::qualification(*ws, id).value->qualified;
        QVERIFY(qualified.size() >= 4);
        ScoringService scoring(*ws);
        QVERIFY(scoring.openVoteRound(id, qualified, kActor).ok());

        // Every choice once (each bidder and a blank ballot), in a random order, by P1, P2, ...
        QList<std::optional<QString>> choices;
        for (const QString& b : qualified)
            choices.append(b);
        choices.append(std::nullopt);
        std::shuffle(choices.begin(), choices.end(), random);
        const Scenario scenario = *NegotiationStore(*ws).scenario(id).value;
        QVERIFY(scenario.panel.size() >= choices.size());

        QStringList cast;
        QStringList earlierSlots;
        for (int i = 0; i < choices.size(); ++i) {
            QVERIFY(scoring.castBallot(id, 1, scenario.panel[i].id, choices[i], kActor).ok());
            cast.append(choiceText(choices[i]));
            // The log is emptied after the cast (a server rewrites the table), and no slot of an
            // earlier state is in the file.
            if (ws->isServer())
                QCOMPARE(column(*ws, QStringLiteral("SELECT COUNT(DISTINCT xmin::text) FROM ballots")),
                         QStringList{QStringLiteral("1")});
            else
                QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), qint64(0));
            const QByteArray bytes = ballotBytes(*ws, path);
            for (const QString& old : std::as_const(earlierSlots))
                QVERIFY2(!bytes.contains(old.toLatin1()), qPrintable(old));
            earlierSlots = column(*ws, QStringLiteral("SELECT slot FROM ballots"));
            QCOMPARE(earlierSlots.size(), i + 1);
        }

        // No column beyond negotiation, round, slot and choice, and no row id.
        QCOMPARE(columnNames(*ws, QStringLiteral("ballots")),
                 (QStringList{QStringLiteral("negotiation_id"), QStringLiteral("round_no"), QStringLiteral("slot"),
                              QStringLiteral("choice")}));
        if (!ws->isServer()) {
            QVERIFY(column(*ws, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'ballots'"))
                        .first()
                        .contains(QLatin1String("WITHOUT ROWID")));
            QVERIFY(!QSqlQuery(ws->database()).exec(QStringLiteral("SELECT rowid FROM ballots")));
        }

        // The rows as stored (the table scanned in its key order) are in the order of their slots.
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT slot, choice FROM ballots")));
        QStringList scanned;
        QStringList slotList;
        while (q.next()) {
            slotList.append(q.value(0).toString());
            scanned.append(q.value(1).isNull() ? QStringLiteral("-") : q.value(1).toString());
        }
        QStringList sortedSlots = slotList;
        sortedSlots.sort();
        QCOMPARE(slotList, sortedSlots);

        // The choices in the order of their bytes in the file: each slot is there once, its choice
        // right after it.
        const QByteArray bytes = ballotBytes(*ws, path);
        QMap<qsizetype, QString> byOffset;
        for (qsizetype i = 0; i < slotList.size(); ++i) {
            const QByteArray slot = slotList[i].toLatin1();
            const qsizetype at = bytes.indexOf(slot);
            QVERIFY2(at >= 0, "a ballot is not in the database file");
            QCOMPARE(bytes.indexOf(slot, at + 1), qsizetype(-1));
            // PostgreSQL writes a text value after a one-byte length header.
            const qsizetype header = ws->isServer() ? 1 : 0;
            if (scanned[i] != QLatin1String("-"))
                QCOMPARE(bytes.mid(at + slot.size() + header, scanned[i].size()), scanned[i].toLatin1());
            byOffset.insert(at, scanned[i]);
        }
        const QStringList inFile = byOffset.values();
        QStringList reversed = scanned;
        std::reverse(reversed.begin(), reversed.end());
        // The place in the file is a function of the random slots alone.
        QVERIFY2(inFile == scanned || inFile == reversed,
                 qPrintable(inFile.join(QLatin1Char(' ')) + QStringLiteral(" / ") + scanned.join(QLatin1Char(' '))));
        QStringList castReversed = cast;
        std::reverse(castReversed.begin(), castReversed.end());
        castingOrder += inFile == cast ? 1 : 0;
        reverseCastingOrder += inFile == castReversed ? 1 : 0;

        // The audit event of a cast names the voter (the roll is public) but holds nothing of the
        // ballot beyond "one ballot in round 1": not the choice, no count and no digest of the box.
        const auto events = AuditLog::events(*ws, id);
        int castEvents = 0;
        for (const AuditLog::Event& e : *events.value) {
            if (e.action != QLatin1String("ballot_cast"))
                continue;
            const QJsonObject body = QJsonDocument::fromJson(e.body).object();
            const QString choice = cast.at(castEvents);
            ++castEvents;
            QCOMPARE(body.value(QStringLiteral("details")).toObject(), (QJsonObject{{QStringLiteral("round"), 1}}));
            for (const QJsonValue& c : body.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject change = c.toObject();
                const QString table = change.value(QStringLiteral("table")).toString();
                if (table == QLatin1String("ballots")) {
                    QCOMPARE(change.keys(), (QStringList{QStringLiteral("negotiation_id"), QStringLiteral("op"),
                                                         QStringLiteral("round_no"), QStringLiteral("table")}));
                    QCOMPARE(change.value(QStringLiteral("op")).toString(), QStringLiteral("ballot_cast"));
                } else {
                    QVERIFY2(table == QLatin1String("vote_roll") || table == QLatin1String("negotiations"),
                             qPrintable(table));
                    if (choice != QLatin1String("-"))
                        QVERIFY2(!QJsonDocument(change).toJson().contains(choice.toLatin1()), qPrintable(table));
                }
            }
        }
        QCOMPARE(castEvents, int(choices.size()));
        QVERIFY(AuditLog::verify(*ws).value->ok);
    }
    // Over the trials the order in the file is not the order of casting, either way round.
    QVERIFY2(castingOrder < kTrials && reverseCastingOrder < kTrials,
             qPrintable(QStringLiteral("%1 / %2 of %3").arg(castingOrder).arg(reverseCastingOrder).arg(kTrials)));
}

QTEST_GUILESS_MAIN(TestVote)
#include "tst_vote.moc"
