// The setup step edited through SetupService on a real workspace file: every refused edit leaves the
// record as it was, every accepted one is one audit event, and the chain verifies afterwards.
#include "StoreFixture.h"

#include "io/ScenarioReader.h"
#include "io/ScenarioValidator.h"
#include "io/ScenarioWriter.h"
#include "store/AuditLog.h"
#include "store/ProcedureService.h"
#include "store/SetupService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tp;
using namespace tp::store;

Q_DECLARE_METATYPE(tp::Project)
Q_DECLARE_METATYPE(tp::Criterion)
Q_DECLARE_METATYPE(tp::store::PanelistEntry)
Q_DECLARE_METATYPE(QList<tp::Criterion>)
Q_DECLARE_METATYPE(QList<tp::Panelist>)

namespace {

const QString kActor = QStringLiteral("张秘书");

QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

Project cixiProject()
{
    Project p;
    p.title = QStringLiteral("慈溪市城乡居民合作医疗保障大病保险承办选择性谈判");
    p.purchaser = QStringLiteral("慈溪市城乡居民医疗保障管理中心");
    p.registrationDeadline = at("2014-07-29T17:00:00+08:00");
    p.proposalDeadline = at("2014-08-04T15:00:00+08:00");
    p.requiredCopies = 10;
    p.publication = PublicationRule{QDate(2014, 8, 8), 7, false};
    return p;
}

PanelistEntry member(const QString& code, const QString& name, PanelRole role = PanelRole::Member)
{
    PanelistEntry m;
    m.id = code;
    m.name = name;
    m.role = role;
    return m;
}

QStringList ids(const char* commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
}

QStringList codes(const QList<Criterion>& list)
{
    QStringList out;
    for (const Criterion& c : list)
        out.append(c.id);
    return out;
}

QStringList codes(const QList<PanelistEntry>& list)
{
    QStringList out;
    for (const PanelistEntry& m : list)
        out.append(m.id);
    return out;
}

} // namespace

class TestSetupService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void updateProject();
    void invalidProject_data();
    void invalidProject();
    void settingsCheckedAsInAFile_data();
    void settingsCheckedAsInAFile();
    void documentDetailsCheckedAsInAFile();
    void criteriaEdits();
    void invalidCriterion_data();
    void invalidCriterion();
    void templateAndReplace();
    void serviceAreas();
    void invalidAreas_data();
    void invalidAreas();
    void awardTemplate();
    void panelEdits();
    void invalidMember_data();
    void invalidMember();
    void refusedAfterSetup();
    void registrationNeedsCompleteSetup();
    void panelRefusedOnceScoring();

private:
    qint64 create(std::optional<qint64> templateId = std::nullopt);
    SetupState state(qint64 id);
    qint64 eventCount() const;
    void verifyAudit();

    QTemporaryDir* m_dir = nullptr;
    QString m_path;
    std::shared_ptr<Workspace> m_ws;
};

void TestSetupService::init()
{
    m_dir = new QTemporaryDir;
    m_path = TestEngine::address(*m_dir);
    m_ws = StoreFixture::open(m_path);
}

void TestSetupService::cleanup()
{
    m_ws.reset();
    delete m_dir;
    m_dir = nullptr;
}

qint64 TestSetupService::create(std::optional<qint64> templateId)
{
    Project p;
    p.title = QStringLiteral("新谈判");
    p.purchaser = QStringLiteral("医保中心");
    p.registrationDeadline = at("2014-07-29T17:00:00+08:00");
    const auto created = NegotiationStore(*m_ws).create(p, templateId, kActor);
    if (!created.ok())
        qFatal("cannot create: %s", qPrintable(created.problem.toString()));
    return created.value->id;
}

SetupState TestSetupService::state(qint64 id)
{
    const auto s = SetupService(*m_ws).state(id);
    if (!s.ok())
        qFatal("cannot read: %s", qPrintable(s.problem.toString()));
    return *s.value;
}

qint64 TestSetupService::eventCount() const
{
    return StoreFixture::rawValue(m_path, QStringLiteral("SELECT COUNT(*) FROM audit_events")).toLongLong();
}

void TestSetupService::verifyAudit()
{
    const auto verification = AuditLog::verify(*m_ws);
    QVERIFY(verification.ok());
    QVERIFY2(verification.value->ok, qPrintable(verification.value->problem.toString()));
}

void TestSetupService::updateProject()
{
    const qint64 id = create();
    SetupService setup(*m_ws);
    Project p = cixiProject();
    p.maxWinners = 3;
    p.allocation = {{1, {100}}, {2, {60, 40}}, {3, {60, 30, 10}}};
    p.trim = {1, 1, TrimLevel::Criterion};
    p.tiePrecision = TiePrecision::Rounded;
    p.minBidders = 2;
    p.presentationMinutes = 15;
    p.statementMinutes = 0;
    const qint64 before = eventCount();
    const auto updated = setup.updateProject(id, p, kActor);
    QVERIFY2(updated.ok(), qPrintable(updated.problem.toString()));
    QCOMPARE(eventCount(), before + 1);
    const Project stored = state(id).project;
    QCOMPARE(stored.title, p.title);
    QCOMPARE(stored.purchaser, p.purchaser);
    QCOMPARE(stored.registrationDeadline, p.registrationDeadline);
    QCOMPARE(stored.proposalDeadline, p.proposalDeadline);
    QCOMPARE(stored.requiredCopies, std::optional<int>(10));
    QCOMPARE(stored.presentationMinutes, 15);
    QCOMPARE(stored.statementMinutes, 0);
    QCOMPARE(stored.minBidders, 2);
    QCOMPARE(stored.maxWinners, 3);
    QCOMPARE(stored.allocation, p.allocation);
    QVERIFY(stored.trim == p.trim);
    QCOMPARE(stored.tiePrecision, TiePrecision::Rounded);
    QVERIFY(stored.publication == p.publication);

    // Back to one winner: the shares for 2 and 3 winners go.
    p.maxWinners = 1;
    p.allocation = {{1, {100}}};
    p.publication.reset();
    p.requiredCopies.reset();
    QVERIFY(setup.updateProject(id, p, kActor).ok());
    QCOMPARE(state(id).project.allocation, p.allocation);
    QVERIFY(!state(id).project.publication);
    QVERIFY(!state(id).project.requiredCopies);
    QCOMPARE(StoreFixture::rawValue(m_path, QStringLiteral("SELECT COUNT(*) FROM allocations")).toLongLong(), 1);

    // The same settings again: nothing to record.
    const qint64 events = eventCount();
    QVERIFY(setup.updateProject(id, p, kActor).ok());
    QCOMPARE(eventCount(), events);
    verifyAudit();
}

