// The frame every action runs in (one transaction, one audit event, or nothing stored); the panel's
// actions that change several rows at once: a whole score sheet entered in one transaction, the
// draw's commitment stored when it is shown, and the review of abnormal scores; and the home view's
// search over the workspace; what a save reads again, and what it knows from the save before.
#include "StoreFixture.h"

#include "io/ScenarioWriter.h"
#include "rules/LotDraw.h"
#include "store/AuditLog.h"
#include "store/NegotiationAction.h"
#include "store/NegotiationRecord.h"
#include "store/ProcedureService.h"
#include "store/RecordReader.h"
#include "store/RowCodec.h"
#include "store/RowReader.h"
#include "store/ScoringService.h"
#include "store/StoreTables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QThread>
#include <array>
#include <functional>

#include <sqlite3.h>

using namespace tp;
using namespace tp::store;

namespace {

const QString kActor = QStringLiteral("张秘书");
const QString kSeedA = QStringLiteral("6b1f0c2a9d4e8f7a3c5b2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a");
const QString kSeedB = QString(64, QLatin1Char('b'));

qint64 count(const Workspace& ws, const QString& statement)
{
    QSqlQuery q(ws.database());
    if (!q.exec(statement) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString text(const Workspace& ws, const QString& statement)
{
    QSqlQuery q(ws.database());
    if (!q.exec(statement) || !q.next())
        return QStringLiteral("(%1)").arg(q.lastError().text());
    return q.value(0).toString();
}

// The time of the negotiation's last change, as the list of negotiations gives it.
QString updatedAt(Workspace& ws, qint64 id)
{
    const auto summary = NegotiationStore(ws).summary(id);
    return summary.ok() ? summary.value->updatedAt : summary.problem.toString();
}

// The statements run on a workspace file's connection while `action` runs, each as its verb and
// table ("SELECT scores", "INSERT audit_events", "BEGIN", "COMMIT"), in order.
QStringList statementsDuring(const Workspace& ws, const std::function<void()>& action)
{
    const QVariant handle = ws.database().driver()->handle();
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    QStringList seen;
    const auto trace = [](unsigned, void* context, void*, void* sql) -> int {
        const QString text = QString::fromUtf8(static_cast<const char*>(sql)).simplified();
        static const QRegularExpression table(
            QStringLiteral("^(?:(SELECT|DELETE)\\b.*?\\bFROM|(INSERT) INTO|(UPDATE)) ([a-z_]+)"),
            QRegularExpression::CaseInsensitiveOption);
        const auto m = table.match(text);
        const QString verb = m.captured(1) + m.captured(2) + m.captured(3);
        static_cast<QStringList*>(context)->append(m.hasMatch() ? verb.toUpper() + QLatin1Char(' ') + m.captured(4)
                                                                : text.section(QLatin1Char(' '), 0, 0).toUpper());
        return 0;
    };
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, trace, &seen);
    action();
    sqlite3_trace_v2(db, 0, nullptr, nullptr);
    return seen;
}

// How a sheet is spoiled before it is entered.
enum class Spoil
{
    None,
    AboveMaximumFirst,
    AboveMaximumLast,
    Negative,
    MissingCell,
    UnknownCriterion,
    UnknownBidder,
    ExcludedBidder,
    Twice,
    OtherPanelist,
};

// How the body of an action ends, or whether it runs at all.
enum class Ending
{
    Recorded,
    NothingChanged,
    Fails,
    RefusedAtStage,
};

} // namespace

Q_DECLARE_METATYPE(Ending)
Q_DECLARE_METATYPE(Spoil)
Q_DECLARE_METATYPE(tp::store::Failure)

class TestStoreActions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void actionFrame_data();
    void actionFrame();
    void typedRows();
    void enterSheet_data();
    void enterSheet();
    void enterSheetTwiceIsRefused();
    void commitmentStoredWhenShown();
    void commitmentSurvivesReopening();
    void abnormalScoresReviewed();
    void reviewTamperingIsFound();
    void search_data();
    void search();
    void scoreRefusedExactlyForTheExcluded_data();
    void scoreRefusedExactlyForTheExcluded();
    void draftBeforeTheResultIsRefused();
    void serviceAreasAreNotDroppedOnImport();
    void updatesWriteOnlyWhatChanges();
    void updatesAreRecordedByTheirChanges();
    void rewrittenUpdatesAreFound_data();
    void rewrittenUpdatesAreFound();
    void failedReadStoresNothing();
    void wholeRowUpdatesStillVerify();
    void updateIsDescribedAsUpsert_data();
    void updateIsDescribedAsUpsert();
    void updateRefusesWhatItCannotDo_data();
    void updateRefusesWhatItCannotDo();
    void existsAnswersAsRowDoes();
    void nextSaveReadsOnlyWhatItDoesNotKnow();
    void otherWorkspaceWritesAreSeen();
    void ownConnectionWritesAreSeen();
    void refusedSaveKeepsWhatIsKnown();
    void foreignTriggerStopsCarrying();

private:
    // Edits the body of audit event `seq` with `edit` and hashes the chain again from there, as
    // someone who knows the format could, behind the program's back.
    void rewriteEvent(qint64 seq, const std::function<void(QJsonObject& change)>& edit);
    qint64 twoScores();
    // Runs `statement` behind the program's back (the workspace closed meanwhile), then verifies.
    StoreResult<AuditLog::Verification> verifyAfter(const QString& statement);
    // The chain of twoScores() verifies; a score changed behind the program's back is then found, and
    // event `writer`, which wrote it last, named.
    void scoreChangeFound(qint64 writer);
    qint64 importCixi(bool withDraw, bool withScores);
    qint64 importFlagged();
    QList<ScoreEntry> fullSheet(qint64 id, const QString& panelist);
    QStringList saveScore(ScoringService& scoring, qint64 id, const char* panelist, const char* criterion,
                          Hundredths value);
    qint64 scoredOnce(ScoringService& scoring);

    QTemporaryDir* m_dir = nullptr;
    std::shared_ptr<Workspace> m_ws;
};

void TestStoreActions::init()
{
    m_dir = new QTemporaryDir;
    m_ws = StoreFixture::open(TestEngine::address(*m_dir));
}

void TestStoreActions::cleanup()
{
    m_ws.reset();
    delete m_dir;
    m_dir = nullptr;
}

qint64 TestStoreActions::importCixi(bool withDraw, bool withScores)
{
    Scenario cixi = StoreFixture::example(QStringLiteral("cixi-2014"));
    if (!withDraw)
        cixi.draw.reset();
    if (!withScores)
        cixi.scores.reset();
    const auto imported = NegotiationStore(*m_ws).importScenario(cixi, kActor);
    if (!imported.ok())
        qFatal("cannot import: %s", qPrintable(imported.problem.toString()));
    return imported.value->id;
}

// Cixi 2014 with two scores far from the rest of the panel: P3's 5 for B1 on C1 (max 20, the
// others about 17.9) and P5's 1 for B2 on C3 (max 10, the others about 8.2).
qint64 TestStoreActions::importFlagged()
{
    Scenario cixi = StoreFixture::example(QStringLiteral("cixi-2014"));
    QList<ScoreEntry> scores = cixi.scores->toList();
    for (ScoreEntry& e : scores) {
        if (e.panelist == QLatin1String("P3") && e.bidder == QLatin1String("B1") && e.criterion == QLatin1String("C1"))
            e.score = 500;
        if (e.panelist == QLatin1String("P5") && e.bidder == QLatin1String("B2") && e.criterion == QLatin1String("C3"))
            e.score = 100;
    }
    cixi.scores = scores;
    const auto imported = NegotiationStore(*m_ws).importScenario(cixi, kActor);
    if (!imported.ok())
        qFatal("cannot import: %s", qPrintable(imported.problem.toString()));
    return imported.value->id;
}

QList<ScoreEntry> TestStoreActions::fullSheet(qint64 id, const QString& panelist)
{
    const auto scenario = NegotiationStore(*m_ws).scenario(id);
    const auto qualification = NegotiationRecord::qualification(*m_ws, id);
    QList<ScoreEntry> sheet;
    for (const QString& bidder : qualification.value->qualified)
        for (const Criterion& c : scenario.value->criteria)
            sheet.append({panelist, bidder, c.id, c.max / 2});
    return sheet;
}

void TestStoreActions::actionFrame_data()
{
    QTest::addColumn<Ending>("ending");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<bool>("stored");
    QTest::newRow("recorded: the change and one event") << Ending::Recorded << Failure::None << true;
    QTest::newRow("nothing changed: no event, nothing stored") << Ending::NothingChanged << Failure::None << false;
    QTest::newRow("the body fails: nothing stored") << Ending::Fails << Failure::Invalid << false;
    QTest::newRow("the stage guard refuses: the body does not run")
        << Ending::RefusedAtStage << Failure::Refused << false;
}

