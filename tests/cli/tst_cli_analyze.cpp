// `tenderpanel-cli analyze` as a supervisor or a script runs it: the figures of the shipped examples,
// the order of the keys, the statuses without an analysis, bad input, a negotiation of the workspace,
// and each member's row against `evaluate` run on the file with that member taken out.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

class TestCliAnalyze : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cixi();
    void keysInOrder();
    void decidedByVote();
    void text();
    void notRanked_data();
    void notRanked();
    void badInput_data();
    void badInput();
    void workspaceNegotiation();
    void rowsAgreeWithEvaluate_data();
    void rowsAgreeWithEvaluate();

private:
    QString write(const QString& name, const QJsonObject& scenario);
    QTemporaryDir m_dir;
};

void TestCliAnalyze::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(TP_CLI_PATH)), TP_CLI_PATH);
}

QString TestCliAnalyze::write(const QString& name, const QJsonObject& scenario)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(QJsonDocument(scenario).toJson());
    return path;
}

// Cixi: B1 85.70, B2 79.00 (exact scores 85.7 and 79.0), one winner.
void TestCliAnalyze::cixi()
{
    const CliRun run = runCli({QStringLiteral("analyze"), example(QStringLiteral("cixi-2014.json"))});
    QVERIFY(!run.crashed);
    QCOMPARE(run.errText(), QString());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject r = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("final"));
    QCOMPARE(strings(r.value(QStringLiteral("winners"))), QStringList{QStringLiteral("B1")});
    const QJsonObject margin = r.value(QStringLiteral("margin")).toObject();
    QCOMPARE(margin.value(QStringLiteral("last_winner")).toString(), QStringLiteral("B1"));
    QCOMPARE(margin.value(QStringLiteral("first_other")).toString(), QStringLiteral("B2"));
    QCOMPARE(margin.value(QStringLiteral("difference")).toString(), QStringLiteral("6.70"));
    const QJsonArray leave = r.value(QStringLiteral("leave_one_out")).toArray();
    QCOMPARE(leave.size(), 7);
    for (int i = 0; i < leave.size(); ++i) {
        const QJsonObject row = leave.at(i).toObject();
        QCOMPARE(row.value(QStringLiteral("panelist")).toString(), QStringLiteral("P%1").arg(i + 1));
        QCOMPARE(strings(row.value(QStringLiteral("winners"))), QStringList{QStringLiteral("B1")});
        QCOMPARE(row.value(QStringLiteral("changed")).toBool(), false);
    }
    const QJsonArray panelists = r.value(QStringLiteral("panelists")).toArray();
    QCOMPARE(panelists.size(), 7);
    // The evaluation drops, for B1, P4's 87.00 as highest and P1's 83.00 as lowest: each member's
    // counts over the three bidders add up to three of each.
    int highest = 0;
    int lowest = 0;
    for (const QJsonValue& v : panelists) {
        highest += v.toObject().value(QStringLiteral("dropped_highest")).toInt();
        lowest += v.toObject().value(QStringLiteral("dropped_lowest")).toInt();
        const QJsonObject f = v.toObject();
        QCOMPARE(f.value(QStringLiteral("concordant")).toInt() + f.value(QStringLiteral("discordant")).toInt() <= 3,
                 true);
    }
    QCOMPARE(highest, 3);
    QCOMPARE(lowest, 3);
    QCOMPARE(panelists.at(0).toObject().value(QStringLiteral("dropped_lowest")).toInt(), 1);
    QCOMPARE(panelists.at(3).toObject().value(QStringLiteral("dropped_highest")).toInt(), 1);
}

void TestCliAnalyze::keysInOrder()
{
    const CliRun run = runCli({QStringLiteral("analyze"), example(QStringLiteral("cixi-2014.json"))});
    const QString out = run.outText();
    const QStringList keys{QStringLiteral("\"status\""),         QStringLiteral("\"winners\""),
                           QStringLiteral("\"margin\""),         QStringLiteral("\"last_winner\""),
                           QStringLiteral("\"first_other\""),    QStringLiteral("\"difference\""),
                           QStringLiteral("\"leave_one_out\""),  QStringLiteral("\"panelist\""),
                           QStringLiteral("\"ranking\""),        QStringLiteral("\"changed\""),
                           QStringLiteral("\"panelists\""),      QStringLiteral("\"dropped_highest\""),
                           QStringLiteral("\"dropped_lowest\""), QStringLiteral("\"mean_deviation\""),
                           QStringLiteral("\"concordant\""),     QStringLiteral("\"discordant\"")};
    qsizetype at = 0;
    for (const QString& key : keys) {
        const qsizetype found = out.indexOf(key, at);
        QVERIFY2(found >= 0, qPrintable(key));
        at = found;
    }
    QVERIFY(out.endsWith(QLatin1Char('\n')));
}

