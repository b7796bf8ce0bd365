#include "io/ScenarioReader.h"
#include "io/ScenarioWriter.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef __linux__
#include <sched.h>
#endif

#include <functional>

using tp::Problem;
using tp::Problems;
using tp::ScenarioReader;
using tp::ScenarioWriter;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

QStringList list(std::initializer_list<const char*> texts)
{
    QStringList out;
    for (const char* t : texts)
        out.append(QString::fromUtf8(t));
    return out;
}

std::string repeated(const char* text, int count)
{
    std::string out;
    for (int i = 0; i < count; ++i)
        out += text;
    return out;
}

QStringList lines(const Problems& problems, const QString& file = QString())
{
    QStringList out;
    for (Problem p : problems) {
        if (!file.isEmpty() && p.where == file)
            p.where = QStringLiteral("(file)");
        out.append(p.toString());
    }
    return out;
}

// A small valid scenario; the mutation rows edit its text.
const char kBase[] = R"({
 "format": "tenderpanel-scenario/1",
 "project": {
  "title": "示例项目",
  "purchaser": "示例医疗保障管理中心",
  "registration_deadline": "2014-07-29T17:00:00+08:00",
  "proposal_deadline": "2014-08-04T15:00:00+08:00",
  "required_copies": 10,
  "max_winners": 2,
  "allocation": {"1": [100], "2": [60, 40]},
  "trim": {"highest": 1, "lowest": 1, "level": "total"},
  "tie_precision": "exact",
  "publication": {"start": "2014-08-08", "working_days": 7, "count_start_day": false}
 },
 "criteria": [
  {"id": "C1", "title": "方案", "max": 20},
  {"id": "C2", "title": "服务", "max": 10.5}
 ],
 "bidders": [
  {"id": "B1", "name": "甲保险", "eligible": true, "registered_at": "2014-07-25T09:30:00+08:00"},
  {"id": "B2", "name": "乙保险", "withdrawn": false},
  {"id": "B3", "name": "丙保险"}
 ],
 "proposals": [
  {"bidder": "B1", "received_at": "2014-08-04T10:05:00+08:00", "copies": 10, "sealed": true},
  {"bidder": "B2", "received_at": "2014-08-04T14:58:00+08:00", "rejected": "未密封"}
 ],
 "panel": [
  {"id": "P1", "name": "赵明", "role": "leader"},
  {"id": "P2", "name": "钱芳", "role": "member"},
  {"id": "P3", "name": "孙伟", "role": "member"}
 ],
 "draw": {"order": ["B2", "B1", "B3"]},
 "scores": [
  {"panelist": "P1", "bidder": "B1", "criterion": "C1", "score": 16.5},
  {"panelist": "P2", "bidder": "B1", "criterion": "C1", "score": 18},
  {"panelist": "P3", "bidder": "B1", "criterion": "C2", "score": 10.50}
 ],
 "votes": [
  {"tied": ["B1", "B2"], "ballots": ["B1", null, "B2"]}
 ]
}
)";

// A valid scenario of `bidders` bidders, 9 panel members and 30 criteria, with all their scores: over
// a megabyte from 40 bidders on. `odd(i)`, where it is not empty, is written in place of score i.
QByteArray largeScenario(int bidders, const std::function<QByteArray(int)>& odd = {})
{
    QByteArray text = R"({
 "format": "tenderpanel-scenario/1",
 "project": {"title": "大型项目", "purchaser": "示例医疗保障管理中心",
  "registration_deadline": "2014-07-29T17:00:00+08:00", "proposal_deadline": "2014-08-04T15:00:00+08:00",
  "required_copies": 10, "max_winners": 1},
 "criteria": [)";
    for (int c = 1; c <= 30; ++c)
        text += (c > 1 ? ", " : "") + QByteArray(R"({"id": "C)") + QByteArray::number(c) +
                R"(", "title": "要素", "max": 20})";
    text += "],\n \"bidders\": [";
    for (int b = 1; b <= bidders; ++b)
        text += (b > 1 ? ", " : "") + QByteArray(R"({"id": "B)") + QByteArray::number(b) + R"(", "name": "保险)" +
                QByteArray::number(b) + R"("})";
    text += "],\n \"panel\": [";
    for (int p = 1; p <= 9; ++p)
        text += (p > 1 ? ", " : "") + QByteArray(R"({"id": "P)") + QByteArray::number(p) +
                R"(", "name": "成员", "role": ")" + (p == 1 ? "leader" : "member") + "\"}";
    text += "],\n \"scores\": [";
    int i = 0;
    for (int p = 1; p <= 9; ++p)
        for (int b = 1; b <= bidders; ++b)
            for (int c = 1; c <= 30; ++c, ++i) {
                text += i > 0 ? ",\n  " : "\n  ";
                const QByteArray special = odd ? odd(i) : QByteArray();
                text += !special.isEmpty()
                            ? special
                            : R"({"panelist": "P)" + QByteArray::number(p) + R"(", "bidder": "B)" +
                                  QByteArray::number(b) + R"(", "criterion": "C)" + QByteArray::number(c) +
                                  R"(", "score": )" + QByteArray::number((i * 7) % 20) + "." +
                                  QByteArray::number(i % 4 * 25) + "}";
            }
    text += "\n ]\n}\n";
    return text;
}

} // namespace

class TestScenarioReader : public QObject
{
    Q_OBJECT
private slots:
    void examples_data();
    void examples();
    void baseValues();
    void badFiles_data();
    void badFiles();
    void mutations_data();
    void mutations();
    void readFileCannotOpen();
    void readFileOnOneProcessor();
    void readFileAgreesWithReadBytes_data();
    void readFileAgreesWithReadBytes();
    void randomGarbage();
    void randomTruncations();
    void randomByteMutations();
    void hugeFileIsRefusedBySize();
    void hugeBufferIsRefused();
    void deepNestingIsRefused();
    void tooManyValuesAreRefused();
    void manyProblemsAreCapped();
};