// An action on a negotiation renames it in its body; what is stored and logged depends only on how
// the body ends, and the stage guard is asked before the body runs.
void TestStoreActions::actionFrame()
{
    QFETCH(Ending, ending);
    QFETCH(Failure, failure);
    QFETCH(bool, stored);
    const qint64 id = importCixi(false, false); // past the setup: setup changes are refused
    const QString eventsQuery = QStringLiteral("SELECT COUNT(*) FROM audit_events");
    const QString renamedQuery = QStringLiteral("SELECT COUNT(*) FROM negotiations WHERE title = 'renamed'");
    const qint64 events = count(*m_ws, eventsQuery);
    const StageGuard guard = ending == Ending::RefusedAtStage
                                 ? StageGuard(Procedure::checkSetupChange)
                                 : [](Stage) -> std::optional<Problem> { return std::nullopt; };
    bool ran = false;
    const auto result = NegotiationAction::run<Done>(
        *m_ws, id, kActor, guard, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            ran = true;
            QVariantMap renamed = neg;
            renamed.insert(QStringLiteral("title"), QStringLiteral("renamed"));
            NegotiationRecord::touch(tx, renamed);
            if (ending == Ending::Fails)
                return StoreResult<Done>::fail(Failure::Invalid, {QStringLiteral("title"), QStringLiteral("no")});
            event = ending == Ending::NothingChanged ? ActionEvent::none() : ActionEvent(QStringLiteral("renamed"));
            return StoreResult<Done>::success(Done());
        });
    QCOMPARE(result.failure, failure);
    QCOMPARE(ran, ending != Ending::RefusedAtStage);
    QCOMPARE(count(*m_ws, renamedQuery), stored ? 1 : 0);
    QCOMPARE(count(*m_ws, eventsQuery), events + (stored ? 1 : 0));
    if (stored) {
        const auto logged = AuditLog::events(*m_ws, id);
        QVERIFY(logged.ok());
        QCOMPARE(logged.value->last().action, QStringLiteral("renamed"));
    }
    const auto verification = AuditLog::verify(*m_ws);
    QVERIFY(verification.ok() && verification.value->ok);
}

// The typed rows read back what the scenario imported holds.
void TestStoreActions::typedRows()
{
    const Scenario cixi = StoreFixture::example(QStringLiteral("cixi-2014"));
    const qint64 id = importCixi(true, true);

    const auto registrations = RowReader::registrations(*m_ws, id);
    QVERIFY(registrations.ok());
    QCOMPARE(registrations.value->size(), cixi.bidders.size());
    for (qsizetype i = 0; i < cixi.bidders.size(); ++i) {
        const RegistrationRow& r = registrations.value->at(i);
        QCOMPARE(r.bidder, cixi.bidders.at(i).id);
        QCOMPARE(r.name, cixi.bidders.at(i).name);
        QCOMPARE(r.eligible, cixi.bidders.at(i).eligible);
        QCOMPARE(r.withdrawn, cixi.bidders.at(i).withdrawn);
        QCOMPARE(r.registeredAt, cixi.bidders.at(i).registeredAt);
    }

    const auto proposals = RowReader::proposals(*m_ws, id);
    QVERIFY(proposals.ok());
    QCOMPARE(proposals.value->size(), cixi.proposals->size());
    for (const Proposal& p : *cixi.proposals) {
        const auto row = std::find_if(proposals.value->cbegin(), proposals.value->cend(),
                                      [&p](const ProposalRow& r) { return r.bidder == p.bidder; });
        QVERIFY(row != proposals.value->cend());
        QCOMPARE(row->receivedAt, std::optional<QDateTime>(p.receivedAt));
        QCOMPARE(row->copies, p.copies);
        QCOMPARE(row->sealed, p.sealed);
        QCOMPARE(row->rejectedReason, p.rejected);
    }

    const auto draw = RowReader::draw(*m_ws, id);
    QVERIFY(draw.ok() && draw.value->has_value());
    QCOMPARE((*draw.value)->seed, cixi.draw->seed);
    QCOMPARE((*draw.value)->witnesses, cixi.draw->witnesses);

    const auto withoutDraw = RowReader::draw(*m_ws, importCixi(false, false));
    QVERIFY(withoutDraw.ok());
    QVERIFY(!withoutDraw.value->has_value());
    const auto issued = RowReader::issuedDocuments(*m_ws, id);
    QVERIFY(issued.ok());
    QVERIFY(issued.value->isEmpty());
    const auto details = RowReader::documentDetails(*m_ws, id);
    QVERIFY(details.ok());
    QVERIFY(*details.value == cixi.project.documents);
}

void TestStoreActions::enterSheet_data()
{
    QTest::addColumn<Spoil>("spoil");
    QTest::addColumn<Failure>("failure");
    QTest::newRow("complete") << Spoil::None << Failure::None;
    QTest::newRow("first cell above its maximum") << Spoil::AboveMaximumFirst << Failure::Invalid;
    QTest::newRow("last cell above its maximum") << Spoil::AboveMaximumLast << Failure::Invalid;
    QTest::newRow("a negative cell") << Spoil::Negative << Failure::Invalid;
    QTest::newRow("a cell missing") << Spoil::MissingCell << Failure::Invalid;
    QTest::newRow("an unknown criterion") << Spoil::UnknownCriterion << Failure::Invalid;
    QTest::newRow("an unknown bidder") << Spoil::UnknownBidder << Failure::Invalid;
    QTest::newRow("an excluded bidder") << Spoil::ExcludedBidder << Failure::Refused;
    QTest::newRow("a cell twice") << Spoil::Twice << Failure::Invalid;
    QTest::newRow("another member's cell") << Spoil::OtherPanelist << Failure::Invalid;
}

