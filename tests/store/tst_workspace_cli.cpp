#include "ReadOnlyMount.h"
#include "StoreFixture.h"

#include "io/ScenarioWriter.h"
#include "store/AuditLog.h"
#include "store/ProcedureService.h"
#include "store/SchemaMigrations.h"
#include "store/SetupService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tp;

// The workspace commands of tenderpanel-cli, as a user runs them.
class TestWorkspaceCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void importExportRoundTrip_data();
    void importExportRoundTrip();
    void listAndSearch();
    void scoringCommands();
    void auditVerify();
    void auditVerifyHeads();
    void badWorkspaces();
    void valueForms_data();
    void valueForms();
    void scoreRefusedByStage();
    void foreignTrigger();
    void onlyImportCreates();
    void readingUpgradesOlderFile();
    void readOnlyMedia();

private:
    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, const QString& workspace = QString()) const;

    QTemporaryDir* m_dir = nullptr;
    QString m_ws;
};

TestWorkspaceCli::Run TestWorkspaceCli::cli(const QStringList& args, const QString& workspace) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TENDERPANEL_WORKSPACE"), workspace.isEmpty() ? m_ws : workspace);
    env.insert(QStringLiteral("TENDERPANEL_ACTOR"), QStringLiteral("秘书"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TP_CLI), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestWorkspaceCli::init()
{
    m_dir = new QTemporaryDir;
    m_ws = TestEngine::address(*m_dir);
}

void TestWorkspaceCli::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void TestWorkspaceCli::importExportRoundTrip_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("id");
    QTest::newRow("cixi-2014") << QStringLiteral("cixi-2014") << QStringLiteral("N-2014-0001");
    QTest::newRow("reinsurance-2022") << QStringLiteral("reinsurance-2022") << QStringLiteral("N-2022-0001");
    QTest::newRow("tie-vote") << QStringLiteral("tie-vote") << QStringLiteral("N-2024-0001");
    // Service areas instead of shares: kept by the workspace and given back by the export.
    QTest::newRow("zhaoqing-2025") << QStringLiteral("zhaoqing-2025") << QStringLiteral("N-2025-0001");
}

void TestWorkspaceCli::importExportRoundTrip()
{
    QFETCH(QString, example);
    QFETCH(QString, id);
    const QString file = QStringLiteral(TP_EXAMPLES_DIR "/") + example + QStringLiteral(".json");
    const Run imported = cli({QStringLiteral("import"), file});
    QCOMPARE(imported.exit, 0);
    QCOMPARE(imported.out, id + QLatin1Char('\n'));
    const QString exported = m_dir->filePath(QStringLiteral("out.json"));
    QCOMPARE(cli({QStringLiteral("export"), id, QStringLiteral("--out"), exported}).exit, 0);
    const Run original = cli({QStringLiteral("evaluate"), file});
    const Run again = cli({QStringLiteral("evaluate"), exported});
    QCOMPARE(again.exit, original.exit);
    QVERIFY(!original.out.isEmpty());
    QCOMPARE(again.out, original.out);
    QCOMPARE(again.out.contains(QLatin1String("\"area\"")), example == QLatin1String("zhaoqing-2025"));
    // The export to standard output is the same file.
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(cli({QStringLiteral("export"), id.toLower()}).out, QString::fromUtf8(f.readAll()));
}