void TestScenarioReader::examples_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(TP_EXAMPLES_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    int count = 0;
    for (const QString& name : files) {
        if (name.endsWith(QLatin1String(".expected.json")))
            continue;
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
        ++count;
    }
    QVERIFY(count >= 3);
}

void TestScenarioReader::examples()
{
    QFETCH(QString, path);
    const ScenarioReader::Result first = ScenarioReader::readFile(path);
    QCOMPARE(lines(first.problems), QStringList());
    QVERIFY(first.ok());
    const QByteArray written = ScenarioWriter::write(*first.scenario);
    const ScenarioReader::Result second = ScenarioReader::readBytes(written);
    QCOMPARE(lines(second.problems), QStringList());
    QVERIFY(second.ok());
    const QByteArray rewritten = ScenarioWriter::write(*second.scenario);
    QCOMPARE(rewritten, written);
    // Everything the example says is kept: same counts, same scores.
    QCOMPARE(second.scenario->criteria.size(), first.scenario->criteria.size());
    QCOMPARE(second.scenario->bidders.size(), first.scenario->bidders.size());
    QCOMPARE(second.scenario->panel.size(), first.scenario->panel.size());
    QCOMPARE(second.scenario->scores.has_value(), first.scenario->scores.has_value());
    if (first.scenario->scores) {
        QCOMPARE(second.scenario->scores->size(), first.scenario->scores->size());
        for (qsizetype i = 0; i < first.scenario->scores->size(); ++i)
            QCOMPARE(second.scenario->scores->at(i).score, first.scenario->scores->at(i).score);
    }
}

void TestScenarioReader::baseValues()
{
    const ScenarioReader::Result r = ScenarioReader::readBytes(QByteArray(kBase));
    QCOMPARE(lines(r.problems), QStringList());
    QVERIFY(r.ok());
    const tp::Scenario& s = *r.scenario;
    QCOMPARE(s.project.title, QString::fromUtf8("示例项目"));
    QCOMPARE(s.project.registrationDeadline->offsetFromUtc(), 8 * 3600);
    QCOMPARE(s.project.registrationDeadline->toUTC(), QDateTime(QDate(2014, 7, 29), QTime(9, 0), Qt::UTC));
    QCOMPARE(s.project.requiredCopies, std::optional<int>(10));
    QCOMPARE(s.project.presentationMinutes, 20);
    QCOMPARE(s.project.statementMinutes, 5);
    QCOMPARE(s.project.maxWinners, 2);
    QCOMPARE(s.project.allocation.value(2), QList<int>({60, 40}));
    QCOMPARE(s.project.allocation.value(1), QList<int>({100}));
    QCOMPARE(s.project.publication->start, QDate(2014, 8, 8));
    QCOMPARE(s.criteria.at(1).max, tp::Hundredths(1050));
    QCOMPARE(s.bidders.at(0).eligible, true);
    QCOMPARE(s.bidders.at(2).withdrawn, false);
    QVERIFY(!s.bidders.at(1).registeredAt);
    QCOMPARE(s.proposals->size(), 2);
    QCOMPARE(s.proposals->at(0).copies, std::optional<int>(10));
    QCOMPARE(s.proposals->at(1).sealed, std::optional<bool>());
    QCOMPARE(s.proposals->at(1).rejected, std::optional<QString>(QString::fromUtf8("未密封")));
    QCOMPARE(s.panel.at(0).role, tp::PanelRole::Leader);
    QCOMPARE(s.draw->order, std::optional<QStringList>(list({"B2", "B1", "B3"})));
    QCOMPARE(s.scores->at(0).score, tp::Hundredths(1650));
    QCOMPARE(s.scores->at(2).score, tp::Hundredths(1050));
    QCOMPARE(s.votes.size(), 1);
    QCOMPARE(s.votes.at(0).ballots.at(1), std::optional<QString>());
    QCOMPARE(s.votes.at(0).ballots.at(2), std::optional<QString>(QStringLiteral("B2")));
}