void TestSetupService::invalidProject_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("why");

    Project p = cixiProject();
    p.title = QStringLiteral("   ");
    QTest::newRow("blank title") << p << QStringLiteral("project.title") << QStringLiteral("title");
    p = cixiProject();
    p.purchaser.clear();
    QTest::newRow("no purchaser") << p << QStringLiteral("project.purchaser") << QStringLiteral("purchaser");
    p = cixiProject();
    p.title = QString(501, QLatin1Char('x'));
    QTest::newRow("long title") << p << QStringLiteral("project.title") << QStringLiteral("500");
    p = cixiProject();
    p.requiredCopies = 0;
    QTest::newRow("no copies") << p << QStringLiteral("project.required_copies") << QStringLiteral("1");
    p = cixiProject();
    p.presentationMinutes = 0;
    QTest::newRow("no presentation") << p << QStringLiteral("project.presentation_minutes") << QStringLiteral("1");
    p = cixiProject();
    p.statementMinutes = -1;
    QTest::newRow("negative statement") << p << QStringLiteral("project.statement_minutes") << QStringLiteral("0");
    p = cixiProject();
    p.minBidders = 0;
    QTest::newRow("min bidders 0") << p << QStringLiteral("project.min_bidders") << QStringLiteral("1");
    p = cixiProject();
    p.maxWinners = 3;
    p.allocation = {{1, {100}}, {2, {60, 40}}, {3, {60, 30, 5}}};
    QTest::newRow("shares 95") << p << QStringLiteral("project.allocation.3") << QStringLiteral("95, not 100");
    p.allocation = {{1, {100}}, {2, {60, 40}}};
    QTest::newRow("missing 3") << p << QStringLiteral("project.allocation.3") << QStringLiteral("3 winners");
    p.allocation = {{1, {100}}, {2, {60, 40}}, {3, {60, 30, 10}}, {4, {40, 30, 20, 10}}};
    QTest::newRow("extra 4") << p << QStringLiteral("project.allocation.4") << QStringLiteral("\"1\" to \"3\"");
    p.allocation = {{1, {100}}, {2, {40, 60}}, {3, {60, 30, 10}}};
    QTest::newRow("increasing") << p << QStringLiteral("project.allocation.2[1]") << QStringLiteral("increase");
    p.allocation = {{1, {100}}, {2, {60, 30, 10}}, {3, {60, 30, 10}}};
    QTest::newRow("wrong count") << p << QStringLiteral("project.allocation.2") << QStringLiteral("exactly 2");
    p = cixiProject();
    p.maxWinners = 0;
    QTest::newRow("no winners") << p << QStringLiteral("project.max_winners") << QStringLiteral("1");
    p = cixiProject();
    p.trim.highest = -1;
    QTest::newRow("negative trim") << p << QStringLiteral("project.trim.highest") << QStringLiteral("0");
    p = cixiProject();
    p.publication = PublicationRule{QDate(2014, 8, 8), 0, false};
    QTest::newRow("no working days") << p << QStringLiteral("project.publication.working_days") << QStringLiteral("1");
    p.publication = PublicationRule{QDate(), 7, false};
    QTest::newRow("no start") << p << QStringLiteral("project.publication.start") << QString();
    p = cixiProject();
    p.registrationDeadline = QDateTime();
    QTest::newRow("bad deadline") << p << QStringLiteral("project.registration_deadline") << QString();
}

void TestSetupService::invalidProject()
{
    QFETCH(Project, project);
    QFETCH(QString, where);
    QFETCH(QString, why);
    const qint64 id = create();
    SetupService setup(*m_ws);
    const SetupState before = state(id);
    const qint64 events = eventCount();
    const auto result = setup.updateProject(id, project, kActor);
    QCOMPARE(result.failure, Failure::Invalid);
    QCOMPARE(result.problem.where, where);
    QVERIFY2(result.problem.why.contains(why), qPrintable(result.problem.why));
    QCOMPARE(eventCount(), events);
    const SetupState after = state(id);
    QCOMPARE(after.project.title, before.project.title);
    QCOMPARE(after.project.allocation, before.project.allocation);
    QCOMPARE(after.project.maxWinners, before.project.maxWinners);
    QCOMPARE(after.project.requiredCopies, before.project.requiredCopies);
    QCOMPARE(after.project.registrationDeadline, before.project.registrationDeadline);
    verifyAudit();
}

