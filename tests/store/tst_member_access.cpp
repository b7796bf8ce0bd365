#include "StoreFixture.h"

#include "store/AuditLog.h"
#include "store/MemberAccess.h"
#include "store/MemberSession.h"
#include "store/NegotiationRecord.h"
#include "store/RecordReader.h"
#include "store/SchemaMigrations.h"
#include "store/ScoringService.h"
#include "store/WorkspaceCopy.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QTemporaryDir>

using namespace tp;
using namespace tp::store;

namespace {

const QString kSecretary = QStringLiteral("秘书");

Scenario unscored()
{
    Scenario s = StoreFixture::example(QStringLiteral("cixi-2014"));
    s.scores.reset();
    return s;
}

QList<ScoreEntry> sheetOf(const QString& panelist)
{
    QList<ScoreEntry> sheet;
    const Scenario scenario = StoreFixture::example(QStringLiteral("cixi-2014"));
    for (const ScoreEntry& e : *scenario.scores)
        if (e.panelist == panelist)
            sheet.append(e);
    return sheet;
}

const MemberCredential* credentialOf(const QList<MemberCredential>& list, const QString& panelist)
{
    for (const MemberCredential& c : list)
        if (c.panelist == panelist)
            return &c;
    return nullptr;
}

MemberProgress progressOf(const QList<MemberProgress>& list, const QString& panelist)
{
    for (const MemberProgress& p : list)
        if (p.panelist == panelist)
            return p;
    return {};
}

// Enters a whole sheet cell by cell on a member terminal, then submits it.
bool scoreOnTerminal(MemberSession& session, const QString& panelist)
{
    for (const ScoreEntry& e : sheetOf(panelist)) {
        const auto r = session.recordScore(e.bidder, e.criterion, e.score);
        if (!r.ok()) {
            qWarning("%s", qPrintable(r.problem.toString()));
            return false;
        }
    }
    const auto submitted = session.submitSheet();
    if (!submitted.ok())
        qWarning("%s", qPrintable(submitted.problem.toString()));
    return submitted.ok();
}

} // namespace

// The secretary's side of member terminals: credentials issued and revoked, the members' progress,
// what the laptop refuses for a member who scores on a terminal, and the end of the credentials with
// the result. Needs the PostgreSQL test server.
class TestMemberAccess : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void issueScoreAndRevoke();
    void refusals();
    void laptopRefusesTerminalMembers();
    void mixedPanelAndAutomaticRevocation();
    void fileCopyWithActiveCredentials();
    void terminalsScoreAfterUpgrade();

private:
    QString m_address;
    std::shared_ptr<Workspace> m_ws;
    qint64 m_id = 0;
};

void TestMemberAccess::init()
{
    m_address = TestEngine::newDatabase();
    m_ws = StoreFixture::open(m_address);
    const auto imported = NegotiationStore(*m_ws).importScenario(unscored(), kSecretary);
    QVERIFY2(imported.ok(), qPrintable(imported.problem.toString()));
    m_id = imported.value->id;
}

void TestMemberAccess::cleanup()
{
    m_ws.reset();
}

