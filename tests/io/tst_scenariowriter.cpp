#include "io/JsonValue.h"
#include "io/ScenarioReader.h"
#include "io/ScenarioWriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using tp::Scenario;
using tp::ScenarioReader;
using tp::ScenarioWriter;

namespace {

QString fromUtf8(const char* text)
{
    return QString::fromUtf8(text);
}

QDateTime at(int y, int mo, int d, int h, int mi, int s, int ms, int offsetSeconds)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::OffsetFromUTC, offsetSeconds);
}

// Same instant and same offset: QDateTime's operator== only compares instants.
bool sameDateTime(const QDateTime& a, const QDateTime& b)
{
    return a == b && a.offsetFromUtc() == b.offsetFromUtc() && a.timeSpec() == b.timeSpec();
}

bool sameDateTime(const std::optional<QDateTime>& a, const std::optional<QDateTime>& b)
{
    return a.has_value() == b.has_value() && (!a || sameDateTime(*a, *b));
}

// Field by field; returns the first difference, or an empty string.
QString difference(const Scenario& a, const Scenario& b)
{
    const tp::Project& p = a.project;
    const tp::Project& q = b.project;
    auto d = [](const char* what) { return QString::fromLatin1(what); };
    if (p.title != q.title || p.purchaser != q.purchaser)
        return d("project names");
    if (!sameDateTime(p.registrationDeadline, q.registrationDeadline) ||
        !sameDateTime(p.proposalDeadline, q.proposalDeadline))
        return d("project deadlines");
    if (p.requiredCopies != q.requiredCopies || p.presentationMinutes != q.presentationMinutes ||
        p.statementMinutes != q.statementMinutes || p.minBidders != q.minBidders || p.maxWinners != q.maxWinners)
        return d("project numbers");
    if (p.allocation != q.allocation || !(p.trim == q.trim) || p.tiePrecision != q.tiePrecision ||
        !(p.publication == q.publication))
        return d("project rules");
    if (p.documents != q.documents)
        return d("project document details");
    if (a.opening.has_value() != b.opening.has_value() ||
        (a.opening &&
         (!sameDateTime(a.opening->openedAt, b.opening->openedAt) || a.opening->witnesses != b.opening->witnesses)))
        return d("opening");
    if (a.criteria.size() != b.criteria.size())
        return d("criteria");
    for (qsizetype i = 0; i < a.criteria.size(); ++i)
        if (a.criteria[i].id != b.criteria[i].id || a.criteria[i].title != b.criteria[i].title ||
            a.criteria[i].max != b.criteria[i].max)
            return d("criterion");
    if (a.bidders.size() != b.bidders.size())
        return d("bidders");
    for (qsizetype i = 0; i < a.bidders.size(); ++i)
        if (a.bidders[i].id != b.bidders[i].id || a.bidders[i].name != b.bidders[i].name ||
            a.bidders[i].eligible != b.bidders[i].eligible || a.bidders[i].withdrawn != b.bidders[i].withdrawn ||
            !sameDateTime(a.bidders[i].registeredAt, b.bidders[i].registeredAt))
            return d("bidder");
    if (a.proposals.has_value() != b.proposals.has_value())
        return d("proposals");
    if (a.proposals) {
        if (a.proposals->size() != b.proposals->size())
            return d("proposals");
        for (qsizetype i = 0; i < a.proposals->size(); ++i) {
            const tp::Proposal& x = a.proposals->at(i);
            const tp::Proposal& y = b.proposals->at(i);
            if (x.bidder != y.bidder || !sameDateTime(x.receivedAt, y.receivedAt) || x.copies != y.copies ||
                x.sealed != y.sealed || x.rejected != y.rejected)
                return d("proposal");
        }
    }
    if (a.panel.size() != b.panel.size())
        return d("panel");
    for (qsizetype i = 0; i < a.panel.size(); ++i)
        if (a.panel[i].id != b.panel[i].id || a.panel[i].name != b.panel[i].name || a.panel[i].role != b.panel[i].role)
            return d("panelist");
    if (a.draw.has_value() != b.draw.has_value() ||
        (a.draw &&
         (a.draw->seed != b.draw->seed || a.draw->order != b.draw->order || a.draw->witnesses != b.draw->witnesses)))
        return d("draw");
    if (a.scores.has_value() != b.scores.has_value())
        return d("scores");
    if (a.scores) {
        if (a.scores->size() != b.scores->size())
            return d("scores");
        for (qsizetype i = 0; i < a.scores->size(); ++i) {
            const tp::ScoreEntry& x = a.scores->at(i);
            const tp::ScoreEntry& y = b.scores->at(i);
            if (x.panelist != y.panelist || x.bidder != y.bidder || x.criterion != y.criterion || x.score != y.score)
                return d("score");
        }
    }
    if (a.votes.size() != b.votes.size())
        return d("votes");
    for (qsizetype i = 0; i < a.votes.size(); ++i)
        if (a.votes[i].tied != b.votes[i].tied || a.votes[i].ballots != b.votes[i].ballots)
            return d("vote");
    return QString();
}