void TestStoreActions::enterSheet()
{
    QFETCH(Spoil, spoil);
    QFETCH(Failure, failure);
    // B5 withdraws before scoring: the panel does not score it.
    Scenario cixi = StoreFixture::example(QStringLiteral("cixi-2014"));
    cixi.scores.reset();
    cixi.bidders[4].withdrawn = true;
    const qint64 id = NegotiationStore(*m_ws).importScenario(cixi, kActor).value->id;
    QCOMPARE(ProcedureService(*m_ws).stage(id).value, Stage::Presentations);
    QList<ScoreEntry> sheet = fullSheet(id, QStringLiteral("P2"));
    QCOMPARE(sheet.size(), 3 * 8);
    switch (spoil) {
    case Spoil::None:
        break;
    case Spoil::AboveMaximumFirst:
        sheet.first().score = 2001;
        break;
    case Spoil::AboveMaximumLast:
        sheet.last().score = 501; // C8: at most 5
        break;
    case Spoil::Negative:
        sheet[7].score = -1;
        break;
    case Spoil::MissingCell:
        sheet.removeAt(13);
        break;
    case Spoil::UnknownCriterion:
        sheet[3].criterion = QStringLiteral("C9");
        break;
    case Spoil::UnknownBidder:
        sheet.append({QStringLiteral("P2"), QStringLiteral("B9"), QStringLiteral("C1"), 100});
        break;
    case Spoil::ExcludedBidder:
        sheet.append({QStringLiteral("P2"), QStringLiteral("B5"), QStringLiteral("C1"), 100});
        break;
    case Spoil::Twice:
        sheet.append(sheet.at(5));
        break;
    case Spoil::OtherPanelist:
        sheet[9].panelist = QStringLiteral("P3");
        break;
    }
    const qint64 events = count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    ScoringService scoring(*m_ws);
    const auto entered = scoring.enterSheet(id, QStringLiteral("P2"), sheet, kActor);
    QCOMPARE(entered.failure, failure);
    if (failure != Failure::None) {
        QVERIFY(!entered.problem.why.isEmpty());
        // Nothing at all is stored: no score, no lock, no event, same step.
        QCOMPARE(count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM scores")), qint64(0));
        QCOMPARE(count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM sheets")), qint64(0));
        QCOMPARE(count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM audit_events")), events);
        QCOMPARE(ProcedureService(*m_ws).stage(id).value, Stage::Presentations);
        return;
    }
    QCOMPARE(count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM scores WHERE panelist_code = 'P2'")),
             qint64(sheet.size()));
    QVERIFY(scoring.submittedSheets(id).value->contains(QStringLiteral("P2")));
    QCOMPARE(ProcedureService(*m_ws).stage(id).value, Stage::Scoring);
    // One user action, one audit event.
    QCOMPARE(count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM audit_events")), events + 1);
    const auto last = AuditLog::events(*m_ws, id);
    QCOMPARE(last.value->last().action, QStringLiteral("sheet_entered"));
    QVERIFY(AuditLog::verify(*m_ws).value->ok);
}

void TestStoreActions::enterSheetTwiceIsRefused()
{
    const qint64 id = importCixi(true, false);
    ScoringService scoring(*m_ws);
    // Drafts typed earlier are replaced by the sheet as entered.
    QVERIFY(
        scoring.recordScore(id, QStringLiteral("P1"), QStringLiteral("B1"), QStringLiteral("C1"), 1900, kActor).ok());
    const QList<ScoreEntry> sheet = fullSheet(id, QStringLiteral("P1"));
    QVERIFY(scoring.enterSheet(id, QStringLiteral("P1"), sheet, kActor).ok());
    QCOMPARE(count(*m_ws, QStringLiteral("SELECT hundredths FROM scores WHERE panelist_code = 'P1' AND "
                                         "bidder_code = 'B1' AND criterion_code = 'C1'")),
             qint64(1000));
    QList<ScoreEntry> again = sheet;
    again.first().score = 1200;
    const auto second = scoring.enterSheet(id, QStringLiteral("P1"), again, kActor);
    QCOMPARE(second.failure, Failure::Refused);
    QVERIFY(second.problem.why.contains(QLatin1String("already submitted")));
    QCOMPARE(count(*m_ws, QStringLiteral("SELECT hundredths FROM scores WHERE panelist_code = 'P1' AND "
                                         "bidder_code = 'B1' AND criterion_code = 'C1'")),
             qint64(1000));
    QCOMPARE(scoring.enterSheet(id, QStringLiteral("P9"), sheet, kActor).failure, Failure::Invalid);

    // Before the draw nothing is scored, even as a whole sheet.
    const qint64 early = importCixi(false, false);
    QCOMPARE(scoring.enterSheet(early, QStringLiteral("P1"), fullSheet(early, QStringLiteral("P1")), kActor).failure,
             Failure::Refused);
}

void TestStoreActions::commitmentStoredWhenShown()
{
    const qint64 id = importCixi(false, false);
    ProcedureService procedure(*m_ws);
    QCOMPARE(procedure.stage(id).value, Stage::Draw);
    QVERIFY(!*procedure.pendingDraw(id).value);
    QCOMPARE(procedure.revealDraw(id, {}, kActor).failure, Failure::Invalid); // nothing committed
    QCOMPARE(procedure.commitDraw(id, QStringLiteral("not a seed"), kActor).failure, Failure::Invalid);

    const auto committed = procedure.commitDraw(id, kSeedA, kActor);
    QVERIFY2(committed.ok(), qPrintable(committed.problem.toString()));
    QCOMPARE(*committed.value, LotDraw::commitment(kSeedA));
    const auto pending = procedure.pendingDraw(id);
    QVERIFY(*pending.value);
    QCOMPARE((*pending.value)->seed, kSeedA);
    QCOMPARE((*pending.value)->commitment, LotDraw::commitment(kSeedA));

    // Showing it again changes nothing; another seed is refused.
    const qint64 events = count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    QCOMPARE(*procedure.commitDraw(id, kSeedA, kActor).value, LotDraw::commitment(kSeedA));
    QCOMPARE(count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM audit_events")), events);
    QCOMPARE(procedure.commitDraw(id, kSeedB, kActor).failure, Failure::Refused);

    // Until the reveal the draw is not recorded, and the seed is in no export.
    QCOMPARE(count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM draws")), qint64(0));
    QCOMPARE(procedure.advance(id, Stage::Presentations, kActor).failure, Failure::Refused);
    const auto exported = NegotiationStore(*m_ws).scenario(id);
    QVERIFY(!exported.value->draw);
    QVERIFY(!ScenarioWriter::write(*exported.value).contains(kSeedA.toUtf8()));
    QVERIFY(!NegotiationRecord::evaluate(*m_ws, id).value->draw);

    // The reveal can only use the committed seed.
    QCOMPARE(procedure.recordDraw(id, {kSeedB, std::nullopt, {}}, kActor).failure, Failure::Refused);
    const QStringList order = NegotiationRecord::qualification(*m_ws, id).value->qualified;
    QCOMPARE(procedure.recordDraw(id, {std::nullopt, order, {}}, kActor).failure, Failure::Refused);
    const auto revealed = procedure.revealDraw(id, {QStringLiteral("监督员甲")}, kActor);
    QVERIFY2(revealed.ok(), qPrintable(revealed.problem.toString()));
    QCOMPARE(*revealed.value, LotDraw::commitment(kSeedA));
    QCOMPARE(procedure.stage(id).value, Stage::Presentations);
    QVERIFY(!*procedure.pendingDraw(id).value);
    const auto after = NegotiationStore(*m_ws).scenario(id);
    QCOMPARE(after.value->draw->seed, std::optional<QString>(kSeedA));
    QCOMPARE(NegotiationRecord::evaluate(*m_ws, id).value->draw->order, LotDraw::order(kSeedA, order));
    QCOMPARE(procedure.commitDraw(id, kSeedB, kActor).failure, Failure::Refused); // the draw is done
    QCOMPARE(procedure.revealDraw(id, {}, kActor).failure, Failure::Refused);

    const auto events2 = AuditLog::events(*m_ws, id);
    QStringList actions;
    for (const AuditLog::Event& e : *events2.value)
        actions.append(e.action);
    QCOMPARE(actions.mid(actions.size() - 2),
             (QStringList{QStringLiteral("draw_committed"), QStringLiteral("draw_recorded")}));
    QVERIFY(AuditLog::verify(*m_ws).value->ok);

    // A draw made with its seed at once (a scenario, the command line) needs no commitment first.
    const qint64 other = importCixi(false, false);
    QVERIFY(procedure.recordDraw(other, {kSeedB, std::nullopt, {}}, kActor).ok());
}

void TestStoreActions::commitmentSurvivesReopening()
{
    const qint64 id = importCixi(false, false);
    QVERIFY(ProcedureService(*m_ws).commitDraw(id, kSeedA, kActor).ok());
    const QString path = m_ws->path();
    m_ws.reset();
    m_ws = StoreFixture::open(path);
    ProcedureService procedure(*m_ws);
    const auto pending = procedure.pendingDraw(id);
    QVERIFY(pending.ok() && *pending.value);
    QCOMPARE((*pending.value)->commitment, LotDraw::commitment(kSeedA));
    QCOMPARE(*procedure.revealDraw(id, {}, kActor).value, LotDraw::commitment(kSeedA));
}

void TestStoreActions::abnormalScoresReviewed()
{
    const qint64 id = importFlagged();
    ScoringService scoring(*m_ws);
    QCOMPARE(ProcedureService(*m_ws).stage(id).value, Stage::Scoring);
    auto pending = scoring.pendingReviews(id);
    QVERIFY(pending.ok());
    QCOMPARE(pending.value->size(), 2);
    QCOMPARE(pending.value->at(0).panelist, QStringLiteral("P3"));
    QCOMPARE(pending.value->at(0).score, Hundredths(500));
    QVERIFY(!pending.value->at(0).high);
    QCOMPARE(pending.value->at(1).panelist, QStringLiteral("P5"));

    // The result waits for the review.
    const auto early = scoring.recordResult(id, kActor);
    QCOMPARE(early.failure, Failure::Refused);
    QVERIFY(early.problem.why.contains(QLatin1String("flagged")));

    ScoreConfirmation confirmation{QStringLiteral("P3"), QStringLiteral("B1"), QStringLiteral("C1"),
                                   QStringLiteral(" "), QString()};
    QCOMPARE(scoring.confirmScore(id, confirmation, kActor).failure, Failure::Invalid); // no reason
    confirmation.reason = QStringLiteral("该成员认为服务网点不足,经组长确认维持原分");
    confirmation.leader = QStringLiteral("钱芳");
    QCOMPARE(scoring.confirmScore(id, confirmation, kActor).failure, Failure::Invalid); // not the leader
    confirmation.leader.clear();
    ScoreConfirmation unflagged = confirmation;
    unflagged.panelist = QStringLiteral("P1");
    QCOMPARE(scoring.confirmScore(id, unflagged, kActor).failure, Failure::Refused);
    const auto confirmed = scoring.confirmScore(id, confirmation, kActor);
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.problem.toString()));
    QCOMPARE(*confirmed.value, qint64(1));
    QCOMPARE(scoring.confirmScore(id, confirmation, kActor).failure, Failure::Refused); // reviewed already
    QCOMPARE(scoring.pendingReviews(id).value->size(), 1);

    // The other is corrected on the abnormal-score ground.
    CorrectionRequest correction{QStringLiteral("P5"),
                                 QStringLiteral("B2"),
                                 QStringLiteral("C3"),
                                 800,
                                 CorrectionCategory::AbnormalScore,
                                 QStringLiteral("笔误,经本人确认应为 8 分"),
                                 QStringLiteral("赵明")};
    QVERIFY(scoring.correctScore(id, correction, kActor).ok());
    QVERIFY(scoring.pendingReviews(id).value->isEmpty());

    const auto reviews = scoring.scoreReviews(id);
    QCOMPARE(reviews.value->size(), 1);
    QCOMPARE(reviews.value->first().panelist, QStringLiteral("P3"));
    QCOMPARE(reviews.value->first().value, Hundredths(500));
    QCOMPARE(reviews.value->first().leader, QStringLiteral("赵明"));
    QCOMPARE(reviews.value->first().reason, confirmation.reason);

    const auto result = scoring.recordResult(id, kActor);
    QVERIFY2(result.ok(), qPrintable(result.problem.toString()));
    QCOMPARE(scoring.confirmScore(id, confirmation, kActor).failure, Failure::Refused); // the result is fixed
    QVERIFY(AuditLog::verify(*m_ws).value->ok);

    // A score flagged again after another change needs a review at its new value.
    const qint64 other = importFlagged();
    QVERIFY(scoring.confirmScore(other, confirmation, kActor).ok());
    correction.panelist = QStringLiteral("P3");
    correction.bidder = QStringLiteral("B1");
    correction.criterion = QStringLiteral("C1");
    correction.value = 400;
    correction.category = CorrectionCategory::SummationError;
    QVERIFY(scoring.correctScore(other, correction, kActor).ok());
    QCOMPARE(scoring.pendingReviews(other).value->size(), 2);
}

StoreResult<AuditLog::Verification> TestStoreActions::verifyAfter(const QString& statement)
{
    const QString path = m_ws->path();
    m_ws.reset();
    if (!StoreFixture::rawExec(path, {statement}))
        qWarning("cannot run %s", qPrintable(statement));
    m_ws = StoreFixture::open(path);
    return AuditLog::verify(*m_ws);
}

void TestStoreActions::reviewTamperingIsFound()
{
    const qint64 id = importFlagged();
    QVERIFY(ScoringService(*m_ws)
                .confirmScore(id,
                              {QStringLiteral("P3"), QStringLiteral("B1"), QStringLiteral("C1"),
                               QStringLiteral("维持原分"), QString()},
                              kActor)
                .ok());
    const auto verification = verifyAfter(QStringLiteral("UPDATE score_reviews SET reason = '改过' WHERE seq = 1"));
    QVERIFY(verification.ok());
    QVERIFY(!verification.value->ok);
    QVERIFY2(verification.value->problem.where.contains(QLatin1String("score_confirmed")),
             qPrintable(verification.value->problem.toString()));
    QVERIFY(verification.value->problem.why.contains(QLatin1String("reason")));

    // A committed seed swapped behind the program's back before the reveal is found too.
    QTemporaryDir other;
    const QString drawPath = TestEngine::address(other, QStringLiteral("draw.sqlite"));
    m_ws = StoreFixture::open(drawPath);
    const qint64 draw = importCixi(false, false);
    QVERIFY(ProcedureService(*m_ws).commitDraw(draw, kSeedA, kActor).ok());
    m_ws.reset();
    QVERIFY(StoreFixture::rawExec(drawPath, {QStringLiteral("UPDATE draw_commitments SET seed = '%1'").arg(kSeedB)}));
    m_ws = StoreFixture::open(drawPath);
    const auto swapped = AuditLog::verify(*m_ws);
    QVERIFY(!swapped.value->ok);
    QVERIFY2(swapped.value->problem.where.contains(QLatin1String("draw_committed")),
             qPrintable(swapped.value->problem.toString()));
    m_ws.reset();
}

void TestStoreActions::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("codes");
    const QString cixi = QStringLiteral("N-2014-0001");
    const QString reinsurance = QStringLiteral("N-2022-0001");
    const QString tie = QStringLiteral("N-2024-0001");
    QTest::newRow("title") << QStringLiteral("慈溪市城乡") << QStringList{cixi};
    QTest::newRow("purchaser") << QStringLiteral("城乡居民医疗保障管理中心") << QStringList{cixi};
    QTest::newRow("code, any case") << QStringLiteral("n-2022") << QStringList{reinsurance};
    QTest::newRow("year 2014") << QStringLiteral("2014") << QStringList{cixi};
    QTest::newRow("year 2024, spaces around") << QStringLiteral(" 2024 ") << QStringList{tie};
    QTest::newRow("a bidder of one") << QStringLiteral("戊财产") << QStringList{cixi};
    QTest::newRow("a bidder of two") << QStringLiteral("丁养老保险") << QStringList{reinsurance, cixi};
    QTest::newRow("a bidder of all") << QStringLiteral("乙人寿") << QStringList{tie, reinsurance, cixi};
    QTest::newRow("a bidder, ASCII case") << QStringLiteral("acme") << QStringList{tie};
    QTest::newRow("wildcards are text") << QStringLiteral("100%_") << QStringList();
    QTest::newRow("nobody") << QStringLiteral("不存在的公司") << QStringList();
}

void TestStoreActions::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, codes);
    NegotiationStore store(*m_ws);
    QVERIFY(store.importScenario(StoreFixture::example(QStringLiteral("cixi-2014")), kActor).ok());
    QVERIFY(store.importScenario(StoreFixture::example(QStringLiteral("reinsurance-2022")), kActor).ok());
    Scenario tie = StoreFixture::example(QStringLiteral("tie-vote"));
    tie.bidders[0].name = QStringLiteral("ACME Insurance Ltd");
    QVERIFY(store.importScenario(tie, kActor).ok());
    const auto found = store.list(search);
    QVERIFY(found.ok());
    QStringList got;
    for (const NegotiationSummary& s : *found.value)
        got.append(s.code);
    QCOMPARE(got, codes);
}

// A score entry checks the one bidder's qualification from its own rows; it must refuse exactly the
// bidders the whole negotiation's qualification excludes, for the same reason.
void TestStoreActions::scoreRefusedExactlyForTheExcluded_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("bidder"); // who the change excludes ("": nobody)
    QTest::newRow("as published") << QString() << QString();
    QTest::newRow("withdrawn") << QStringLiteral("withdrawn") << QStringLiteral("B2");
    QTest::newRow("not eligible") << QStringLiteral("not_eligible") << QStringLiteral("B3");
    QTest::newRow("not registered") << QStringLiteral("not_registered") << QStringLiteral("B1");
    QTest::newRow("late registration") << QStringLiteral("late_registration") << QStringLiteral("B2");
    QTest::newRow("no proposal") << QStringLiteral("no_proposal") << QStringLiteral("B3");
    QTest::newRow("late proposal") << QStringLiteral("late_proposal") << QStringLiteral("B1");
    QTest::newRow("rejected proposal") << QStringLiteral("proposal_rejected") << QStringLiteral("B2");
    QTest::newRow("proposals not recorded") << QStringLiteral("no_proposals") << QString();
}