void TestMemberAccess::issueScoreAndRevoke()
{
    MemberAccess access(*m_ws);
    const auto issued = access.issue(m_id, {QStringLiteral("P1"), QStringLiteral("P2")}, kSecretary);
    QVERIFY2(issued.ok(), qPrintable(issued.problem.toString()));
    QCOMPARE(issued.value->size(), 2);
    const MemberCredential* p1 = credentialOf(*issued.value, QStringLiteral("P1"));
    const MemberCredential* p2 = credentialOf(*issued.value, QStringLiteral("P2"));
    QVERIFY(p1 && p2);
    QVERIFY(QRegularExpression(QStringLiteral("^tpm_[a-z0-9]{12}$")).match(p1->login).hasMatch());
    QCOMPARE(p1->password.size(), 20);
    QVERIFY(p1->password != p2->password);
    QCOMPARE(p1->name, QStringLiteral("赵明"));
    QVERIFY(p1->address.contains(p1->login + QLatin1Char('@')));
    QVERIFY(!p1->address.contains(p1->password));
    QVERIFY(p1->connectionUri.contains(p1->login + QLatin1Char(':') + p1->password + QLatin1Char('@')));
    QVERIFY(p1->server.startsWith(QStringLiteral("127.0.0.1:")));

    // The password is stored nowhere: not in the record, not in the audit log; the server keeps only
    // its SCRAM verifier.
    QCOMPARE(StoreFixture::rawValue(m_address, QStringLiteral("SELECT COUNT(*) FROM member_logins")).toInt(), 2);
    const QString bodies =
        StoreFixture::rawValue(m_address, QStringLiteral("SELECT string_agg(body, ' ') FROM audit_events")).toString();
    QVERIFY(bodies.contains(p1->login));
    QVERIFY(!bodies.contains(p1->password));
    QVERIFY(StoreFixture::rawValue(
                m_address, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(p1->login))
                .toString()
                .startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));

    auto progress = access.progress(m_id);
    QVERIFY(progress.ok());
    QCOMPARE(progressOf(*progress.value, QStringLiteral("P1")).state, MemberProgress::State::Waiting);
    QCOMPARE(progressOf(*progress.value, QStringLiteral("P1")).cells, 3 * 8);
    QCOMPARE(progressOf(*progress.value, QStringLiteral("P3")).state, MemberProgress::State::NoCredential);

    // The member's terminal: its own negotiation, its qualified bidders in the drawn order.
    auto opened = MemberSession::open(p1->address, p1->password);
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    MemberSession& session = **opened.value;
    QVERIFY(MemberSession::isMemberLogin(session.workspace()));
    QVERIFY(!MemberSession::isMemberLogin(*m_ws));
    auto view = session.view();
    QVERIFY2(view.ok(), qPrintable(view.problem.toString()));
    QCOMPARE(view.value->panelist, QStringLiteral("P1"));
    QCOMPARE(view.value->panelistName, QStringLiteral("赵明"));
    QCOMPARE(view.value->criteria.size(), 8);
    const auto qualification = NegotiationRecord::qualification(*m_ws, m_id);
    QVERIFY(qualification.ok());
    const auto evaluation = NegotiationRecord::evaluate(*m_ws, m_id);
    QVERIFY(evaluation.ok() && evaluation.value->draw);
    QStringList shown;
    for (const MemberView::Bidder& b : view.value->bidders)
        shown.append(b.code);
    QCOMPARE(shown, evaluation.value->draw->order);
    QCOMPARE(view.value->sheetsTotal, 7);
    QCOMPARE(view.value->sheetsIn, 0);
    QVERIFY(!view.value->submitted);

    // A cell, a refusal (above the maximum), an incomplete sheet.
    const ScoreEntry first = sheetOf(QStringLiteral("P1")).first();
    QVERIFY(session.recordScore(first.bidder, first.criterion, first.score).ok());
    QCOMPARE(session.recordScore(first.bidder, first.criterion, 100000).failure, Failure::Invalid);
    QCOMPARE(session.submitSheet().failure, Failure::Refused);
    progress = access.progress(m_id);
    QCOMPARE(progressOf(*progress.value, QStringLiteral("P1")).state, MemberProgress::State::Scoring);
    QCOMPARE(progressOf(*progress.value, QStringLiteral("P1")).entered, 1);

    QVERIFY(scoreOnTerminal(session, QStringLiteral("P1")));
    view = session.view();
    QVERIFY(view.ok());
    QVERIFY(view.value->submitted);
    QCOMPARE(view.value->own.size(), 24);
    QCOMPARE(view.value->sheetsIn, 1);
    QCOMPARE(session.recordScore(first.bidder, first.criterion, first.score).failure, Failure::Refused);
    progress = access.progress(m_id);
    QCOMPARE(progressOf(*progress.value, QStringLiteral("P1")).state, MemberProgress::State::Submitted);
    // The laptop sees the terminal's sheet as submitted, in the stage the first sheet moves it to.
    QVERIFY(ScoringService(*m_ws).submittedSheets(m_id).value->contains(QStringLiteral("P1")));
    const auto stage = RecordReader::rows(*m_ws, QStringLiteral("negotiations"), {{QStringLiteral("id"), m_id}});
    QCOMPARE(stage.value->first().value(QStringLiteral("stage")).toString(), QStringLiteral("scoring"));

    // Every terminal action is one audit event the chain verifies.
    auto verified = AuditLog::verify(*m_ws);
    QVERIFY(verified.ok());
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
    const auto events = AuditLog::events(*m_ws, m_id);
    QCOMPARE(events.value->last().action, QStringLiteral("sheet_submitted"));
    QCOMPARE(events.value->last().actor, QStringLiteral("赵明 (%1)").arg(p1->login));

    // Revoking P2: its login is gone and cannot be used any more; a terminal still open on it reads
    // that its credential is revoked, and nothing of the sheet.
    auto openP2 = MemberSession::open(p2->address, p2->password);
    QVERIFY2(openP2.ok(), qPrintable(openP2.problem.toString()));
    QVERIFY(!(*openP2.value)->view().value->revoked);
    const auto revoked = access.revoke(m_id, {QStringLiteral("P2")}, kSecretary);
    QVERIFY2(revoked.ok(), qPrintable(revoked.problem.toString()));
    QCOMPARE(*revoked.value, 1);
    QCOMPARE(StoreFixture::rawValue(m_address,
                                    QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1'").arg(p2->login))
                 .toInt(),
             0);
    QCOMPARE(MemberSession::open(p2->address, p2->password).failure, Failure::Storage);
    const auto afterRevoke = (*openP2.value)->view();
    QVERIFY2(afterRevoke.ok(), qPrintable(afterRevoke.problem.toString()));
    QVERIFY(afterRevoke.value->revoked);
    QVERIFY(afterRevoke.value->criteria.isEmpty() && afterRevoke.value->own.isEmpty());
    progress = access.progress(m_id);
    QCOMPARE(progressOf(*progress.value, QStringLiteral("P2")).state, MemberProgress::State::Revoked);
    QVERIFY(progressOf(*progress.value, QStringLiteral("P2")).terminal);
    // Nothing left to revoke for P2: no event.
    QCOMPARE(*access.revoke(m_id, {QStringLiteral("P2")}, kSecretary).value, 0);
    // A new credential may be issued after a revocation.
    QVERIFY(access.issue(m_id, {QStringLiteral("P2")}, kSecretary).ok());

    verified = AuditLog::verify(*m_ws);
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
}

