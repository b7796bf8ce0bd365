#include "rules/WorkingDayCalendar.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace tp;

class TestCalendar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void embeddedCoverage();
    void workingDays_data();
    void workingDays();
    void period_data();
    void period();
    void parseProblems_data();
    void parseProblems();
    void mergeReplacesYears();
    void mergeFile();
    void extensionPathFromDataFolder();
    void standardWithExtension();

private:
    WorkingDayCalendar m_calendar;
};

namespace {

QList<int> years(const QString& spaced)
{
    QList<int> list;
    for (const QString& y : spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        list.append(y.toInt());
    return list;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

void TestCalendar::initTestCase()
{
    m_calendar = WorkingDayCalendar::embedded();
}

void TestCalendar::embeddedCoverage()
{
    QList<int> expected;
    for (int y = 2010; y <= 2026; ++y)
        expected.append(y);
    QCOMPARE(m_calendar.coveredYears(), expected);
    QVERIFY(!m_calendar.covers(2009));
    QVERIFY(!m_calendar.covers(2027));
    Problems problems;
    QFile file(QStringLiteral(":/calendar/cn-holidays.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(WorkingDayCalendar::parse(QString::fromUtf8(file.readAll()), QStringLiteral("embedded"), &problems));
    QVERIFY(problems.isEmpty());
}

void TestCalendar::workingDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("plain Monday") << QDate(2024, 5, 6) << true;
    QTest::newRow("plain Saturday") << QDate(2024, 6, 15) << false;
    QTest::newRow("National Day Tuesday") << QDate(2024, 10, 1) << false;
    QTest::newRow("adjusted Sunday") << QDate(2024, 9, 29) << true;
    QTest::newRow("Spring Festival weekday") << QDate(2024, 2, 14) << false;
    QTest::newRow("adjusted Saturday listed under the next year") << QDate(2011, 12, 31) << true;
    QTest::newRow("holiday listed under the next year") << QDate(2018, 12, 31) << false;
    QTest::newRow("uncovered New Year's Day: weekday") << QDate(2027, 1, 1) << true;
    QTest::newRow("uncovered Saturday") << QDate(2009, 12, 26) << false;
}

void TestCalendar::workingDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(m_calendar.isWorkingDay(date), working);
}

void TestCalendar::period_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("countStart");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("uncovered");

    QTest::newRow("cixi 2014") << QDate(2014, 8, 8) << 7 << false << QDate(2014, 8, 11) << QDate(2014, 8, 19) << "";
    QTest::newRow("reinsurance over National Day 2022")
        << QDate(2022, 9, 29) << 7 << false << QDate(2022, 9, 30) << QDate(2022, 10, 13) << "";
    QTest::newRow("tie-vote over National Day 2024")
        << QDate(2024, 9, 27) << 7 << false << QDate(2024, 9, 29) << QDate(2024, 10, 12) << "";
    QTest::newRow("National Day 2023") << QDate(2023, 9, 28) << 7 << false << QDate(2023, 10, 7) << QDate(2023, 10, 13)
                                       << "";
    QTest::newRow("Spring Festival 2024")
        << QDate(2024, 2, 8) << 5 << false << QDate(2024, 2, 9) << QDate(2024, 2, 21) << "";
    QTest::newRow("Spring Festival 2023")
        << QDate(2023, 1, 20) << 3 << false << QDate(2023, 1, 28) << QDate(2023, 1, 30) << "";
    QTest::newRow("start on an adjusted working day, not counted")
        << QDate(2024, 9, 29) << 7 << false << QDate(2024, 9, 30) << QDate(2024, 10, 14) << "";
    QTest::newRow("start on an adjusted working day, counted")
        << QDate(2024, 9, 29) << 7 << true << QDate(2024, 9, 29) << QDate(2024, 10, 12) << "";
    QTest::newRow("count_start_day on a holiday")
        << QDate(2024, 10, 1) << 3 << true << QDate(2024, 10, 8) << QDate(2024, 10, 10) << "";
    QTest::newRow("count_start_day, one day")
        << QDate(2024, 5, 6) << 1 << true << QDate(2024, 5, 6) << QDate(2024, 5, 6) << "";
    QTest::newRow("Civil Code default: next day")
        << QDate(2024, 5, 6) << 1 << false << QDate(2024, 5, 7) << QDate(2024, 5, 7) << "";
    QTest::newRow("Saturday start") << QDate(2024, 6, 15) << 1 << false << QDate(2024, 6, 17) << QDate(2024, 6, 17)
                                    << "";
    QTest::newRow("into uncovered 2027") << QDate(2026, 12, 28) << 7 << false << QDate(2026, 12, 29)
                                         << QDate(2027, 1, 6) << "2027";
    QTest::newRow("from uncovered 2009") << QDate(2009, 12, 30) << 3 << false << QDate(2009, 12, 31)
                                         << QDate(2010, 1, 5) << "2009";
    QTest::newRow("2009 start day counted")
        << QDate(2009, 12, 31) << 1 << true << QDate(2009, 12, 31) << QDate(2009, 12, 31) << "2009";
    QTest::newRow("2009 start day not examined")
        << QDate(2009, 12, 31) << 1 << false << QDate(2010, 1, 4) << QDate(2010, 1, 4) << "";
    QTest::newRow("wholly uncovered") << QDate(2030, 1, 31) << 2 << false << QDate(2030, 2, 1) << QDate(2030, 2, 4)
                                      << "2030";
    QTest::newRow("from 2008 through 2009 into 2010")
        << QDate(2008, 12, 30) << 264 << false << QDate(2008, 12, 31) << QDate(2010, 1, 5) << "2008 2009";
    QTest::newRow("adjusted Saturday from the next year's line")
        << QDate(2011, 12, 30) << 1 << false << QDate(2011, 12, 31) << QDate(2011, 12, 31) << "";
    QTest::newRow("holidays from the next year's line")
        << QDate(2018, 12, 28) << 2 << false << QDate(2018, 12, 29) << QDate(2019, 1, 2) << "";
    QTest::newRow("no days") << QDate(2024, 5, 6) << 0 << false << QDate() << QDate(2024, 5, 6) << "";
}

void TestCalendar::period()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(bool, countStart);
    QFETCH(QDate, first);
    QFETCH(QDate, end);
    QFETCH(QString, uncovered);
    const WorkingDayCalendar::Period p = m_calendar.period(start, days, countStart);
    QCOMPARE(p.firstCountedDay, first);
    QCOMPARE(p.end, end);
    QCOMPARE(p.uncoveredYears, years(uncovered));
}

void TestCalendar::parseProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("problems");
    auto list = [](std::initializer_list<const char*> items) {
        QStringList result;
        for (const char* item : items)
            result.append(QString::fromUtf8(item));
        return result;
    };
    QTest::newRow("valid with comments") << "# heading\n\n2030 off 2030-01-01 # New Year\n  2030 work 2030-01-05\n"
                                         << QStringList();
    QTest::newRow("no year") << "abcd off 2030-01-01" << list({"t:1: the line must start with a year, not abcd"});
    QTest::newRow("five-digit year") << "20300 off 2030-01-01"
                                     << list({"t:1: the line must start with a year, not 20300"});
    QTest::newRow("bad kind") << "\n2030 holiday 2030-01-01" << list({"t:2: after the year comes \"off\" or \"work\""});
    QTest::newRow("kind missing") << "2030" << list({"t:1: after the year comes \"off\" or \"work\""});
    QTest::newRow("no dates") << "2030 off" << list({"t:1: the line lists no dates"});
    QTest::newRow("impossible date") << "2030 off 2030-02-30" << list({"t:1: 2030-02-30 is not a date (YYYY-MM-DD)"});
    QTest::newRow("short date") << "2030 off 2030-1-1" << list({"t:1: 2030-1-1 is not a date (YYYY-MM-DD)"});
    QTest::newRow("backwards range") << "2030 off 2030-01-05..2030-01-01"
                                     << list({"t:1: the range 2030-01-05..2030-01-01 ends before it starts"});
    QTest::newRow("three-part range") << "2030 off 2030-01-01..2030-01-02..2030-01-03"
                                      << list({"t:1: 2030-01-01..2030-01-02..2030-01-03 is not a date or a range "
                                               "DATE..DATE"});
    QTest::newRow("too far") << "2030 off 2032-01-01" << list({"t:1: 2032-01-01 is too far from the year 2030"});
    QTest::newRow("both off and work") << "2030 off 2030-01-05\n2031 work 2030-01-05..2030-01-06"
                                       << list({"t:2: 2030-01-05 is both a day off and an adjusted working day (line "
                                                "1)"});
    QTest::newRow("several lines") << "2030 off x\n# ok\n2031 off 2031-01-01\n2031 wrk 2031-01-04"
                                   << list({"t:1: x is not a date (YYYY-MM-DD)",
                                            "t:4: after the year comes \"off\" or \"work\""});
}