Scenario fullScenario()
{
    Scenario s;
    s.project.title = fromUtf8("大病保险 \"承办\" \\ 谈判\n第二行\t😀 \x01 end");
    s.project.purchaser = fromUtf8("慈溪市医疗保障事业管理中心");
    s.project.registrationDeadline = at(2014, 7, 29, 17, 0, 0, 0, 8 * 3600);
    s.project.proposalDeadline = QDateTime(QDate(2014, 8, 4), QTime(7, 0, 0, 250), Qt::UTC);
    s.project.requiredCopies = 10;
    s.project.presentationMinutes = 25;
    s.project.statementMinutes = 0;
    s.project.minBidders = 2;
    s.project.maxWinners = 3;
    s.project.allocation = {{1, {100}}, {2, {60, 40}}, {3, {60, 30, 10}}};
    s.project.trim = tp::TrimRule{2, 0, tp::TrimLevel::Criterion};
    s.project.tiePrecision = tp::TiePrecision::Rounded;
    s.project.publication = tp::PublicationRule{QDate(2022, 9, 29), 10, true};
    s.criteria = {{QStringLiteral("C1"), fromUtf8("方案"), 2000}, {QStringLiteral("C2"), fromUtf8("报价"), 1055}};
    tp::Bidder b1;
    b1.id = QStringLiteral("B1");
    b1.name = fromUtf8("甲");
    b1.registeredAt = at(2014, 7, 25, 9, 30, 0, 0, -5 * 3600 - 30 * 60);
    tp::Bidder b2;
    b2.id = QStringLiteral("B2");
    b2.name = fromUtf8("乙");
    b2.eligible = false;
    b2.withdrawn = true;
    s.bidders = {b1, b2};
    tp::Proposal p1;
    p1.bidder = QStringLiteral("B1");
    p1.receivedAt = at(2014, 8, 4, 10, 5, 0, 0, 8 * 3600);
    p1.copies = 0;
    p1.sealed = false;
    p1.rejected = fromUtf8("未按要求密封");
    tp::Proposal p2;
    p2.bidder = QStringLiteral("B2");
    p2.receivedAt = at(2014, 8, 4, 14, 58, 59, 999, 14 * 3600);
    s.proposals = QList<tp::Proposal>{p1, p2};
    s.panel = {{QStringLiteral("P1"), fromUtf8("赵明"), tp::PanelRole::Member},
               {QStringLiteral("P2"), fromUtf8("钱芳"), tp::PanelRole::Leader},
               {QStringLiteral("P3"), fromUtf8("孙伟"), tp::PanelRole::Member}};
    s.draw = tp::DrawRecord{std::nullopt, QStringList{QStringLiteral("B2"), QStringLiteral("B1")}, {}};
    s.scores = QList<tp::ScoreEntry>{{QStringLiteral("P1"), QStringLiteral("B1"), QStringLiteral("C1"), 1650},
                                     {QStringLiteral("P2"), QStringLiteral("B1"), QStringLiteral("C2"), 1055},
                                     {QStringLiteral("P3"), QStringLiteral("B2"), QStringLiteral("C1"), 0}};
    s.votes = {tp::VoteRound{{QStringLiteral("B1"), QStringLiteral("B2")},
                             {QStringLiteral("B2"), std::nullopt, QStringLiteral("B1")}}};
    return s;
}

} // namespace

