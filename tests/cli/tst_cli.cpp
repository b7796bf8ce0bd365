// Drives the real tenderpanel-cli as a user or a script would: stateless commands.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void examplesMatchExpected_data();
    void examplesMatchExpected();
    void textSummary();
    void voteRequired();
    void failedNegotiation();
    void scoringStatus();
    void invalidFileExitsTwo_data();
    void invalidFileExitsTwo();
    void ruleErrorsExitTwo_data();
    void ruleErrorsExitTwo();
    void garbageNeverCrashes();
    void draw_data();
    void draw();
    void drawErrors_data();
    void drawErrors();
    void workdays_data();
    void workdays();
    void workdaysErrors_data();
    void workdaysErrors();
    void usage_data();
    void usage();
    void noticeLanguage();
    void renderingLoadsQtGuiOnlyForDocuments_data();
    void renderingLoadsQtGuiOnlyForDocuments();
    void workbookLibraryOnlyForWorkbooks();
    void quickListAgreesWithTheCommandLine();
    void missingDocumentModule();

private:
    QString writeTemp(const QString& name, const QByteArray& bytes);
    QString writeScenario(const QString& name, const QJsonObject& scenario);
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(TP_CLI_PATH)), TP_CLI_PATH);
}

QString TestCli::writeTemp(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(bytes);
    return path;
}

QString TestCli::writeScenario(const QString& name, const QJsonObject& scenario)
{
    return writeTemp(name, QJsonDocument(scenario).toJson());
}

void TestCli::examplesMatchExpected_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = QDir(QStringLiteral(TP_EXAMPLES_DIR)).entryList({QStringLiteral("*.expected.json")});
    QVERIFY(files.size() >= 3);
    for (const QString& f : files) {
        const QString name = f.left(f.size() - int(qstrlen(".expected.json")));
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestCli::examplesMatchExpected()
{
    QFETCH(QString, name);
    const CliRun run = runCli({QStringLiteral("evaluate"), example(name + QStringLiteral(".json"))});
    QVERIFY(!run.crashed);
    QCOMPARE(run.errText(), QString());
    QCOMPARE(run.exitCode, 0);
    // Byte for byte: same keys, same order, same formatting.
    QCOMPARE(run.outText(), QString::fromUtf8(readAll(example(name + QStringLiteral(".expected.json")))));
}

void TestCli::textSummary()
{
    const CliRun run = runCli({QStringLiteral("evaluate"), example(QStringLiteral("cixi-2014.json")),
                               QStringLiteral("--format"), QStringLiteral("text")});
    QCOMPARE(run.exitCode, 0);
    const QString text = run.outText();
    QVERIFY2(text.contains(QStringLiteral(u"排名")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(u"甲保险股份有限公司宁波分公司")));
    QVERIFY(text.contains(QStringLiteral("85.70")));
    QVERIFY(text.contains(QStringLiteral("79.00")));
    QVERIFY(text.contains(QStringLiteral("76.60")));
    QVERIFY(text.contains(QStringLiteral(u"逾期登记,视为主动放弃")));
    QVERIFY(text.contains(QStringLiteral(u"P4 李静 87.00"))); // dropped highest of B1
    QVERIFY(text.contains(QStringLiteral(u"P1 赵明 83.00"))); // dropped lowest of B1
    QVERIFY(text.contains(QStringLiteral(u"公示期:2014年8月11日至2014年8月19日(7个工作日)")));
    QVERIFY(text.contains(QStringLiteral(u"成交供应商:B1 甲保险股份有限公司宁波分公司(100%)")));
}

void TestCli::voteRequired()
{
    QJsonObject scenario = readJson(example(QStringLiteral("tie-vote.json")));
    scenario.remove(QStringLiteral("votes"));
    const CliRun run = runCli({QStringLiteral("evaluate"), writeScenario(QStringLiteral("novote.json"), scenario)});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.errText(), QString());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("vote_required"));
    const QJsonObject tie = result.value(QStringLiteral("tie")).toObject();
    QCOMPARE(tie.value(QStringLiteral("bidders")).toArray(), QJsonArray({QStringLiteral("B1"), QStringLiteral("B2")}));
    QCOMPARE(tie.value(QStringLiteral("positions")).toArray(), QJsonArray({1, 2}));
    QCOMPARE(result.value(QStringLiteral("winners")).toArray(), QJsonArray());
    const QJsonArray ranking = result.value(QStringLiteral("ranking")).toArray();
    QCOMPARE(ranking.size(), 3);
    QCOMPARE(ranking[0].toObject().value(QStringLiteral("bidder")).toString(), QStringLiteral("B1"));
    QCOMPARE(ranking[0].toObject().value(QStringLiteral("position")).toInt(), 1);
    QVERIFY(ranking[0].toObject().value(QStringLiteral("share")).isNull());
    QCOMPARE(ranking[1].toObject().value(QStringLiteral("position")).toInt(), 1);
    QCOMPARE(ranking[2].toObject().value(QStringLiteral("position")).toInt(), 3);
    // Keys in the order the spec gives.
    const QString text = run.outText();
    QVERIFY(text.indexOf(QStringLiteral("\"winners\"")) < text.indexOf(QStringLiteral("\"tie\"")));
    QVERIFY(text.indexOf(QStringLiteral("\"tie\"")) < text.indexOf(QStringLiteral("\"publication\"")));
    // The text summary asks for the vote too, with the same exit code.
    const CliRun textRun = runCli(
        {QStringLiteral("evaluate"), m_dir.filePath(QStringLiteral("novote.json")), QStringLiteral("--format=text")});
    QCOMPARE(textRun.exitCode, 3);
    QVERIFY(textRun.outText().contains(QStringLiteral(u"无记名表决")));
}

