#include "io/ScenarioReader.h"
#include "model/ScoreList.h"
#include "rules/Evaluator.h"
#include "rules/WorkingDayCalendar.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <initializer_list>

using tp::ScoreEntry;
using tp::ScoreList;

namespace {

ScoreEntry entry(const char* panelist, const char* bidder, const char* criterion, tp::Hundredths score)
{
    return ScoreEntry{QString::fromUtf8(panelist), QString::fromUtf8(bidder), QString::fromUtf8(criterion), score};
}

// "P1/B1/C1=1650" for each entry, in order.
QStringList texts(const QList<ScoreEntry>& entries)
{
    QStringList out;
    for (const ScoreEntry& e : entries)
        out.append(QStringLiteral("%1/%2/%3=%4").arg(e.panelist, e.bidder, e.criterion).arg(e.score));
    return out;
}

QStringList strings(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

QStringList texts(const ScoreList& scores)
{
    QList<ScoreEntry> entries;
    for (const ScoreEntry& e : scores)
        entries.append(e);
    return texts(entries);
}

QByteArray example(const QString& name)
{
    QFile file(QStringLiteral(TP_EXAMPLES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestScoreList : public QObject
{
    Q_OBJECT
private slots:
    void keepsEntriesInOrder();
    void keepsEachCodeOnce();
    void rowsNameTheirCodes();
    void copyIsIndependent();
    void removesRowsOfACode();
    void readerKeepsTheFileOrder();
    void bothReadingsGiveTheSameList();
};

void TestScoreList::keepsEntriesInOrder()
{
    const QList<ScoreEntry> given{entry("P1", "B1", "C1", 1650), entry("P2", "B1", "C1", 0),
                                  entry("P1", "B2", "C2", 1050), entry("张三", "甲保险", "服务方案", 2000)};
    const ScoreList scores(given);
    QCOMPARE(scores.size(), 4);
    QCOMPARE(texts(scores), texts(given));
    QCOMPARE(texts(scores.toList()), texts(given));
    QCOMPARE(scores.at(3).panelist, QString::fromUtf8("张三"));
    QCOMPARE(scores.at(2).score, tp::Hundredths(1050));
    QVERIFY(ScoreList().isEmpty());
    QCOMPARE(texts(ScoreList()), QStringList());
}

void TestScoreList::keepsEachCodeOnce()
{
    // A code that names a panelist in one entry and a bidder in another is the same text.
    const ScoreList scores(QList<ScoreEntry>{entry("P1", "B1", "C1", 100), entry("P1", "B1", "C2", 200),
                                             entry("P2", "B1", "C1", 300), entry("X", "X", "C1", 400)});
    QCOMPARE(scores.codes(), strings({"P1", "B1", "C1", "C2", "P2", "X"}));
    QCOMPARE(scores.find(QStringLiteral("C2")), std::optional<ScoreList::Code>(3));
    QCOMPARE(scores.find(QStringLiteral("P9")), std::nullopt);
    QCOMPARE(scores.find(QString()), std::nullopt);
    QCOMPARE(scores.row(3).panelist, scores.row(3).bidder);
}

void TestScoreList::rowsNameTheirCodes()
{
    ScoreList scores;
    const ScoreList::Code p = scores.intern(QStringLiteral("P1"));
    const ScoreList::Code b = scores.intern(QStringLiteral("B1"));
    QCOMPARE(scores.intern(QStringLiteral("P1")), p);
    scores.append(ScoreList::Row{p, b, scores.intern(QStringLiteral("C1")), 1234});
    scores.append(entry("P1", "B1", "C2", 99));
    QCOMPARE(texts(scores), strings({"P1/B1/C1=1234", "P1/B1/C2=99"}));
    QCOMPARE(scores.codes().size(), 4);
    QCOMPARE(scores.code(scores.row(1).criterion), QStringLiteral("C2"));
}

void TestScoreList::copyIsIndependent()
{
    ScoreList original(QList<ScoreEntry>{entry("P1", "B1", "C1", 100), entry("P2", "B1", "C1", 200)});
    ScoreList copy = original;
    copy.append(entry("P3", "B9", "C1", 300));
    copy.removeLast();
    copy.removeLast();
    QCOMPARE(texts(copy), strings({"P1/B1/C1=100"}));
    QCOMPARE(texts(original), strings({"P1/B1/C1=100", "P2/B1/C1=200"}));
    QCOMPARE(original.find(QStringLiteral("B9")), std::nullopt);
    QVERIFY(copy.find(QStringLiteral("B9")));
}

void TestScoreList::removesRowsOfACode()
{
    ScoreList scores(QList<ScoreEntry>{entry("P1", "B1", "C1", 100), entry("P2", "B1", "C1", 200),
                                       entry("P1", "B2", "C1", 300), entry("P3", "B2", "C1", 400)});
    const ScoreList::Code p1 = *scores.find(QStringLiteral("P1"));
    QCOMPARE(scores.removeRowsIf([p1](const ScoreList::Row& r) { return r.panelist == p1; }), 2);
    QCOMPARE(texts(scores), strings({"P2/B1/C1=200", "P3/B2/C1=400"}));
}

// The scores of the examples, as the file lists them.
void TestScoreList::readerKeepsTheFileOrder()
{
    const QByteArray file = example(QStringLiteral("cixi-2014.json"));
    const tp::ScenarioReader::Result read = tp::ScenarioReader::readBytes(file);
    QVERIFY(read.ok());
    const ScoreList& scores = *read.scenario->scores;
    QCOMPARE(scores.size(), qsizetype(file.count("\"score\":")));
    // The first entries of the file, and each code once in the table.
    QCOMPARE(texts(QList<ScoreEntry>{scores.at(0), scores.at(1)}), strings({"P1/B1/C1=1600", "P1/B1/C2=1650"}));
    const QStringList codes = scores.codes();
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), codes.size());
    QSet<QString> named;
    for (const ScoreEntry& e : scores)
        named << e.panelist << e.bidder << e.criterion;
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()), named);
}

// An entry the quick reading does not take (a score with three decimals, an unknown code) is read by
// the checking one; both add to the same list, with the same codes.
void TestScoreList::bothReadingsGiveTheSameList()
{
    const QByteArray plain = example(QStringLiteral("cixi-2014.json"));
    QByteArray mixed = plain;
    const qsizetype at = mixed.indexOf("\"score\": 16.5");
    QVERIFY(at > 0);
    mixed.replace(at, 13, "\"score\": 16.500");
    const tp::ScenarioReader::Result a = tp::ScenarioReader::readBytes(plain);
    const tp::ScenarioReader::Result b = tp::ScenarioReader::readBytes(mixed);
    QVERIFY(a.ok());
    QVERIFY(b.ok());
    QCOMPARE(texts(*b.scenario->scores), texts(*a.scenario->scores));
    QCOMPARE(b.scenario->scores->codes().size(), a.scenario->scores->codes().size());
    const tp::Evaluator evaluator(tp::WorkingDayCalendar::standard());
    const tp::Evaluator::Outcome ea = evaluator.evaluate(*a.scenario);
    const tp::Evaluator::Outcome eb = evaluator.evaluate(*b.scenario);
    QVERIFY(ea.ok());
    QVERIFY(eb.ok());
    QCOMPARE(eb.evaluation->ranking.size(), ea.evaluation->ranking.size());
    for (qsizetype i = 0; i < ea.evaluation->ranking.size(); ++i) {
        QCOMPARE(eb.evaluation->ranking[i].bidder, ea.evaluation->ranking[i].bidder);
        QCOMPARE(eb.evaluation->ranking[i].score.published(), ea.evaluation->ranking[i].score.published());
    }

    // A panelist no panel lists: the reader names the entry.
    QByteArray unknown = plain;
    const qsizetype p = unknown.indexOf("\"panelist\": \"P2\"");
    QVERIFY(p > 0);
    unknown.replace(p, 16, "\"panelist\": \"P9\"");
    const tp::ScenarioReader::Result c = tp::ScenarioReader::readBytes(unknown);
    QVERIFY(!c.ok());
    QCOMPARE(c.problems.size(), 1);
    QVERIFY2(c.problems.first().where.startsWith(QLatin1String("scores[")), qPrintable(c.problems.first().where));
    QVERIFY(c.problems.first().where.endsWith(QLatin1String("].panelist")));
}

QTEST_GUILESS_MAIN(TestScoreList)
#include "tst_scorelist.moc"