void TestScenarioReader::badFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected");
    const QDir dir(QStringLiteral(TP_SOURCE_DIR "/tests/data/bad"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 40);
    for (const QString& name : files) {
        const QString path = dir.filePath(name);
        QString errorsPath = path;
        errorsPath.chop(5);
        errorsPath += QStringLiteral(".errors");
        QVERIFY2(QFile::exists(errorsPath), qPrintable(errorsPath));
        const QString errors = QString::fromUtf8(readAll(errorsPath));
        QTest::newRow(qPrintable(name)) << path << errors.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
}

void TestScenarioReader::badFiles()
{
    QFETCH(QString, path);
    QFETCH(QStringList, expected);
    const ScenarioReader::Result r = ScenarioReader::readFile(path);
    QCOMPARE(lines(r.problems, path).join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')));
    QCOMPARE(r.ok(), expected.isEmpty());
    QCOMPARE(r.scenario.has_value(), expected.isEmpty());
    // readBytes reports the same, without the file name.
    const ScenarioReader::Result fromBytes = ScenarioReader::readBytes(readAll(path));
    QCOMPARE(fromBytes.problems.size(), r.problems.size());
    for (qsizetype i = 0; i < r.problems.size(); ++i) {
        QCOMPARE(fromBytes.problems.at(i).why, r.problems.at(i).why);
        if (r.problems.at(i).where != path)
            QCOMPARE(fromBytes.problems.at(i).where, r.problems.at(i).where);
        else
            QVERIFY(fromBytes.problems.at(i).where.isEmpty());
    }
}

void TestScenarioReader::mutations_data()
{
    QTest::addColumn<QStringList>("edits"); // from, to, from, to, ...
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char* name, std::initializer_list<const char*> edits,
                  std::initializer_list<const char*> expected) {
        QTest::newRow(name) << list(edits) << list(expected);
    };
    const std::string title500 = "\"title\": \"" + repeated("中", 500) + "\",";
    const std::string title501 = "\"title\": \"" + repeated("中", 501) + "\",";
    const std::string emoji500 = "\"title\": \"" + repeated("😀", 500) + "\",";
    const std::string id65 = "{\"id\": \"" + repeated("x", 65) + "\",";
    row("unchanged", {}, {});
    row("score typo", {R"("score": 18})", R"("socre": 18})"},
        {"scores[1].socre: unknown key", "scores[1].score: required key is missing"});
    row("unknown top-level key", {R"("votes": [)", R"("vote": [)"}, {"vote: unknown key"});
    row("unknown project key", {R"("max_winners": 2,)", R"("max_winners": 2, "winners": 2,)"},
        {"project.winners: unknown key"});
    row("missing title", {R"("title": "示例项目",)", ""}, {"project.title: required key is missing"});
    row("empty title", {R"("title": "示例项目",)", R"("title": "",)"}, {"project.title: must not be empty"});
    row("title 500 characters", {R"("title": "示例项目",)", title500.c_str()}, {});
    row("title 501 characters", {R"("title": "示例项目",)", title501.c_str()},
        {"project.title: is 501 characters long, longer than the limit of 500"});
    row("title of emoji", {R"("title": "示例项目",)", emoji500.c_str()}, {});
    row("id 65 characters", {R"({"id": "B3",)", id65.c_str()},
        {"bidders[2].id: is 65 characters long, longer than the limit of 64",
         "draw.order[2]: no bidder has id \"B3\""});
    row("min_bidders string", {R"("max_winners": 2,)", R"("max_winners": 2, "min_bidders": "2",)"},
        {"project.min_bidders: must be an integer, found a string"});
    row("integer as 10.0", {R"("required_copies": 10,)", R"("required_copies": 10.0,)"},
        {"project.required_copies: must be an integer, found 10.0"});
    row("integer as 1e1", {R"("required_copies": 10,)", R"("required_copies": 1e1,)"},
        {"project.required_copies: must be an integer, found 1e1"});
    row("required_copies 0", {R"("required_copies": 10,)", R"("required_copies": 0,)"},
        {"project.required_copies: 0 is below the minimum 1"});
    row("huge integer", {R"("required_copies": 10,)", R"("required_copies": 123456789012345678901234567890,)"},
        {"project.required_copies: 123456789012345678901234567890 is above the maximum 10000"});
    row("huge negative integer", {R"("required_copies": 10,)", R"("required_copies": -123456789012345678901,)"},
        {"project.required_copies: -123456789012345678901 is below the minimum 1"});
    row("presentation 0", {R"("max_winners": 2,)", R"("max_winners": 2, "presentation_minutes": 0,)"},
        {"project.presentation_minutes: 0 is below the minimum 1"});
    row("statement 10001", {R"("max_winners": 2,)", R"("max_winners": 2, "statement_minutes": 10001,)"},
        {"project.statement_minutes: 10001 is above the maximum 10000"});
    row("max_winners 0", {R"("max_winners": 2,)", R"("max_winners": 0,)"},
        {"project.max_winners: 0 is below the minimum 1"});
    row("max_winners 101", {R"("max_winners": 2,)", R"("max_winners": 101,)"},
        {"project.max_winners: 101 is above the maximum 100"});
    row("max_winners 1 with allocation for 2", {R"("max_winners": 2,)", R"("max_winners": 1,)"},
        {R"(project.allocation.2: unexpected key: max_winners is 1, so the only key is "1")"});
    row("allocation absent, one winner",
        {R"("max_winners": 2,)", "", R"("allocation": {"1": [100], "2": [60, 40]},)", ""}, {});
    row("allocation absent, two winners", {R"("allocation": {"1": [100], "2": [60, 40]},)", ""},
        {"project.allocation: required key is missing: max_winners is 2, so the shares for 2 winners are needed"});
    row("allocation not an object", {R"({"1": [100], "2": [60, 40]})", "[100]"},
        {"project.allocation: must be an object, found an array"});
    row("share not an array", {R"("2": [60, 40])", R"("2": 100)"},
        {"project.allocation.2: must be an array, found a number"});
    row("share as decimal", {R"("2": [60, 40])", R"("2": [60.5, 39.5])"},
        {"project.allocation.2[0]: must be an integer, found 60.5",
         "project.allocation.2[1]: must be an integer, found 39.5"});
    row("share above 100", {R"("1": [100])", R"("1": [101])"},
        {"project.allocation.1[0]: 101 is above the maximum 100"});
    row("equal shares", {R"("2": [60, 40])", R"("2": [50, 50])"}, {});
    row("trim level", {R"("level": "total")", R"("level": "average")"},
        {R"(project.trim.level: must be "total" or "criterion", found "average")"});
    row("trim negative", {R"("highest": 1,)", R"("highest": -1,)"},
        {"project.trim.highest: -1 is below the minimum 0"});
    row("trim zero", {R"("highest": 1, "lowest": 1,)", R"("highest": 0, "lowest": 0,)"}, {});
    row("trim unknown key", {R"("level": "total")", R"("level": "total", "median": true)"},
        {"project.trim.median: unknown key"});
    row("trim too much for panel", {R"("highest": 1,)", R"("highest": 2,)"},
        {"panel: the panel has 3 members, but dropping 2 highest and 1 lowest values needs at least 4"});
    row("tie precision", {R"("tie_precision": "exact")", R"("tie_precision": "rough")"},
        {R"(project.tie_precision: must be "exact" or "rounded", found "rough")"});
    row("tie precision rounded", {R"("tie_precision": "exact")", R"("tie_precision": "rounded")"}, {});
    row("publication without start", {R"("start": "2014-08-08", )", ""},
        {"project.publication.start: required key is missing"});
    row("working days 0", {R"("working_days": 7)", R"("working_days": 0)"},
        {"project.publication.working_days: 0 is below the minimum 1"});
    row("count start day string", {R"("count_start_day": false)", R"("count_start_day": "false")"},
        {"project.publication.count_start_day: must be true or false, found a string"});
    row("date-time without offset", {"2014-07-29T17:00:00+08:00", "2014-07-29T17:00:00"},
        {"project.registration_deadline: \"2014-07-29T17:00:00\" is not a date-time with an offset such as "
         "2014-07-29T17:00:00+08:00"});
    row("date-time with space", {"2014-07-29T17:00:00+08:00", "2014-07-29 17:00"},
        {"project.registration_deadline: \"2014-07-29 17:00\" is not a date-time with an offset such as "
         "2014-07-29T17:00:00+08:00"});
    row("date-time without seconds", {"2014-07-29T17:00:00+08:00", "2014-07-29T17:00+08:00"},
        {"project.registration_deadline: \"2014-07-29T17:00+08:00\" is not a date-time with an offset such as "
         "2014-07-29T17:00:00+08:00"});
    row("date-time Z", {"2014-07-29T17:00:00+08:00", "2014-07-29T09:00:00Z"}, {});
    row("date-time milliseconds", {"2014-07-29T17:00:00+08:00", "2014-07-29T17:00:00.250+08:00"}, {});
    row("date-time four fraction digits", {"2014-07-29T17:00:00+08:00", "2014-07-29T17:00:00.2500+08:00"},
        {"project.registration_deadline: \"2014-07-29T17:00:00.2500+08:00\" is not a date-time with an offset such "
         "as 2014-07-29T17:00:00+08:00"});
    row("date-time negative offset", {"2014-07-29T17:00:00+08:00", "2014-07-29T17:00:00-05:30"}, {});
    row("date-time lowercase z", {"2014-07-29T17:00:00+08:00", "2014-07-29T09:00:00z"},
        {"project.registration_deadline: \"2014-07-29T09:00:00z\" is not a date-time with an offset such as "
         "2014-07-29T17:00:00+08:00"});
    row("date-time 31 February", {"2014-07-29T17:00:00+08:00", "2014-02-31T17:00:00+08:00"},
        {"project.registration_deadline: \"2014-02-31T17:00:00+08:00\" is not a real calendar date and time"});
    row("date-time minute 60", {"2014-07-29T17:00:00+08:00", "2014-07-29T17:60:00+08:00"},
        {"project.registration_deadline: \"2014-07-29T17:60:00+08:00\" is not a real calendar date and time"});
    row("date-time offset minutes 75", {"2014-07-29T17:00:00+08:00", "2014-07-29T17:00:00+08:75"},
        {"project.registration_deadline: \"2014-07-29T17:00:00+08:75\" is not a real calendar date and time"});
    row("date-time as number", {R"("2014-07-29T17:00:00+08:00")", "20140729"},
        {"project.registration_deadline: must be a string, found a number"});
    row("29 February 2016", {R"("start": "2014-08-08")", R"("start": "2016-02-29")"}, {});
    row("29 February 2015", {R"("start": "2014-08-08")", R"("start": "2015-02-29")"},
        {"project.publication.start: \"2015-02-29\" is not a real calendar date"});
    row("date with time", {R"("start": "2014-08-08")", R"("start": "2014-08-08T00:00:00+08:00")"},
        {"project.publication.start: \"2014-08-08T00:00:00+08:00\" is not a date such as 2014-08-08"});
    row("no criteria",
        {R"({"id": "C1", "title": "方案", "max": 20},
  {"id": "C2", "title": "服务", "max": 10.5})",
         "", R"(, "criterion": "C1")", R"(, "criterion": "C9")", R"(, "criterion": "C2")", R"(, "criterion": "C9")"},
        {"criteria: must hold at least one criterion", "scores[0].criterion: no criterion has id \"C9\"",
         "scores[1].criterion: no criterion has id \"C9\"", "scores[2].criterion: no criterion has id \"C9\""});
    row("criteria not an array",
        {R"("criteria": [)", R"("criteria": {"x": [)", R"("max": 10.5}
 ],)",
         R"("max": 10.5}]},)"},
        {"criteria: must be an array, found an object"});
    row("max zero", {R"("max": 20})", R"("max": 0})"}, {"criteria[0].max: must be greater than 0, found 0"});
    row("max string", {R"("max": 20})", R"("max": "20"})"}, {"criteria[0].max: must be a number, found a string"});
    row("max three decimals", {R"("max": 10.5})", R"("max": 10.505})"},
        {"criteria[1].max: 10.505 has more than 2 decimals"});
    row("max trailing zeros", {R"("max": 10.5})", R"("max": 10.500})"}, {});
    row("max exponent", {R"("max": 20})", R"("max": 2e1})"}, {});
    row("score above max", {R"("score": 18})", R"("score": 25})"},
        {"scores[1].score: 25 is above the maximum 20 of criterion C1"});
    row("score above decimal max", {R"("score": 10.50})", R"("score": 10.51})"},
        {"scores[2].score: 10.51 is above the maximum 10.5 of criterion C2"});
    row("score equal to max", {R"("score": 18})", R"("score": 20.0})"}, {});
    row("score three decimals", {R"("score": 18})", R"("score": 16.005})"},
        {"scores[1].score: 16.005 has more than 2 decimals"});
    row("score 16.500", {R"("score": 18})", R"("score": 16.500})"}, {});
    row("score negative", {R"("score": 18})", R"("score": -0.5})"}, {"scores[1].score: -0.5 is below the minimum 0"});
    row("score negative zero", {R"("score": 18})", R"("score": -0})"}, {});
    row("score string", {R"("score": 18})", R"("score": "18"})"},
        {"scores[1].score: must be a number, found a string"});
    row("score null", {R"("score": 18})", R"("score": null})"}, {"scores[1].score: must be a number, found null"});
    row("score huge", {R"("score": 18})", R"("score": 1e300})"}, {"scores[1].score: 1e300 is out of range"});
    row("score tiny", {R"("score": 18})", R"("score": 1e-300})"}, {"scores[1].score: 1e-300 has more than 2 decimals"});
    row("score unknown panelist", {R"("panelist": "P2")", R"("panelist": "P9")"},
        {"scores[1].panelist: no panelist has id \"P9\""});
    row("score unknown bidder", {R"("panelist": "P2", "bidder": "B1")", R"("panelist": "P2", "bidder": "B9")"},
        {"scores[1].bidder: no bidder has id \"B9\""});
    row("score unknown criterion, no range check",
        {R"("criterion": "C1", "score": 18)", R"("criterion": "C7", "score": 99)"},
        {"scores[1].criterion: no criterion has id \"C7\""});
    row("duplicate score", {R"("panelist": "P2", "bidder": "B1")", R"("panelist": "P1", "bidder": "B1")"},
        {"scores[1]: a second score of panelist \"P1\" for bidder \"B1\" on criterion \"C1\" (also scores[0])"});
    row("scores not an array",
        {R"("scores": [)", R"("scores": {"x": [)", R"("score": 10.50}
 ],)",
         R"("score": 10.50}]},)"},
        {"scores: must be an array, found an object"});
    row("score entry not an object", {R"("scores": [)", R"("scores": [7,)"},
        {"scores[0]: must be an object, found a number"});
    row("duplicate bidder id", {R"({"id": "B3")", R"({"id": "B1")"},
        {"bidders[2].id: duplicate id \"B1\" (also bidders[0])", "draw.order[2]: no bidder has id \"B3\""});
    row("duplicate criterion id", {R"({"id": "C2")", R"({"id": "C1")"},
        {"criteria[1].id: duplicate id \"C1\" (also criteria[0])", "scores[2].criterion: no criterion has id \"C2\""});
    row("ids unique per list only",
        {R"({"id": "C2")", R"({"id": "B1")", R"("criterion": "C2")", R"("criterion": "B1")"}, {});
    row("empty id", {R"({"id": "B3")", R"({"id": "")"}, {"bidders[2].id: must not be empty"});
    row("numeric id does not cascade", {R"({"id": "B2")", R"({"id": 2)"},
        {"bidders[1].id: must be a string, found a number"});
    row("missing id does not cascade", {R"("id": "P2", )", ""}, {"panel[1].id: required key is missing"});
    row("bidder entry not an object, no cascade",
        {R"({"id": "B1", "name": "甲保险", "eligible": true, "registered_at": "2014-07-25T09:30:00+08:00"})", "null"},
        {"bidders[0]: must be an object, found null"});
    row("bidders empty",
        {R"({"id": "B1", "name": "甲保险", "eligible": true, "registered_at": "2014-07-25T09:30:00+08:00"},
  {"id": "B2", "name": "乙保险", "withdrawn": false},
  {"id": "B3", "name": "丙保险"})",
         ""},
        {"bidders: must hold at least one bidder", "proposals[0].bidder: no bidder has id \"B1\"",
         "proposals[1].bidder: no bidder has id \"B2\"", "draw.order[0]: no bidder has id \"B2\"",
         "draw.order[1]: no bidder has id \"B1\"", "draw.order[2]: no bidder has id \"B3\"",
         "scores[0].bidder: no bidder has id \"B1\"", "scores[1].bidder: no bidder has id \"B1\"",
         "scores[2].bidder: no bidder has id \"B1\"", "votes[0].tied[0]: no bidder has id \"B1\"",
         "votes[0].tied[1]: no bidder has id \"B2\""});
    row("missing bidders does not cascade", {R"("bidders": [)", R"("others": [)"},
        {"others: unknown key", "bidders: required key is missing"});
    row("eligible string", {R"("eligible": true)", R"("eligible": "yes")"},
        {"bidders[0].eligible: must be true or false, found a string"});
    row("withdrawn number", {R"("withdrawn": false)", R"("withdrawn": 0)"},
        {"bidders[1].withdrawn: must be true or false, found a number"});
    row("bidder name missing", {R"(, "name": "丙保险")", ""}, {"bidders[2].name: required key is missing"});
    row("proposal for unknown bidder", {R"({"bidder": "B2", "received)", R"({"bidder": "B7", "received)"},
        {"proposals[1].bidder: no bidder has id \"B7\""});
    row("second proposal", {R"({"bidder": "B2", "received)", R"({"bidder": "B1", "received)"},
        {"proposals[1].bidder: a second proposal for bidder \"B1\" (also proposals[0])"});
    row("proposal without received_at", {R"("received_at": "2014-08-04T14:58:00+08:00", )", ""},
        {"proposals[1].received_at: required key is missing"});
    row("copies negative", {R"("copies": 10,)", R"("copies": -1,)"},
        {"proposals[0].copies: -1 is below the minimum 0"});
    row("copies zero", {R"("copies": 10,)", R"("copies": 0,)"}, {});
    row("sealed string", {R"("sealed": true)", R"("sealed": "true")"},
        {"proposals[0].sealed: must be true or false, found a string"});
    row("rejected empty", {R"("rejected": "未密封")", R"("rejected": "")"},
        {"proposals[1].rejected: must not be empty"});
    row("proposals empty",
        {R"({"bidder": "B1", "received_at": "2014-08-04T10:05:00+08:00", "copies": 10, "sealed": true},
  {"bidder": "B2", "received_at": "2014-08-04T14:58:00+08:00", "rejected": "未密封"})",
         ""},
        {});
    row("two leaders", {R"("钱芳", "role": "member")", R"("钱芳", "role": "leader")"},
        {"panel: there must be exactly one leader, found 2 (panel[0], panel[1])"});
    row("no leader", {R"("赵明", "role": "leader")", R"("赵明", "role": "member")"},
        {"panel: there must be exactly one leader, found none"});
    row("bad role does not make a missing leader", {R"("赵明", "role": "leader")", R"("赵明", "role": "chair")"},
        {R"(panel[0].role: must be "leader" or "member", found "chair")"});
    row("panel too small",
        {R"(,
  {"id": "P3", "name": "孙伟", "role": "member"})",
         "", R"("panelist": "P3")", R"("panelist": "P2")"},
        {"panel: the panel has 2 members, but dropping 1 highest and 1 lowest values needs at least 3",
         "votes[0].ballots: 3 ballots, but the panel has only 2 members"});
    row("panel member unknown key", {R"("name": "孙伟",)", R"("name": "孙伟", "title": "x",)"},
        {"panel[2].title: unknown key"});
    row("seed",
        {R"("order": ["B2", "B1", "B3"])",
         R"("seed": "6b1f0c2a9d4e8f7a3c5b2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a")"},
        {});
    row("seed uppercase", {R"("order": ["B2", "B1", "B3"])", R"("seed": "6B1F")"},
        {"draw.seed: must be 64 lowercase hexadecimal characters, found \"6B1F\""});
    row("seed and order", {R"("order": ["B2", "B1", "B3"])", R"("order": ["B2", "B1", "B3"], "seed": "00")"},
        {"draw: must hold either \"seed\" or \"order\", not both",
         "draw.seed: must be 64 lowercase hexadecimal characters, found \"00\""});
    row("order duplicate", {R"(["B2", "B1", "B3"])", R"(["B2", "B1", "B2"])"},
        {"draw.order[2]: \"B2\" appears twice (also draw.order[0])"});
    row("order subset is for the rules engine", {R"(["B2", "B1", "B3"])", R"(["B2"])"}, {});
    row("draw not an object", {R"({"order": ["B2", "B1", "B3"]})", R"(["B2", "B1", "B3"])"},
        {"draw: must be an object, found an array"});
    row("ballot outside tied", {R"(["B1", null, "B2"])", R"(["B1", null, "B3"])"},
        {"votes[0].ballots[2]: \"B3\" is not one of the tied bidders"});
    row("too many ballots", {R"(["B1", null, "B2"])", R"(["B1", null, "B2", "B2"])"},
        {"votes[0].ballots: 4 ballots, but the panel has only 3 members"});
    row("ballot number", {R"(["B1", null, "B2"])", R"(["B1", 1, "B2"])"},
        {"votes[0].ballots[1]: must be a bidder id or null, found a number"});
    row("tied one bidder", {R"("tied": ["B1", "B2"])", R"("tied": ["B1"])"},
        {"votes[0].tied: must name at least 2 bidders, found 1",
         "votes[0].ballots[2]: \"B2\" is not one of the tied bidders"});
    row("tied duplicate", {R"("tied": ["B1", "B2"])", R"("tied": ["B1", "B1", "B2"])"},
        {"votes[0].tied[1]: \"B1\" appears twice (also votes[0].tied[0])"});
    row("tied unknown bidder",
        {R"("tied": ["B1", "B2"])", R"("tied": ["B1", "B8"])", R"(null, "B2"])", R"(null, "B8"])"},
        {"votes[0].tied[1]: no bidder has id \"B8\""});
    row("vote missing ballots", {R"(, "ballots": ["B1", null, "B2"])", ""},
        {"votes[0].ballots: required key is missing"});
    row("empty votes", {R"({"tied": ["B1", "B2"], "ballots": ["B1", null, "B2"]})", ""}, {});
    row("format missing", {R"("format": "tenderpanel-scenario/1",)", ""}, {"format: required key is missing"});
    row("format wrong", {"tenderpanel-scenario/1", "tenderpanel-scenario/2"},
        {"format: must be \"tenderpanel-scenario/1\", found \"tenderpanel-scenario/2\""});
    row("project not an object", {R"("project": {)", R"("project": 1, "x": {)"},
        {"x: unknown key", "project: must be an object, found a number"});
    row("duplicate JSON key", {R"("title": "示例项目",)", R"("title": "示例项目", "title": 5,)"},
        {"project.title: the key appears more than once in this object"});
    row("duplicate JSON key deep",
        {R"("ballots": ["B1", null, "B2"])", R"("ballots": ["B1", null, "B2"], "ballots": [])"},
        {"votes[0].ballots: the key appears more than once in this object"});
    row("syntax error", {R"("max": 20},)", R"("max": 20}})"}, {"line 16, column 41: invalid JSON at \"}\""});
    row("trailing text", {"]\n}\n", "]\n}\n}"},
        {"line 43, column 1: unexpected text after the end of the JSON object"});
    row("comment", {R"("purchaser")", R"(/* x */ "purchaser")"},
        {"line 5, column 3: invalid JSON at \"/* x */ \"purchas\""});
    row("single quotes", {R"("示例项目")", R"('示例项目')"}, {"line 4, column 12: invalid JSON at \"'示例项目',\""});
    row("NaN", {R"("score": 18})", R"("score": NaN})"}, {"line 36, column 66: invalid JSON at \"NaN},\""});
    row("raw newline in string", {R"("方案")", "\"方\n案\""},
        {"line 16, column 27: a string holds a control character that must be escaped"});
    row("bad escape", {R"("方案")", R"("方\x案")"}, {"line 16, column 28: a string holds an invalid escape sequence"});
    row("lone surrogate escape", {R"("方案")", R"("\ud800")"},
        {"line 16, column 32: a string holds an invalid escape sequence"});
    row("escaped characters", {R"("方案")", R"("\u65b9\u6848 \"a\" \\ \n \ud83d\ude00")"}, {});
    row("number overflow", {R"("score": 18})", R"("score": 1e400})"},
        {"line 36, column 66: the number 1e400 is too large"});
}