void TestWorkspaceCli::listAndSearch()
{
    for (const char* name : {"cixi-2014", "reinsurance-2022", "tie-vote"})
        QCOMPARE(
            cli({QStringLiteral("import"), QStringLiteral(TP_EXAMPLES_DIR "/%1.json").arg(QLatin1String(name))}).exit,
            0);
    const Run text = cli({QStringLiteral("list")});
    QCOMPARE(text.exit, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QLatin1String("N-2024-0001\tvote\t")));
    QVERIFY(lines[2].startsWith(QLatin1String("N-2014-0001\tscoring\t")));
    const Run json = cli({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("再保险"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exit, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("N-2022-0001"));
    QCOMPARE(array[0].toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("scoring"));
    const Run bad = cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(bad.exit, 2);
    QCOMPARE(bad.err, QStringLiteral("error: --format: must be json or text, not \"xml\"\n"));
}

void TestWorkspaceCli::scoringCommands()
{
    Scenario cixi = StoreFixture::example(QStringLiteral("cixi-2014"));
    const QString withScores = QStringLiteral(TP_EXAMPLES_DIR "/cixi-2014.json");
    cixi.scores.reset();
    const QString presentations = m_dir->filePath(QStringLiteral("presentations.json"));
    {
        QFile f(presentations);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ScenarioWriter::write(cixi));
    }
    cixi.draw.reset();
    const QString beforeDraw = m_dir->filePath(QStringLiteral("before-draw.json"));
    {
        QFile f(beforeDraw);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ScenarioWriter::write(cixi));
    }
    QCOMPARE(cli({QStringLiteral("import"), withScores}).out, QStringLiteral("N-2014-0001\n"));
    QCOMPARE(cli({QStringLiteral("import"), presentations}).out, QStringLiteral("N-2014-0002\n"));
    QCOMPARE(cli({QStringLiteral("import"), beforeDraw}).out, QStringLiteral("N-2014-0003\n"));

    auto score = [this](const QString& id, const QString& p, const QString& b, const QString& c, const QString& v) {
        return cli({QStringLiteral("score"), id, QStringLiteral("--panelist"), p, QStringLiteral("--bidder"), b,
                    QStringLiteral("--criterion"), c, QStringLiteral("--value"), v});
    };
    const QString n1 = QStringLiteral("N-2014-0001"), n2 = QStringLiteral("N-2014-0002"),
                  n3 = QStringLiteral("N-2014-0003");
    const QString p1 = QStringLiteral("P1"), b1 = QStringLiteral("B1"), c1 = QStringLiteral("C1");

    Run r = score(n2, p1, b1, c1, QStringLiteral("18.5"));
    QCOMPARE(r.exit, 0);
    QCOMPARE(r.out, QStringLiteral("saved\n"));
    r = score(n3, p1, b1, c1, QStringLiteral("18"));
    QCOMPARE(r.exit, 5);
    QCOMPARE(r.err, QStringLiteral("error: stage draw: scores cannot be entered before the draw is recorded\n"));
    QVERIFY(r.out.isEmpty());
    r = score(n2, p1, QStringLiteral("B4"), c1, QStringLiteral("18"));
    QCOMPARE(r.exit, 5);
    QCOMPARE(r.err, QStringLiteral("error: --bidder: B4 is excluded (late_registration) and is not scored\n"));
    r = score(n2, p1, b1, c1, QStringLiteral("20.01"));
    QCOMPARE(r.exit, 2);
    QCOMPARE(r.err, QStringLiteral("error: --value: 20.01 is above the maximum 20 of criterion C1\n"));
    r = score(n2, p1, b1, c1, QStringLiteral("18.555"));
    QCOMPARE(r.exit, 2);
    r = score(QStringLiteral("N-2014-0099"), p1, b1, c1, QStringLiteral("18"));
    QCOMPARE(r.exit, 2);
    QCOMPARE(r.err, QStringLiteral("error: N-2014-0099: no such negotiation in this workspace\n"));
    r = score(n1, p1, b1, c1, QStringLiteral("18"));
    QCOMPARE(r.exit, 5);
    QVERIFY(r.err.contains(QLatin1String("is locked")));

    r = cli({QStringLiteral("submit-sheet"), n2, QStringLiteral("--panelist"), p1});
    QCOMPARE(r.exit, 5);
    QVERIFY2(
        r.err.startsWith(QLatin1String("error: --panelist: the score sheet of P1 is incomplete: 23 score(s) missing")),
        qPrintable(r.err));

    auto correct = [this](const QStringList& extra) {
        return cli(QStringList{QStringLiteral("correct"), QStringLiteral("N-2014-0001"), QStringLiteral("--panelist"),
                               QStringLiteral("P1"), QStringLiteral("--bidder"), QStringLiteral("B1"),
                               QStringLiteral("--criterion"), QStringLiteral("C1"), QStringLiteral("--value"),
                               QStringLiteral("17")} +
                   extra);
    };
    r = correct(
        {QStringLiteral("--category"), QStringLiteral("typo"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(r.exit, 2);
    QVERIFY(r.err.startsWith(QLatin1String("error: --category: \"typo\" is not one of")));
    r = correct({QStringLiteral("--category"), QStringLiteral("objective_disagreement")});
    QCOMPARE(r.exit, 2);
    QCOMPARE(r.err, QStringLiteral("error: --reason: is required\n"));
    r = correct({QStringLiteral("--category"), QStringLiteral("objective_disagreement"), QStringLiteral("--reason"),
                 QStringLiteral("与客观事实不符"), QStringLiteral("--leader"), QStringLiteral("赵明")});
    QCOMPARE(r.exit, 0);
    QCOMPARE(r.out, QStringLiteral("corrected 16.00 -> 17.00\n"));
    const QString exported = m_dir->filePath(QStringLiteral("corrected.json"));
    QCOMPARE(cli({QStringLiteral("export"), n1, QStringLiteral("--out"), exported}).exit, 0);
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\"score\": 17"));

    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("ok 6 ")), qPrintable(r.out));
}

