#include "MemberFixture.h"

#include "store/MemberSession.h"
#include "store/ScoringService.h"

#include <QTemporaryDir>

using namespace tp;
using namespace tp::store;

namespace {

const QString kSecretary = QStringLiteral("秘书");
const QString kTie = QStringLiteral("tie-vote");

// The server refused the statement because the login lacks the privilege.
bool deniedAccess(const QSqlError& error)
{
    return error.isValid() && error.nativeErrorCode() == QLatin1String("42501");
}

// One of the member functions refused it, for `code`.
bool refused(const QSqlError& error, const QString& code)
{
    return error.isValid() && error.databaseText().contains(QStringLiteral("tp:") + code + QLatin1Char(':'));
}

} // namespace

// A member login used outside the program, with any PostgreSQL client: everything beyond the own
// sheet and the own ballot is refused by the server itself. Needs the PostgreSQL test server.
class TestMemberHostile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void readsOnlyOwnRows();
    void writesOnlyThroughTheFunctions();
    void submittedSheetStaysLocked();
    void oneBallotAndNoPeeking();
    void revokedAndWrongPassword();
    void chainVerifies();

private:
    QString m_address;
    std::shared_ptr<Workspace> m_ws;
    qint64 m_a = 0; // negotiation A: every member on a terminal
    qint64 m_b = 0; // negotiation B: P1 on a terminal
    QList<MemberCredential> m_creds;
    MemberCredential m_otherP1; // P1 of negotiation B
    QSqlDatabase m_p1;          // P1 of A, as a plain client
};

void TestMemberHostile::initTestCase()
{
    m_address = TestEngine::newDatabase();
    m_ws = StoreFixture::open(m_address);
    NegotiationStore store(*m_ws);
    m_a = store.importScenario(MemberFixture::unscored(kTie), kSecretary).value->id;
    m_b = store.importScenario(MemberFixture::unscored(kTie), kSecretary).value->id;
    MemberAccess access(*m_ws);
    const auto issued = access.issue(m_a, {}, kSecretary);
    QVERIFY2(issued.ok(), qPrintable(issued.problem.toString()));
    m_creds = *issued.value;
    const auto other = access.issue(m_b, {QStringLiteral("P1")}, kSecretary);
    QVERIFY2(other.ok(), qPrintable(other.problem.toString()));
    m_otherP1 = other.value->first();
    // B: P2 enters a score on the laptop; A: P2 a draft on the terminal.
    QVERIFY(ScoringService(*m_ws)
                .recordScore(m_b, QStringLiteral("P2"), QStringLiteral("B1"), QStringLiteral("C1"), 5000, kSecretary)
                .ok());
    auto p2 = MemberSession::open(MemberFixture::credentialOf(m_creds, QStringLiteral("P2"))->address,
                                  MemberFixture::credentialOf(m_creds, QStringLiteral("P2"))->password);
    QVERIFY2(p2.ok(), qPrintable(p2.problem.toString()));
    QVERIFY((*p2.value)->recordScore(QStringLiteral("B1"), QStringLiteral("C1"), 4000).ok());
    m_p1 = MemberFixture::connect(*MemberFixture::credentialOf(m_creds, QStringLiteral("P1")), QStringLiteral("p1"));
    QVERIFY2(m_p1.isOpen(), qPrintable(m_p1.lastError().text()));
}

void TestMemberHostile::cleanupTestCase()
{
    m_p1.close();
    m_p1 = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("p1"));
    m_ws.reset();
}