void TestScenarioReader::mutations()
{
    QFETCH(QStringList, edits);
    QFETCH(QStringList, expected);
    QString text = QString::fromUtf8(kBase);
    QVERIFY(edits.size() % 2 == 0);
    for (qsizetype i = 0; i < edits.size(); i += 2) {
        QVERIFY2(text.contains(edits.at(i)), qPrintable(edits.at(i)));
        text.replace(edits.at(i), edits.at(i + 1));
    }
    const ScenarioReader::Result r = ScenarioReader::readBytes(text.toUtf8());
    QCOMPARE(lines(r.problems).join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')));
    QCOMPARE(r.ok(), expected.isEmpty());
    if (r.ok()) {
        // Whatever was read writes back to a file that reads the same.
        const QByteArray written = ScenarioWriter::write(*r.scenario);
        const ScenarioReader::Result again = ScenarioReader::readBytes(written);
        QCOMPARE(lines(again.problems), QStringList());
        QCOMPARE(ScenarioWriter::write(*again.scenario), written);
    }
}

void TestScenarioReader::readFileAgreesWithReadBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray cixi = readAll(QStringLiteral(TP_EXAMPLES_DIR "/cixi-2014.json"));
    QVERIFY(cixi.endsWith("}\n"));
    QTest::newRow("cixi") << cixi;
    QTest::newRow("cixi with a byte order mark") << QByteArray("\xEF\xBB\xBF") + cixi;
    QTest::newRow("cixi without its last line break") << cixi.chopped(1);
    // Megabytes: in the programs, memory that starts on a large page.
    QByteArray spaced = cixi.chopped(2);
    spaced += QByteArray(3 * 1024 * 1024 + 17, ' ') + "}";
    QTest::newRow("cixi with 3 MiB of spaces") << spaced;
    QTest::newRow("cixi cut short") << cixi.left(cixi.size() / 2);
    // Read as it arrives, from a megabyte on.
    const QByteArray large = largeScenario(60);
    QVERIFY(large.size() > 1024 * 1024);
    QVERIFY(ScenarioReader::readBytes(large).ok());
    QTest::newRow("large") << large;
    QTest::newRow("large with a byte order mark") << QByteArray("\xEF\xBB\xBF") + large;
    QTest::newRow("large cut short") << large.left(large.size() * 2 / 3);
    QTest::newRow("large, a score with an escape") << largeScenario(60, [](int i) {
        return i == 9000 ? QByteArray(R"({"panelist": "P7", "bidder": "B\u0031", "criterion": "C1", "score": 2})")
                         : QByteArray();
    });
    QTest::newRow("large, a score too high and an unknown member late") << largeScenario(60, [](int i) {
        return i == 11000   ? QByteArray(R"({"panelist": "P8", "bidder": "B17", "criterion": "C21", "score": 25})")
               : i == 12000 ? QByteArray(R"({"panelist": "P99", "bidder": "B1", "criterion": "C1", "score": 1})")
                            : QByteArray();
    });
    QTest::newRow("large, a long note in a score") << largeScenario(60, [](int i) {
        return i == 5000 ? R"({"panelist": "P4", "bidder": "B37", "criterion": "C21", "score": 1, "note": ")" +
                               QByteArray(100 * 1024, 'n') + "\"}"
                         : QByteArray();
    });
    QTest::newRow("one byte") << QByteArray("{");
}