// The settings are checked in memory with the scenario reader's checks: for any settings the
// problems (paths and messages, in order) are those of the same settings written to a scenario file
// and read back.
void TestSetupService::settingsCheckedAsInAFile_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<QList<Criterion>>("criteria");
    QTest::addColumn<QList<Panelist>>("panel");

    const QList<Criterion> criteria{{QStringLiteral("C1"), QStringLiteral("服务方案"), 6000},
                                    {QStringLiteral("C2"), QStringLiteral("报价"), 4000}};
    const QList<Panelist> panel{{QStringLiteral("P1"), QStringLiteral("赵明"), PanelRole::Leader},
                                {QStringLiteral("P2"), QStringLiteral("钱芳"), PanelRole::Member},
                                {QStringLiteral("P3"), QStringLiteral("孙伟"), PanelRole::Member}};
    QTest::newRow("valid") << cixiProject() << criteria << panel;

    Project p = cixiProject();
    p.title.clear();
    p.purchaser = QString(501, QChar(0x4e2d)); // 501 characters of three bytes each
    p.requiredCopies = 10001;
    p.presentationMinutes = 0;
    p.statementMinutes = -3;
    p.minBidders = 0;
    QTest::newRow("many fields") << p << criteria << panel;
    p = cixiProject();
    p.purchaser = QString(500, QChar(0x4e2d));
    QTest::newRow("500 characters") << p << criteria << panel;
    p = cixiProject();
    p.registrationDeadline = QDateTime();
    p.proposalDeadline = QDateTime(QDate(2014, 8, 4), QTime(15, 0), Qt::OffsetFromUTC, 15 * 3600);
    p.publication = PublicationRule{QDate(), 0, true};
    QTest::newRow("dates") << p << criteria << panel;
    p = cixiProject();
    p.documents.basis = QString(501, QChar(0x4e2d));
    p.documents.issuer = QString(500, QChar(0x4e2d));
    p.documents.contactPhone = QString(501, QLatin1Char('1'));
    p.documents.contactPerson = QStringLiteral(" 孙敏 ");
    QTest::newRow("document details") << p << criteria << panel;
    p = cixiProject();
    p.maxWinners = 3;
    p.allocation = {{-1, {100}}, {0, {100}}, {2, {40, 70, 10}}, {3, {50, 200, 10}}, {1000, {100}}};
    QTest::newRow("allocation") << p << criteria << panel;
    p.maxWinners = 0;
    QTest::newRow("allocation, no winners") << p << criteria << panel;
    p.maxWinners = 1;
    p.allocation = {{2, {60, 40}}};
    QTest::newRow("allocation, one winner") << p << criteria << panel;
    p.maxWinners = 2;
    p.allocation.clear();
    QTest::newRow("allocation empty") << p << criteria << panel;
    p = cixiProject();
    p.trim.highest = 2;
    p.trim.lowest = 2;
    QTest::newRow("panel too small to trim") << p << criteria << panel;
    p.trim.highest = 10001;
    QTest::newRow("trim out of range") << p << criteria << panel;

    QList<Criterion> badCriteria = criteria;
    badCriteria.append({QStringLiteral("C1"), QString(), 0});
    badCriteria.append({QString(), QStringLiteral("x"), -250});
    badCriteria.append({QString(65, QLatin1Char('c')), QString(501, QLatin1Char('t')), kMaxHundredths + 1});
    QTest::newRow("criteria") << cixiProject() << badCriteria << panel;
    QTest::newRow("no criteria") << cixiProject() << QList<Criterion>() << panel;

    QList<Panelist> badPanel = panel;
    badPanel[1].role = PanelRole::Leader;
    badPanel.append({QStringLiteral("P1"), QString(), PanelRole::Member});
    badPanel.append({QString(), QString(501, QLatin1Char('n')), PanelRole::Leader});
    QTest::newRow("panel") << cixiProject() << criteria << badPanel;
    QList<Panelist> noLeader = panel;
    noLeader[0].role = PanelRole::Member;
    QTest::newRow("no leader") << cixiProject() << criteria << noLeader;
    QTest::newRow("no panel") << cixiProject() << criteria << QList<Panelist>();
}

void TestSetupService::settingsCheckedAsInAFile()
{
    QFETCH(Project, project);
    QFETCH(QList<Criterion>, criteria);
    QFETCH(QList<Panelist>, panel);

    Scenario scenario;
    scenario.project = project;
    scenario.criteria = criteria;
    scenario.panel = panel;
    scenario.bidders = {Bidder{QStringLiteral("B1"), QStringLiteral("甲公司"), true, std::nullopt, false}};
    Problems inFile;
    for (const Problem& p : ScenarioReader::readBytes(ScenarioWriter::write(scenario)).problems)
        if (!p.where.startsWith(QLatin1String("bidders")))
            inFile.append(p);

    const QByteArray row = QTest::currentDataTag();
    QCOMPARE(inFile.isEmpty(), row == "valid" || row == "500 characters");

    Problems inMemory;
    ScenarioValidator validator(&inMemory);
    validator.checkProject(project);
    validator.checkCriteria(criteria);
    validator.checkPanel(panel);
    QCOMPARE(inMemory, inFile);

    // The setup step reports the first of the project's problems.
    const std::optional<Problem> first = SetupService::checkProject(project);
    if (!project.title.trimmed().isEmpty() && !project.purchaser.trimmed().isEmpty()) {
        const auto it = std::find_if(inFile.cbegin(), inFile.cend(),
                                     [](const Problem& p) { return p.where.startsWith(QLatin1String("project")); });
        QCOMPARE(first, it == inFile.cend() ? std::optional<Problem>() : std::optional<Problem>(*it));
    }
}

// The document details are refused for what a scenario file with them is refused for, with the same
// place and words; characters are counted as in the file (a character outside the BMP is one).
void TestSetupService::documentDetailsCheckedAsInAFile()
{
    const qint64 id = create();
    SetupService setup(*m_ws);
    DocumentDetails d;
    const char32_t face = U'\U0001F600';
    for (int i = 0; i < 500; ++i)
        d.basis += QString::fromUcs4(&face, 1);
    QCOMPARE(d.basis.size(), 1000);
    const auto accepted = setup.setDocumentDetails(id, d, kActor);
    QVERIFY2(accepted.ok(), qPrintable(accepted.problem.toString()));
    QCOMPARE(state(id).project.documents.basis, d.basis);

    d.contactPhone = QString(501, QLatin1Char('1'));
    Scenario scenario;
    scenario.project = cixiProject();
    scenario.project.documents = d;
    Problems inFile;
    for (const Problem& p : ScenarioReader::readBytes(ScenarioWriter::write(scenario)).problems)
        if (p.where.startsWith(QLatin1String("project.")))
            inFile.append(p);
    QCOMPARE(inFile.size(), 1);
    const qint64 events = eventCount();
    const auto refused = setup.setDocumentDetails(id, d, kActor);
    QCOMPARE(refused.failure, Failure::Invalid);
    QCOMPARE(refused.problem, inFile.first());
    QCOMPARE(refused.problem.where, QStringLiteral("project.contact_phone"));
    QCOMPARE(eventCount(), events);
    QVERIFY(state(id).project.documents.contactPhone.isEmpty());
    verifyAudit();
}