void TestCli::failedNegotiation()
{
    QJsonObject scenario = readJson(example(QStringLiteral("reinsurance-2022.json")));
    QJsonObject project = scenario.value(QStringLiteral("project")).toObject();
    project.insert(QStringLiteral("min_bidders"), 5);
    scenario.insert(QStringLiteral("project"), project);
    const CliRun run = runCli({QStringLiteral("evaluate"), writeScenario(QStringLiteral("failed.json"), scenario)});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(result.value(QStringLiteral("reason")).toString(), QStringLiteral("insufficient_bidders"));
    QVERIFY(!result.contains(QStringLiteral("ranking")));
    QVERIFY(!result.contains(QStringLiteral("winners")));
    QVERIFY(!result.contains(QStringLiteral("publication")));
    QVERIFY(
        run.outText().startsWith(QStringLiteral("{\n \"status\": \"failed\",\n \"reason\": \"insufficient_bidders\"")));
}

void TestCli::scoringStatus()
{
    QJsonObject scenario = readJson(example(QStringLiteral("cixi-2014.json")));
    scenario.remove(QStringLiteral("scores"));
    const CliRun run = runCli({QStringLiteral("evaluate"), writeScenario(QStringLiteral("scoring.json"), scenario)});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("scoring"));
    QVERIFY(result.contains(QStringLiteral("draw")));
    QVERIFY(!result.contains(QStringLiteral("ranking")));
    QCOMPARE(result.value(QStringLiteral("excluded")).toArray().size(), 2);
}

void TestCli::invalidFileExitsTwo_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedLine");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("found an array");
    QTest::newRow("truncated") << readAll(example(QStringLiteral("tie-vote.json"))).left(300) << QStringLiteral("line");
    QTest::newRow("invalid utf-8") << QByteArray("{\"format\": \"\xff\xfe\"}") << QStringLiteral("UTF-8");
    QByteArray above = readAll(example(QStringLiteral("tie-vote.json")));
    above.replace("\"score\": 50\n", "\"score\": 75\n");
    QTest::newRow("above max") << above
                               << QStringLiteral("error: scores[0].score: 75 is above the maximum 60 of criterion C1");
    QByteArray typo = readAll(example(QStringLiteral("tie-vote.json")));
    typo.replace("\"score\": 50\n", "\"socre\": 50\n");
    QTest::newRow("unknown key") << typo << QStringLiteral("error: scores[0].socre: unknown key");
}