namespace {

// Writes `bytes` to a file and reads it: the same scenario, or the same problems, as read from memory.
void checkFileAgreesWithBytes(const QByteArray& bytes)
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("scenario.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const ScenarioReader::Result fromFile = ScenarioReader::readFile(path);
    const ScenarioReader::Result fromBytes = ScenarioReader::readBytes(bytes);
    QCOMPARE(fromFile.ok(), fromBytes.ok());
    QCOMPARE(fromFile.problems.size(), fromBytes.problems.size());
    for (qsizetype i = 0; i < fromFile.problems.size(); ++i) {
        QCOMPARE(fromFile.problems.at(i).why, fromBytes.problems.at(i).why);
        QCOMPARE(fromFile.problems.at(i).where,
                 fromBytes.problems.at(i).where.isEmpty() ? path : fromBytes.problems.at(i).where);
    }
    if (fromFile.ok())
        QCOMPARE(ScenarioWriter::write(*fromFile.scenario), ScenarioWriter::write(*fromBytes.scenario));
}

} // namespace

void TestScenarioReader::readFileAgreesWithReadBytes()
{
    QFETCH(QByteArray, bytes);
    checkFileAgreesWithBytes(bytes);
}

// A large file is read on two threads, the second placed on another processor than the first: where the
// program may use only one, both run there, and the file reads the same.
void TestScenarioReader::readFileOnOneProcessor()
{
#ifdef __linux__
    const QByteArray large = largeScenario(60);
    QVERIFY(ScenarioReader::readBytes(large).ok());
    cpu_set_t allowed;
    QCOMPARE(sched_getaffinity(0, sizeof allowed, &allowed), 0);
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(sched_getcpu(), &one);
    QCOMPARE(sched_setaffinity(0, sizeof one, &one), 0);
    const auto restore = qScopeGuard([&allowed] { sched_setaffinity(0, sizeof allowed, &allowed); });
    checkFileAgreesWithBytes(large);
#else
    QSKIP("processors are chosen on Linux only");
#endif
}