class TestScenarioWriter : public QObject
{
    Q_OBJECT
private slots:
    void exactText();
    void minimalScenario();
    void roundTripsEveryField();
    void roundTripsDocumentDetails();
    void rejectsBadDocumentDetails();
    void dateTimes_data();
    void dateTimes();
    void examplesAreStable_data();
    void examplesAreStable();
    void indentedJson();
};

void TestScenarioWriter::exactText()
{
    const QByteArray expected = R"({
 "format": "tenderpanel-scenario/1",
 "project": {
  "title": "大病保险 \"承办\" \\ 谈判\n第二行\t😀 \u0001 end",
  "purchaser": "慈溪市医疗保障事业管理中心",
  "registration_deadline": "2014-07-29T17:00:00+08:00",
  "proposal_deadline": "2014-08-04T07:00:00.250Z",
  "required_copies": 10,
  "presentation_minutes": 25,
  "statement_minutes": 0,
  "min_bidders": 2,
  "max_winners": 3,
  "allocation": {
   "1": [
    100
   ],
   "2": [
    60,
    40
   ],
   "3": [
    60,
    30,
    10
   ]
  },
  "trim": {
   "highest": 2,
   "lowest": 0,
   "level": "criterion"
  },
  "tie_precision": "rounded",
  "publication": {
   "start": "2022-09-29",
   "working_days": 10,
   "count_start_day": true
  }
 },
 "criteria": [
  {
   "id": "C1",
   "title": "方案",
   "max": 20
  },
  {
   "id": "C2",
   "title": "报价",
   "max": 10.55
  }
 ],
 "bidders": [
  {
   "id": "B1",
   "name": "甲",
   "eligible": true,
   "registered_at": "2014-07-25T09:30:00-05:30",
   "withdrawn": false
  },
  {
   "id": "B2",
   "name": "乙",
   "eligible": false,
   "withdrawn": true
  }
 ],
 "proposals": [
  {
   "bidder": "B1",
   "received_at": "2014-08-04T10:05:00+08:00",
   "copies": 0,
   "sealed": false,
   "rejected": "未按要求密封"
  },
  {
   "bidder": "B2",
   "received_at": "2014-08-04T14:58:59.999+14:00"
  }
 ],
 "panel": [
  {
   "id": "P1",
   "name": "赵明",
   "role": "member"
  },
  {
   "id": "P2",
   "name": "钱芳",
   "role": "leader"
  },
  {
   "id": "P3",
   "name": "孙伟",
   "role": "member"
  }
 ],
 "draw": {
  "order": [
   "B2",
   "B1"
  ]
 },
 "scores": [
  {
   "panelist": "P1",
   "bidder": "B1",
   "criterion": "C1",
   "score": 16.5
  },
  {
   "panelist": "P2",
   "bidder": "B1",
   "criterion": "C2",
   "score": 10.55
  },
  {
   "panelist": "P3",
   "bidder": "B2",
   "criterion": "C1",
   "score": 0
  }
 ],
 "votes": [
  {
   "tied": [
    "B1",
    "B2"
   ],
   "ballots": [
    "B2",
    null,
    "B1"
   ]
  }
 ]
}
)";
    const QByteArray written = ScenarioWriter::write(fullScenario());
    QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(expected));
}