void TestCli::invalidFileExitsTwo()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedLine);
    const QString path =
        writeTemp(QStringLiteral("bad-%1.json").arg(QString::fromLatin1(QTest::currentDataTag())), bytes);
    const CliRun run = runCli({QStringLiteral("evaluate"), path});
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray()); // nothing on stdout
    QVERIFY2(run.errText().contains(expectedLine), qPrintable(run.errText()));
    for (const QString& line : run.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(line.startsWith(QStringLiteral("error: ")), qPrintable(line));
}

void TestCli::ruleErrorsExitTwo_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing score") << QStringLiteral("missing-score") << QStringLiteral("error: scores: ");
    QTest::newRow("wrong vote group") << QStringLiteral("wrong-vote") << QStringLiteral("error: votes[0].tied: ");
    QTest::newRow("leftover vote") << QStringLiteral("leftover-vote") << QStringLiteral("error: votes[1]");
    QTest::newRow("manual draw not a permutation")
        << QStringLiteral("bad-order") << QStringLiteral("error: draw.order: ");
}

void TestCli::ruleErrorsExitTwo()
{
    QFETCH(QString, mutation);
    QFETCH(QString, expected);
    QJsonObject scenario;
    if (mutation == QLatin1String("missing-score")) {
        scenario = readJson(example(QStringLiteral("tie-vote.json")));
        QJsonArray scores = scenario.value(QStringLiteral("scores")).toArray();
        scores.removeAt(7);
        scenario.insert(QStringLiteral("scores"), scores);
    } else if (mutation == QLatin1String("wrong-vote")) {
        scenario = readJson(example(QStringLiteral("tie-vote.json")));
        QJsonArray votes = scenario.value(QStringLiteral("votes")).toArray();
        QJsonObject vote = votes[0].toObject();
        vote.insert(QStringLiteral("tied"), QJsonArray({QStringLiteral("B1"), QStringLiteral("B3")}));
        vote.insert(QStringLiteral("ballots"), QJsonArray({QStringLiteral("B1")}));
        votes[0] = vote;
        scenario.insert(QStringLiteral("votes"), votes);
    } else if (mutation == QLatin1String("leftover-vote")) {
        scenario = readJson(example(QStringLiteral("tie-vote.json")));
        QJsonArray votes = scenario.value(QStringLiteral("votes")).toArray();
        votes.append(votes[0]);
        scenario.insert(QStringLiteral("votes"), votes);
    } else {
        scenario = readJson(example(QStringLiteral("reinsurance-2022.json")));
        scenario.insert(
            QStringLiteral("draw"),
            QJsonObject{{QStringLiteral("order"), QJsonArray({QStringLiteral("B1"), QStringLiteral("B2")})}});
    }
    const CliRun run =
        runCli({QStringLiteral("evaluate"), writeScenario(mutation + QStringLiteral(".json"), scenario)});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.errText().startsWith(expected), qPrintable(run.errText()));
}

void TestCli::garbageNeverCrashes()
{
    QRandomGenerator rng(20141124);
    const QByteArray base = readAll(example(QStringLiteral("tie-vote.json")));
    for (int i = 0; i < 40; ++i) {
        QByteArray bytes = base;
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits; ++e)
            bytes[int(rng.bounded(bytes.size()))] = char(rng.bounded(256));
        if (i % 5 == 0)
            bytes.truncate(int(rng.bounded(bytes.size())));
        const CliRun run = runCli({QStringLiteral("evaluate"), writeTemp(QStringLiteral("garbage.json"), bytes)});
        QVERIFY(!run.crashed);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 2 || run.exitCode == 3, qPrintable(run.errText()));
        if (run.exitCode == 2)
            QCOMPARE(run.out, QByteArray());
    }
}

