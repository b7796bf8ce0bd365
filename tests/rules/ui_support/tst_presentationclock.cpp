#include "rules/PresentationClock.h"

#include <QTest>

using Clock = tp::PresentationClock;

class TestPresentationClock : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kT0 = 1722754800000; // any instant

private slots:
    void phases_data()
    {
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<int>("phase");
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<qint64>("overrun");
        QTest::addColumn<int>("alert");
        QTest::newRow("start") << qint64(0) << int(Clock::Phase::Presentation) << qint64(1200) << qint64(0)
                               << int(Clock::Alert::Normal);
        QTest::newRow("first ms") << qint64(1) << int(Clock::Phase::Presentation) << qint64(1200) << qint64(0)
                                  << int(Clock::Alert::Normal);
        QTest::newRow("5:01 left") << qint64(899000) << int(Clock::Phase::Presentation) << qint64(301) << qint64(0)
                                   << int(Clock::Alert::Normal);
        QTest::newRow("5:00 left") << qint64(900000) << int(Clock::Phase::Presentation) << qint64(300) << qint64(0)
                                   << int(Clock::Alert::FiveMinutesLeft);
        QTest::newRow("1:01 left") << qint64(1139000) << int(Clock::Phase::Presentation) << qint64(61) << qint64(0)
                                   << int(Clock::Alert::FiveMinutesLeft);
        QTest::newRow("1:00 left") << qint64(1140000) << int(Clock::Phase::Presentation) << qint64(60) << qint64(0)
                                   << int(Clock::Alert::OneMinuteLeft);
        QTest::newRow("statement") << qint64(1200000) << int(Clock::Phase::Statement) << qint64(300) << qint64(0)
                                   << int(Clock::Alert::FiveMinutesLeft);
        QTest::newRow("statement 0:59") << qint64(1441000) << int(Clock::Phase::Statement) << qint64(59) << qint64(0)
                                        << int(Clock::Alert::OneMinuteLeft);
        QTest::newRow("overrun") << qint64(1500000) << int(Clock::Phase::Overrun) << qint64(0) << qint64(0)
                                 << int(Clock::Alert::Overrun);
        QTest::newRow("overrun 1:35") << qint64(1595900) << int(Clock::Phase::Overrun) << qint64(0) << qint64(95)
                                      << int(Clock::Alert::Overrun);
    }
    void phases()
    {
        QFETCH(qint64, elapsedMs);
        QFETCH(int, phase);
        QFETCH(qint64, remaining);
        QFETCH(qint64, overrun);
        QFETCH(int, alert);
        Clock clock(20 * 60, 5 * 60);
        QCOMPARE(int(clock.read(kT0).phase), int(Clock::Phase::NotStarted));
        QCOMPARE(clock.read(kT0).remainingSeconds, qint64(1200));
        clock.start(kT0);
        const Clock::Reading reading = clock.read(kT0 + elapsedMs);
        QCOMPARE(int(reading.phase), phase);
        QCOMPARE(reading.remainingSeconds, remaining);
        QCOMPARE(reading.overrunSeconds, overrun);
        QCOMPARE(int(reading.alert), alert);
        QVERIFY(reading.running);
    }

    void pauseStopsTime()
    {
        Clock clock(20 * 60, 5 * 60);
        clock.start(kT0);
        clock.pause(kT0 + 60000);
        QVERIFY(!clock.isRunning());
        QCOMPARE(clock.read(kT0 + 600000).remainingSeconds, qint64(1140));
        clock.start(kT0 + 600000);
        QCOMPARE(clock.read(kT0 + 630000).remainingSeconds, qint64(1110));
        QCOMPARE(clock.read(kT0 + 630000).elapsedSeconds, qint64(90));
    }

    void earlyStatement()
    {
        Clock clock(20 * 60, 5 * 60);
        clock.start(kT0);
        QVERIFY(clock.beginStatement(kT0 + 17 * 60000));
        Clock::Reading reading = clock.read(kT0 + 17 * 60000);
        QCOMPARE(int(reading.phase), int(Clock::Phase::Statement));
        QCOMPARE(reading.remainingSeconds, qint64(300));
        QVERIFY(!clock.beginStatement(kT0 + 18 * 60000));
        reading = clock.read(kT0 + 23 * 60000);
        QCOMPARE(int(reading.phase), int(Clock::Phase::Overrun));
        QCOMPARE(reading.overrunSeconds, qint64(60));
    }

    void noStatement()
    {
        Clock clock(10, 0);
        clock.start(kT0);
        QCOMPARE(int(clock.read(kT0 + 9000).phase), int(Clock::Phase::Presentation));
        QCOMPARE(int(clock.read(kT0 + 10000).phase), int(Clock::Phase::Overrun));
    }

    void reset()
    {
        Clock clock(60, 60);
        clock.start(kT0);
        clock.reset();
        QVERIFY(!clock.hasStarted());
        QCOMPARE(int(clock.read(kT0 + 5000).phase), int(Clock::Phase::NotStarted));
        QCOMPARE(clock.read(kT0 + 5000).remainingSeconds, qint64(60));
    }
};

QTEST_GUILESS_MAIN(TestPresentationClock)
#include "tst_presentationclock.moc"
