#include "StoreFixture.h"

#include "io/ScenarioWriter.h"
#include "store/AuditLog.h"
#include "store/SchemaMigrations.h"

#include <QFile>
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
    m_ws = m_dir->filePath(QStringLiteral("ws.sqlite"));
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
    {
        const QString connection = QStringLiteral("rewrite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_ws);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT seq, body FROM audit_events ORDER BY seq")));
            QList<QPair<qint64, QByteArray>> events;
            while (q.next())
                events.append({q.value(0).toLongLong(), q.value(1).toString().toUtf8()});
            QString previous = store::AuditLog::genesis();
            for (auto& [seq, body] : events) {
                if (seq == 2) {
                    QJsonObject event = QJsonDocument::fromJson(body).object();
                    QJsonArray changes = event.value(QStringLiteral("changes")).toArray();
                    for (qsizetype i = 0; i < changes.size(); ++i) {
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
                    event.insert(QStringLiteral("changes"), changes);
                    body = QJsonDocument(event).toJson(QJsonDocument::Compact);
                }
                const QString hash = store::AuditLog::hashOf(previous, body);
                QSqlQuery u(db);
                u.prepare(QStringLiteral("UPDATE audit_events SET body = ?, prev_hash = ?, hash = ? WHERE seq = ?"));
                u.addBindValue(QString::fromUtf8(body));
                u.addBindValue(previous);
                u.addBindValue(hash);
                u.addBindValue(seq);
                QVERIFY(u.exec());
                previous = hash;
            }
            QVERIFY(q.exec(QStringLiteral("UPDATE scores SET hundredths = 2000 WHERE negotiation_id = 1 AND "
                                          "panelist_code = 'P3' AND bidder_code = 'B2' AND criterion_code = 'C2'")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(connection);
    }
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
    const QString garbage = m_dir->filePath(QStringLiteral("garbage.sqlite"));
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    // The workspace cannot be read: a storage failure (exit 6), not a usage error.
    Run r = cli({QStringLiteral("list")}, garbage);
    QCOMPARE(r.exit, 6);
    QCOMPARE(r.err,
             QStringLiteral("error: %1: the file is not a TenderPanel workspace (not a database)\n").arg(garbage));
    r = cli({QStringLiteral("--workspace"), garbage, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exit, 6);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);

    const QString newer = m_dir->filePath(QStringLiteral("newer.sqlite"));
    QCOMPARE(cli({QStringLiteral("list")}, newer).exit, 0);
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
    QVERIFY(!QFile::exists(m_ws)); // nothing written for a file that does not read
}

QTEST_GUILESS_MAIN(TestWorkspaceCli)
#include "tst_workspace_cli.moc"