void TestCli::draw_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString seed = QStringLiteral("6b1f0c2a9d4e8f7a3c5b2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a");
    QTest::newRow("cixi") << QStringList{QStringLiteral("draw"), QStringLiteral("--seed"), seed,
                                         QStringLiteral("B1"),   QStringLiteral("B2"),     QStringLiteral("B3")}
                          << QStringLiteral(
                                 "78e7ce5c04fa45725af1ab5cb12d999e1cf5640c4ea3f8b735fc7acedafd5c83\nB3\nB2\nB1\n");
    QTest::newRow("order of ids does not matter")
        << QStringList{QStringLiteral("draw"),
                       QStringLiteral("B3"),
                       QStringLiteral("B1"),
                       QStringLiteral("--seed"),
                       seed,
                       QStringLiteral("B2")}
        << QStringLiteral("78e7ce5c04fa45725af1ab5cb12d999e1cf5640c4ea3f8b735fc7acedafd5c83\nB3\nB2\nB1\n");
}

void TestCli::draw()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText(), expected);
}

void TestCli::drawErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("uppercase seed") << QStringList{QStringLiteral("draw"), QStringLiteral("--seed"),
                                                   QString(64, QLatin1Char('A')), QStringLiteral("B1")}
                                    << QStringLiteral("error: --seed: must be 64 lowercase hexadecimal characters");
    QTest::newRow("short seed") << QStringList{QStringLiteral("draw"), QStringLiteral("--seed"), QStringLiteral("abc"),
                                               QStringLiteral("B1")}
                                << QStringLiteral("error: --seed: must be 64 lowercase hexadecimal characters");
    QTest::newRow("no ids") << QStringList{QStringLiteral("draw"), QStringLiteral("--seed"),
                                           QString(64, QLatin1Char('a'))}
                            << QStringLiteral("error: name at least one bidder ID");
    QTest::newRow("duplicate id") << QStringList{QStringLiteral("draw"), QStringLiteral("--seed"),
                                                 QString(64, QLatin1Char('a')), QStringLiteral("B1"),
                                                 QStringLiteral("B1")}
                                  << QStringLiteral("error: B1: bidder ID given more than once");
    QTest::newRow("missing seed value") << QStringList{QStringLiteral("draw"), QStringLiteral("B1"),
                                                       QStringLiteral("--seed")}
                                        << QStringLiteral("error: --seed: needs a value");
}

void TestCli::drawErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.errText().startsWith(expected), qPrintable(run.errText()));
}

void TestCli::workdays_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("warning");
    auto row = [](const char* tag, const char* from, int days, bool countStart, const char* end,
                  const char* warning = "") {
        QStringList args{QStringLiteral("workdays"), QStringLiteral("--from"), QString::fromLatin1(from),
                         QStringLiteral("--days"), QString::number(days)};
        if (countStart)
            args << QStringLiteral("--count-start-day");
        QTest::newRow(tag) << args << QString::fromLatin1(end) << QString::fromLatin1(warning);
    };
    row("cixi notice", "2014-08-08", 7, false, "2014-08-19");
    row("count start day", "2014-08-08", 7, true, "2014-08-18");
    row("national day with adjusted Sunday", "2024-09-27", 7, false, "2024-10-12");
    row("national day 2022", "2022-09-29", 7, false, "2022-10-13");
    row("spring festival 2024", "2024-02-08", 3, false, "2024-02-19");
    row("start on adjusted working day, not counted", "2024-02-04", 1, false, "2024-02-05");
    row("start on adjusted working day, counted", "2024-02-04", 1, true, "2024-02-04");
    row("start on a holiday, counted flag has no effect", "2024-10-01", 1, true, "2024-10-08");
    row("into an uncovered year", "2026-12-28", 7, false, "2027-01-06", "warning: calendar_not_covered:2027");
}

void TestCli::workdays()
{
    QFETCH(QStringList, args);
    QFETCH(QString, end);
    QFETCH(QString, warning);
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText(), end + QLatin1Char('\n'));
    QCOMPARE(run.errText().trimmed(), warning);
}