void TestSetupService::criteriaEdits()
{
    const qint64 id = create();
    SetupService setup(*m_ws);
    QVERIFY(setup.addCriterion(id, {QStringLiteral("C1"), QStringLiteral("方案设计"), 2000}, kActor).ok());
    QVERIFY(setup.addCriterion(id, {QStringLiteral("C2"), QStringLiteral("筹资标准"), 2000}, kActor).ok());
    QVERIFY(setup.addCriterion(id, {QStringLiteral("C3"), QStringLiteral("派驻人员"), 1050}, kActor).ok());
    QCOMPARE(codes(state(id).criteria), ids("C1,C2,C3"));
    QCOMPARE(state(id).criteria.at(2).max, Hundredths(1050));

    // Insert at a place (undoing a removal does this).
    QVERIFY(setup.addCriterion(id, {QStringLiteral("C0"), QStringLiteral("资质"), 500}, kActor, 0).ok());
    QCOMPARE(codes(state(id).criteria), ids("C0,C1,C2,C3"));

    // Edit the title and points.
    QVERIFY(setup.editCriterion(id, {QStringLiteral("C3"), QStringLiteral("派驻人员与稽核"), 1000}, kActor).ok());
    QCOMPARE(state(id).criteria.at(3).title, QStringLiteral("派驻人员与稽核"));
    QCOMPARE(state(id).criteria.at(3).max, Hundredths(1000));

    // Reorder, rename, remove.
    QVERIFY(setup.moveCriterion(id, QStringLiteral("C0"), 3, kActor).ok());
    QCOMPARE(codes(state(id).criteria), ids("C1,C2,C3,C0"));
    QVERIFY(setup.moveCriterion(id, QStringLiteral("C3"), 0, kActor).ok());
    QCOMPARE(codes(state(id).criteria), ids("C3,C1,C2,C0"));
    QVERIFY(setup.renameCriterion(id, QStringLiteral("C0"), QStringLiteral("C4"), kActor).ok());
    QCOMPARE(codes(state(id).criteria), ids("C3,C1,C2,C4"));
    QCOMPARE(state(id).criteria.at(3).max, Hundredths(500));
    QVERIFY(setup.removeCriterion(id, QStringLiteral("C1"), kActor).ok());
    QCOMPARE(codes(state(id).criteria), ids("C3,C2,C4"));
    // Positions stay 1..n.
    QCOMPARE(StoreFixture::rawValue(m_path, TestEngine::onServer()
                                                ? QStringLiteral("SELECT string_agg(position::text, ',' ORDER BY "
                                                                 "position) FROM criteria")
                                                : QStringLiteral("SELECT group_concat(position) FROM (SELECT position "
                                                                 "FROM criteria ORDER BY position)"))
                 .toString(),
             QStringLiteral("1,2,3"));

    // A move to where it is, an edit to what it is: nothing recorded.
    const qint64 events = eventCount();
    QVERIFY(setup.moveCriterion(id, QStringLiteral("C2"), 1, kActor).ok());
    QVERIFY(setup.editCriterion(id, state(id).criteria.at(0), kActor).ok());
    QCOMPARE(eventCount(), events);
    verifyAudit();
}

void TestSetupService::invalidCriterion_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<Criterion>("criterion");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("why");

    const Criterion ok{QStringLiteral("C9"), QStringLiteral("其他"), 500};
    QTest::newRow("duplicate code") << "add" << Criterion{QStringLiteral("C1"), QStringLiteral("x"), 500} << -1
                                    << "criteria[C1].id"
                                    << "exists already";
    QTest::newRow("empty code") << "add" << Criterion{QString(), QStringLiteral("x"), 500} << -1 << "criteria.id"
                                << "1 to 64";
    QTest::newRow("spaced code") << "add" << Criterion{QStringLiteral(" C9"), QStringLiteral("x"), 500} << -1
                                 << "criteria[ C9].id"
                                 << "spaces";
    QTest::newRow("long code") << "add" << Criterion{QString(65, QLatin1Char('C')), QStringLiteral("x"), 500} << -1
                               << QStringLiteral("criteria[%1].id").arg(QString(65, QLatin1Char('C'))) << "1 to 64";
    QTest::newRow("no title") << "add" << Criterion{QStringLiteral("C9"), QStringLiteral(" "), 500} << -1
                              << "criteria[C9].title"
                              << "title";
    QTest::newRow("zero points") << "add" << Criterion{QStringLiteral("C9"), QStringLiteral("x"), 0} << -1
                                 << "criteria[C9].max"
                                 << "above 0";
    QTest::newRow("negative points") << "add" << Criterion{QStringLiteral("C9"), QStringLiteral("x"), -100} << -1
                                     << "criteria[C9].max"
                                     << "above 0";
    QTest::newRow("huge points") << "add" << Criterion{QStringLiteral("C9"), QStringLiteral("x"), kMaxHundredths + 1}
                                 << -1 << "criteria[C9].max"
                                 << "at most";
    QTest::newRow("bad place") << "add" << ok << 5 << "criteria[C9].position"
                               << "1 to 3";
    QTest::newRow("edit unknown") << "edit" << ok << -1 << "criteria[C9].id"
                                  << "no criterion";
    QTest::newRow("edit zero") << "edit" << Criterion{QStringLiteral("C1"), QStringLiteral("x"), 0} << -1
                               << "criteria[C1].max"
                               << "above 0";
    QTest::newRow("rename onto another") << "rename" << Criterion{QStringLiteral("C2"), QString(), 0} << -1
                                         << "criteria[C1].id"
                                         << "exists already";
    QTest::newRow("rename empty") << "rename" << Criterion{QString(), QString(), 0} << -1 << "criteria[C1].id"
                                  << "1 to 64";
    QTest::newRow("remove unknown") << "remove" << ok << -1 << "criteria[C9].id"
                                    << "no criterion";
    QTest::newRow("move unknown") << "move" << ok << 0 << "criteria[C9].id"
                                  << "no criterion";
    QTest::newRow("move too far") << "move" << Criterion{QStringLiteral("C1"), QString(), 0} << 2
                                  << "criteria[C1].position"
                                  << "1 to 2";
    QTest::newRow("move negative") << "move" << Criterion{QStringLiteral("C1"), QString(), 0} << -1
                                   << "criteria[C1].position"
                                   << "1 to 2";
}

