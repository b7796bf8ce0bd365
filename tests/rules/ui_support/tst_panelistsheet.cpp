#include "rules/PanelistSheet.h"

#include <QTest>

using tp::PanelistSheet;

class TestPanelistSheet : public QObject
{
    Q_OBJECT

private:
    static PanelistSheet sheet()
    {
        return PanelistSheet(QStringLiteral("P1"),
                             {{QStringLiteral("C1"), QStringLiteral("Plan"), 2000},
                              {QStringLiteral("C2"), QStringLiteral("Service"), 1050}},
                             {QStringLiteral("B1"), QStringLiteral("B2")});
    }

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("error");
        QTest::addColumn<qint64>("value");
        QTest::newRow("whole") << QStringLiteral("16") << int(PanelistSheet::EntryError::None) << qint64(1600);
        QTest::newRow("one decimal") << QStringLiteral("16.5") << int(PanelistSheet::EntryError::None) << qint64(1650);
        QTest::newRow("two decimals") << QStringLiteral(" 16.55 ") << int(PanelistSheet::EntryError::None)
                                      << qint64(1655);
        QTest::newRow("zero") << QStringLiteral("0") << int(PanelistSheet::EntryError::None) << qint64(0);
        QTest::newRow("maximum") << QStringLiteral("20.00") << int(PanelistSheet::EntryError::None) << qint64(2000);
        QTest::newRow("above") << QStringLiteral("20.01") << int(PanelistSheet::EntryError::AboveMaximum) << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-1") << int(PanelistSheet::EntryError::Negative) << qint64(-1);
        QTest::newRow("three decimals") << QStringLiteral("16.555") << int(PanelistSheet::EntryError::TooManyDecimals)
                                        << qint64(-1);
        QTest::newRow("letters") << QStringLiteral("abc") << int(PanelistSheet::EntryError::Syntax) << qint64(-1);
        QTest::newRow("comma") << QStringLiteral("16,5") << int(PanelistSheet::EntryError::Syntax) << qint64(-1);
        // The same form as the command line's --value and a scenario file's score.
        QTest::newRow("exponent") << QStringLiteral("1e1") << int(PanelistSheet::EntryError::Syntax) << qint64(-1);
        QTest::newRow("plus sign") << QStringLiteral("+16") << int(PanelistSheet::EntryError::Syntax) << qint64(-1);
        QTest::newRow("hexadecimal") << QStringLiteral("0x10") << int(PanelistSheet::EntryError::Syntax) << qint64(-1);
    }
    void check()
    {
        QFETCH(QString, text);
        QFETCH(int, error);
        QFETCH(qint64, value);
        tp::Hundredths parsed = -1;
        QCOMPARE(int(PanelistSheet::check(text, 2000, &parsed)), error);
        QCOMPARE(parsed, value);
    }

    void enterAndSubtotal()
    {
        PanelistSheet s = sheet();
        QCOMPARE(s.cellCount(), 4);
        QCOMPARE(s.enter(0, 0, u"18.5"), PanelistSheet::EntryError::None);
        QCOMPARE(s.enter(1, 0, u"9.25"), PanelistSheet::EntryError::None);
        QCOMPARE(s.subtotal(0), tp::Hundredths(2775));
        QVERIFY(s.isBidderComplete(0));
        QVERIFY(!s.isBidderComplete(1));
        QCOMPARE(s.enter(1, 1, u"10.51"), PanelistSheet::EntryError::AboveMaximum);
        QCOMPARE(s.score(1, 1), std::nullopt);
        QCOMPARE(s.enter(0, 0, u"x"), PanelistSheet::EntryError::Syntax);
        QCOMPARE(s.score(0, 0), std::optional<tp::Hundredths>(1850));
        QCOMPARE(s.filledCount(), 2);
        QVERIFY(!s.isComplete());
        QCOMPARE(s.enter(0, 0, u""), PanelistSheet::EntryError::None);
        QCOMPARE(s.score(0, 0), std::nullopt);
        QVERIFY(!s.set(0, 1, 2001));
        QVERIFY(s.set(0, 1, 2000));
    }

    void entriesRoundTrip()
    {
        PanelistSheet s = sheet();
        s.enter(0, 0, u"1");
        s.enter(0, 1, u"2");
        s.enter(1, 0, u"3");
        s.enter(1, 1, u"4");
        QVERIFY(s.isComplete());
        const QList<tp::ScoreEntry> entries = s.entries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(1).bidder, QStringLiteral("B2"));
        QCOMPARE(entries.at(1).criterion, QStringLiteral("C1"));
        QCOMPARE(entries.at(1).score, tp::Hundredths(200));
        PanelistSheet copy = sheet();
        QList<tp::ScoreEntry> withOthers = entries;
        withOthers.append({QStringLiteral("P2"), QStringLiteral("B1"), QStringLiteral("C1"), 500});
        QVERIFY(copy.load(withOthers));
        QVERIFY(PanelistSheet::differences(s, copy).isEmpty());
        QCOMPARE(copy.score(0, 0), std::optional<tp::Hundredths>(100));
    }

    void differences()
    {
        PanelistSheet a = sheet();
        PanelistSheet b = sheet();
        a.enter(0, 0, u"16.5");
        b.enter(0, 0, u"15.6");
        a.enter(1, 1, u"7");
        b.enter(1, 1, u"7.00");
        a.enter(0, 1, u"3");
        const QList<PanelistSheet::Cell> cells = PanelistSheet::differences(a, b);
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells.at(0), (PanelistSheet::Cell{0, 0}));
        QCOMPARE(cells.at(1), (PanelistSheet::Cell{0, 1}));
    }
};

QTEST_GUILESS_MAIN(TestPanelistSheet)
#include "tst_panelistsheet.moc"