void TestStoreActions::scoreRefusedExactlyForTheExcluded()
{
    QFETCH(QString, change);
    QFETCH(QString, bidder);
    Scenario s = StoreFixture::example(QStringLiteral("cixi-2014"));
    s.scores.reset();
    const auto bidderAt = [&](const QString& id) -> Bidder& {
        for (Bidder& b : s.bidders)
            if (b.id == id)
                return b;
        qFatal("no bidder %s", qPrintable(id));
    };
    const auto proposalOf = [&](const QString& id) -> Proposal& {
        for (Proposal& p : *s.proposals)
            if (p.bidder == id)
                return p;
        qFatal("no proposal of %s", qPrintable(id));
    };
    if (change == QLatin1String("withdrawn"))
        bidderAt(bidder).withdrawn = true;
    else if (change == QLatin1String("not_eligible"))
        bidderAt(bidder).eligible = false;
    else if (change == QLatin1String("not_registered"))
        bidderAt(bidder).registeredAt.reset();
    else if (change == QLatin1String("late_registration"))
        bidderAt(bidder).registeredAt = s.project.registrationDeadline->addSecs(60);
    else if (change == QLatin1String("no_proposal"))
        s.proposals->removeIf([&](const Proposal& p) { return p.bidder == bidder; });
    else if (change == QLatin1String("late_proposal"))
        proposalOf(bidder).receivedAt = s.project.proposalDeadline->addSecs(1);
    else if (change == QLatin1String("proposal_rejected"))
        proposalOf(bidder).rejected = QStringLiteral("未按要求密封");
    else if (change == QLatin1String("no_proposals"))
        s.proposals.reset();
    const auto imported = NegotiationStore(*m_ws).importScenario(s, kActor);
    QVERIFY2(imported.ok(), qPrintable(imported.problem.toString()));
    const qint64 id = imported.value->id;
    const auto qualification = NegotiationRecord::qualification(*m_ws, id);
    QVERIFY(qualification.ok());
    if (!bidder.isEmpty())
        QCOMPARE(NegotiationRecord::exclusionOf(*qualification.value, bidder), std::optional<QString>(change));
    ScoringService scoring(*m_ws);
    int refused = 0;
    for (const Bidder& b : std::as_const(s.bidders)) {
        const auto reason = NegotiationRecord::exclusionOf(*qualification.value, b.id);
        const auto saved = scoring.recordScore(id, s.panel.first().id, b.id, s.criteria.first().id, 0, kActor);
        if (reason) {
            ++refused;
            QCOMPARE(saved.failure, Failure::Refused);
            QCOMPARE(saved.problem.why, QStringLiteral("%1 is excluded (%2) and is not scored").arg(b.id, *reason));
        } else {
            QVERIFY2(saved.ok(), qPrintable(b.id + QStringLiteral(": ") + saved.problem.toString()));
        }
    }
    QCOMPARE(refused, qualification.value->excluded.size());
}