void TestSetupService::invalidCriterion()
{
    QFETCH(QString, action);
    QFETCH(Criterion, criterion);
    QFETCH(int, index);
    QFETCH(QString, where);
    QFETCH(QString, why);
    const qint64 id = create();
    SetupService setup(*m_ws);
    QVERIFY(setup.addCriterion(id, {QStringLiteral("C1"), QStringLiteral("方案设计"), 6000}, kActor).ok());
    QVERIFY(setup.addCriterion(id, {QStringLiteral("C2"), QStringLiteral("服务"), 4000}, kActor).ok());
    const SetupState before = state(id);
    const qint64 events = eventCount();
    StoreResult<Done> result;
    if (action == QLatin1String("add"))
        result = setup.addCriterion(id, criterion, kActor, index < 0 ? std::nullopt : std::optional<qsizetype>(index));
    else if (action == QLatin1String("edit"))
        result = setup.editCriterion(id, criterion, kActor);
    else if (action == QLatin1String("rename"))
        result = setup.renameCriterion(id, QStringLiteral("C1"), criterion.id, kActor);
    else if (action == QLatin1String("remove"))
        result = setup.removeCriterion(id, criterion.id, kActor);
    else
        result = setup.moveCriterion(id, criterion.id, index, kActor);
    QCOMPARE(result.failure, Failure::Invalid);
    QCOMPARE(result.problem.where, where);
    QVERIFY2(result.problem.why.contains(why), qPrintable(result.problem.why));
    QCOMPARE(eventCount(), events);
    const SetupState after = state(id);
    QCOMPARE(codes(after.criteria), codes(before.criteria));
    for (qsizetype i = 0; i < after.criteria.size(); ++i) {
        QCOMPARE(after.criteria.at(i).title, before.criteria.at(i).title);
        QCOMPARE(after.criteria.at(i).max, before.criteria.at(i).max);
    }
}

void TestSetupService::templateAndReplace()
{
    const qint64 id = create();
    SetupService setup(*m_ws);
    const auto templates = NegotiationStore(*m_ws).templates();
    QVERIFY(templates.ok());
    QVERIFY(!templates.value->isEmpty());
    const CriteriaTemplate cixi = templates.value->first();
    QVERIFY(setup.addCriterion(id, {QStringLiteral("X1"), QStringLiteral("旧的"), 100}, kActor).ok());
    QVERIFY(setup.applyTemplate(id, cixi.id, kActor).ok());
    QCOMPARE(codes(state(id).criteria), codes(cixi.criteria));
    Hundredths total = 0;
    for (const Criterion& c : state(id).criteria)
        total += c.max;
    QCOMPARE(total, Hundredths(10000));

    // Undoing the template puts the old list back.
    QVERIFY(setup.replaceCriteria(id, {{QStringLiteral("X1"), QStringLiteral("旧的"), 100}}, kActor).ok());
    QCOMPARE(codes(state(id).criteria), ids("X1"));
    QCOMPARE(setup.applyTemplate(id, 999, kActor).failure, Failure::Invalid);
    const auto twice = setup.replaceCriteria(
        id, {{QStringLiteral("A"), QStringLiteral("a"), 100}, {QStringLiteral("A"), QStringLiteral("b"), 100}}, kActor);
    QCOMPARE(twice.failure, Failure::Invalid);
    QCOMPARE(twice.problem.where, QStringLiteral("criteria[1].id"));
    QCOMPARE(codes(state(id).criteria), ids("X1"));
    QVERIFY(setup.replaceCriteria(id, {}, kActor).ok());
    QVERIFY(state(id).criteria.isEmpty());
    verifyAudit();
}

namespace {

QMap<int, QList<ServiceArea>> threeAreas()
{
    return {{3,
             {{QStringLiteral("第一服务区域"), {QStringLiteral("端州区(含市直)"), QStringLiteral("鼎湖区")}},
              {QStringLiteral("第二服务区域"), {QStringLiteral("四会市"), QStringLiteral("广宁县")}},
              {QStringLiteral("第三服务区域"), {QStringLiteral("怀集县"), QStringLiteral("封开县")}}}}};
}

Project areaProject()
{
    Project p = cixiProject();
    p.minBidders = 3;
    p.maxWinners = 3;
    p.allocation.clear();
    p.areas = threeAreas();
    return p;
}

} // namespace

// Areas instead of shares, then both, then shares again: what is stored is what was set, each change
// one event naming the fields it changed, and the same settings again change nothing.
void TestSetupService::serviceAreas()
{
    const qint64 id = create();
    SetupService setup(*m_ws);
    Project p = areaProject();
    qint64 events = eventCount();
    auto updated = setup.updateProject(id, p, kActor);
    QVERIFY2(updated.ok(), qPrintable(updated.problem.toString()));
    QCOMPARE(eventCount(), events + 1);
    Project stored = state(id).project;
    QCOMPARE(stored.areas, p.areas);
    QVERIFY(stored.allocation.isEmpty());
    QCOMPARE(StoreFixture::rawValue(m_path, QStringLiteral("SELECT COUNT(*) FROM service_area_places")).toLongLong(),
             6);
    const auto logged = AuditLog::events(*m_ws, id);
    QVERIFY(logged.ok());
    QCOMPARE(logged.value->last().action, QStringLiteral("project_updated"));
    const QJsonObject body = QJsonDocument::fromJson(logged.value->last().body).object();
    QVERIFY2(body.value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("fields"))
                 .toArray()
                 .contains(QStringLiteral("areas")),
             logged.value->last().body.constData());

    // Places reordered and moved: the second area gains one, the third loses it.
    p.areas[3][1].places = {QStringLiteral("广宁县"), QStringLiteral("四会市"), QStringLiteral("德庆县")};
    p.areas[3][2].places = {QStringLiteral("怀集县")};
    QVERIFY(setup.updateProject(id, p, kActor).ok());
    QCOMPARE(state(id).project.areas, p.areas);

    // Shares beside the areas.
    p.allocation = {{1, {100}}, {2, {60, 40}}, {3, {50, 30, 20}}};
    QVERIFY(setup.updateProject(id, p, kActor).ok());
    stored = state(id).project;
    QCOMPARE(stored.allocation, p.allocation);
    QCOMPARE(stored.areas, p.areas);

    events = eventCount();
    QVERIFY(setup.updateProject(id, p, kActor).ok());
    QCOMPARE(eventCount(), events);

    // Shares alone: the areas go, rows and all.
    p.areas.clear();
    QVERIFY(setup.updateProject(id, p, kActor).ok());
    stored = state(id).project;
    QVERIFY(stored.areas.isEmpty());
    QCOMPARE(stored.allocation, p.allocation);
    QCOMPARE(StoreFixture::rawValue(m_path, QStringLiteral("SELECT COUNT(*) FROM service_areas")).toLongLong(), 0);
    QCOMPARE(StoreFixture::rawValue(m_path, QStringLiteral("SELECT COUNT(*) FROM service_area_places")).toLongLong(),
             0);
    verifyAudit();
}