void TestScenarioWriter::minimalScenario()
{
    Scenario s;
    s.project.title = QStringLiteral("T");
    s.project.purchaser = QStringLiteral("P");
    s.criteria = {{QStringLiteral("C1"), QStringLiteral("c"), 5}};
    s.bidders = {tp::Bidder{QStringLiteral("B1"), QStringLiteral("b"), true, std::nullopt, false}};
    s.proposals = QList<tp::Proposal>();
    s.panel = {{QStringLiteral("P1"), QStringLiteral("p"), tp::PanelRole::Leader}};
    s.project.trim = tp::TrimRule{0, 0, tp::TrimLevel::Total};
    s.draw = tp::DrawRecord{
        QStringLiteral("6b1f0c2a9d4e8f7a3c5b2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a"), std::nullopt, {}};
    const QByteArray expected = R"({
 "format": "tenderpanel-scenario/1",
 "project": {
  "title": "T",
  "purchaser": "P",
  "presentation_minutes": 20,
  "statement_minutes": 5,
  "min_bidders": 1,
  "max_winners": 1,
  "allocation": {
   "1": [
    100
   ]
  },
  "trim": {
   "highest": 0,
   "lowest": 0,
   "level": "total"
  },
  "tie_precision": "exact"
 },
 "criteria": [
  {
   "id": "C1",
   "title": "c",
   "max": 0.05
  }
 ],
 "bidders": [
  {
   "id": "B1",
   "name": "b",
   "eligible": true,
   "withdrawn": false
  }
 ],
 "proposals": [],
 "panel": [
  {
   "id": "P1",
   "name": "p",
   "role": "leader"
  }
 ],
 "draw": {
  "seed": "6b1f0c2a9d4e8f7a3c5b2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a"
 }
}
)";
    const QByteArray written = ScenarioWriter::write(s);
    QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(expected));
    const ScenarioReader::Result r = ScenarioReader::readBytes(written);
    QVERIFY(r.ok());
    QCOMPARE(difference(*r.scenario, s), QString());
}

void TestScenarioWriter::roundTripsEveryField()
{
    const Scenario s = fullScenario();
    const QByteArray written = ScenarioWriter::write(s);
    const ScenarioReader::Result r = ScenarioReader::readBytes(written);
    QVERIFY(r.problems.isEmpty());
    QVERIFY(r.ok());
    QCOMPARE(difference(*r.scenario, s), QString());
    QCOMPARE(ScenarioWriter::write(*r.scenario), written);
}

void TestScenarioWriter::roundTripsDocumentDetails()
{
    Scenario s = fullScenario();
    tp::DocumentDetails& d = s.project.documents;
    d.basis = fromUtf8("《谈判文件》(慈医保〔2014〕12号)");
    d.issuer = fromUtf8("慈溪市医疗保障事业管理中心");
    d.publicationWebsite = QStringLiteral("http://www.cixi.gov.cn/gs");
    d.challengeAddress = fromUtf8("三北大街1号302室");
    d.challengeContact = fromUtf8("王丽 0574-63900001");
    d.contactPerson = fromUtf8("孙敏");
    d.contactPhone = QStringLiteral("0574-63900002");
    d.contactAddress = fromUtf8("三北大街1号");
    s.opening = tp::ProposalOpening{at(2014, 8, 5, 9, 30, 0, 0, 8 * 3600), {fromUtf8("周平"), fromUtf8("吴刚")}};
    s.draw->witnesses = {fromUtf8("冯洁")};
    const QByteArray written = ScenarioWriter::write(s);
    for (const char* key :
         {"\"basis\"", "\"issuer\"", "\"publication_website\"", "\"challenge_address\"", "\"challenge_contact\"",
          "\"contact_person\"", "\"contact_phone\"", "\"contact_address\"", "\"opening\"", "\"witnesses\""})
        QVERIFY2(written.contains(key), key);
    const ScenarioReader::Result r = ScenarioReader::readBytes(written);
    QVERIFY(r.problems.isEmpty());
    QVERIFY(r.ok());
    QCOMPARE(difference(*r.scenario, s), QString());
    QCOMPARE(ScenarioWriter::write(*r.scenario), written);
    // Nothing entered: no key written.
    const QByteArray plain = ScenarioWriter::write(fullScenario());
    QVERIFY(!plain.contains("\"contact_person\"") && !plain.contains("\"opening\"") &&
            !plain.contains("\"witnesses\""));
}