void TestCalendar::parseProblems()
{
    QFETCH(QString, text);
    QFETCH(QStringList, problems);
    Problems found;
    const std::optional<WorkingDayCalendar> calendar = WorkingDayCalendar::parse(text, QStringLiteral("t"), &found);
    QStringList got;
    for (const Problem& p : std::as_const(found))
        got.append(p.toString());
    QCOMPARE(got, problems);
    QCOMPARE(calendar.has_value(), problems.isEmpty());
}

void TestCalendar::mergeReplacesYears()
{
    Problems problems;
    WorkingDayCalendar base = *WorkingDayCalendar::parse(
        QStringLiteral("2030 off 2030-01-01..2030-01-03\n2030 work 2030-01-05\n2031 off 2031-01-01\n"),
        QStringLiteral("base"), &problems);
    const WorkingDayCalendar extension = *WorkingDayCalendar::parse(
        QStringLiteral("2030 off 2030-01-04\n2032 off 2032-01-01\n"), QStringLiteral("ext"), &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(!base.isWorkingDay(QDate(2030, 1, 1)));
    QVERIFY(base.isWorkingDay(QDate(2030, 1, 5)));
    base.merge(extension);
    QVERIFY(base.isWorkingDay(QDate(2030, 1, 1)));
    QVERIFY(!base.isWorkingDay(QDate(2030, 1, 4)));
    QVERIFY(!base.isWorkingDay(QDate(2030, 1, 5)));
    QVERIFY(!base.isWorkingDay(QDate(2031, 1, 1)));
    QVERIFY(!base.isWorkingDay(QDate(2032, 1, 1)));
    QCOMPARE(base.coveredYears(), years(QStringLiteral("2030 2031 2032")));
}

void TestCalendar::mergeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    WorkingDayCalendar calendar = WorkingDayCalendar::embedded();
    const QString broken = dir.filePath(QStringLiteral("broken.txt"));
    QVERIFY(writeFile(broken, "2027 off 2027-02-30\n"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("broken\\.txt.*2027-02-30")));
    QVERIFY(!calendar.mergeFile(broken));
    QVERIFY(!calendar.covers(2027));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("missing\\.txt")));
    QVERIFY(!calendar.mergeFile(dir.filePath(QStringLiteral("missing.txt"))));
    const QString binary = dir.filePath(QStringLiteral("binary.txt"));
    QVERIFY(writeFile(binary, QByteArray("\x00\xff\xfe 2027 off\n", 13)));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("binary\\.txt")));
    QVERIFY(!calendar.mergeFile(binary));
    const QString good = dir.filePath(QStringLiteral("good.txt"));
    QVERIFY(writeFile(good, "2027 off 2027-01-01\n2024 off 2024-01-01\n"));
    QVERIFY(calendar.mergeFile(good));
    QVERIFY(calendar.covers(2027));
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 1)));
    // 2024 was replaced entirely: its National Day is an ordinary week now.
    QVERIFY(calendar.isWorkingDay(QDate(2024, 10, 1)));
    QVERIFY(!calendar.isWorkingDay(QDate(2024, 9, 29)));
}

