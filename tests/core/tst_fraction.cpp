#include "model/Fraction.h"

#include <QTest>

using tp::Fraction;

class TestFraction : public QObject
{
    Q_OBJECT
private slots:
    void rounding_data();
    void rounding();
    void compare();
    void reduces();
};

void TestFraction::rounding_data()
{
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<QString>("published");
    // values are in hundredths: 24500/3 hundredths = 81.666... points
    QTest::newRow("81.67") << qint64(24500) << qint64(3) << "81.67";
    QTest::newRow("exact") << qint64(8570) << qint64(1) << "85.70";
    QTest::newRow("half up") << qint64(17141) << qint64(2) << "85.71";         // 85.705
    QTest::newRow("just below half") << qint64(42852) << qint64(5) << "85.70"; // 85.704
    QTest::newRow("third") << qint64(1) << qint64(3) << "0.00";
    QTest::newRow("two thirds") << qint64(2) << qint64(3) << "0.01";
    QTest::newRow("negative half") << qint64(-1) << qint64(2) << "-0.01";
    QTest::newRow("negative denominator") << qint64(1) << qint64(-2) << "-0.01";
}

void TestFraction::rounding()
{
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(QString, published);
    QCOMPARE(Fraction(num, den).published(), published);
}

void TestFraction::compare()
{
    // 81.666... vs 81.67: different exactly, equal when published.
    const Fraction third(24500, 3);
    const Fraction rounded(8167, 1);
    QVERIFY(third < rounded);
    QCOMPARE(third.roundedHundredths(), rounded.roundedHundredths());
    QCOMPARE(Fraction(2, 4), Fraction(1, 2));
    QVERIFY(Fraction(1, 3) + Fraction(1, 6) == Fraction(1, 2));
    // cross products beyond 64 bits still compare right
    const Fraction big(4000000000000000000LL, 3);
    const Fraction bigger(4000000000000000001LL, 3);
    QVERIFY(big < bigger);
    QVERIFY(Fraction(7, 1000000007) > Fraction(7, 1000000009));
}

void TestFraction::reduces()
{
    const Fraction f(24600, 3);
    QCOMPARE(f.numerator(), qint64(8200));
    QCOMPARE(f.denominator(), qint64(1));
    QCOMPARE(Fraction(24500, 3).exactText(), QStringLiteral("24500/3"));
    QCOMPARE(Fraction(25400, 3).pointsText(), QString::fromUtf8("84.6666\u2026"));
    QCOMPARE(Fraction(8570, 1).pointsText(), QStringLiteral("85.70"));
    QCOMPARE(Fraction(17141, 2).pointsText(), QStringLiteral("85.7050"));
    QCOMPARE(Fraction(-1, 3).pointsText(2), QString::fromUtf8("-0.00\u2026"));
}

QTEST_GUILESS_MAIN(TestFraction)
#include "tst_fraction.moc"