// An editable draft is noted only once the result is fixed (the window's test exports one after
// publishing); before, nothing is recorded.
void TestStoreActions::draftBeforeTheResultIsRefused()
{
    const qint64 id = importCixi(true, true);
    const auto before = AuditLog::events(*m_ws, id);
    QVERIFY(before.ok());
    const auto draft = ScoringService(*m_ws).recordDraft(id, QStringLiteral("report"), QStringLiteral("odt"),
                                                         QString(64, QLatin1Char('a')), kActor);
    QCOMPARE(draft.failure, Failure::Refused);
    QVERIFY2(draft.problem.why.contains(QLatin1String("once the result is fixed")), qPrintable(draft.problem.why));
    QCOMPARE(AuditLog::events(*m_ws, id).value->size(), before.value->size());
}

// A file with service areas is imported with them: the stored negotiation gives back its areas.
void TestStoreActions::serviceAreasAreNotDroppedOnImport()
{
    const Scenario zhaoqing = StoreFixture::example(QStringLiteral("zhaoqing-2025"));
    QVERIFY(!zhaoqing.project.areas.isEmpty());
    const auto imported = NegotiationStore(*m_ws).importScenario(zhaoqing, kActor);
    QVERIFY2(imported.ok(), qPrintable(imported.problem.toString()));
    const auto stored = NegotiationStore(*m_ws).scenario(imported.value->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value->project.areas, zhaoqing.project.areas);
    QVERIFY(stored.value->project.allocation.isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreActions)

// A row that changes is written again only in the columns whose values change, so that the indexes on
// the others are left as they are: recording a score writes the score's value, and the negotiation's row
// only when it first has scores, never its code or title (UPDATE OF triggers fire for the columns written).
// The negotiation's time of change is its last audit event's, and the list shows it.
void TestStoreActions::updatesWriteOnlyWhatChanges()
{
    const qint64 id = importCixi(true, false);
    // (trigger, table, columns) noting `trigger` in the table "written" when an update writes the columns.
    const QList<std::array<const char*, 3>> watched = {
        {"code or title", "negotiations", "code, title"},
        {"negotiation", "negotiations", "has_scores, stage"},
        {"score cell", "scores", "panelist_code, bidder_code, criterion_code"},
        {"score value", "scores", "hundredths"}};
    QStringList setup;
    QString trigger;
    if (TestEngine::onServer()) {
        setup << QStringLiteral("CREATE TABLE written (what TEXT NOT NULL)")
              << QStringLiteral("CREATE FUNCTION note_written() RETURNS trigger LANGUAGE plpgsql AS "
                                "$$ BEGIN INSERT INTO written VALUES (TG_ARGV[0]); RETURN NULL; END $$");
        trigger = QStringLiteral("CREATE TRIGGER watch_%1 AFTER UPDATE OF %2 ON %3 FOR EACH ROW "
                                 "EXECUTE FUNCTION note_written('%4')");
    } else {
        setup << QStringLiteral("CREATE TEMP TABLE written (what TEXT NOT NULL)");
        trigger = QStringLiteral("CREATE TEMP TRIGGER watch_%1 AFTER UPDATE OF %2 ON main.%3 "
                                 "BEGIN INSERT INTO written VALUES ('%4'); END");
    }
    int n = 0;
    for (const auto& [what, table, columns] : watched)
        setup << trigger.arg(++n).arg(QLatin1String(columns), QLatin1String(table), QLatin1String(what));
    QSqlQuery q(m_ws->database());
    for (const QString& sql : setup)
        QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    const auto written = [this](const char* what) {
        return count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM written WHERE what = '%1'").arg(QLatin1String(what)));
    };
    ScoringService scoring(*m_ws);
    const QString p1 = QStringLiteral("P1"), b1 = QStringLiteral("B1"), c1 = QStringLiteral("C1");
    QVERIFY(scoring.recordScore(id, p1, b1, c1, 1500, kActor).ok());
    QThread::msleep(3); // a later time, to the millisecond
    QVERIFY(scoring.recordScore(id, p1, b1, c1, 1450, kActor).ok());
    QCOMPARE(written("negotiation"), 1);
    QCOMPARE(written("score value"), 1);
    QCOMPARE(written("code or title"), 0);
    QCOMPARE(written("score cell"), 0);
    // The stored rows are the whole of what was recorded.
    QCOMPARE(count(*m_ws, QStringLiteral("SELECT hundredths FROM scores WHERE negotiation_id = %1 AND "
                                         "panelist_code = 'P1' AND bidder_code = 'B1' AND criterion_code = 'C1'")
                              .arg(id)),
             1450);
    // The triggers see a title that is written, even with its own value.
    QVERIFY(q.exec(QStringLiteral("UPDATE negotiations SET title = title WHERE id = %1").arg(id)));
    QCOMPARE(written("code or title"), 1);
}

void TestStoreActions::failedReadStoresNothing()
{
    const qint64 id = importCixi(true, false);
    ScoringService scoring(*m_ws);
    const QString p1 = QStringLiteral("P1"), b1 = QStringLiteral("B1"), c1 = QStringLiteral("C1");
    QVERIFY(scoring.recordScore(id, p1, b1, c1, 1500, kActor).ok());
    const qint64 events = count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    // Another program renames a table the save reads, behind the program's back (its statements are
    // already prepared): the save fails, says why, and stores nothing.
    QVERIFY(StoreFixture::rawExec(m_ws->path(), {QStringLiteral("ALTER TABLE bidders RENAME TO bidders_elsewhere")}));
    const auto saved = scoring.recordScore(id, p1, b1, c1, 1450, kActor);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.failure, Failure::Storage);
    QVERIFY2(saved.problem.why.contains(QLatin1String("bidders")), qPrintable(saved.problem.toString()));
    QCOMPARE(count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM audit_events")), events);
    QCOMPARE(count(*m_ws, QStringLiteral("SELECT hundredths FROM scores")), 1500);
}

// Events written before updates were described by their changed columns gave every update as the
// whole row, before and after ("upsert"). Such a chain still verifies, and a change behind the
// program's back is still found in it.
void TestStoreActions::wholeRowUpdatesStillVerify()
{
    twoScores();
    const QString path = m_ws->path();
    m_ws.reset();
    QHash<QString, QJsonObject> rows; // "table key" -> the row as the events so far leave it
    int rewritten = 0;
    QVERIFY(StoreFixture::rewriteChain(path, [&](qint64, QJsonArray& changes) {
        for (qsizetype i = 0; i < changes.size(); ++i) {
            QJsonObject change = changes[i].toObject();
            const QString table = change.value(QStringLiteral("table")).toString();
            const TableSpec* spec = StoreTables::find(table);
            const QString op = change.value(QStringLiteral("op")).toString();
            if (!spec || spec->key.isEmpty())
                continue;
            if (op == QLatin1String("upsert")) {
                const QJsonObject after = change.value(QStringLiteral("after")).toObject();
                rows.insert(table + QLatin1Char(' ') + RowCodec::keyText(*spec, after), after);
            } else if (op == QLatin1String("update")) {
                const QString name =
                    table + QLatin1Char(' ') + RowCodec::keyText(*spec, change.value(QStringLiteral("key")).toObject());
                const QJsonObject before = rows.value(name);
                QJsonObject after = before;
                const QJsonObject changed = change.value(QStringLiteral("after")).toObject();
                for (auto c = changed.begin(); c != changed.end(); ++c)
                    after.insert(c.key(), c.value());
                rows.insert(name, after);
                changes[i] = QJsonObject{{QStringLiteral("op"), QStringLiteral("upsert")},
                                         {QStringLiteral("table"), table},
                                         {QStringLiteral("before"), before},
                                         {QStringLiteral("after"), after}};
                ++rewritten;
            }
        }
    }));
    QCOMPARE(rewritten, 2); // the negotiation once (it has scores), the score once
    m_ws = StoreFixture::open(path);
    scoreChangeFound(AuditLog::events(*m_ws, std::nullopt).value->last().seq);
}

// Cixi at the presentations stage, and P1's score for B1 on C1 recorded as 15.00, then changed to
// 14.50: the negotiation's last two events (the first is its import).
qint64 TestStoreActions::twoScores()
{
    const qint64 id = importCixi(true, false);
    ScoringService scoring(*m_ws);
    const QString p1 = QStringLiteral("P1"), b1 = QStringLiteral("B1"), c1 = QStringLiteral("C1");
    if (!scoring.recordScore(id, p1, b1, c1, 1500, kActor).ok())
        qFatal("cannot record the first score");
    // Times are stored to the millisecond: the second change then has a later one.
    QThread::msleep(3);
    if (!scoring.recordScore(id, p1, b1, c1, 1450, kActor).ok())
        qFatal("cannot record the second score");
    return id;
}

void TestStoreActions::updatesAreRecordedByTheirChanges()
{
    const qint64 id = twoScores();
    const auto events = AuditLog::events(*m_ws, id);
    QVERIFY(events.ok());
    QCOMPARE(events.value->size(), 3);
    const auto changesOf = [&](int i, const QString& table) {
        const QJsonObject body = QJsonDocument::fromJson(events.value->at(i).body).object();
        for (const QJsonValue& c : body.value(QStringLiteral("changes")).toArray())
            if (c.toObject().value(QStringLiteral("table")).toString() == table)
                return c.toObject();
        return QJsonObject();
    };
    const QJsonObject key{{QStringLiteral("bidder_code"), QStringLiteral("B1")},
                          {QStringLiteral("criterion_code"), QStringLiteral("C1")},
                          {QStringLiteral("negotiation_id"), id},
                          {QStringLiteral("panelist_code"), QStringLiteral("P1")}};

    // The first score is a new row, written whole; the negotiation now has scores, and keeps the number of
    // this first event that entered them (its score events are read from there: they are not in the
    // index of the events by negotiation).
    const QJsonObject firstScore = changesOf(1, QStringLiteral("scores"));
    QCOMPARE(firstScore.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
    QVERIFY(firstScore.value(QStringLiteral("before")).isNull());
    QCOMPARE(firstScore.value(QStringLiteral("after")).toObject().value(QStringLiteral("hundredths")).toInteger(),
             1500);
    const QJsonObject firstTouch = changesOf(1, QStringLiteral("negotiations"));
    QCOMPARE(firstTouch.value(QStringLiteral("op")).toString(), QStringLiteral("update"));
    QCOMPARE(firstTouch.value(QStringLiteral("key")).toObject(), (QJsonObject{{QStringLiteral("id"), id}}));
    QCOMPARE(firstTouch.value(QStringLiteral("after")).toObject().keys(),
             (QStringList{QStringLiteral("has_scores"), QStringLiteral("scores_from_seq")}));
    QCOMPARE(firstTouch.value(QStringLiteral("before")).toObject().value(QStringLiteral("has_scores")).toInteger(), 0);
    QVERIFY(firstTouch.value(QStringLiteral("before")).toObject().value(QStringLiteral("scores_from_seq")).isNull());
    QCOMPARE(firstTouch.value(QStringLiteral("after")).toObject().value(QStringLiteral("scores_from_seq")).toInteger(),
             events.value->at(1).seq);
    // The second score leaves the negotiation's row as it is.
    QVERIFY(changesOf(2, QStringLiteral("negotiations")).isEmpty());

    // The change names the row by its key and gives the one value that changed, before and after.
    const QJsonObject change = changesOf(2, QStringLiteral("scores"));
    QCOMPARE(change.value(QStringLiteral("op")).toString(), QStringLiteral("update"));
    QCOMPARE(change.value(QStringLiteral("key")).toObject(), key);
    QCOMPARE(change.value(QStringLiteral("before")).toObject(), (QJsonObject{{QStringLiteral("hundredths"), 1500}}));
    QCOMPARE(change.value(QStringLiteral("after")).toObject(), (QJsonObject{{QStringLiteral("hundredths"), 1450}}));
    // The negotiation's row does not change: its last update is the event's time, as the list says.
    QVERIFY(changesOf(2, QStringLiteral("negotiations")).isEmpty());
    QCOMPARE(updatedAt(*m_ws, id), events.value->at(2).at);

    scoreChangeFound(events.value->at(2).seq);
}

void TestStoreActions::scoreChangeFound(qint64 writer)
{
    const auto verified = AuditLog::verify(*m_ws);
    QVERIFY(verified.ok());
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
    const auto tampered = verifyAfter(QStringLiteral("UPDATE scores SET hundredths = 1400"));
    QVERIFY(tampered.ok());
    QVERIFY(!tampered.value->ok);
    QCOMPARE(tampered.value->badSeq, std::optional<qint64>(writer));
    QVERIFY2(tampered.value->problem.why.contains(QLatin1String("hundredths is 1400 in the table but 1450")),
             qPrintable(tampered.value->problem.toString()));
}

void TestStoreActions::rewriteEvent(qint64 seq, const std::function<void(QJsonObject& change)>& edit)
{
    const QString path = m_ws->path();
    m_ws.reset();
    QVERIFY(StoreFixture::rewriteChain(path, [&](qint64 at, QJsonArray& changes) {
        for (qsizetype i = 0; at == seq && i < changes.size(); ++i) {
            QJsonObject change = changes[i].toObject();
            if (change.value(QStringLiteral("table")).toString() == QLatin1String("scores")) {
                edit(change);
                changes[i] = change;
            }
        }
    }));
    m_ws = StoreFixture::open(path);
}

void TestStoreActions::rewrittenUpdatesAreFound_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("found");
    const auto object = [](const char* name, const QJsonValue& v) { return QJsonObject{{QLatin1String(name), v}}; };
    QTest::newRow("another value before")
        << "before"
        << "hundredths" << QJsonValue(1499) << "hundredths was 1500 by the earlier events but 1499 before this one";
    QTest::newRow("another value after") << "after"
                                         << "hundredths" << QJsonValue(1449)
                                         << "hundredths is 1450 in the table but 1449 in the record";
    QTest::newRow("a row never written") << "key"
                                         << "criterion_code" << QJsonValue(QStringLiteral("C2"))
                                         << "which no earlier event wrote";
    QTest::newRow("a key column changed") << "after"
                                          << "panelist_code" << QJsonValue(QStringLiteral("P2")) << "malformed update";
    QTest::newRow("an unknown column") << "after"
                                       << "points" << QJsonValue(1450) << "malformed update";
    QTest::newRow("a part of the key missing") << "key"
                                               << "bidder_code" << QJsonValue() << "malformed update";
    QTest::newRow("nothing after") << "after"
                                   << "" << QJsonValue(object("", 0)) << "malformed update";
}

void TestStoreActions::rewrittenUpdatesAreFound()
{
    QFETCH(QString, column);
    QFETCH(QString, part);
    QFETCH(QJsonValue, value);
    QFETCH(QString, found);
    const qint64 id = twoScores();
    // The last event changed the score from 15.00 to 14.50; the chain is hashed again, so only the
    // replay can tell.
    const qint64 seq = AuditLog::events(*m_ws, id).value->last().seq;
    rewriteEvent(seq, [&](QJsonObject& change) {
        QJsonObject o = change.value(column).toObject();
        if (part.isEmpty())
            o = QJsonObject();
        else if (value.isUndefined() || (value.isNull() && column == QLatin1String("key")))
            o.remove(part);
        else
            o.insert(part, value);
        change.insert(column, o);
    });
    const auto verified = AuditLog::verify(*m_ws);
    QVERIFY(verified.ok());
    QVERIFY(!verified.value->ok);
    QCOMPARE(verified.value->badSeq, std::optional<qint64>(seq));
    QVERIFY2(verified.value->problem.toString().contains(found), qPrintable(verified.value->problem.toString()));
}

// update() of a few columns writes and describes exactly what upsert() of the whole row so changed
// does: two negotiations imported alike, one changed each way, give the same change but for the key.
void TestStoreActions::updateIsDescribedAsUpsert_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QStringList>("changed"); // the columns the change gives
    QTest::newRow("one column") << QVariantMap{{QStringLiteral("title"), QStringLiteral("改名 \"x\"")}}
                                << QStringList{QStringLiteral("title")};
    QTest::newRow("two, named out of the table's order")
        << QVariantMap{{QStringLiteral("has_scores"), qint64(1)}, {QStringLiteral("title"), QStringLiteral("t")}}
        << QStringList{QStringLiteral("has_scores"), QStringLiteral("title")};
    QTest::newRow("an int for an integer column")
        << QVariantMap{{QStringLiteral("has_scores"), int(1)}} << QStringList{QStringLiteral("has_scores")};
    QTest::newRow("a value it already has") << QVariantMap{{QStringLiteral("has_scores"), qint64(0)}} << QStringList();
    QTest::newRow("one changed, one not")
        << QVariantMap{{QStringLiteral("has_scores"), qint64(0)}, {QStringLiteral("title"), QStringLiteral("t")}}
        << QStringList{QStringLiteral("title")};
}