void TestSetupService::invalidAreas_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("why");
    Project p = areaProject();
    p.areas[3][2].places.append(QStringLiteral("鼎湖区"));
    QTest::newRow("place in two areas") << p << QStringLiteral("project.areas.3[2].places[2]")
                                        << QStringLiteral("鼎湖区");
    p = areaProject();
    p.areas[3].removeLast();
    QTest::newRow("three winners, two areas") << p << QStringLiteral("project.areas.3") << QString();
    p = areaProject();
    p.areas[3][1].places.clear();
    QTest::newRow("area without places") << p << QStringLiteral("project.areas.3[1].places") << QString();
    p = areaProject();
    p.areas[3][2].name = p.areas[3][0].name;
    QTest::newRow("name twice") << p << QStringLiteral("project.areas.3[2].name") << QString();
    p = areaProject();
    p.areas.clear();
    QTest::newRow("neither shares nor areas") << p << QStringLiteral("project.allocation") << QString();
}

// Bad areas are refused with the file reader's message and leave the stored settings as they were.
void TestSetupService::invalidAreas()
{
    QFETCH(Project, project);
    QFETCH(QString, where);
    QFETCH(QString, why);
    const qint64 id = create();
    SetupService setup(*m_ws);
    QVERIFY(setup.updateProject(id, areaProject(), kActor).ok());
    const qint64 events = eventCount();
    const auto result = setup.updateProject(id, project, kActor);
    QCOMPARE(result.failure, Failure::Invalid);
    QVERIFY2(result.problem.where.startsWith(where), qPrintable(result.problem.toString()));
    QVERIFY2(result.problem.why.contains(why), qPrintable(result.problem.why));
    QCOMPARE(eventCount(), events);
    QCOMPARE(state(id).project.areas, areaProject().areas);
    QVERIFY(state(id).project.allocation.isEmpty());
    verifyAudit();
}

// The Zhaoqing template brings its award: at least three valid bidders, three winners, each serving
// its area of the city's districts and counties, and no shares, whether a negotiation starts from it
// or applies it later.
void TestSetupService::awardTemplate()
{
    const auto templates = NegotiationStore(*m_ws).templates();
    QVERIFY(templates.ok());
    const CriteriaTemplate* zhaoqing = nullptr;
    for (const CriteriaTemplate& t : *templates.value)
        if (t.name == QLatin1String("zhaoqing-2025"))
            zhaoqing = &t;
    QVERIFY(zhaoqing);
    QVERIFY(zhaoqing->builtin);
    QVERIFY(zhaoqing->award);
    QCOMPARE(zhaoqing->award->minBidders, 3);
    QCOMPARE(zhaoqing->award->maxWinners, 3);
    QCOMPARE(zhaoqing->award->areas.keys(), QList<int>{3});
    QStringList places;
    for (const ServiceArea& a : zhaoqing->award->areas.value(3))
        places += a.places;
    QCOMPARE(places.size(), 9);
    for (const char* place :
         {"端州区(含市直)", "鼎湖区", "高要区", "四会市", "广宁县", "怀集县", "封开县", "德庆县", "肇庆高新区"})
        QVERIFY2(places.contains(QString::fromUtf8(place)), place);
    QCOMPARE(zhaoqing->award->areas.value(3).first().places.first(), QStringLiteral("端州区(含市直)"));
    // The other built-in templates carry criteria alone.
    QVERIFY(!templates.value->first().award);

    const qint64 created = create(zhaoqing->id);
    Project p = state(created).project;
    QCOMPARE(p.minBidders, 3);
    QCOMPARE(p.maxWinners, 3);
    QCOMPARE(p.areas, zhaoqing->award->areas);
    QVERIFY(p.allocation.isEmpty());
    QCOMPARE(codes(state(created).criteria), codes(zhaoqing->criteria));
    QVERIFY(SetupService(*m_ws).checkProject(p) == std::nullopt);

    // Applied to a negotiation set up with shares: the shares give way to the areas.
    const qint64 id = create();
    SetupService setup(*m_ws);
    Project shares = cixiProject();
    shares.maxWinners = 2;
    shares.allocation = {{1, {100}}, {2, {60, 40}}};
    QVERIFY(setup.updateProject(id, shares, kActor).ok());
    QVERIFY(setup.applyTemplate(id, zhaoqing->id, kActor).ok());
    p = state(id).project;
    QCOMPARE(p.minBidders, 3);
    QCOMPARE(p.maxWinners, 3);
    QCOMPARE(p.areas, zhaoqing->award->areas);
    QVERIFY(p.allocation.isEmpty());
    QCOMPARE(p.title, shares.title);
    QCOMPARE(StoreFixture::rawValue(m_path, QStringLiteral("SELECT COUNT(*) FROM allocations WHERE negotiation_id = ") +
                                                QString::number(id))
                 .toLongLong(),
             0);

    // Undone in one change: the shares, the winners and the old criteria come back, the areas go.
    const qint64 events = eventCount();
    QVERIFY(setup.restoreSetup(id, shares, {{QStringLiteral("X1"), QStringLiteral("旧的"), 100}}, kActor).ok());
    QCOMPARE(eventCount(), events + 1);
    p = state(id).project;
    QCOMPARE(p.allocation, shares.allocation);
    QCOMPARE(p.maxWinners, 2);
    QCOMPARE(p.minBidders, shares.minBidders);
    QVERIFY(p.areas.isEmpty());
    QCOMPARE(codes(state(id).criteria), ids("X1"));
    verifyAudit();
}