void TestScenarioReader::readFileCannotOpen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    ScenarioReader::Result r = ScenarioReader::readFile(missing);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).where, missing);
    QVERIFY2(r.problems.at(0).why.startsWith(QLatin1String("cannot open the file: ")),
             qPrintable(r.problems.at(0).why));
    QVERIFY2(r.problems.at(0).why.contains(QLatin1String("No such file")), qPrintable(r.problems.at(0).why));
    QVERIFY(!r.scenario);

    r = ScenarioReader::readFile(dir.path());
    QCOMPARE(lines(r.problems), QStringList({dir.path() + QStringLiteral(": cannot open the file: it is a folder")}));

    const QString locked = dir.filePath(QStringLiteral("locked.json"));
    QFile file(locked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kBase);
    file.close();
    QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    QFile probe(locked);
    const bool privileged = probe.open(QIODevice::ReadOnly); // root reads it anyway
    r = ScenarioReader::readFile(locked);
    if (privileged) {
        QCOMPARE(lines(r.problems), QStringList());
    } else {
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.at(0).why.contains(QLatin1String("Permission denied")), qPrintable(r.problems.at(0).why));
    }
}

namespace {

void checkSurvives(const QByteArray& bytes)
{
    const ScenarioReader::Result r = ScenarioReader::readBytes(bytes);
    if (r.ok())
        return;
    QVERIFY(!r.scenario);
    QVERIFY(!r.problems.isEmpty());
    for (const Problem& p : r.problems)
        QVERIFY(!p.why.isEmpty());
}

QList<QByteArray> exampleFiles()
{
    QList<QByteArray> out;
    const QDir dir(QStringLiteral(TP_EXAMPLES_DIR));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        if (!name.endsWith(QLatin1String(".expected.json")))
            out.append(readAll(dir.filePath(name)));
    out.append(QByteArray(kBase));
    return out;
}

} // namespace