void TestWorkspaceCli::auditVerify()
{
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral(TP_EXAMPLES_DIR "/cixi-2014.json")}).exit, 0);
    Run r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exit, 0);
    const QStringList words = r.out.trimmed().split(QLatin1Char(' '));
    QCOMPARE(words.size(), 3);
    QCOMPARE(words[1], QStringLiteral("2"));
    QCOMPARE(words[2].size(), 64);

    QVERIFY(StoreFixture::rawExec(m_ws, {QStringLiteral("UPDATE scores SET hundredths = 2000 WHERE panelist_code = 'P3'"
                                                        " AND bidder_code = 'B2' AND criterion_code = 'C2'")}));
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exit, 4);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, QStringLiteral("error: audit event 2 (negotiation_imported): scores (1, P3, B2, C2): hundredths is "
                                   "2000 in the table but 1750 in the record\n"));
    r = cli({QStringLiteral("audit"), QStringLiteral("check")});
    QCOMPARE(r.exit, 2);
}

// A head printed on a published document is proved to be an event of the current chain; a chain
// rewritten consistently after the document was made verifies on its own but loses the old head.
void TestWorkspaceCli::auditVerifyHeads()
{
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral(TP_EXAMPLES_DIR "/cixi-2014.json")}).exit, 0);
    Run r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exit, 0);
    const QString published = r.out.trimmed().split(QLatin1Char(' ')).value(2);
    QCOMPARE(published.size(), 64);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral(TP_EXAMPLES_DIR "/tie-vote.json")}).exit, 0);

    // The full head, and the short form as printed (grouped in fours), both name event 2 of 3.
    const QString shortForm = published.left(4) + QLatin1Char(' ') + published.mid(4, 4) + QLatin1Char(' ') +
                              published.mid(8, 4) + QLatin1Char(' ') + published.mid(12, 4);
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"), published,
             QStringLiteral("--head"), shortForm});
    QCOMPARE(r.exit, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QStringLiteral(u"head %1: event 2 of 3, negotiation_imported at ").arg(published)),
             qPrintable(lines[0]));
    QCOMPARE(lines[1], lines[0]);
    QVERIFY(lines[2].startsWith(QLatin1String("ok 3 ")));

    // Too short, not hexadecimal: usage errors.
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"), published.left(8)});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(QLatin1String("at least the first 16")), qPrintable(r.err));
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"), QStringLiteral("xyz")});
    QCOMPARE(r.exit, 2);

    // Someone rewrites the whole chain consistently: the score in the first negotiation's import event and
    // in the table, and every hash after it. The file alone no longer shows it...
    QVERIFY(StoreFixture::rewriteChain(
        m_ws,
        [](qint64 seq, QJsonArray& changes) {
            for (qsizetype i = 0; seq == 2 && i < changes.size(); ++i) {
                QJsonObject change = changes[i].toObject();
                QJsonObject after = change.value(QStringLiteral("after")).toObject();
                if (change.value(QStringLiteral("table")).toString() == QLatin1String("scores") &&
                    after.value(QStringLiteral("panelist_code")).toString() == QLatin1String("P3") &&
                    after.value(QStringLiteral("bidder_code")).toString() == QLatin1String("B2") &&
                    after.value(QStringLiteral("criterion_code")).toString() == QLatin1String("C2")) {
                    after.insert(QStringLiteral("hundredths"), 2000);
                    change.insert(QStringLiteral("after"), after);
                    changes[i] = change;
                }
            }
        },
        {QStringLiteral("UPDATE scores SET hundredths = 2000 WHERE negotiation_id = 1 AND panelist_code = 'P3' AND "
                        "bidder_code = 'B2' AND criterion_code = 'C2'")}));
    QCOMPARE(StoreFixture::rawValue(m_ws, QStringLiteral("SELECT hundredths FROM scores WHERE negotiation_id = 1 AND "
                                                         "panelist_code = 'P3' AND bidder_code = 'B2' AND "
                                                         "criterion_code = 'C2'"))
                 .toLongLong(),
             2000);
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exit, 0);
    QVERIFY(!r.out.contains(published));
    // ... but the head printed on the published document is no longer in the chain.
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"), shortForm});
    QCOMPARE(r.exit, 4);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(
                 QStringLiteral("error: --head %1: is not an event of this workspace's audit chain").arg(shortForm)),
             qPrintable(r.err));
}