void TestSetupService::panelEdits()
{
    const qint64 id = create();
    SetupService setup(*m_ws);
    const QStringList names = {QStringLiteral("赵明"), QStringLiteral("钱芳"), QStringLiteral("孙伟"),
                               QStringLiteral("李静"), QStringLiteral("周强"), QStringLiteral("吴敏"),
                               QStringLiteral("郑涛")};
    for (int i = 0; i < names.size(); ++i) {
        PanelistEntry m =
            member(QStringLiteral("P%1").arg(i + 1), names.at(i), i == 0 ? PanelRole::Leader : PanelRole::Member);
        m.affiliation = QStringLiteral("市医保局");
        m.conflictDeclared = false;
        const auto added = setup.addPanelMember(id, m, kActor);
        QVERIFY2(added.ok(), qPrintable(added.problem.toString()));
    }
    SetupState s = state(id);
    QCOMPARE(codes(s.panel), ids("P1,P2,P3,P4,P5,P6,P7"));
    QCOMPARE(s.panel.first().role, PanelRole::Leader);
    QCOMPARE(s.panel.at(3).affiliation, QStringLiteral("市医保局"));
    QCOMPARE(s.panel.at(3).conflictDeclared, std::optional<bool>(false));

    // A declared conflict with its note.
    PanelistEntry p4 = s.panel.at(3);
    p4.conflictDeclared = true;
    p4.conflictNote = QStringLiteral("配偶在乙人寿任职");
    QVERIFY(setup.editPanelMember(id, p4, kActor).ok());
    QCOMPARE(state(id).panel.at(3).conflictNote, p4.conflictNote);
    QCOMPARE(state(id).panel.at(3).conflictDeclared, std::optional<bool>(true));

    // Handing over the leader: the old one becomes a member first.
    PanelistEntry p1 = state(id).panel.at(0);
    PanelistEntry p2 = state(id).panel.at(1);
    p2.role = PanelRole::Leader;
    QCOMPARE(setup.editPanelMember(id, p2, kActor).failure, Failure::Invalid);
    p1.role = PanelRole::Member;
    QVERIFY(setup.editPanelMember(id, p1, kActor).ok());
    QVERIFY(setup.editPanelMember(id, p2, kActor).ok());
    QCOMPARE(state(id).panel.at(1).role, PanelRole::Leader);

    // Reorder and remove; undoing a removal adds the member back where it was.
    QVERIFY(setup.movePanelMember(id, QStringLiteral("P2"), 0, kActor).ok());
    QCOMPARE(codes(state(id).panel), ids("P2,P1,P3,P4,P5,P6,P7"));
    const PanelistEntry removed = state(id).panel.at(3);
    QVERIFY(setup.removePanelMember(id, QStringLiteral("P4"), kActor).ok());
    QCOMPARE(codes(state(id).panel), ids("P2,P1,P3,P5,P6,P7"));
    QVERIFY(setup.addPanelMember(id, removed, kActor, 3).ok());
    QCOMPARE(codes(state(id).panel), ids("P2,P1,P3,P4,P5,P6,P7"));
    QCOMPARE(state(id).panel.at(3).conflictNote, removed.conflictNote);

    // The scenario the rules engine reads has the same panel.
    const auto scenario = NegotiationStore(*m_ws).scenario(id);
    QVERIFY(scenario.ok());
    QCOMPARE(scenario.value->panel.size(), 7);
    QCOMPARE(scenario.value->panel.first().id, QStringLiteral("P2"));
    QCOMPARE(scenario.value->panel.first().role, PanelRole::Leader);
    verifyAudit();
}

void TestSetupService::invalidMember_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<PanelistEntry>("member");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("why");

    QTest::newRow("second leader") << "add" << member(QStringLiteral("P4"), QStringLiteral("李静"), PanelRole::Leader)
                                   << "panel[P4].role"
                                   << "already has a leader (P1 赵明)";
    QTest::newRow("edit to second leader")
        << "edit" << member(QStringLiteral("P2"), QStringLiteral("钱芳"), PanelRole::Leader) << "panel[P2].role"
        << "already has a leader";
    QTest::newRow("duplicate code") << "add" << member(QStringLiteral("P2"), QStringLiteral("另一人")) << "panel[P2].id"
                                    << "exists already";
    QTest::newRow("no name") << "add" << member(QStringLiteral("P4"), QStringLiteral("  ")) << "panel[P4].name"
                             << "name";
    QTest::newRow("no code") << "add" << member(QString(), QStringLiteral("李静")) << "panel.id"
                             << "1 to 64";
    PanelistEntry conflict = member(QStringLiteral("P4"), QStringLiteral("李静"));
    conflict.conflictDeclared = true;
    QTest::newRow("conflict without note") << "add" << conflict << "panel[P4].conflict_note"
                                           << "note";
    QTest::newRow("edit unknown") << "edit" << member(QStringLiteral("P9"), QStringLiteral("x")) << "panel[P9].id"
                                  << "no panel member";
    QTest::newRow("remove unknown") << "remove" << member(QStringLiteral("P9"), QString()) << "panel[P9].id"
                                    << "no panel member";
    QTest::newRow("move too far") << "move" << member(QStringLiteral("P1"), QString()) << "panel[P1].position"
                                  << "1 to 3";
}

void TestSetupService::invalidMember()
{
    QFETCH(QString, action);
    QFETCH(PanelistEntry, member);
    QFETCH(QString, where);
    QFETCH(QString, why);
    const qint64 id = create();
    SetupService setup(*m_ws);
    QVERIFY(setup.addPanelMember(id, ::member(QStringLiteral("P1"), QStringLiteral("赵明"), PanelRole::Leader), kActor)
                .ok());
    QVERIFY(setup.addPanelMember(id, ::member(QStringLiteral("P2"), QStringLiteral("钱芳")), kActor).ok());
    QVERIFY(setup.addPanelMember(id, ::member(QStringLiteral("P3"), QStringLiteral("孙伟")), kActor).ok());
    const SetupState before = state(id);
    const qint64 events = eventCount();
    StoreResult<Done> result;
    if (action == QLatin1String("add"))
        result = setup.addPanelMember(id, member, kActor);
    else if (action == QLatin1String("edit"))
        result = setup.editPanelMember(id, member, kActor);
    else if (action == QLatin1String("remove"))
        result = setup.removePanelMember(id, member.id, kActor);
    else
        result = setup.movePanelMember(id, member.id, 3, kActor);
    QCOMPARE(result.failure, Failure::Invalid);
    QCOMPARE(result.problem.where, where);
    QVERIFY2(result.problem.why.contains(why), qPrintable(result.problem.why));
    QCOMPARE(eventCount(), events);
    const SetupState after = state(id);
    QCOMPARE(codes(after.panel), codes(before.panel));
    for (qsizetype i = 0; i < after.panel.size(); ++i) {
        QCOMPARE(after.panel.at(i).name, before.panel.at(i).name);
        QCOMPARE(after.panel.at(i).role, before.panel.at(i).role);
    }
}