void TestScenarioReader::randomGarbage()
{
    QRandomGenerator random(20140729);
    const QByteArray alphabet("{}[]\":,0123456789.eE-+ \n\ttruefalsnl\\u\xe4\xb8\xad");
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes(random.bounded(1, 400), '\0');
        const bool jsonish = i % 2 == 0;
        for (char& c : bytes)
            c = jsonish ? alphabet.at(random.bounded(int(alphabet.size()))) : char(random.bounded(256));
        if (i % 3 == 0)
            bytes.prepend('{');
        checkSurvives(bytes);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("garbage %1: %2").arg(i).arg(QString::fromLatin1(bytes.toHex()))));
    }
}

void TestScenarioReader::randomTruncations()
{
    QRandomGenerator random(20140804);
    for (const QByteArray& example : exampleFiles()) {
        for (int i = 0; i < 300; ++i) {
            const QByteArray cut = example.left(random.bounded(int(example.size())));
            const ScenarioReader::Result r = ScenarioReader::readBytes(cut);
            QVERIFY(!r.ok()); // every proper prefix of an object is incomplete
            QVERIFY(!r.problems.isEmpty());
        }
    }
}

void TestScenarioReader::randomByteMutations()
{
    QRandomGenerator random(20140808);
    int rejected = 0;
    int total = 0;
    for (const QByteArray& example : exampleFiles()) {
        for (int i = 0; i < 800; ++i) {
            QByteArray bytes = example;
            const int mutations = 1 + (i % 4 == 0 ? random.bounded(8) : 0);
            for (int m = 0; m < mutations; ++m) {
                const int pos = random.bounded(int(bytes.size()));
                switch (random.bounded(3)) {
                case 0:
                    bytes[pos] = char(random.bounded(256));
                    break;
                case 1:
                    bytes.remove(pos, 1);
                    break;
                default:
                    bytes.insert(pos, char(random.bounded(256)));
                }
            }
            const ScenarioReader::Result r = ScenarioReader::readBytes(bytes);
            ++total;
            if (!r.ok()) {
                ++rejected;
                QVERIFY(!r.problems.isEmpty());
                QVERIFY(!r.scenario);
            } else {
                // Accepted mutations still give a scenario that writes and reads back the same.
                const QByteArray written = ScenarioWriter::write(*r.scenario);
                const ScenarioReader::Result again = ScenarioReader::readBytes(written);
                QVERIFY(again.ok());
                QCOMPARE(ScenarioWriter::write(*again.scenario), written);
            }
        }
    }
    QVERIFY(rejected > total / 2);
}