void TestScenarioWriter::rejectsBadDocumentDetails()
{
    Scenario s = fullScenario();
    s.project.documents.contactPerson = QString(501, QLatin1Char('x'));
    const ScenarioReader::Result tooLong = ScenarioReader::readBytes(ScenarioWriter::write(s));
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.problems.first().where, QStringLiteral("project.contact_person"));

    QByteArray json = ScenarioWriter::write(fullScenario());
    json.replace("\"panel\":", "\"opening\": {\"opened_at\": 5, \"witnesses\": [\"\"]},\n  \"panel\":");
    const ScenarioReader::Result bad = ScenarioReader::readBytes(json);
    QVERIFY(!bad.ok());
    QStringList where;
    for (const tp::Problem& p : bad.problems)
        where.append(p.where);
    QVERIFY2(where.contains(QStringLiteral("opening.opened_at")), qPrintable(where.join(QLatin1Char(' '))));
    QVERIFY2(where.contains(QStringLiteral("opening.witnesses[0]")), qPrintable(where.join(QLatin1Char(' '))));
}

void TestScenarioWriter::dateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::addColumn<int>("offset");
    QTest::newRow("+08:00") << "2014-07-29T17:00:00+08:00"
                            << "2014-07-29T17:00:00+08:00" << 8 * 3600;
    QTest::newRow("Z") << "2014-07-29T09:00:00Z"
                       << "2014-07-29T09:00:00Z" << 0;
    QTest::newRow("+00:00 is Z") << "2014-07-29T09:00:00+00:00"
                                 << "2014-07-29T09:00:00Z" << 0;
    QTest::newRow("-00:00 is Z") << "2014-07-29T09:00:00-00:00"
                                 << "2014-07-29T09:00:00Z" << 0;
    QTest::newRow("-09:30") << "2014-07-29T09:00:00-09:30"
                            << "2014-07-29T09:00:00-09:30" << -(9 * 3600 + 1800);
    QTest::newRow("one fraction digit") << "2014-07-29T09:00:00.5+08:00"
                                        << "2014-07-29T09:00:00.500+08:00" << 8 * 3600;
    QTest::newRow("zero fraction") << "2014-07-29T09:00:00.000+08:00"
                                   << "2014-07-29T09:00:00+08:00" << 8 * 3600;
    QTest::newRow("+14:00") << "2014-07-29T09:00:00+14:00"
                            << "2014-07-29T09:00:00+14:00" << 14 * 3600;
    QTest::newRow("leap day") << "2016-02-29T23:59:59+08:00"
                              << "2016-02-29T23:59:59+08:00" << 8 * 3600;
    QTest::newRow("year 1") << "0001-01-01T00:00:00+08:00"
                            << "0001-01-01T00:00:00+08:00" << 8 * 3600;
}

void TestScenarioWriter::dateTimes()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QFETCH(int, offset);
    Scenario s;
    s.project.title = QStringLiteral("T");
    s.project.purchaser = QStringLiteral("P");
    s.criteria = {{QStringLiteral("C1"), QStringLiteral("c"), 100}};
    s.bidders = {tp::Bidder{QStringLiteral("B1"), QStringLiteral("b"), true, std::nullopt, false}};
    s.panel = {{QStringLiteral("P1"), QStringLiteral("p"), tp::PanelRole::Leader},
               {QStringLiteral("P2"), QStringLiteral("p"), tp::PanelRole::Member},
               {QStringLiteral("P3"), QStringLiteral("p"), tp::PanelRole::Member}};
    QByteArray json = ScenarioWriter::write(s);
    const QByteArray line = QByteArray("\"purchaser\": \"P\",\n  \"proposal_deadline\": \"") + text.toUtf8() + "\",";
    json.replace("\"purchaser\": \"P\",", line);
    const ScenarioReader::Result r = ScenarioReader::readBytes(json);
    QVERIFY(r.problems.isEmpty());
    QVERIFY(r.ok());
    QCOMPARE(r.scenario->project.proposalDeadline->offsetFromUtc(), offset);
    const QByteArray again = ScenarioWriter::write(*r.scenario);
    const QByteArray expectedLine = QByteArray("\"proposal_deadline\": \"") + written.toUtf8() + "\"";
    QVERIFY2(again.contains(expectedLine), again.constData());
    const ScenarioReader::Result r2 = ScenarioReader::readBytes(again);
    QVERIFY(r2.ok());
    QCOMPARE(difference(*r2.scenario, *r.scenario), QString());
}