void TestSetupService::refusedAfterSetup()
{
    const qint64 id = create(1);
    SetupService setup(*m_ws);
    QVERIFY(
        setup.addPanelMember(id, member(QStringLiteral("P1"), QStringLiteral("赵明"), PanelRole::Leader), kActor).ok());
    QVERIFY(setup.addPanelMember(id, member(QStringLiteral("P2"), QStringLiteral("钱芳")), kActor).ok());
    QVERIFY(setup.addPanelMember(id, member(QStringLiteral("P3"), QStringLiteral("孙伟")), kActor).ok());
    QVERIFY(ProcedureService(*m_ws).advance(id, Stage::Registration, kActor).ok());
    const SetupState before = state(id);
    const qint64 events = eventCount();

    Project p = before.project;
    p.title = QStringLiteral("改名");
    const QList<StoreResult<Done>> refused = {
        setup.updateProject(id, p, kActor),
        setup.addCriterion(id, {QStringLiteral("C9"), QStringLiteral("x"), 100}, kActor),
        setup.editCriterion(id, {QStringLiteral("C1"), QStringLiteral("x"), 100}, kActor),
        setup.renameCriterion(id, QStringLiteral("C1"), QStringLiteral("D1"), kActor),
        setup.removeCriterion(id, QStringLiteral("C1"), kActor),
        setup.moveCriterion(id, QStringLiteral("C1"), 1, kActor),
        setup.replaceCriteria(id, {}, kActor),
        setup.applyTemplate(id, 1, kActor),
    };
    for (const StoreResult<Done>& r : refused) {
        QCOMPARE(r.failure, Failure::Refused);
        QCOMPARE(r.problem.where, QStringLiteral("stage registration"));
        QVERIFY2(r.problem.why.contains(QStringLiteral("registration opens")), qPrintable(r.problem.why));
    }
    QCOMPARE(eventCount(), events);
    QCOMPARE(state(id).project.title, before.project.title);
    QCOMPARE(codes(state(id).criteria), codes(before.criteria));

    // The panel may still change until scoring begins.
    QVERIFY(setup.addPanelMember(id, member(QStringLiteral("P4"), QStringLiteral("李静")), kActor).ok());
    QCOMPARE(state(id).panel.size(), 4);
    QCOMPARE(SetupService(*m_ws).updateProject(999, p, kActor).failure, Failure::NotFound);
    verifyAudit();
}

void TestSetupService::registrationNeedsCompleteSetup()
{
    // Registration opens only when the project, the criteria and the panel pass every setup rule;
    // the refusal lists every reason and changes nothing.
    const qint64 id = create();
    SetupService setup(*m_ws);
    ProcedureService procedure(*m_ws);
    const qint64 events = eventCount();
    auto refused = procedure.advance(id, Stage::Registration, kActor);
    QCOMPARE(refused.failure, Failure::Refused);
    QVERIFY2(refused.problem.why.contains(QStringLiteral("no criterion is set")), qPrintable(refused.problem.why));
    QVERIFY(refused.problem.why.contains(QStringLiteral("the panel has no members")));
    QCOMPARE(state(id).stage, Stage::Setup);
    QCOMPARE(eventCount(), events);

    QVERIFY(setup.addCriterion(id, {QStringLiteral("C1"), QStringLiteral("服务方案"), 10000}, kActor).ok());
    QVERIFY(setup.addPanelMember(id, member(QStringLiteral("P1"), QStringLiteral("赵明")), kActor).ok());
    QVERIFY(setup.addPanelMember(id, member(QStringLiteral("P2"), QStringLiteral("钱芳")), kActor).ok());
    QVERIFY(setup.addPanelMember(id, member(QStringLiteral("P3"), QStringLiteral("孙伟")), kActor).ok());
    QVERIFY(setup.addPanelMember(id, member(QStringLiteral("P4"), QStringLiteral("李静")), kActor).ok());
    const auto listed = setup.readiness(id);
    QVERIFY(listed.ok());
    QCOMPARE(listed.value->size(), 2); // no leader, an even number of members
    refused = procedure.advance(id, Stage::Registration, kActor);
    QCOMPARE(refused.failure, Failure::Refused);
    for (const Problem& p : *listed.value)
        QVERIFY2(refused.problem.why.contains(p.why), qPrintable(p.why));
    QVERIFY(refused.problem.why.contains(QStringLiteral("exactly one leader")));
    QVERIFY(refused.problem.why.contains(QStringLiteral("odd number")));

    QVERIFY(setup.removePanelMember(id, QStringLiteral("P4"), kActor).ok());
    QVERIFY(setup.editPanelMember(id, member(QStringLiteral("P1"), QStringLiteral("赵明"), PanelRole::Leader), kActor)
                .ok());
    QVERIFY(setup.readiness(id).value->isEmpty());
    QVERIFY(procedure.advance(id, Stage::Registration, kActor).ok());
    QCOMPARE(state(id).stage, Stage::Registration);
}

void TestSetupService::panelRefusedOnceScoring()
{
    const auto imported =
        NegotiationStore(*m_ws).importScenario(StoreFixture::example(QStringLiteral("cixi-2014")), kActor);
    QVERIFY(imported.ok());
    const qint64 id = imported.value->id;
    SetupService setup(*m_ws);
    const qint64 events = eventCount();
    PanelistEntry p8 = member(QStringLiteral("P8"), QStringLiteral("王磊"));
    const QList<StoreResult<Done>> refused = {
        setup.addPanelMember(id, p8, kActor),
        setup.editPanelMember(id, member(QStringLiteral("P2"), QStringLiteral("钱芳芳")), kActor),
        setup.removePanelMember(id, QStringLiteral("P7"), kActor),
        setup.movePanelMember(id, QStringLiteral("P7"), 0, kActor),
    };
    for (const StoreResult<Done>& r : refused) {
        QCOMPARE(r.failure, Failure::Refused);
        QVERIFY2(r.problem.why.contains(QStringLiteral("scoring")), qPrintable(r.problem.why));
    }
    QCOMPARE(eventCount(), events);
    QCOMPARE(state(id).panel.size(), 7);
    verifyAudit();
}

QTEST_GUILESS_MAIN(TestSetupService)
#include "tst_setupservice.moc"