void TestMemberHostile::readsOnlyOwnRows()
{
    int rows = -1;
    // Another member's draft, before every sheet is in: no row, whatever the query.
    QVERIFY(
        !MemberFixture::run(m_p1, QStringLiteral("SELECT * FROM scores WHERE panelist_code = 'P2'"), &rows).isValid());
    QCOMPARE(rows, 0);
    QVERIFY(!MemberFixture::run(m_p1, QStringLiteral("SELECT * FROM scores"), &rows).isValid());
    QCOMPARE(rows, 0);
    // Another negotiation's rows: none of them.
    QCOMPARE(MemberFixture::value(m_p1, QStringLiteral("SELECT COUNT(*) FROM negotiations")).toInt(), 1);
    QCOMPARE(MemberFixture::value(m_p1, QStringLiteral("SELECT MIN(id) FROM negotiations")).toLongLong(), m_a);
    QCOMPARE(
        MemberFixture::value(m_p1, QStringLiteral("SELECT COUNT(*) FROM panelists WHERE negotiation_id = %1").arg(m_b))
            .toInt(),
        0);
    QCOMPARE(MemberFixture::value(m_p1, QStringLiteral("SELECT COUNT(*) FROM bidders")).toInt(), 3);
    // Tables with no grant at all.
    for (const char* table : {"vote_roll", "ballots", "audit_events", "member_logins", "draw_commitments",
                              "corrections", "results", "documents", "proposals", "allocations"})
        QVERIFY2(deniedAccess(MemberFixture::run(m_p1, QStringLiteral("SELECT * FROM ") + QLatin1String(table))),
                 table);
    // The helper functions behind the member functions.
    QVERIFY(deniedAccess(
        MemberFixture::run(m_p1, QStringLiteral("SELECT tp_append_event('x', 'x', NULL, '{}', '[]', now())"))));
    QVERIFY(deniedAccess(MemberFixture::run(m_p1, QStringLiteral("SELECT * FROM tp_qualified(%1)").arg(m_b))));
}

void TestMemberHostile::writesOnlyThroughTheFunctions()
{
    // Directly: no INSERT, UPDATE or DELETE on any table.
    QVERIFY(deniedAccess(
        MemberFixture::run(m_p1, QStringLiteral("INSERT INTO scores VALUES (%1, 'P2', 'B2', 'C1', 100)").arg(m_a))));
    QVERIFY(deniedAccess(
        MemberFixture::run(m_p1, QStringLiteral("INSERT INTO scores VALUES (%1, 'P1', 'B2', 'C1', 100)").arg(m_a))));
    QVERIFY(deniedAccess(MemberFixture::run(m_p1, QStringLiteral("UPDATE scores SET hundredths = 0"))));
    QVERIFY(deniedAccess(MemberFixture::run(m_p1, QStringLiteral("DELETE FROM scores"))));
    QVERIFY(deniedAccess(MemberFixture::run(m_p1, QStringLiteral("UPDATE negotiations SET stage = 'result'"))));
    QVERIFY(deniedAccess(MemberFixture::run(
        m_p1, QStringLiteral("INSERT INTO sheets VALUES (%1, 'P2', '2024-01-01T00:00:00Z')").arg(m_a))));
    QVERIFY(deniedAccess(MemberFixture::run(
        m_p1, QStringLiteral("INSERT INTO audit_events VALUES (999, NULL, 'x', 'x', 'x', '{}', 'x', 'x')"))));
    QVERIFY(deniedAccess(MemberFixture::run(m_p1, QStringLiteral("DELETE FROM audit_events"))));
    // Through the functions, another member's sheet or another negotiation.
    QVERIFY(refused(
        MemberFixture::run(m_p1, QStringLiteral("SELECT tp_member_record_score(%1, 'P2', 'B1', 'C1', 100)").arg(m_a)),
        QStringLiteral("not_own")));
    QVERIFY(refused(
        MemberFixture::run(m_p1, QStringLiteral("SELECT tp_member_record_score(%1, 'P1', 'B1', 'C1', 100)").arg(m_b)),
        QStringLiteral("not_own")));
    QVERIFY(refused(MemberFixture::run(m_p1, QStringLiteral("SELECT tp_member_submit_sheet(%1, 'P2')").arg(m_a)),
                    QStringLiteral("not_own")));
    // Out of range, unknown criterion: refused, nothing written.
    QVERIFY(refused(
        MemberFixture::run(m_p1, QStringLiteral("SELECT tp_member_record_score(%1, 'P1', 'B1', 'C1', 6001)").arg(m_a)),
        QStringLiteral("out_of_range")));
    QVERIFY(refused(
        MemberFixture::run(m_p1, QStringLiteral("SELECT tp_member_record_score(%1, 'P1', 'B1', 'C9', 100)").arg(m_a)),
        QStringLiteral("no_criterion")));
    QCOMPARE(StoreFixture::rawValue(m_address,
                                    QStringLiteral("SELECT COUNT(*) FROM scores WHERE negotiation_id = %1").arg(m_a))
                 .toInt(),
             1);
    QCOMPARE(StoreFixture::rawValue(m_address, QStringLiteral("SELECT hundredths FROM scores WHERE negotiation_id = "
                                                              "%1 AND panelist_code = 'P2'")
                                                   .arg(m_b))
                 .toInt(),
             5000);
}