// The tie-vote example: B1 and B2 tie, the panel's vote gives B2 the contract. The margin does not
// count the vote, so it is 0.00.
void TestCliAnalyze::decidedByVote()
{
    const CliRun run = runCli({QStringLiteral("analyze"), example(QStringLiteral("tie-vote.json"))});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject r = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(strings(r.value(QStringLiteral("winners"))), QStringList{QStringLiteral("B2")});
    QCOMPARE(r.value(QStringLiteral("margin")).toObject().value(QStringLiteral("difference")).toString(),
             QStringLiteral("0.00"));
    QCOMPARE(r.value(QStringLiteral("margin")).toObject().value(QStringLiteral("last_winner")).toString(),
             QStringLiteral("B2"));
}

void TestCliAnalyze::text()
{
    const CliRun run = runCli({QStringLiteral("analyze"), example(QStringLiteral("cixi-2014.json")),
                               QStringLiteral("--format"), QStringLiteral("text")});
    QCOMPARE(run.exitCode, 0);
    const QString text = run.outText();
    QVERIFY2(text.contains(QStringLiteral(u"领先幅度")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(u"高 6.70 分")));
    QVERIFY(text.contains(QStringLiteral(u"P7 郑涛")));
    QVERIFY(text.contains(QStringLiteral(u"去掉任何一名成员,成交结果均不变")));
    QVERIFY(text.contains(QStringLiteral(u"平均偏差")));
}

void TestCliAnalyze::notRanked_data()
{
    QTest::addColumn<QString>("remove");
    QTest::addColumn<int>("minBidders");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("scoring") << "scores" << 3 << QByteArray("{\n \"status\": \"scoring\"\n}\n");
    QTest::newRow("failed") << "" << 4 << QByteArray("{\n \"status\": \"failed\"\n}\n");
}

void TestCliAnalyze::notRanked()
{
    QFETCH(QString, remove);
    QFETCH(int, minBidders);
    QFETCH(QByteArray, expected);
    QJsonObject scenario = readJson(example(QStringLiteral("cixi-2014.json")));
    if (!remove.isEmpty())
        scenario.remove(remove);
    QJsonObject project = scenario.value(QStringLiteral("project")).toObject();
    project.insert(QStringLiteral("min_bidders"), minBidders);
    scenario.insert(QStringLiteral("project"), project);
    const QString path = write(QStringLiteral("%1.json").arg(QString::fromLatin1(QTest::currentDataTag())), scenario);
    const CliRun json = runCli({QStringLiteral("analyze"), path});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out, expected);
    const CliRun text = runCli({QStringLiteral("analyze"), path, QStringLiteral("--format"), QStringLiteral("text")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().contains(QStringLiteral(u"不作稳健性分析")), qPrintable(text.outText()));
}

void TestCliAnalyze::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expectedLine");
    const QString cixi = example(QStringLiteral("cixi-2014.json"));
    QTest::newRow("no file") << QStringList{} << QStringLiteral("exactly one scenario FILE or negotiation ID");
    QTest::newRow("two files") << QStringList{cixi, cixi} << QStringLiteral("exactly one");
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/scenario.json")}
                                  << QStringLiteral("/nonexistent/scenario.json");
    QTest::newRow("bad format") << QStringList{cixi, QStringLiteral("--format"), QStringLiteral("xml")}
                                << QStringLiteral("error: --format:");
    QTest::newRow("unknown option") << QStringList{cixi, QStringLiteral("--fast")} << QStringLiteral("--fast");
}

void TestCliAnalyze::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expectedLine);
    const CliRun run = runCli(QStringList{QStringLiteral("analyze")} + args);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.errText().contains(expectedLine), qPrintable(run.errText()));
}