void TestWorkspaceCli::badWorkspaces()
{
    // A file that is no database; a server database that holds another application's tables.
    const bool server = TestEngine::onServer();
    const QString garbage = TestEngine::address(*m_dir, QStringLiteral("garbage.sqlite"));
    if (server) {
        QVERIFY(StoreFixture::rawExec(garbage, {QStringLiteral("CREATE TABLE invoices (id BIGINT)")}));
    } else {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
    }
    // The workspace cannot be read: a storage failure (exit 6), not a usage error.
    Run r = cli({QStringLiteral("list")}, garbage);
    QCOMPARE(r.exit, 6);
    QCOMPARE(
        r.err,
        server ? QStringLiteral("error: %1: the database is not a TenderPanel workspace (it holds other "
                                "tables)\n")
                     .arg(garbage)
               : QStringLiteral("error: %1: the file is not a TenderPanel workspace (not a database)\n").arg(garbage));
    r = cli({QStringLiteral("--workspace"), garbage, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exit, 6);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);

    const QString newer = TestEngine::address(*m_dir, QStringLiteral("newer.sqlite"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral(TP_EXAMPLES_DIR "/tie-vote.json")}, newer).exit, 0);
    QVERIFY(StoreFixture::rawExec(
        newer,
        {QStringLiteral("UPDATE schema_meta SET value = '%1'").arg(store::SchemaMigrations::kCurrentVersion + 1)}));
    r = cli({QStringLiteral("import"), QStringLiteral(TP_EXAMPLES_DIR "/tie-vote.json")}, newer);
    QCOMPARE(r.exit, 6);
    QVERIFY2(r.err.contains(QLatin1String("newer TenderPanel")), qPrintable(r.err));

    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QFile b(broken);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("{\"format\": \"tenderpanel-scenario/1\"");
    b.close();
    r = cli({QStringLiteral("import"), broken});
    QCOMPARE(r.exit, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith(QLatin1String("error: ")));
    // Nothing written for a file that does not read.
    if (server)
        QCOMPARE(StoreFixture::rawValue(m_ws, QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE "
                                                             "schemaname = current_schema()"))
                     .toInt(),
                 0);
    else
        QVERIFY(!QFile::exists(m_ws));
}