void TestScenarioWriter::examplesAreStable_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(TP_EXAMPLES_DIR));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        if (!name.endsWith(QLatin1String(".expected.json")))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestScenarioWriter::examplesAreStable()
{
    QFETCH(QString, path);
    const ScenarioReader::Result first = ScenarioReader::readFile(path);
    QVERIFY(first.ok());
    const QByteArray once = ScenarioWriter::write(*first.scenario);
    const ScenarioReader::Result second = ScenarioReader::readBytes(once);
    QVERIFY(second.ok());
    QCOMPARE(difference(*second.scenario, *first.scenario), QString());
    QCOMPARE(ScenarioWriter::write(*second.scenario), once);
    // The example's own text differs only by the defaults the writer spells out: every line of the
    // example's values is still there.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> original = file.readAll().split('\n');
    for (const QByteArray& line : original) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith("\"title\"") || trimmed.startsWith("\"name\"") || trimmed.startsWith("\"id\"") ||
            trimmed.contains("_at\"") || trimmed.contains("deadline"))
            QVERIFY2(once.contains(line), line.constData());
    }
}

// The indented JSON of every output, from a tree or written as it goes: Python's
// json.dumps(value, indent=1, ensure_ascii=False) and a newline, byte for byte.
void TestScenarioWriter::indentedJson()
{
    const QByteArray expected = "{\n \"a\": [],\n \"b\": {},\n \"c\": [\n  1,\n  \"x\",\n  null,\n  true,\n  false,\n"
                                "  {\n   \"d\": [\n    []\n   ],\n"
                                "   \"e\": \"q\\\"\\\\\\n\\r\\t\\b\\f\\u0001\x7f \xc3\xa9\"\n  }\n ],\n"
                                " \"f\": {\n  \"g\": -12,\n  \"h\": \"16.50\"\n }\n}\n";
    const std::string odd = "q\"\\\n\r\t\b\f\x01\x7f \xc3\xa9";
    tp::JsonValue tree = tp::JsonValue::object();
    tree.insert("a", tp::JsonValue::array());
    tree.insert("b", tp::JsonValue::object());
    tp::JsonValue c = tp::JsonValue::array();
    c.append(tp::JsonValue::integer(1));
    c.append(tp::JsonValue::string(std::string("x")));
    c.append(tp::JsonValue::null());
    c.append(tp::JsonValue::boolean(true));
    c.append(tp::JsonValue::boolean(false));
    tp::JsonValue inner = tp::JsonValue::object();
    tp::JsonValue d = tp::JsonValue::array();
    d.append(tp::JsonValue::array());
    inner.insert("d", d);
    inner.insert("e", tp::JsonValue::string(odd));
    c.append(inner);
    tree.insert("c", c);
    tp::JsonValue f = tp::JsonValue::object();
    f.insert("g", tp::JsonValue::integer(-12));
    f.insert("h", tp::JsonValue::string(std::string("16.50")));
    tree.insert("f", f);
    QCOMPARE(tree.toIndentedJson(), expected);

    // Written as it goes, strings given as QString (ASCII, longer than the writer's buffer, and not).
    std::string out;
    tp::IndentedJsonWriter w(out);
    w.beginObject();
    w.key(QStringLiteral("a"));
    w.beginArray();
    w.end();
    w.key("b");
    w.beginObject();
    w.end();
    w.key("c");
    w.beginArray();
    w.integer(1);
    w.string(QStringLiteral("x"));
    w.null();
    w.boolean(true);
    w.boolean(false);
    w.beginObject();
    w.key("d");
    w.beginArray();
    w.beginArray();
    w.end();
    w.end();
    w.key("e");
    w.string(QString::fromUtf8(odd.data(), qsizetype(odd.size())));
    w.end();
    w.end();
    w.key(QString::fromUtf8("f"));
    w.value(f);
    w.end();
    out.push_back('\n');
    QCOMPARE(QByteArray::fromStdString(out), expected);

    const QString longText = QString(100, QLatin1Char('y')) + QStringLiteral("\"");
    std::string one;
    tp::IndentedJsonWriter single(one);
    single.string(longText);
    QCOMPARE(QByteArray::fromStdString(one), "\"" + QByteArray(100, 'y') + "\\\"\"");
}

QTEST_GUILESS_MAIN(TestScenarioWriter)
#include "tst_scenariowriter.moc"