// An imported negotiation, named by its code, gives the same analysis as its file; an unknown code
// is named in the error.
void TestCliAnalyze::workspaceNegotiation()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TENDERPANEL_WORKSPACE"), m_dir.filePath(QStringLiteral("ws.sqlite")));
    env.insert(QStringLiteral("TENDERPANEL_ACTOR"), QStringLiteral("tester"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    const QString cixi = example(QStringLiteral("cixi-2014.json"));
    const CliRun imported = runCli({QStringLiteral("import"), cixi}, QByteArray(), env);
    QCOMPARE(imported.exitCode, 0);
    const QString id = imported.outText().trimmed();
    const CliRun fromWorkspace = runCli({QStringLiteral("analyze"), id}, QByteArray(), env);
    QCOMPARE(fromWorkspace.errText(), QString());
    QCOMPARE(fromWorkspace.exitCode, 0);
    QCOMPARE(fromWorkspace.out, runCli({QStringLiteral("analyze"), cixi}).out);
    const CliRun unknown = runCli({QStringLiteral("analyze"), QStringLiteral("N-2099-0001")}, QByteArray(), env);
    QVERIFY(unknown.exitCode != 0);
    QCOMPARE(unknown.out, QByteArray());
    QVERIFY2(unknown.errText().contains(QStringLiteral("N-2099-0001")), qPrintable(unknown.errText()));
}

void TestCliAnalyze::rowsAgreeWithEvaluate_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : {QStringLiteral("cixi-2014"), QStringLiteral("tie-vote"),
                                QStringLiteral("reinsurance-2022"), QStringLiteral("zhaoqing-2025")})
        QTest::newRow(qPrintable(name)) << name;
}

// For each member: `evaluate` on the file without that member (their panel entry and scores taken
// out, no votes) gives the winners, ranking and tie of the member's row.
void TestCliAnalyze::rowsAgreeWithEvaluate()
{
    QFETCH(QString, name);
    const QString path = example(name + QStringLiteral(".json"));
    const CliRun run = runCli({QStringLiteral("analyze"), path});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject analysis = QJsonDocument::fromJson(run.out).object();
    const QStringList winners = strings(analysis.value(QStringLiteral("winners")));
    const QJsonObject scenario = readJson(path);
    const QJsonArray rows = analysis.value(QStringLiteral("leave_one_out")).toArray();
    QCOMPARE(rows.size(), scenario.value(QStringLiteral("panel")).toArray().size());
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        const QString member = row.value(QStringLiteral("panelist")).toString();
        QJsonObject smaller = scenario;
        QJsonArray panel;
        for (const QJsonValue& p : scenario.value(QStringLiteral("panel")).toArray()) {
            if (p.toObject().value(QStringLiteral("id")).toString() == member)
                continue;
            QJsonObject entry = p.toObject();
            entry.insert(QStringLiteral("role"), panel.isEmpty() ? QStringLiteral("leader") : QStringLiteral("member"));
            panel.append(entry);
        }
        smaller.insert(QStringLiteral("panel"), panel);
        QJsonArray scores;
        for (const QJsonValue& s : scenario.value(QStringLiteral("scores")).toArray())
            if (s.toObject().value(QStringLiteral("panelist")).toString() != member)
                scores.append(s);
        smaller.insert(QStringLiteral("scores"), scores);
        smaller.remove(QStringLiteral("votes"));
        const CliRun evaluated =
            runCli({QStringLiteral("evaluate"),
                    write(name + QStringLiteral("-") + member + QStringLiteral(".json"), smaller)});
        if (row.value(QStringLiteral("too_small")).toBool()) {
            QCOMPARE(evaluated.exitCode, 2);
            QVERIFY(row.value(QStringLiteral("winners")).isNull());
            continue;
        }
        QVERIFY2(evaluated.exitCode == 0 || evaluated.exitCode == 3, qPrintable(evaluated.errText()));
        const QJsonObject result = QJsonDocument::fromJson(evaluated.out).object();
        QStringList ranking;
        for (const QJsonValue& e : result.value(QStringLiteral("ranking")).toArray())
            ranking << e.toObject().value(QStringLiteral("bidder")).toString();
        QCOMPARE(strings(row.value(QStringLiteral("ranking"))), ranking);
        if (evaluated.exitCode == 0) {
            const QStringList expected = strings(result.value(QStringLiteral("winners")));
            QCOMPARE(strings(row.value(QStringLiteral("winners"))), expected);
            QCOMPARE(row.value(QStringLiteral("changed")).toBool(), expected != winners);
        } else {
            QVERIFY(row.value(QStringLiteral("winners")).isNull());
            QCOMPARE(strings(row.value(QStringLiteral("tie"))),
                     strings(result.value(QStringLiteral("tie")).toObject().value(QStringLiteral("bidders"))));
            QVERIFY(row.value(QStringLiteral("changed")).toBool());
        }
    }
}

QTEST_GUILESS_MAIN(TestCliAnalyze)
#include "tst_cli_analyze.moc"