void TestMemberHostile::submittedSheetStaysLocked()
{
    // Every member of A enters and submits the sheet on the terminal.
    for (const MemberCredential& c : m_creds) {
        auto session = MemberSession::open(c.address, c.password);
        QVERIFY2(session.ok(), qPrintable(session.problem.toString()));
        for (const ScoreEntry& e : MemberFixture::sheetOf(kTie, c.panelist))
            QVERIFY((*session.value)->recordScore(e.bidder, e.criterion, e.score).ok());
        QVERIFY((*session.value)->submitSheet().ok());
        if (c.panelist == QLatin1String("P1")) {
            // P1's sheet is in, others are not: still only P1's own rows.
            QCOMPARE(MemberFixture::value(m_p1, QStringLiteral("SELECT COUNT(*) FROM scores")).toInt(), 6);
            // The submitted sheet is locked, through the function and directly.
            QVERIFY(
                refused(MemberFixture::run(
                            m_p1, QStringLiteral("SELECT tp_member_record_score(%1, 'P1', 'B1', 'C1', 0)").arg(m_a)),
                        QStringLiteral("sheet_submitted")));
            QVERIFY(deniedAccess(MemberFixture::run(
                m_p1, QStringLiteral("UPDATE scores SET hundredths = 0 WHERE panelist_code = 'P1'"))));
            QVERIFY(deniedAccess(MemberFixture::run(m_p1, QStringLiteral("DELETE FROM sheets"))));
        }
    }
    // Every sheet is in: the panel's figures are open to the panel (of this negotiation only).
    QCOMPARE(MemberFixture::value(m_p1, QStringLiteral("SELECT COUNT(*) FROM scores")).toInt(), 5 * 3 * 2);
}

void TestMemberHostile::oneBallotAndNoPeeking()
{
    ScoringService scoring(*m_ws);
    const auto result = scoring.recordResult(m_a, kSecretary);
    QVERIFY2(result.ok(), qPrintable(result.problem.toString()));
    QCOMPARE(result.value->status, EvaluationStatus::VoteRequired);
    // The credentials stay for the vote.
    QVERIFY(m_p1.isOpen());
    const auto due = scoring.currentVoteRound(m_a);
    QVERIFY(due.ok() && *due.value);
    // The terminal never opens a round: nothing is open yet.
    QVERIFY(
        refused(MemberFixture::run(m_p1, QStringLiteral("SELECT tp_member_cast_ballot(%1, 'P1', 1, 'B1')").arg(m_a)),
                QStringLiteral("round_not_open")));
    const auto opened = scoring.openVoteRound(m_a, (*due.value)->tied, kSecretary);
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    const QString tiedBidder = (*due.value)->tied.first();

    QVERIFY(
        refused(MemberFixture::run(m_p1, QStringLiteral("SELECT tp_member_cast_ballot(%1, 'P1', 1, 'B3')").arg(m_a)),
                QStringLiteral("not_tied")));
    QVERIFY(
        refused(MemberFixture::run(
                    m_p1, QStringLiteral("SELECT tp_member_cast_ballot(%1, 'P2', 1, '%2')").arg(m_a).arg(tiedBidder)),
                QStringLiteral("not_own")));
    QVERIFY(!MemberFixture::run(
                 m_p1, QStringLiteral("SELECT tp_member_cast_ballot(%1, 'P1', 1, '%2')").arg(m_a).arg(tiedBidder))
                 .isValid());
    QVERIFY(
        refused(MemberFixture::run(m_p1, QStringLiteral("SELECT tp_member_cast_ballot(%1, 'P1', 1, NULL)").arg(m_a)),
                QStringLiteral("already_voted")));
    QVERIFY(MemberFixture::value(m_p1, QStringLiteral("SELECT tp_member_voted(1)")).toBool());
    // Neither the roll nor the box can be read, or written.
    QVERIFY(deniedAccess(MemberFixture::run(m_p1, QStringLiteral("SELECT * FROM vote_roll"))));
    QVERIFY(deniedAccess(MemberFixture::run(m_p1, QStringLiteral("SELECT * FROM ballots"))));
    QVERIFY(deniedAccess(MemberFixture::run(m_p1, QStringLiteral("SELECT COUNT(*) FROM ballots"))));
    QVERIFY(deniedAccess(MemberFixture::run(
        m_p1, QStringLiteral("INSERT INTO ballots VALUES (%1, 1, repeat('a', 32), 'B1')").arg(m_a))));
    QVERIFY(deniedAccess(MemberFixture::run(m_p1, QStringLiteral("DELETE FROM vote_roll"))));
    QCOMPARE(StoreFixture::rawValue(m_address, QStringLiteral("SELECT COUNT(*) FROM ballots")).toInt(), 1);
    QCOMPARE(StoreFixture::rawValue(m_address, QStringLiteral("SELECT COUNT(*) FROM vote_roll")).toInt(), 1);
    // The laptop refuses a ballot for a member who votes on a terminal.
    QCOMPARE(scoring.castBallot(m_a, 1, QStringLiteral("P3"), tiedBidder, kSecretary).failure, Failure::Refused);
}