void TestCalendar::extensionPathFromDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("TENDERPANEL_CALENDAR");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("cn-holidays.txt"));
    QFile::remove(path);
    QCOMPARE(WorkingDayCalendar::extensionPath(), QString());
    QVERIFY(writeFile(path, "2027 off 2027-01-01\n"));
    QCOMPARE(WorkingDayCalendar::extensionPath(), path);
    qputenv("TENDERPANEL_CALENDAR", "/elsewhere/calendar.txt");
    QCOMPARE(WorkingDayCalendar::extensionPath(), QStringLiteral("/elsewhere/calendar.txt"));
    qunsetenv("TENDERPANEL_CALENDAR");
    QFile::remove(path);
    QStandardPaths::setTestModeEnabled(false);
}

void TestCalendar::standardWithExtension()
{
    // The first use of standard() in this process: it reads the extension named in the environment.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("extra.txt"));
    QVERIFY(writeFile(path, "2027 off 2027-01-01 2027-02-05..2027-02-11\n2027 work 2027-02-13\n"));
    qputenv("TENDERPANEL_CALENDAR", path.toUtf8());
    std::vector<std::thread> threads;
    std::vector<const WorkingDayCalendar*> seen(4, nullptr);
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([i, &seen] { seen[i] = &WorkingDayCalendar::standard(); });
    for (std::thread& t : threads)
        t.join();
    qunsetenv("TENDERPANEL_CALENDAR");
    for (const WorkingDayCalendar* c : seen)
        QCOMPARE(c, seen[0]);
    const WorkingDayCalendar& standard = WorkingDayCalendar::standard();
    QVERIFY(standard.covers(2027));
    QVERIFY(standard.covers(2014));
    QVERIFY(!standard.isWorkingDay(QDate(2027, 2, 8)));
    QVERIFY(standard.isWorkingDay(QDate(2027, 2, 13)));
    const WorkingDayCalendar::Period p = standard.period(QDate(2026, 12, 28), 7, false);
    QCOMPARE(p.end, QDate(2027, 1, 7));
    QVERIFY(p.uncoveredYears.isEmpty());
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
