#include "StoreFixture.h"

#include "io/ScenarioWriter.h"
#include "rules/LotDraw.h"
#include "store/NegotiationRecord.h"
#include "store/ProcedureService.h"
#include "store/RecordReader.h"
#include "store/ScoringService.h"
#include "store/SetupService.h"

#include <QJsonDocument>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace tp;
using namespace tp::store;

namespace {

QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

const QString kActor = QStringLiteral("张秘书");

} // namespace

class TestProcedure : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void wholeProcedure();
    void stageNamesRoundTrip();
    void stageQuestions();
    void importedScenarioLandsInImpliedStage();
    void importAndExportKeepTheDocumentDetails();
    void anonymousVote();

private:
    QTemporaryDir* m_dir = nullptr;
    std::shared_ptr<Workspace> m_ws;
};

void TestProcedure::init()
{
    m_dir = new QTemporaryDir;
    m_ws = StoreFixture::open(TestEngine::address(*m_dir));
}

void TestProcedure::cleanup()
{
    m_ws.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestProcedure::stageNamesRoundTrip()
{
    for (const QString& name : Procedure::names())
        QCOMPARE(Procedure::name(*Procedure::fromName(name)), name);
    QVERIFY(!Procedure::fromName(QStringLiteral("done")));
    QVERIFY(Procedure::checkAdvance(Stage::Scoring, Stage::Result) == std::nullopt);
    QVERIFY(Procedure::checkAdvance(Stage::Draw, Stage::Scoring).has_value());
    QVERIFY(Procedure::checkAdvance(Stage::Scoring, Stage::Draw).has_value());
}

// The questions the steps of the user interface ask about where a negotiation stands.
void TestProcedure::stageQuestions()
{
    QCOMPARE(Procedure::next(Stage::Setup), std::optional<Stage>(Stage::Registration));
    QCOMPARE(Procedure::next(Stage::Scoring), std::optional<Stage>(Stage::Vote));
    QCOMPARE(Procedure::next(Stage::Publication), std::optional<Stage>(Stage::Archived));
    QCOMPARE(Procedure::next(Stage::Archived), std::optional<Stage>());
    for (const QString& name : Procedure::names()) {
        const Stage stage = *Procedure::fromName(name);
        const int at = int(Procedure::names().indexOf(name));
        QCOMPARE(Procedure::scoringBegun(stage), at >= int(Procedure::names().indexOf(QStringLiteral("scoring"))));
        QCOMPARE(Procedure::resultsComputed(stage), at >= int(Procedure::names().indexOf(QStringLiteral("vote"))));
        QCOMPARE(Procedure::resultFixed(stage), at >= int(Procedure::names().indexOf(QStringLiteral("result"))));
        QCOMPARE(Procedure::isPublished(stage), at >= int(Procedure::names().indexOf(QStringLiteral("publication"))));
        // The panel is fixed exactly when scoring has begun; a result is published only once fixed.
        QCOMPARE(Procedure::checkPanelChange(stage).has_value(), Procedure::scoringBegun(stage));
        QVERIFY(!Procedure::isPublished(stage) || Procedure::resultFixed(stage));
        if (const auto next = Procedure::next(stage))
            QVERIFY(!Procedure::checkAdvance(stage, *next));
    }
}

void TestProcedure::wholeProcedure()
{
    NegotiationStore negotiations(*m_ws);
    ProcedureService procedure(*m_ws);
    SetupService setup(*m_ws);
    ScoringService scoring(*m_ws);

    Project project;
    project.title = QStringLiteral("慈溪市大病保险承办选择性谈判");
    project.purchaser = QStringLiteral("慈溪市医疗保障管理中心");
    project.registrationDeadline = at("2014-07-29T17:00:00+08:00");
    project.proposalDeadline = at("2014-08-04T15:00:00+08:00");
    project.requiredCopies = 10;
    project.trim = {1, 1, TrimLevel::Total};
    const auto created = negotiations.create(project, 1, kActor); // the Cixi eight elements
    QVERIFY2(created.ok(), qPrintable(created.problem.toString()));
    QCOMPARE(created.value->code, QStringLiteral("N-2014-0001"));
    const qint64 id = created.value->id;

    // Panel: members with affiliation and conflict-of-interest declaration; one leader only.
    const QStringList names = {QStringLiteral("赵明"), QStringLiteral("钱芳"), QStringLiteral("孙伟")};
    for (int i = 0; i < 3; ++i) {
        PanelistEntry m;
        m.id = QStringLiteral("P%1").arg(i + 1);
        m.name = names[i];
        m.role = i == 0 ? PanelRole::Leader : PanelRole::Member;
        m.affiliation = QStringLiteral("市医保局");
        m.conflictDeclared = false;
        QVERIFY2(setup.addPanelMember(id, m, kActor).ok(), qPrintable(m.id));
    }
    PanelistEntry second{
        {QStringLiteral("P4"), QStringLiteral("李静"), PanelRole::Leader}, QString(), false, QString()};
    QCOMPARE(setup.addPanelMember(id, second, kActor).failure, Failure::Invalid);

    // Registration must be opened first, and needs criteria.
    BidderRegistration b1{QStringLiteral("B1"),
                          QStringLiteral("甲保险"),
                          at("2014-07-25T09:30:00+08:00"),
                          QStringLiteral("王五"),
                          QStringLiteral("330282198001011234"),
                          true,
                          true,
                          true};
    QCOMPARE(procedure.registerBidder(id, b1, kActor).failure, Failure::Refused);
    QCOMPARE(procedure.advance(id, Stage::Proposals, kActor).failure, Failure::Refused); // cannot skip
    QVERIFY(procedure.advance(id, Stage::Registration, kActor).ok());
    QCOMPARE(setup.addCriterion(id, {QStringLiteral("C9"), QStringLiteral("x"), 100}, kActor).failure,
             Failure::Refused);

    const auto r1 = procedure.registerBidder(id, b1, kActor);
    QVERIFY(r1.ok());
    QVERIFY(!r1.value->late);
    BidderRegistration b2 = b1;
    b2.id = QStringLiteral("B2");
    b2.name = QStringLiteral("乙人寿");
    b2.registeredAt = at("2014-07-29T17:00:00+08:00"); // equal to the deadline: in time
    QVERIFY(!procedure.registerBidder(id, b2, kActor).value->late);
    BidderRegistration b3 = b1;
    b3.id = QStringLiteral("B3");
    b3.name = QStringLiteral("丙健康");
    b3.registeredAt = at("2014-07-29T17:20:00+08:00"); // late: recorded, and excluded as giving up
    const auto late = procedure.registerBidder(id, b3, kActor);
    QVERIFY(late.ok());
    QVERIFY(late.value->late);
    QCOMPARE(procedure.registerBidder(id, b1, kActor).failure, Failure::Invalid); // twice

    // The ID number is stored masked except its last 4 characters.
    const auto bidders = RecordReader::rows(*m_ws, QStringLiteral("bidders"), {{QStringLiteral("negotiation_id"), id}});
    QCOMPARE(bidders.value->first().value(QStringLiteral("id_number_masked")).toString(),
             QStringLiteral("**************1234"));
    QVERIFY(!StoreFixture::rawValue(m_ws->path(), QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE body LIKE "
                                                                 "'%330282198001011234%'"))
                 .toBool());

    // Proposals.
    QCOMPARE(procedure.recordProposal(id, {QStringLiteral("B1"), at("2014-08-04T10:00:00+08:00"), 10, true, {}}, kActor)
                 .ok(),
             true);
    QCOMPARE(NegotiationRecord::qualification(*m_ws, id).value->excluded.size(), 2); // B2 no proposal yet, B3 late
    const auto lateProposal =
        procedure.recordProposal(id, {QStringLiteral("B2"), at("2014-08-04T15:00:01+08:00"), 10, true, {}}, kActor);
    QVERIFY(lateProposal.value->late);
    // A second receipt for B2 is refused; the receipt recorded in error is corrected with a reason.
    const tp::Proposal b2Proposal{QStringLiteral("B2"), at("2014-08-04T14:58:00+08:00"), 9, true, {}};
    QCOMPARE(procedure.recordProposal(id, b2Proposal, kActor).failure, Failure::Refused);
    QCOMPARE(procedure.correctProposal(id, QStringLiteral("B2"), b2Proposal, QStringLiteral(" "), kActor).failure,
             Failure::Invalid); // no reason
    const auto receiptCorrected =
        procedure.correctProposal(id, QStringLiteral("B2"), b2Proposal, QStringLiteral("收件时间误录"), kActor);
    QVERIFY(receiptCorrected.ok());
    QVERIFY(!receiptCorrected.value->late);
    QVERIFY(procedure.recordProposal(id, {QStringLiteral("B3"), at("2014-08-04T11:00:00+08:00"), 10, true, {}}, kActor)
                .ok());
    QCOMPARE(procedure.stage(id).value, Stage::Proposals);
    QCOMPARE(
        procedure
            .openProposal(id, QStringLiteral("B1"), at("2014-08-04T14:00:00+08:00"), QStringLiteral("公证员"), kActor)
            .failure,
        Failure::Refused); // before the deadline
    QVERIFY(
        procedure
            .openProposal(id, QStringLiteral("B1"), at("2014-08-04T15:05:00+08:00"), QStringLiteral("公证员"), kActor)
            .ok());
    QVERIFY(
        procedure
            .openProposal(id, QStringLiteral("B2"), at("2014-08-04T15:06:00+08:00"), QStringLiteral("公证员"), kActor)
            .ok());
    QCOMPARE(procedure.stage(id).value, Stage::Draw);
    // The opening as one record (开标): its time and witnesses, one event, no change no event, and what
    // the scenario (and so the documents and an export) reads back.
    auto events = [this] {
        return StoreFixture::rawValue(m_ws->path(), QStringLiteral("SELECT COUNT(*) FROM audit_events")).toInt();
    };
    const QStringList openingWitnesses{QStringLiteral("公证员"), QStringLiteral("监督员丙")};
    QCOMPARE(procedure.recordOpening(id, at("2014-08-04T14:59:00+08:00"), openingWitnesses, kActor).failure,
             Failure::Refused); // before the deadline
    QCOMPARE(procedure.recordOpening(id, at("2014-08-04T15:05:00+08:00"), {QStringLiteral(" ")}, kActor).failure,
             Failure::Invalid); // no witness
    const int beforeOpening = events();
    QVERIFY(procedure.recordOpening(id, at("2014-08-04T15:05:00+08:00"), openingWitnesses, kActor).ok());
    QCOMPARE(events(), beforeOpening + 1);
    QVERIFY(procedure.recordOpening(id, at("2014-08-04T15:05:00+08:00"), openingWitnesses, kActor).ok());
    QCOMPARE(events(), beforeOpening + 1);
    const auto opened = NegotiationStore(*m_ws).scenario(id);
    QVERIFY(opened.value->opening.has_value());
    QCOMPARE(opened.value->opening->openedAt, at("2014-08-04T15:05:00+08:00"));
    QCOMPARE(opened.value->opening->witnesses, openingWitnesses);
    QCOMPARE(procedure.stage(id).value, Stage::Draw);
    const auto qualified = NegotiationRecord::qualification(*m_ws, id);
    QCOMPARE(qualified.value->qualified, (QStringList{QStringLiteral("B1"), QStringLiteral("B2")}));
    QCOMPARE(NegotiationRecord::exclusionOf(*qualified.value, QStringLiteral("B3")),
             QStringLiteral("late_registration"));
    // Registrations are fixed once the proposals step is closed; an opened proposal's receipt is not withdrawn.
    QCOMPARE(
        procedure.correctRegistration(id, QStringLiteral("B3"), std::nullopt, QStringLiteral("误录"), kActor).failure,
        Failure::Refused);
    QCOMPARE(procedure.correctProposal(id, QStringLiteral("B1"), std::nullopt, QStringLiteral("误录"), kActor).failure,
             Failure::Refused);

    // No scoring before the draw is recorded.
    const auto early =
        scoring.recordScore(id, QStringLiteral("P1"), QStringLiteral("B1"), QStringLiteral("C1"), 1800, kActor);
    QCOMPARE(early.failure, Failure::Refused);
    QVERIFY(early.problem.why.contains(QLatin1String("before the draw")));
    QCOMPARE(procedure.advance(id, Stage::Presentations, kActor).failure, Failure::Refused);

    const QString seed = QStringLiteral("6b1f0c2a9d4e8f7a3c5b2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a");
    const auto draw = procedure.recordDraw(id, {seed, std::nullopt, {QStringLiteral("监督员甲")}}, kActor);
    QVERIFY2(draw.ok(), qPrintable(draw.problem.toString()));
    QCOMPARE(*draw.value, LotDraw::commitment(seed));
    QCOMPARE(procedure.recordDraw(id, {seed, std::nullopt, {}}, kActor).failure, Failure::Refused); // once only
    QCOMPARE(procedure.recordOpening(id, at("2014-08-04T15:10:00+08:00"), openingWitnesses, kActor).failure,
             Failure::Refused); // fixed once the draw is recorded
    QCOMPARE(procedure.stage(id).value, Stage::Presentations);
    QCOMPARE(procedure.advance(id, Stage::Registration, kActor).failure, Failure::Refused); // no way back
    // Receipts are fixed once the draw is recorded.
    QCOMPARE(procedure.correctProposal(id, QStringLiteral("B2"), b2Proposal, QStringLiteral("误录"), kActor).failure,
             Failure::Refused);

    const auto overrun = procedure.logPresentation(id, QStringLiteral("B1"), at("2014-08-05T09:00:00+08:00"),
                                                   at("2014-08-05T09:26:30+08:00"), kActor);
    QCOMPARE(*overrun.value, qint64(90));

    // Scores: range, excluded bidder, completeness, lock.
    QCOMPARE(
        scoring.recordScore(id, QStringLiteral("P1"), QStringLiteral("B1"), QStringLiteral("C1"), 2001, kActor).failure,
        Failure::Invalid);
    QCOMPARE(
        scoring.recordScore(id, QStringLiteral("P1"), QStringLiteral("B3"), QStringLiteral("C1"), 1000, kActor).failure,
        Failure::Refused);
    QCOMPARE(
        scoring.recordScore(id, QStringLiteral("P9"), QStringLiteral("B1"), QStringLiteral("C1"), 1000, kActor).failure,
        Failure::Invalid);
    const auto criteria = NegotiationStore(*m_ws).scenario(id).value->criteria;
    for (const QString& panelist : {QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")}) {
        for (const QString& bidder : {QStringLiteral("B1"), QStringLiteral("B2")}) {
            for (const Criterion& c : criteria) {
                const Hundredths v =
                    c.max - (bidder == QLatin1String("B1") ? 100 : 300) - (panelist.back().unicode() - '1') * 50;
                QVERIFY(scoring.recordScore(id, panelist, bidder, c.id, v, kActor).ok());
            }
        }
        if (panelist == QLatin1String("P1")) {
            QVERIFY(scoring.recordScore(id, panelist, QStringLiteral("B1"), QStringLiteral("C1"), 1850, kActor).ok());
        }
    }
    QVERIFY(scoring.submitSheet(id, QStringLiteral("P1"), kActor).ok());
    QCOMPARE(procedure.stage(id).value, Stage::Scoring);
    const auto locked =
        scoring.recordScore(id, QStringLiteral("P1"), QStringLiteral("B1"), QStringLiteral("C1"), 1700, kActor);
    QCOMPARE(locked.failure, Failure::Refused);
    QVERIFY(locked.problem.why.contains(QLatin1String("locked")));
    QCOMPARE(scoring.submitSheet(id, QStringLiteral("P1"), kActor).failure, Failure::Refused);

    // Corrections: only on a submitted sheet, with a ground, a reason and the panel leader.
    CorrectionRequest correction{QStringLiteral("P2"),
                                 QStringLiteral("B1"),
                                 QStringLiteral("C1"),
                                 1800,
                                 CorrectionCategory::SummationError,
                                 QStringLiteral("加总错误"),
                                 QString()};
    QCOMPARE(scoring.correctScore(id, correction, kActor).failure, Failure::Refused); // P2 not submitted
    correction.panelist = QStringLiteral("P1");
    correction.leader = QStringLiteral("钱芳");
    QCOMPARE(scoring.correctScore(id, correction, kActor).failure, Failure::Invalid); // not the leader
    correction.leader = QString();
    correction.reason = QStringLiteral("  ");
    QCOMPARE(scoring.correctScore(id, correction, kActor).failure, Failure::Invalid);
    correction.reason = QStringLiteral("分项加总错误");
    const auto corrected = scoring.correctScore(id, correction, kActor);
    QVERIFY2(corrected.ok(), qPrintable(corrected.problem.toString()));
    QCOMPARE(corrected.value->previous, std::optional<Hundredths>(1850));
    QCOMPARE(corrected.value->leader, QStringLiteral("赵明"));
    const auto corrections =
        RecordReader::rows(*m_ws, QStringLiteral("corrections"), {{QStringLiteral("negotiation_id"), id}});
    QCOMPARE(corrections.value->size(), 1);
    QCOMPARE(corrections.value->first().value(QStringLiteral("category")).toString(),
             QStringLiteral("summation_error"));

    // The result needs every sheet.
    QCOMPARE(scoring.recordResult(id, kActor).failure, Failure::Refused);
    QVERIFY(scoring.submitSheet(id, QStringLiteral("P2"), kActor).ok());
    QVERIFY(scoring.submitSheet(id, QStringLiteral("P3"), kActor).ok());
    const auto result = scoring.recordResult(id, kActor);
    QVERIFY2(result.ok(), qPrintable(result.problem.toString()));
    QCOMPARE(result.value->status, EvaluationStatus::Final);
    QCOMPARE(result.value->winners, QStringList{QStringLiteral("B1")});
    QCOMPARE(procedure.stage(id).value, Stage::Result);

    // Irreversible: no more corrections, no second result.
    QCOMPARE(scoring.correctScore(id, correction, kActor).failure, Failure::Refused);
    QCOMPARE(scoring.recordResult(id, kActor).failure, Failure::Refused);

    // The notice is issued by publishing it: before, an export is a draft and is not recorded.
    QCOMPARE(scoring.recordDocument(id, QStringLiteral("result"), QString(64, QLatin1Char('a')), kActor).failure,
             Failure::Refused);
    QCOMPARE(procedure.archive(id, kActor).failure, Failure::Refused); // not published
    QVERIFY(procedure
                .publish(id, {QDate(2014, 8, 8), 7, false}, QStringLiteral("http://www.cixi.gov.cn"),
                         QStringLiteral("0574-63000000"), kActor)
                .ok());
    QVERIFY(scoring.recordDocument(id, QStringLiteral("result"), QString(64, QLatin1Char('a')), kActor).ok());
    // The notice is issued once: exported again (the same or with a later audit head) it is not a second issue.
    QCOMPARE(scoring.recordDocument(id, QStringLiteral("result"), QString(64, QLatin1Char('a')), kActor).failure,
             Failure::Refused);
    QCOMPARE(scoring.recordDocument(id, QStringLiteral("result"), QString(64, QLatin1Char('b')), kActor).failure,
             Failure::Refused);
    QVERIFY(procedure.archive(id, kActor).ok());
    QCOMPARE(procedure.stage(id).value, Stage::Archived);
    QCOMPARE(negotiations.setPublicationContact(id, QStringLiteral("x"), QString(), kActor).failure, Failure::Refused);

    const auto verification = AuditLog::verify(*m_ws);
    QVERIFY2(verification.value->ok, qPrintable(verification.value->problem.toString()));
}

// A scenario file's document details, opening and draw witnesses go into the workspace on import and
// come out unchanged on export.
void TestProcedure::importAndExportKeepTheDocumentDetails()
{
    NegotiationStore negotiations(*m_ws);
    Scenario cixi = StoreFixture::example(QStringLiteral("cixi-2014"));
    DocumentDetails& d = cixi.project.documents;
    d.basis = QStringLiteral("《谈判文件》(慈医保〔2014〕12号)");
    d.issuer = QStringLiteral("慈溪市医疗保障管理中心");
    d.publicationWebsite = QStringLiteral("http://www.cixi.gov.cn/gs");
    d.challengeAddress = QStringLiteral("三北大街1号302室");
    d.challengeContact = QStringLiteral("王丽 0574-63900001");
    d.contactPerson = QStringLiteral("孙敏");
    d.contactPhone = QStringLiteral("0574-63900002");
    d.contactAddress = QStringLiteral("三北大街1号");
    cixi.opening = ProposalOpening{at("2014-08-04T15:05:00+08:00"), {QStringLiteral("周平"), QStringLiteral("吴刚")}};
    cixi.draw->witnesses = {QStringLiteral("冯洁"), QStringLiteral("陈立")};
    const auto imported = negotiations.importScenario(cixi, kActor);
    QVERIFY(imported.ok());
    const auto exported = negotiations.scenario(imported.value->id);
    QVERIFY(exported.ok());
    QCOMPARE(exported.value->project.documents, d);
    QCOMPARE(exported.value->opening->witnesses, cixi.opening->witnesses);
    QCOMPARE(exported.value->opening->openedAt, cixi.opening->openedAt);
    QCOMPARE(exported.value->draw->witnesses, cixi.draw->witnesses);
    QCOMPARE(ScenarioWriter::write(*exported.value), ScenarioWriter::write(cixi));
}

void TestProcedure::importedScenarioLandsInImpliedStage()
{
    NegotiationStore negotiations(*m_ws);
    Scenario cixi = StoreFixture::example(QStringLiteral("cixi-2014"));
    QCOMPARE(negotiations.importScenario(cixi, kActor).value->stage, Stage::Scoring);
    QVERIFY(ScoringService(*m_ws).submittedSheets(1).value->size() == 7);
    cixi.scores.reset();
    QCOMPARE(negotiations.importScenario(cixi, kActor).value->stage, Stage::Presentations);
    cixi.draw.reset();
    QCOMPARE(negotiations.importScenario(cixi, kActor).value->stage, Stage::Draw);
    cixi.proposals.reset();
    QCOMPARE(negotiations.importScenario(cixi, kActor).value->stage, Stage::Proposals);
    QCOMPARE(negotiations.importScenario(StoreFixture::example(QStringLiteral("tie-vote")), kActor).value->stage,
             Stage::Vote);

    // Searching and listing: newest first.
    const auto list = negotiations.list();
    QCOMPARE(list.value->size(), 5);
    QCOMPARE(list.value->first().code, QStringLiteral("N-2024-0001"));
    QCOMPARE(list.value->last().code, QStringLiteral("N-2014-0001"));
    QCOMPARE(negotiations.list(QStringLiteral("n-2014-000")).value->size(), 4);
    QCOMPARE(negotiations.list(QStringLiteral("慈溪市城乡")).value->size(), 4);
    QCOMPARE(negotiations.list(QStringLiteral("100%_")).value->size(), 0);
    QCOMPARE(*negotiations.resolve(QStringLiteral("n-2014-0002")).value, qint64(2));
    QCOMPARE(negotiations.resolve(QStringLiteral("N-1999-0001")).failure, Failure::NotFound);
    QCOMPARE(negotiations.resolve(QStringLiteral("drop table")).failure, Failure::Invalid);
}

void TestProcedure::anonymousVote()
{
    NegotiationStore negotiations(*m_ws);
    ScoringService scoring(*m_ws);
    Scenario tie = StoreFixture::example(QStringLiteral("tie-vote"));
    const VoteRound round = tie.votes.first();
    tie.votes.clear();
    const auto imported = negotiations.importScenario(tie, kActor);
    QCOMPARE(imported.value->stage, Stage::Scoring);
    const qint64 id = imported.value->id;

    const auto pending = scoring.recordResult(id, kActor);
    QVERIFY2(pending.ok(), qPrintable(pending.problem.toString()));
    QCOMPARE(pending.value->status, EvaluationStatus::VoteRequired);
    QCOMPARE(ProcedureService(*m_ws).stage(id).value, Stage::Vote);

    QStringList voters;
    for (const Panelist& p : tie.panel)
        voters.append(p.id);
    voters = voters.mid(0, round.ballots.size());
    std::reverse(voters.begin(), voters.end());
    // Each member casts their ballot; a choice outside the vote is refused and nothing is stored.
    QCOMPARE(scoring.castBallot(id, 1, voters[0], QStringLiteral("B3"), kActor).failure, Failure::Invalid);
    for (qsizetype i = 0; i < voters.size(); ++i) {
        const auto cast = scoring.castBallot(id, 1, voters[i], round.ballots[i], kActor);
        QVERIFY2(cast.ok(), qPrintable(cast.problem.toString()));
    }
    const auto closed = scoring.closeVoteRound(id, 1, kActor);
    QVERIFY2(closed.ok(), qPrintable(closed.problem.toString()));

    // The ballot box holds nothing linkable: no voter, no time, no sequence number, no row id.
    QSqlQuery q(m_ws->database());
    const QSqlRecord record = m_ws->database().record(QStringLiteral("ballots"));
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    QCOMPARE(columns, (QStringList{QStringLiteral("negotiation_id"), QStringLiteral("round_no"), QStringLiteral("slot"),
                                   QStringLiteral("choice")}));
    if (!m_ws->isServer()) {
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'ballots'")) && q.next());
        QVERIFY(q.value(0).toString().contains(QLatin1String("WITHOUT ROWID")));
    }
    // The roll says who voted.
    QVERIFY(q.exec(QStringLiteral("SELECT panelist_code FROM vote_roll ORDER BY panelist_code")));
    QStringList roll;
    while (q.next())
        roll.append(q.value(0).toString());
    QStringList sortedVoters = voters;
    sortedVoters.sort();
    QCOMPARE(roll, sortedVoters);
    if (!m_ws->isServer()) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // The audit log gets the tally and a digest, never a ballot beside a voter.
    const auto events = AuditLog::events(*m_ws, id);
    const QJsonObject vote = QJsonDocument::fromJson(events.value->last().body).object();
    QCOMPARE(vote.value(QStringLiteral("action")).toString(), QStringLiteral("vote_closed"));
    QJsonObject ballotChange;
    for (const QJsonValue& c : vote.value(QStringLiteral("changes")).toArray())
        if (c.toObject().value(QStringLiteral("op")).toString() == QLatin1String("ballots"))
            ballotChange = c.toObject();
    QCOMPARE(ballotChange.value(QStringLiteral("tally")).toObject(),
             (QJsonObject{{QStringLiteral("B1"), 2}, {QStringLiteral("B2"), 3}}));
    QCOMPARE(ballotChange.value(QStringLiteral("digest")).toString().size(), 64);
    QCOMPARE(ballotChange.keys(),
             (QStringList{QStringLiteral("blank"), QStringLiteral("digest"), QStringLiteral("negotiation_id"),
                          QStringLiteral("op"), QStringLiteral("round_no"), QStringLiteral("table"),
                          QStringLiteral("tally")}));

    const auto final = scoring.recordResult(id, kActor);
    QVERIFY2(final.ok(), qPrintable(final.problem.toString()));
    QCOMPARE(final.value->status, EvaluationStatus::Final);
    QCOMPARE(negotiations.scenario(id).value->votes.size(), 1);
    QVERIFY(AuditLog::verify(*m_ws).value->ok);
}

QTEST_GUILESS_MAIN(TestProcedure)
#include "tst_procedure.moc"