void TestMemberHostile::revokedAndWrongPassword()
{
    const MemberCredential p2 = *MemberFixture::credentialOf(m_creds, QStringLiteral("P2"));
    // A wrong password.
    {
        QSqlDatabase wrong = MemberFixture::connect(p2, QStringLiteral("wrong"), QStringLiteral("not-the-password-1"));
        QVERIFY(!wrong.isOpen());
        QCOMPARE(MemberSession::open(p2.address, QStringLiteral("not-the-password-1")).failure, Failure::Storage);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
    {
        QSqlDatabase p2db = MemberFixture::connect(p2, QStringLiteral("p2"));
        QVERIFY(p2db.isOpen());
        QVERIFY(MemberFixture::value(p2db, QStringLiteral("SELECT COUNT(*) FROM tp_member_self()")).toInt() == 1);
        QVERIFY(MemberAccess(*m_ws).revoke(m_a, {QStringLiteral("P2")}, kSecretary).ok());
        // The open connection can do nothing any more (its session was ended, or it lost the role).
        const QSqlError after =
            MemberFixture::run(p2db, QStringLiteral("SELECT tp_member_cast_ballot(%1, 'P2', 1, NULL)").arg(m_a));
        QVERIFY(after.isValid());
        int rows = -1;
        const QSqlError read = MemberFixture::run(p2db, QStringLiteral("SELECT * FROM scores"), &rows);
        QVERIFY(read.isValid() || rows == 0);
        p2db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("p2"));
    // Logging in again with the revoked credential.
    {
        QSqlDatabase again = MemberFixture::connect(p2, QStringLiteral("again"));
        QVERIFY(!again.isOpen());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("again"));
    QCOMPARE(MemberSession::open(p2.address, p2.password).failure, Failure::Storage);
    // The ballot box still holds one ballot per roll entry.
    QCOMPARE(StoreFixture::rawValue(m_address, QStringLiteral("SELECT COUNT(*) FROM ballots")).toInt(), 1);
}

void TestMemberHostile::chainVerifies()
{
    const auto verified = AuditLog::verify(*m_ws);
    QVERIFY(verified.ok());
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
    // The terminal events are there, by their members.
    const auto events = AuditLog::events(*m_ws, m_a);
    int scores = 0, sheets = 0, ballots = 0;
    for (const AuditLog::Event& e : *events.value) {
        scores += e.action == QLatin1String("score_recorded");
        sheets += e.action == QLatin1String("sheet_submitted");
        ballots += e.action == QLatin1String("ballot_cast");
    }
    QCOMPARE(scores, 1 + 5 * 3 * 2 - 0);
    QCOMPARE(sheets, 5);
    QCOMPARE(ballots, 1);
}

QTEST_GUILESS_MAIN(TestMemberHostile)
#include "tst_member_hostile.moc"