void TestMemberAccess::refusals()
{
    MemberAccess access(*m_ws);
    // A workspace file has no terminals.
    QTemporaryDir dir;
    auto file = StoreFixture::open(dir.filePath(QStringLiteral("ws.sqlite")));
    QVERIFY(MemberAccess::unsupported(*file));
    QCOMPARE(MemberAccess(*file).issue(1, {}, kSecretary).failure, Failure::Refused);
    QVERIFY(!MemberAccess::unsupported(*m_ws));

    // Before the draw.
    Scenario early = unscored();
    early.draw.reset();
    const auto imported = NegotiationStore(*m_ws).importScenario(early, kSecretary);
    QVERIFY2(imported.ok(), qPrintable(imported.problem.toString()));
    const auto beforeDraw = access.issue(imported.value->id, {}, kSecretary);
    QCOMPARE(beforeDraw.failure, Failure::Refused);
    QVERIFY(beforeDraw.problem.why.contains(QStringLiteral("draw")));

    // A submitted sheet needs no credential; an unknown member; a member who holds one already.
    QVERIFY(
        ScoringService(*m_ws).enterSheet(m_id, QStringLiteral("P1"), sheetOf(QStringLiteral("P1")), kSecretary).ok());
    QCOMPARE(access.issue(m_id, {QStringLiteral("P1")}, kSecretary).failure, Failure::Refused);
    QCOMPARE(access.issue(m_id, {QStringLiteral("P9")}, kSecretary).failure, Failure::Invalid);
    QVERIFY(access.issue(m_id, {QStringLiteral("P2")}, kSecretary).ok());
    QCOMPARE(access.issue(m_id, {QStringLiteral("P2")}, kSecretary).failure, Failure::Refused);
    // Everyone else (P3..P7) when no one is named.
    const auto rest = access.issue(m_id, {}, kSecretary);
    QVERIFY2(rest.ok(), qPrintable(rest.problem.toString()));
    QCOMPARE(rest.value->size(), 5);
    QCOMPARE(access.issue(m_id, {}, kSecretary).failure, Failure::Refused);

    // A login that may not create roles is told so, and nothing is issued.
    QVERIFY(StoreFixture::rawExec(
        m_address, {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tp_plain') "
                                   "THEN CREATE ROLE tp_plain LOGIN; END IF; END $$"),
                    QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO tp_plain")}));
    QString plainAddress = m_address;
    plainAddress.replace(QStringLiteral("//tenderpanel@"), QStringLiteral("//tp_plain@"));
    auto plain = StoreFixture::open(plainAddress);
    const auto refused = MemberAccess(*plain).issue(m_id, {}, kSecretary);
    QCOMPARE(refused.failure, Failure::Refused);
    QVERIFY2(refused.problem.why.contains(QStringLiteral("owns")) ||
                 refused.problem.why.contains(QStringLiteral("CREATEROLE")),
             qPrintable(refused.problem.why));
}

void TestMemberAccess::laptopRefusesTerminalMembers()
{
    ScoringService scoring(*m_ws);
    QVERIFY(MemberAccess(*m_ws).issue(m_id, {QStringLiteral("P3")}, kSecretary).ok());
    const QList<ScoreEntry> sheet = sheetOf(QStringLiteral("P3"));
    const ScoreEntry& e = sheet.first();
    for (const auto& refusal :
         {scoring.recordScore(m_id, QStringLiteral("P3"), e.bidder, e.criterion, e.score, kSecretary),
          scoring.enterSheet(m_id, QStringLiteral("P3"), sheet, kSecretary),
          scoring.submitSheet(m_id, QStringLiteral("P3"), kSecretary)}) {
        QCOMPARE(refusal.failure, Failure::Refused);
        QVERIFY2(refusal.problem.why.contains(QStringLiteral("own terminal")), qPrintable(refusal.problem.why));
    }
    QCOMPARE(scoring.sheetValues(m_id, QStringLiteral("P3")).failure, Failure::Refused);
    // Other members keep the laptop.
    QVERIFY(scoring.recordScore(m_id, QStringLiteral("P4"), e.bidder, e.criterion, e.score, kSecretary).ok());
    QVERIFY(scoring.sheetValues(m_id, QStringLiteral("P4")).ok());
    // Revoked: the laptop takes the sheet again.
    QVERIFY(MemberAccess(*m_ws).revoke(m_id, {QStringLiteral("P3")}, kSecretary).ok());
    QVERIFY(scoring.recordScore(m_id, QStringLiteral("P3"), e.bidder, e.criterion, e.score, kSecretary).ok());
    // A new credential beside the revoked one: the terminal has the sheet again.
    QVERIFY(MemberAccess(*m_ws).issue(m_id, {QStringLiteral("P3")}, kSecretary).ok());
    QCOMPARE(scoring.recordScore(m_id, QStringLiteral("P3"), e.bidder, e.criterion, e.score, kSecretary).failure,
             Failure::Refused);
    QVERIFY(MemberAccess(*m_ws).revoke(m_id, {QStringLiteral("P3")}, kSecretary).ok());
    QVERIFY(scoring.enterSheet(m_id, QStringLiteral("P3"), sheet, kSecretary).ok());
}

void TestMemberAccess::mixedPanelAndAutomaticRevocation()
{
    MemberAccess access(*m_ws);
    ScoringService scoring(*m_ws);
    const QStringList terminals{QStringLiteral("P1"), QStringLiteral("P4"), QStringLiteral("P6")};
    const auto issued = access.issue(m_id, terminals, kSecretary);
    QVERIFY2(issued.ok(), qPrintable(issued.problem.toString()));
    for (const QString& p : {QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P5"), QStringLiteral("P7")})
        QVERIFY(scoring.enterSheet(m_id, p, sheetOf(p), kSecretary).ok());
    for (const MemberCredential& c : *issued.value) {
        auto session = MemberSession::open(c.address, c.password);
        QVERIFY2(session.ok(), qPrintable(session.problem.toString()));
        QVERIFY(scoreOnTerminal(**session.value, c.panelist));
    }
    const auto result = scoring.recordResult(m_id, kSecretary);
    QVERIFY2(result.ok(), qPrintable(result.problem.toString()));
    QCOMPARE(result.value->status, EvaluationStatus::Final);

    // The same scores entered on one laptop give the same result.
    QTemporaryDir dir;
    auto laptop = StoreFixture::open(dir.filePath(QStringLiteral("laptop.sqlite")));
    const auto reference =
        NegotiationStore(*laptop).importScenario(StoreFixture::example(QStringLiteral("cixi-2014")), kSecretary);
    QVERIFY(reference.ok());
    const auto expected = ScoringService(*laptop).recordResult(reference.value->id, kSecretary);
    QVERIFY(expected.ok());
    QCOMPARE(result.value->winners, expected.value->winners);
    QCOMPARE(result.value->status, expected.value->status);

    // The fixed result ended every credential in its transaction.
    const auto logins = RecordReader::rows(*m_ws, QStringLiteral("member_logins"), {});
    QCOMPARE(logins.value->size(), 3);
    for (const QVariantMap& l : *logins.value) {
        QVERIFY(l.value(QStringLiteral("revoked_at")).isValid());
        QCOMPARE(StoreFixture::rawValue(m_address, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1'")
                                                       .arg(l.value(QStringLiteral("login")).toString()))
                     .toInt(),
                 0);
    }
    QCOMPARE(MemberSession::open(issued.value->first().address, issued.value->first().password).failure,
             Failure::Storage);
    const auto progress = access.progress(m_id);
    QCOMPARE(progressOf(*progress.value, QStringLiteral("P1")).state, MemberProgress::State::Submitted);
    const auto verified = AuditLog::verify(*m_ws);
    QVERIFY(verified.ok());
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
}

void TestMemberAccess::fileCopyWithActiveCredentials()
{
    // A server workspace copied to a file while P5 holds a credential: the file keeps the laptop's
    // refusal until the credential is marked revoked there (no login to drop on a file).
    QVERIFY(MemberAccess(*m_ws).issue(m_id, {QStringLiteral("P5")}, kSecretary).ok());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("copy.sqlite"));
    const auto copied = WorkspaceCopy::copy(m_address, file, kSecretary);
    QVERIFY2(copied.ok(), qPrintable(copied.problem.toString()));
    auto copy = StoreFixture::open(file);
    ScoringService scoring(*copy);
    const QList<ScoreEntry> sheet = sheetOf(QStringLiteral("P5"));
    QCOMPARE(scoring.enterSheet(m_id, QStringLiteral("P5"), sheet, kSecretary).failure, Failure::Refused);
    QCOMPARE(MemberAccess(*copy).issue(m_id, {}, kSecretary).failure, Failure::Refused);
    const auto revoked = MemberAccess(*copy).revoke(m_id, {}, kSecretary);
    QVERIFY2(revoked.ok(), qPrintable(revoked.problem.toString()));
    QCOMPARE(*revoked.value, 1);
    QVERIFY(scoring.enterSheet(m_id, QStringLiteral("P5"), sheet, kSecretary).ok());
    const auto verified = AuditLog::verify(*copy);
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
}

// Credentials issued on a server at version 7, whose terminal functions still set the negotiation's
// updated_at: the upgrade to version 8 drops that column and makes the functions again, so the member
// scores on after it, and the list gives the time of the member's score.
void TestMemberAccess::terminalsScoreAfterUpgrade()
{
    const QString address = TestEngine::newDatabase();
    QString password;
    QString login;
    qint64 id = 0;
    {
        Workspace::Options options;
        options.targetVersion = 7;
        auto opened = Workspace::open(address, options);
        QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
        Workspace& ws = **opened.value;
        QCOMPARE(ws.schemaVersion(), 7);
        const auto imported = NegotiationStore(ws).importScenario(unscored(), kSecretary);
        QVERIFY2(imported.ok(), qPrintable(imported.problem.toString()));
        id = imported.value->id;
        const auto issued = MemberAccess(ws).issue(id, {QStringLiteral("P1")}, kSecretary);
        QVERIFY2(issued.ok(), qPrintable(issued.problem.toString()));
        login = issued.value->first().address;
        password = issued.value->first().password;
    }
    // The function that writes the negotiation's row, as the program of version 7 made it.
    const QString schema =
        StoreFixture::rawValue(address, QStringLiteral("SELECT quote_ident(current_schema())")).toString();
    QVERIFY(StoreFixture::rawExec(
        address,
        {QStringLiteral(
             "CREATE OR REPLACE FUNCTION tp_touch(p_negotiation bigint, p_now timestamptz, p_stage text,"
             " p_scores boolean) RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, %1,"
             " pg_temp AS $f$ DECLARE v_before jsonb; v_after jsonb; BEGIN"
             " SELECT to_jsonb(n) INTO v_before FROM negotiations n WHERE n.id = p_negotiation;"
             " UPDATE negotiations AS n SET updated_at = tp_time_text(p_now), stage = coalesce(p_stage, n.stage),"
             " has_scores = CASE WHEN p_scores THEN 1 ELSE n.has_scores END WHERE n.id = p_negotiation"
             " RETURNING to_jsonb(n) INTO v_after;"
             " IF v_before = v_after THEN RETURN '[]'::jsonb; END IF;"
             " RETURN jsonb_build_array(jsonb_build_object('op', 'upsert', 'table', 'negotiations',"
             " 'before', v_before, 'after', v_after)); END $f$")
             .arg(schema)}));
    auto upgraded = StoreFixture::open(address);
    QCOMPARE(upgraded->schemaVersion(), SchemaMigrations::kCurrentVersion);

    auto opened = MemberSession::open(login, password);
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    const ScoreEntry first = sheetOf(QStringLiteral("P1")).first();
    const auto scored = (*opened.value)->recordScore(first.bidder, first.criterion, first.score);
    QVERIFY2(scored.ok(), qPrintable(scored.problem.toString()));
    opened.value->reset();

    QCOMPARE(StoreFixture::rawValue(address, QStringLiteral("SELECT hundredths FROM scores")).toLongLong(),
             first.score);
    QCOMPARE(NegotiationStore(*upgraded).summary(id).value->updatedAt,
             StoreFixture::rawValue(address, QStringLiteral("SELECT at FROM audit_events WHERE action = "
                                                            "'score_recorded'"))
                 .toString());
    const auto verified = AuditLog::verify(*upgraded);
    QVERIFY(verified.ok());
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
}

QTEST_GUILESS_MAIN(TestMemberAccess)
#include "tst_member_access.moc"