void TestStoreActions::updateIsDescribedAsUpsert()
{
    QFETCH(QVariantMap, values);
    QFETCH(QStringList, changed);
    const qint64 first = importCixi(true, false);
    const qint64 second = importCixi(true, false);
    const auto change = [&](qint64 id, bool whole) {
        const auto done = NegotiationAction::run<Done>(
            *m_ws, id, kActor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
                if (whole) {
                    QVariantMap row = neg;
                    for (auto it = values.cbegin(); it != values.cend(); ++it)
                        row.insert(it.key(), it.value());
                    tx.upsert(QStringLiteral("negotiations"), row);
                } else {
                    tx.update(QStringLiteral("negotiations"), {{QStringLiteral("id"), id}}, values);
                }
                event = ActionEvent(QStringLiteral("changed"));
                return tx.failed() ? StoreResult<Done>::fail(Failure::Storage, tx.problem())
                                   : StoreResult<Done>::success(Done());
            });
        if (!done.ok())
            return QJsonArray{done.problem.toString()};
        const auto events = AuditLog::events(*m_ws, id);
        return QJsonDocument::fromJson(events.value->last().body).object().value(QStringLiteral("changes")).toArray();
    };
    const QJsonArray updated = change(first, false);
    QJsonArray upserted = change(second, true);
    for (qsizetype i = 0; i < upserted.size(); ++i) {
        QJsonObject c = upserted[i].toObject();
        c.insert(QStringLiteral("key"), QJsonObject{{QStringLiteral("id"), first}});
        upserted[i] = c;
    }
    QCOMPARE(updated, upserted);
    if (changed.isEmpty()) {
        QCOMPARE(updated, QJsonArray());
    } else {
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated[0].toObject().value(QStringLiteral("op")).toString(), QStringLiteral("update"));
        QCOMPARE(updated[0].toObject().value(QStringLiteral("after")).toObject().keys(), changed);
    }
    // What is stored is the same too.
    const QString columns = QStringList(values.keys()).join(QLatin1String(" || '|' || "));
    QCOMPARE(text(*m_ws, QStringLiteral("SELECT %1 FROM negotiations WHERE id = %2").arg(columns).arg(first)),
             text(*m_ws, QStringLiteral("SELECT %1 FROM negotiations WHERE id = %2").arg(columns).arg(second)));
    const auto verification = AuditLog::verify(*m_ws);
    QVERIFY(verification.ok() && verification.value->ok);
}