namespace {

// Cixi 2014 without its scores: imported, it waits in the presentations step, open for scores.
QString writePresentations(const QTemporaryDir& dir)
{
    Scenario cixi = StoreFixture::example(QStringLiteral("cixi-2014"));
    cixi.scores.reset();
    const QString path = dir.filePath(QStringLiteral("presentations.json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(ScenarioWriter::write(cixi));
    return path;
}

QStringList scoreArgs(const QString& value)
{
    return {QStringLiteral("score"),       QStringLiteral("N-2014-0001"),
            QStringLiteral("--panelist"),  QStringLiteral("P1"),
            QStringLiteral("--bidder"),    QStringLiteral("B1"),
            QStringLiteral("--criterion"), QStringLiteral("C1"),
            QStringLiteral("--value"),     value};
}

} // namespace

// --value takes a score as a scenario file writes it: digits with at most 2 decimals.
void TestWorkspaceCli::valueForms_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error"); // empty: accepted
    const QString form = QStringLiteral("is not a decimal number such as 18 or 18.5");
    const QString decimals = QStringLiteral("has more than 2 decimals");
    QTest::newRow("whole") << QStringLiteral("18") << QString();
    QTest::newRow("one decimal") << QStringLiteral("18.5") << QString();
    QTest::newRow("two decimals") << QStringLiteral("18.25") << QString();
    QTest::newRow("zero") << QStringLiteral("0") << QString();
    QTest::newRow("below one") << QStringLiteral("0.5") << QString();
    QTest::newRow("exponent") << QStringLiteral("1e1") << form;
    QTest::newRow("exponent with point") << QStringLiteral("1.8e1") << form;
    QTest::newRow("hexadecimal") << QStringLiteral("0x12") << form;
    QTest::newRow("plus sign") << QStringLiteral("+18") << form;
    QTest::newRow("leading space") << QStringLiteral(" 18") << form;
    QTest::newRow("trailing space") << QStringLiteral("18 ") << form;
    QTest::newRow("leading zero") << QStringLiteral("018") << form;
    QTest::newRow("no integer part") << QStringLiteral(".5") << form;
    QTest::newRow("no decimals after point") << QStringLiteral("18.") << form;
    QTest::newRow("comma") << QStringLiteral("18,5") << form;
    QTest::newRow("infinity") << QStringLiteral("inf") << form;
    QTest::newRow("empty") << QString() << form;
    QTest::newRow("full-width digits") << QStringLiteral("１８") << form;
    QTest::newRow("three decimals") << QStringLiteral("18.555") << decimals;
    QTest::newRow("three decimals ending in zero") << QStringLiteral("18.500") << decimals;
}

void TestWorkspaceCli::valueForms()
{
    QFETCH(QString, value);
    QFETCH(QString, error);
    QCOMPARE(cli({QStringLiteral("import"), writePresentations(*m_dir)}).exit, 0);
    const Run r = cli(scoreArgs(value));
    if (error.isEmpty()) {
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out, QStringLiteral("saved\n"));
        return;
    }
    QCOMPARE(r.exit, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("error: --value: \"%1\" ").arg(value) + error), qPrintable(r.err));
    QCOMPARE(StoreFixture::rawValue(m_ws, QStringLiteral("SELECT COUNT(*) FROM scores")).toInt(), 0);
    // correct takes the same form.
    const Run c =
        cli({QStringLiteral("correct"), QStringLiteral("N-2014-0001"), QStringLiteral("--panelist"),
             QStringLiteral("P1"), QStringLiteral("--bidder"), QStringLiteral("B1"), QStringLiteral("--criterion"),
             QStringLiteral("C1"), QStringLiteral("--value"), value, QStringLiteral("--category"),
             QStringLiteral("summation_error"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(c.exit, 2);
    QCOMPARE(c.err, r.err);
}

// The stage rules are the procedure's: before scoring has begun the CLI is refused with the words the
// scoring page shows, whatever the cell.
void TestWorkspaceCli::scoreRefusedByStage()
{
    qint64 id = 0;
    {
        auto ws = StoreFixture::open(m_ws);
        Project project;
        project.title = QStringLiteral("慈溪市大病保险承办选择性谈判");
        project.purchaser = QStringLiteral("慈溪市医疗保障管理中心");
        project.registrationDeadline = QDateTime::fromString(QStringLiteral("2014-07-29T17:00:00+08:00"), Qt::ISODate);
        const auto created = store::NegotiationStore(*ws).create(project, 1, QStringLiteral("t"));
        QVERIFY2(created.ok(), qPrintable(created.problem.toString()));
        id = created.value->id;
        store::ProcedureService procedure(*ws);
        for (int i = 1; i <= 3; ++i) {
            store::PanelistEntry m;
            m.id = QStringLiteral("P%1").arg(i);
            m.name = QStringLiteral("委员%1").arg(i);
            m.role = i == 1 ? PanelRole::Leader : PanelRole::Member;
            QVERIFY(store::SetupService(*ws).addPanelMember(id, m, QStringLiteral("t")).ok());
        }
        QVERIFY(procedure.advance(id, store::Stage::Registration, QStringLiteral("t")).ok());
    }
    const QString refusal =
        QStringLiteral("error: stage registration: ") +
        store::Procedure::checkScoreEntry(store::Stage::Registration, false).value_or(Problem()).why +
        QLatin1Char('\n');
    QVERIFY(refusal.size() > 40);
    // No bidder has registered yet: the stage is what refuses the score.
    Run r = cli(scoreArgs(QStringLiteral("18")));
    QCOMPARE(r.exit, 5);
    QCOMPARE(r.err, refusal);
    QVERIFY(r.out.isEmpty());
    r = cli({QStringLiteral("submit-sheet"), QStringLiteral("N-2014-0001"), QStringLiteral("--panelist"),
             QStringLiteral("P1")});
    QCOMPARE(r.exit, 5);
    QCOMPARE(r.err, refusal);
    r = cli({QStringLiteral("correct"), QStringLiteral("N-2014-0001"), QStringLiteral("--panelist"),
             QStringLiteral("P1"), QStringLiteral("--bidder"), QStringLiteral("B1"), QStringLiteral("--criterion"),
             QStringLiteral("C1"), QStringLiteral("--value"), QStringLiteral("18"), QStringLiteral("--category"),
             QStringLiteral("summation_error"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(r.exit, 5);
    QCOMPARE(r.err, QStringLiteral("error: stage registration: ") +
                        store::Procedure::checkCorrection(store::Stage::Registration).value_or(Problem()).why +
                        QLatin1Char('\n'));
    QCOMPARE(StoreFixture::rawValue(m_ws, QStringLiteral("SELECT COUNT(*) FROM scores")).toInt(), 0);
}

// A trigger added with another tool would rewrite a score after "saved": the workspace is refused
// for changes, naming the trigger, while list and audit verify still read it.
void TestWorkspaceCli::foreignTrigger()
{
    QCOMPARE(cli({QStringLiteral("import"), writePresentations(*m_dir)}).exit, 0);
    QVERIFY(StoreFixture::rawExec(m_ws, StoreFixture::foreignScoreTrigger()));
    Run r = cli(scoreArgs(QStringLiteral("18.5")));
    QVERIFY(r.exit != 0);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(r.err.startsWith(QStringLiteral("error: %1: the workspace holds trigger \"t\" on table scores, which "
                                             "TenderPanel did not create")
                                  .arg(m_ws)),
             qPrintable(r.err));
    QCOMPARE(StoreFixture::rawValue(m_ws, QStringLiteral("SELECT COUNT(*) FROM scores")).toInt(), 0);

    r = cli({QStringLiteral("list")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.out.startsWith(QLatin1String("N-2014-0001\tpresentations\t")));
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exit, 4);
    QVERIFY2(r.err.contains(QLatin1String("trigger \"t\" on table scores is not part of the TenderPanel schema")),
             qPrintable(r.err));
}

// import creates a workspace where no file is; nothing else creates one, and an empty file is never
// taken for a workspace.
void TestWorkspaceCli::onlyImportCreates()
{
    if (TestEngine::onServer()) {
        // On a server the centre creates the database; only import creates the workspace in it.
        const QString fresh = TestEngine::newDatabase();
        for (const QStringList& args :
             {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
              QStringList{QStringLiteral("export"), QStringLiteral("N-2014-0001")}, scoreArgs(QStringLiteral("18"))}) {
            const Run r = cli(args, fresh);
            QCOMPARE(r.exit, 2);
            QCOMPARE(r.err,
                     QStringLiteral("error: %1: the database holds no workspace yet (importing a negotiation creates "
                                    "one)\n")
                         .arg(fresh));
        }
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral(TP_EXAMPLES_DIR "/tie-vote.json")}, fresh).exit, 0);
        QCOMPARE(cli({QStringLiteral("list")}, fresh).exit, 0);
        // A database that does not exist is a storage failure naming it.
        const QString absent = fresh + QStringLiteral("_absent");
        const Run r = cli({QStringLiteral("list")}, absent);
        QCOMPARE(r.exit, 6);
        QVERIFY2(r.err.startsWith(QStringLiteral("error: %1: ").arg(absent)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(r.err));
        return;
    }
    const QString missing = m_dir->filePath(QStringLiteral("missing/ws.sqlite"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
          QStringList{QStringLiteral("export"), QStringLiteral("N-2014-0001")}, scoreArgs(QStringLiteral("18"))}) {
        const Run r = cli(args, missing);
        QCOMPARE(r.exit, 2);
        QCOMPARE(r.err, QStringLiteral("error: %1: no workspace at this path\n").arg(missing));
        QVERIFY(!QFileInfo::exists(missing));
    }
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral(TP_EXAMPLES_DIR "/tie-vote.json")}, missing).exit, 0);
    QCOMPARE(cli({QStringLiteral("list")}, missing).exit, 0);

    const QString empty = m_dir->filePath(QStringLiteral("empty.sqlite"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    for (const QStringList& args :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
          QStringList{QStringLiteral("import"), QStringLiteral(TP_EXAMPLES_DIR "/tie-vote.json")}}) {
        const Run r = cli(args, empty);
        QVERIFY(r.exit != 0);
        QCOMPARE(r.err, QStringLiteral("error: %1: the file is empty; it is not a workspace\n").arg(empty));
        QCOMPARE(QFileInfo(empty).size(), qint64(0));
    }
}

// A reading command still upgrades a workspace of an older version that can be written, then reads it.
void TestWorkspaceCli::readingUpgradesOlderFile()
{
    if (TestEngine::onServer())
        QSKIP("starts from a file of schema version 2; tst_workspace builds older versions");
    QVERIFY(QFile::copy(QStringLiteral(TP_SOURCE_DIR "/tests/data/store/workspace-v2.sqlite"), m_ws));
    QFile::setPermissions(m_ws, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const Run r = cli({QStringLiteral("list")});
    QCOMPARE(r.exit, 0);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
    QCOMPARE(
        StoreFixture::rawValue(m_ws, QStringLiteral("SELECT value FROM schema_meta WHERE name = 'version'")).toString(),
        QString::number(store::SchemaMigrations::kCurrentVersion));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exit, 0);
}

// On read-only media the reading commands work and a change is refused, saying why.
void TestWorkspaceCli::readOnlyMedia()
{
    if (TestEngine::onServer())
        QSKIP("media are a matter of files");
    const QString source = m_dir->filePath(QStringLiteral("source"));
    QVERIFY(QDir().mkpath(source));
    const QString original = source + QStringLiteral("/ws.sqlite");
    QCOMPARE(cli({QStringLiteral("import"), writePresentations(*m_dir)}, original).exit, 0);
    ReadOnlyMount mount(source, m_dir->filePath(QStringLiteral("disc")));
    if (!mount.ok())
        QSKIP(qPrintable(mount.error()));
    const QString path = m_dir->filePath(QStringLiteral("disc/ws.sqlite"));
    Run r = cli({QStringLiteral("list")}, path);
    QCOMPARE(r.exit, 0);
    QVERIFY(r.out.startsWith(QLatin1String("N-2014-0001\t")));
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")}, path);
    QCOMPARE(r.exit, 0);
    QVERIFY(r.out.startsWith(QLatin1String("ok 2 ")));
    r = cli({QStringLiteral("export"), QStringLiteral("N-2014-0001")}, path);
    QCOMPARE(r.exit, 0);
    QVERIFY(r.out.contains(QLatin1String("\"format\"")));
    r = cli(scoreArgs(QStringLiteral("18")), path);
    QVERIFY(r.exit != 0);
    QCOMPARE(
        r.err,
        QStringLiteral("error: %1: the workspace is on read-only media: it can be read but not changed\n").arg(path));
}

QTEST_GUILESS_MAIN(TestWorkspaceCli)
#include "tst_workspace_cli.moc"