// A file over the limit is refused by its size, before any of it is read: this one, of 1 TiB with no
// block written, could be neither held in memory nor read through in the time of a test.
void TestScenarioReader::hugeFileIsRefusedBySize()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("[") == 1);
    QVERIFY2(file.resize(qint64(1) << 40), qPrintable(file.errorString()));
    file.close();
    const ScenarioReader::Result r = ScenarioReader::readFile(path);
    QCOMPARE(lines(r.problems, path), list({"(file): the file is larger than the limit of 16 MiB"}));
}

void TestScenarioReader::hugeBufferIsRefused()
{
    const QByteArray bytes(ScenarioReader::kMaxFileBytes + 1, ' ');
    QCOMPARE(lines(ScenarioReader::readBytes(bytes).problems), list({"the file is larger than the limit of 16 MiB"}));
    // Just below the limit: read (and found empty) rather than refused.
    QCOMPARE(lines(ScenarioReader::readBytes(bytes.left(ScenarioReader::kMaxFileBytes)).problems),
             list({"the file is empty"}));
}

void TestScenarioReader::deepNestingIsRefused()
{
    QCOMPARE(lines(ScenarioReader::readBytes(QByteArray(100000, '[')).problems),
             list({"line 1, column 65: the JSON nesting is deeper than 64 levels"}));
    const QByteArray objects = QByteArray("{\"a\":").repeated(100000);
    QCOMPARE(lines(ScenarioReader::readBytes(objects).problems),
             list({"line 1, column 321: the JSON nesting is deeper than 64 levels"}));
    // 64 levels are fine as JSON (and then not a scenario).
    const QByteArray deepest = QByteArray("{\"project\":") + QByteArray(63, '[') + QByteArray(63, ']') + "}";
    QCOMPARE(lines(ScenarioReader::readBytes(deepest).problems),
             list({"format: required key is missing", "project: must be an object, found an array",
                   "criteria: required key is missing", "bidders: required key is missing",
                   "panel: required key is missing"}));
}

void TestScenarioReader::tooManyValuesAreRefused()
{
    QByteArray bytes = QByteArray("0,").repeated(1000001);
    bytes.chop(1);
    bytes = "[" + bytes + "]";
    QCOMPARE(lines(ScenarioReader::readBytes(bytes).problems), list({"the file holds more than 1000000 JSON values"}));
}

void TestScenarioReader::manyProblemsAreCapped()
{
    QString text = QString::fromUtf8(kBase);
    QString scores;
    for (int i = 0; i < 1500; ++i)
        scores += QStringLiteral(R"({"panelist": "P1", "bidder": "B1", "criterion": "C1", "score": 99.999},)");
    text.replace(QStringLiteral(R"("scores": [)"), QStringLiteral(R"("scores": [)") + scores);
    const ScenarioReader::Result r = ScenarioReader::readBytes(text.toUtf8());
    // 1500 scores with too many decimals, and 1500 repeats of the score of P1 for B1 on C1.
    QCOMPARE(r.problems.size(), ScenarioReader::kMaxProblems + 1);
    QCOMPARE(r.problems.at(0).toString(), QStringLiteral("scores[0].score: 99.999 has more than 2 decimals"));
    QCOMPARE(r.problems.last().toString(), QStringLiteral("2000 more problems are not listed"));
    QVERIFY(!r.scenario);
}

QTEST_GUILESS_MAIN(TestScenarioReader)
#include "tst_scenarioreader.moc"