void TestCli::workdaysErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad date") << QStringList{QStringLiteral("workdays"), QStringLiteral("--from"),
                                             QStringLiteral("2014-02-30"), QStringLiteral("--days"),
                                             QStringLiteral("7")}
                              << QStringLiteral("error: --from: \"2014-02-30\" is not a date of the form YYYY-MM-DD");
    QTest::newRow("zero days") << QStringList{QStringLiteral("workdays"), QStringLiteral("--from"),
                                              QStringLiteral("2014-08-08"), QStringLiteral("--days"),
                                              QStringLiteral("0")}
                               << QStringLiteral("error: --days: \"0\" is not a whole number from 1 to 10000");
    QTest::newRow("missing days") << QStringList{QStringLiteral("workdays"), QStringLiteral("--from"),
                                                 QStringLiteral("2014-08-08")}
                                  << QStringLiteral("error: --days: is required");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("workdays"), QStringLiteral("--form"),
                                                   QStringLiteral("2014-08-08")}
                                    << QStringLiteral("error: --form: unknown option");
}

void TestCli::workdaysErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.errText().startsWith(expected), qPrintable(run.errText()));
}

void TestCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outContains");
    QTest::addColumn<QString>("errContains");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("evaluate FILE") << QString();
    QTest::newRow("help names exit 6")
        << QStringList{QStringLiteral("--help")} << 0
        << QStringLiteral("6 the disk, an output file or the workspace could not be read or written") << QString();
    QTest::newRow("ocds help names exit 6") << QStringList{QStringLiteral("ocds"), QStringLiteral("--help")} << 0
                                            << QStringLiteral("6: the file cannot be written") << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("tenderpanel-cli ")
                             << QString();
    QTest::newRow("command help") << QStringList{QStringLiteral("workdays"), QStringLiteral("--help")} << 0
                                  << QStringLiteral("Civil Code") << QString();
    QTest::newRow("no command") << QStringList{} << 2 << QString() << QStringLiteral("Usage:");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("evalute")} << 2 << QString()
                                     << QStringLiteral("error: evalute: unknown command");
    QTest::newRow("missing file") << QStringList{QStringLiteral("evaluate"), QStringLiteral("/nonexistent/x.json")} << 2
                                  << QString() << QStringLiteral("error: /nonexistent/x.json: ");
    QTest::newRow("bad format") << QStringList{QStringLiteral("evaluate"), example(QStringLiteral("cixi-2014.json")),
                                               QStringLiteral("--format"), QStringLiteral("xml")}
                                << 2 << QString() << QStringLiteral("error: --format: must be json or text");
}

void TestCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, outContains);
    QFETCH(QString, errContains);
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.outText().contains(outContains), qPrintable(run.outText()));
    QVERIFY2(run.errText().contains(errContains), qPrintable(run.errText()));
    if (exitCode != 0)
        QCOMPARE(run.out, QByteArray());
}