// What update() cannot do fails the transaction with a message and stores nothing.
void TestStoreActions::updateRefusesWhatItCannotDo_data()
{
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("why");
    QTest::newRow("no such row") << qint64(9999) << QVariantMap{{QStringLiteral("title"), QStringLiteral("t")}}
                                 << QStringLiteral("the row to change is not in the workspace");
    QTest::newRow("no such column") << qint64(0)
                                    << QVariantMap{{QStringLiteral("title"), QStringLiteral("t")},
                                                   {QStringLiteral("colour"), QStringLiteral("red")}}
                                    << QStringLiteral("no column \"colour\" to change");
    QTest::newRow("a key column") << qint64(0) << QVariantMap{{QStringLiteral("id"), qint64(77)}}
                                  << QStringLiteral("no column \"id\" to change");
}

void TestStoreActions::updateRefusesWhatItCannotDo()
{
    QFETCH(qint64, row);
    QFETCH(QVariantMap, values);
    QFETCH(QString, why);
    const qint64 id = importCixi(true, false);
    const qint64 events = count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    const QString title = text(*m_ws, QStringLiteral("SELECT title FROM negotiations WHERE id = %1").arg(id));
    bool updated = true;
    const auto done = NegotiationAction::run<Done>(
        *m_ws, id, kActor, [&](WriteTransaction& tx, const QVariantMap&, ActionEvent& event) -> StoreResult<Done> {
            updated = tx.update(QStringLiteral("negotiations"), {{QStringLiteral("id"), row ? row : id}}, values);
            event = ActionEvent(QStringLiteral("changed"));
            if (tx.failed())
                return StoreResult<Done>::fail(Failure::Storage, tx.problem());
            return StoreResult<Done>::success(Done());
        });
    QVERIFY(!updated);
    QVERIFY(!done.ok());
    QCOMPARE(done.problem.why, why);
    QCOMPARE(count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM audit_events")), events);
    QCOMPARE(text(*m_ws, QStringLiteral("SELECT title FROM negotiations WHERE id = %1").arg(id)), title);
}

// exists() answers whether row() would find a row, for rows kept by the transaction, rows in the
// file, rows it wrote itself and rows that are not there.
void TestStoreActions::existsAnswersAsRowDoes()
{
    const qint64 id = importCixi(true, false);
    QStringList answers;
    const auto done = NegotiationAction::run<Done>(
        *m_ws, id, kActor, [&](WriteTransaction& tx, const QVariantMap&, ActionEvent& event) -> StoreResult<Done> {
            const QString panelists = QStringLiteral("panelists");
            const QString sheets = QStringLiteral("sheets");
            const auto member = [&](const char* code) {
                return QVariantMap{{QStringLiteral("negotiation_id"), id},
                                   {QStringLiteral("code"), QLatin1String(code)}};
            };
            const auto ask = [&](const char* what, bool found) {
                answers << QLatin1String(what) + (found ? QStringLiteral(" yes") : QStringLiteral(" no"));
            };
            ask("in the file", tx.exists(panelists, member("P1")));
            ask("read", tx.row(panelists, member("P2")).has_value());
            ask("kept", tx.exists(panelists, member("P2")));
            ask("not there", tx.exists(panelists, member("P99")));
            ask("another negotiation", tx.exists(panelists, {{QStringLiteral("negotiation_id"), id + 1}}));
            ask("the draw", tx.exists(QStringLiteral("draws"), {{QStringLiteral("negotiation_id"), id}}));
            ask("no sheet yet", tx.exists(sheets, {{QStringLiteral("negotiation_id"), id}}));
            tx.upsert(sheets, {{QStringLiteral("negotiation_id"), id},
                               {QStringLiteral("panelist_code"), QStringLiteral("P1")},
                               {QStringLiteral("submitted_at"), tx.timestamp()}});
            ask("written here", tx.exists(sheets, {{QStringLiteral("negotiation_id"), id}}));
            ask("failed", tx.failed());
            event = ActionEvent::none();
            return StoreResult<Done>::success(Done());
        });
    QVERIFY2(done.ok(), qPrintable(done.problem.toString()));
    QCOMPARE(answers,
             (QStringList{QStringLiteral("in the file yes"), QStringLiteral("read yes"), QStringLiteral("kept yes"),
                          QStringLiteral("not there no"), QStringLiteral("another negotiation no"),
                          QStringLiteral("the draw yes"), QStringLiteral("no sheet yet no"),
                          QStringLiteral("written here yes"), QStringLiteral("failed no")}));
}

namespace {

// Why the tests of what a save knows from the one before skip the server run.
const char* const kCarriedOnFilesOnly = "what a transaction knows is carried to the next only on a workspace file";

// The statements of a save of one score once the saves before it on the same connection have read
// what it checks: a new cell is looked for, then the score and the audit event are written.
const QStringList kKnownSave = {QStringLiteral("BEGIN"), QStringLiteral("SELECT scores"),
                                QStringLiteral("INSERT scores"), QStringLiteral("INSERT audit_events"),
                                QStringLiteral("COMMIT")};
// ... and of a new value of a cell saved before.
const QStringList kKnownResave = {QStringLiteral("BEGIN"), QStringLiteral("UPDATE scores"),
                                  QStringLiteral("INSERT audit_events"), QStringLiteral("COMMIT")};

QString scoreOf(qint64 id, const char* panelist, const char* criterion)
{
    return QStringLiteral("SELECT hundredths FROM scores WHERE negotiation_id = %1 AND panelist_code = '%2' AND "
                          "bidder_code = 'B1' AND criterion_code = '%3'")
        .arg(id)
        .arg(QLatin1String(panelist), QLatin1String(criterion));
}

} // namespace

// The statements of one save of B1's score by `panelist` on `criterion`, which must succeed. Each save
// is at a later time than the one before, to the millisecond, so that it changes the negotiation's time.
QStringList TestStoreActions::saveScore(ScoringService& scoring, qint64 id, const char* panelist, const char* criterion,
                                        Hundredths value)
{
    QThread::msleep(2);
    return statementsDuring(*m_ws, [&] {
        const auto saved = scoring.recordScore(id, QLatin1String(panelist), QStringLiteral("B1"),
                                               QLatin1String(criterion), value, kActor);
        QVERIFY2(saved.ok(), qPrintable(saved.problem.toString()));
    });
}

// Cixi imported with its draw and no score, then P1's score for B1 on C1 saved (15.00): what the saves
// after it know on a workspace file.
qint64 TestStoreActions::scoredOnce(ScoringService& scoring)
{
    const qint64 id = importCixi(true, false);
    saveScore(scoring, id, "P1", "C1", 1500);
    return id;
}

void TestStoreActions::nextSaveReadsOnlyWhatItDoesNotKnow()
{
    if (TestEngine::onServer())
        QSKIP(kCarriedOnFilesOnly);
    const qint64 id = importCixi(true, false);
    ScoringService scoring(*m_ws);
    // The first save reads what it checks: the negotiation, its member, bidder, criterion, and so on.
    const QStringList first = saveScore(scoring, id, "P1", "C1", 1500);
    for (const char* table : {"negotiations", "draws", "panelists", "member_logins", "bidders", "criteria", "sheets",
                              "proposals", "scores", "audit_events"})
        QVERIFY2(first.contains(QStringLiteral("SELECT ") + QLatin1String(table)),
                 qPrintable(first.join(QStringLiteral(", "))));
    // The next ones read only what the saves before did not: another criterion, another member.
    QStringList criterion = kKnownSave;
    criterion.insert(1, QStringLiteral("SELECT criteria"));
    QCOMPARE(saveScore(scoring, id, "P1", "C2", 900), criterion);
    QStringList member = kKnownSave;
    member.insert(1, QStringLiteral("SELECT panelists"));
    member.insert(2, QStringLiteral("SELECT member_logins"));
    member.insert(3, QStringLiteral("SELECT sheets"));
    QCOMPARE(saveScore(scoring, id, "P2", "C1", 1600), member);
    QCOMPARE(saveScore(scoring, id, "P2", "C2", 800), kKnownSave);
    // A cell saved again is known as it was written.
    QCOMPARE(saveScore(scoring, id, "P1", "C1", 1450), kKnownResave);

    // What was stored and recorded is what the saves said.
    QCOMPARE(count(*m_ws, QStringLiteral("SELECT SUM(hundredths) FROM scores WHERE negotiation_id = %1").arg(id)),
             1450 + 900 + 1600 + 800);
    QCOMPARE(count(*m_ws, QStringLiteral("SELECT has_scores FROM negotiations WHERE id = %1").arg(id)), 1);
    QCOMPARE(updatedAt(*m_ws, id),
             text(*m_ws, QStringLiteral("SELECT at FROM audit_events ORDER BY seq DESC LIMIT 1")));
    const auto verified = AuditLog::verify(*m_ws);
    QVERIFY2(verified.ok(), qPrintable(verified.problem.toString()));
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
}

void TestStoreActions::otherWorkspaceWritesAreSeen()
{
    if (TestEngine::onServer())
        QSKIP(kCarriedOnFilesOnly);
    ScoringService scoring(*m_ws);
    const qint64 id = scoredOnce(scoring);
    QCOMPARE(saveScore(scoring, id, "P1", "C1", 1400), kKnownResave);
    {
        // Another program of the panel changes the same cell, and records its own event.
        auto other = StoreFixture::open(m_ws->path());
        QVERIFY(ScoringService(*other)
                    .recordScore(id, QStringLiteral("P1"), QStringLiteral("B1"), QStringLiteral("C1"), 1200,
                                 QStringLiteral("李委员"))
                    .ok());
    }
    // Saving the value before it again changes the cell back: the save reads the file again.
    const QStringList after = saveScore(scoring, id, "P1", "C1", 1400);
    QVERIFY2(after.contains(QStringLiteral("SELECT negotiations")) && after.contains(QStringLiteral("UPDATE scores")),
             qPrintable(after.join(QStringLiteral(", "))));
    QCOMPARE(count(*m_ws, scoreOf(id, "P1", "C1")), 1400);
    // Its event follows the other program's and describes the change from the other program's value.
    const QString last = text(*m_ws, QStringLiteral("SELECT body FROM audit_events ORDER BY seq DESC LIMIT 1"));
    QVERIFY2(last.contains(QLatin1String("\"before\":{\"hundredths\":1200}")), qPrintable(last));
    const auto verified = AuditLog::verify(*m_ws);
    QVERIFY2(verified.ok(), qPrintable(verified.problem.toString()));
    QVERIFY2(verified.value->ok, qPrintable(verified.value->problem.toString()));
    // What it read is known again from then on.
    QCOMPARE(saveScore(scoring, id, "P1", "C1", 1300), kKnownResave);
}

void TestStoreActions::ownConnectionWritesAreSeen()
{
    if (TestEngine::onServer())
        QSKIP(kCarriedOnFilesOnly);
    ScoringService scoring(*m_ws);
    const qint64 id = scoredOnce(scoring);
    // A statement on the workspace's own connection, outside the program's transactions.
    QSqlQuery q(m_ws->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE scores SET hundredths = 300 WHERE negotiation_id = %1").arg(id)));
    // The same value saved again is written again: the save found the cell as it is.
    const QStringList again = saveScore(scoring, id, "P1", "C1", 1500);
    QVERIFY2(again.contains(QStringLiteral("SELECT negotiations")) && again.contains(QStringLiteral("UPDATE scores")),
             qPrintable(again.join(QStringLiteral(", "))));
    QCOMPARE(count(*m_ws, scoreOf(id, "P1", "C1")), 1500);
}

void TestStoreActions::refusedSaveKeepsWhatIsKnown()
{
    if (TestEngine::onServer())
        QSKIP(kCarriedOnFilesOnly);
    ScoringService scoring(*m_ws);
    const qint64 id = scoredOnce(scoring);
    const qint64 events = count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    // Above the criterion's maximum: refused before anything is written.
    const QStringList refused = statementsDuring(*m_ws, [&] {
        const auto saved =
            scoring.recordScore(id, QStringLiteral("P1"), QStringLiteral("B1"), QStringLiteral("C1"), 99900, kActor);
        QCOMPARE(saved.failure, Failure::Invalid);
    });
    QCOMPARE(refused, (QStringList{QStringLiteral("BEGIN"), QStringLiteral("ROLLBACK")}));
    QCOMPARE(count(*m_ws, QStringLiteral("SELECT COUNT(*) FROM audit_events")), events);
    QCOMPARE(count(*m_ws, scoreOf(id, "P1", "C1")), 1500);
    // Nothing was changed, so what was known still is.
    QCOMPARE(saveScore(scoring, id, "P1", "C1", 1400), kKnownResave);
    QCOMPARE(count(*m_ws, scoreOf(id, "P1", "C1")), 1400);
}

void TestStoreActions::foreignTriggerStopsCarrying()
{
    if (TestEngine::onServer())
        QSKIP(kCarriedOnFilesOnly);
    ScoringService scoring(*m_ws);
    const qint64 id = scoredOnce(scoring);
    // Another program adds a table of its own: the schema is checked again, and nothing in it can
    // change the program's rows, so what the next save reads is known again after it.
    QVERIFY(StoreFixture::rawExec(m_ws->path(), {QStringLiteral("CREATE TABLE notes (what TEXT)")}));
    QVERIFY(saveScore(scoring, id, "P1", "C1", 1400).contains(QStringLiteral("SELECT negotiations")));
    QCOMPARE(saveScore(scoring, id, "P1", "C1", 1300), kKnownResave);
    // Then a trigger that zeroes every score inserted. From then on every save reads again what it
    // checks, as a trigger may change rows behind each write.
    QVERIFY(StoreFixture::rawExec(m_ws->path(), StoreFixture::foreignScoreTrigger()));
    saveScore(scoring, id, "P1", "C2", 600);
    QCOMPARE(count(*m_ws, scoreOf(id, "P1", "C2")), 0);
    // The same value saved again finds the trigger's 0 and writes 600 (an update: the trigger is
    // not run).
    const QStringList later = saveScore(scoring, id, "P1", "C2", 600);
    for (const char* read : {"SELECT negotiations", "SELECT criteria", "SELECT scores"})
        QVERIFY2(later.contains(QLatin1String(read)), qPrintable(later.join(QStringLiteral(", "))));
    QCOMPARE(count(*m_ws, scoreOf(id, "P1", "C2")), 600);
}

#include "tst_store_actions.moc"