void TestCli::noticeLanguage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = example(QStringLiteral("cixi-2014.json"));
    const QString zh = dir.filePath(QStringLiteral("zh.html"));
    const QString en = dir.filePath(QStringLiteral("en.html"));
    const QString bad = dir.filePath(QStringLiteral("bad.html"));
    const QString kind = QStringLiteral("--kind");
    const QString result = QStringLiteral("result");
    const QString out = QStringLiteral("--out");
    const QString lang = QStringLiteral("--lang");

    // Chinese by default, the official language of the notice, even when the messages are English.
    CliRun run = runCli({QStringLiteral("notice"), file, kind, result, out, zh});
    QCOMPARE(run.exitCode, 0);
    const QString chinese = QString::fromUtf8(readAll(zh));
    QVERIFY(chinese.contains(QStringLiteral(u"公示期:2014年8月11日至2014年8月19日(7个工作日)")));
    run = runCli({QStringLiteral("notice"), file, kind, result, out, dir.filePath(QStringLiteral("zh2.html")), lang,
                  QStringLiteral("zh_CN")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("zh2.html"))), readAll(zh));

    run = runCli({QStringLiteral("notice"), file, kind, result, out, en, lang, QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    const QString english = QString::fromUtf8(readAll(en));
    QVERIFY(english.contains(QLatin1String("<html lang=\"en\">")));
    QVERIFY(english.contains(QLatin1String("Publication period: 11 August 2014 to 19 August 2014 (7 working days)")));
    QVERIFY(english.contains(QStringLiteral(u"甲保险股份有限公司宁波分公司")));
    QVERIFY(!english.contains(QStringLiteral(u"公示期")));
    run = runCli({QStringLiteral("notice"), file, kind, QStringLiteral("letters"), out,
                  dir.filePath(QStringLiteral("letters.pdf")), lang, QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(readAll(dir.filePath(QStringLiteral("letters.pdf"))).startsWith("%PDF"));

    run = runCli({QStringLiteral("notice"), file, kind, result, out, bad, lang, QStringLiteral("xx")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.errText().contains(QLatin1String("error: --lang: must be zh_CN or en, not \"xx\"")),
             qPrintable(run.errText()));
    QVERIFY(!QFile::exists(bad));

    run = runCli({QStringLiteral("notice"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(QLatin1String("--lang zh_CN")), qPrintable(run.outText()));
    run = runCli({QStringLiteral("archive"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(QLatin1String("always the Chinese ones")), qPrintable(run.outText()));
}

QTEST_GUILESS_MAIN(TestCli)
// The list of a workspace starts without Qt (the program itself is plain C++ and SQLite); the other
// commands that render nothing start without Qt Gui (their module links Qt Core and Qt Sql); the
// document commands load the module that holds Qt Gui. The dynamic loader's own trace tells which
// libraries a run initialised.
void TestCli::renderingLoadsQtGuiOnlyForDocuments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("loadsCore");
    QTest::addColumn<bool>("loadsGui");
    const QString cixi = example(QStringLiteral("cixi-2014.json"));
    const QString light = m_dir.filePath(QStringLiteral("light.sqlite"));
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << true << false;
    QTest::newRow("evaluate") << QStringList{QStringLiteral("evaluate"), cixi} << true << false;
    QTest::newRow("analyze") << QStringList{QStringLiteral("analyze"), cixi} << true << false;
    QTest::newRow("workdays") << QStringList{QStringLiteral("workdays"), QStringLiteral("--from"),
                                             QStringLiteral("2014-08-11"), QStringLiteral("--days"),
                                             QStringLiteral("7")}
                              << true << false;
    // A workspace is made by importing a negotiation; the list reads it.
    QTest::newRow("import") << QStringList{QStringLiteral("--workspace"), light, QStringLiteral("import"), cixi} << true
                            << false;
    QTest::newRow("list") << QStringList{QStringLiteral("--workspace"), light, QStringLiteral("list")} << false
                          << false;
    QTest::newRow("list search") << QStringList{QStringLiteral("--workspace"), light, QStringLiteral("list"),
                                                QStringLiteral("--search"), QStringLiteral("慈溪")}
                                 << false << false;
    QTest::newRow("list json") << QStringList{QStringLiteral("--workspace"), light, QStringLiteral("list"),
                                              QStringLiteral("--format"), QStringLiteral("json")}
                               << true << false;
    QTest::newRow("notice") << QStringList{QStringLiteral("notice"), cixi,
                                           QStringLiteral("--kind"), QStringLiteral("result"),
                                           QStringLiteral("--out"),  m_dir.filePath(QStringLiteral("light-notice.pdf"))}
                            << true << true;
}

void TestCli::renderingLoadsQtGuiOnlyForDocuments()
{
    QFETCH(QStringList, args);
    QFETCH(bool, loadsCore);
    QFETCH(bool, loadsGui);
    QProcessEnvironment env;
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    const CliRun run = runCli(args, QByteArray(), env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(QLatin1String("libsqlite3.so")), "no loader trace");
    QCOMPARE(run.errText().contains(QLatin1String("libQt6Core.so")), loadsCore);
    QCOMPARE(run.errText().contains(QLatin1String("libQt6Gui.so")), loadsGui);
}

// libxlsxwriter (and the libcrypto it links) is loaded by the workbook only, through its module.
void TestCli::workbookLibraryOnlyForWorkbooks()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    const QString cixi = example(QStringLiteral("cixi-2014.json"));
    const QString xlsx = m_dir.filePath(QStringLiteral("loaded.xlsx"));
    CliRun run = runCli({QStringLiteral("notice"), cixi, QStringLiteral("--kind"), QStringLiteral("result"),
                         QStringLiteral("--out"), m_dir.filePath(QStringLiteral("loaded.pdf"))},
                        QByteArray(), env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(QLatin1String("libQt6Gui.so")), "no loader trace");
    QVERIFY(!run.errText().contains(QLatin1String("libxlsxwriter.so")));
    run = runCli({QStringLiteral("workbook"), cixi, QStringLiteral("--out"), xlsx}, QByteArray(), env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.errText().contains(QLatin1String("tenderpanel-xlsx.so")));
    QVERIFY(run.errText().contains(QLatin1String("libxlsxwriter.so")));
    QFile file(xlsx);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK"); // a zip container, as an .xlsx is
}

// The list of a workspace printed without Qt is the list printed through it: the JSON form, which
// the command line prints, holds the same negotiations in the same order.
void TestCli::quickListAgreesWithTheCommandLine()
{
    const QString ws = m_dir.filePath(QStringLiteral("agree.sqlite"));
    for (const char* name : {"cixi-2014.json", "reinsurance-2022.json", "tie-vote.json"})
        QCOMPARE(runCli({QStringLiteral("--workspace"), ws, QStringLiteral("import"), example(QLatin1String(name))})
                     .exitCode,
                 0);
    for (const QString& search :
         {QString(), QStringLiteral("再保险"), QStringLiteral("2014"), QStringLiteral("N-20")}) {
        QStringList args{QStringLiteral("--workspace"), ws, QStringLiteral("list")};
        if (!search.isNull())
            args << QStringLiteral("--search") << search;
        const CliRun text = runCli(args);
        const CliRun json = runCli(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(json.exitCode, 0);
        QString fromJson;
        for (const QJsonValue& v : QJsonDocument::fromJson(json.out).array()) {
            const QJsonObject n = v.toObject();
            fromJson += n[QStringLiteral("id")].toString() + QLatin1Char('\t') + n[QStringLiteral("stage")].toString() +
                        QLatin1Char('\t') + n[QStringLiteral("title")].toString() + QLatin1Char('\t') +
                        n[QStringLiteral("purchaser")].toString() + QLatin1Char('\n');
        }
        QVERIFY(!fromJson.isEmpty());
        QCOMPARE(text.outText(), fromJson);
    }
}

// A program installed without its modules still lists a workspace, and says which module is missing
// for the rest.
void TestCli::missingDocumentModule()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString alone = dir.filePath(QStringLiteral("tenderpanel-cli"));
    QVERIFY(QFile::copy(QStringLiteral(TP_CLI_PATH), alone));
    const QString ws = m_dir.filePath(QStringLiteral("alone.sqlite"));
    QCOMPARE(
        runCli({QStringLiteral("--workspace"), ws, QStringLiteral("import"), example(QStringLiteral("tie-vote.json"))})
            .exitCode,
        0);
    QProcess process;
    process.start(alone, {QStringLiteral("--workspace"), ws, QStringLiteral("list")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("N-"));

    process.start(alone, {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 6);
    QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.startsWith(QLatin1String("error: ")) &&
                 err.contains(QLatin1String("tenderpanel-cli-core.so: the command line of tenderpanel-cli cannot be "
                                            "loaded (the file is missing)")),
             qPrintable(err));

    // With the command line but without the documents: the commands that render nothing run.
    QVERIFY(
        QFile::copy(QFileInfo(QStringLiteral(TP_CLI_PATH)).absolutePath() + QStringLiteral("/tenderpanel-cli-core.so"),
                    dir.filePath(QStringLiteral("tenderpanel-cli-core.so"))));
    process.start(alone, {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("tenderpanel-cli "));
    process.start(alone, {QStringLiteral("notice"), example(QStringLiteral("cixi-2014.json")), QStringLiteral("--out"),
                          dir.filePath(QStringLiteral("n.pdf"))});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 6);
    err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.startsWith(QLatin1String("error: ")) &&
                 err.contains(QLatin1String("tenderpanel-cli-documents.so: the document commands of tenderpanel-cli "
                                            "cannot be loaded")),
             qPrintable(err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("n.pdf"))));
}

#include "tst_cli.moc"
