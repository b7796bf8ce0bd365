#include "rules/OutlierCheck.h"

#include <QTest>

class TestOutlierCheck : public QObject
{
    Q_OBJECT

private:
    static QList<tp::ScoreEntry> scores(const QList<tp::Hundredths>& values)
    {
        QList<tp::ScoreEntry> result;
        for (int i = 0; i < values.size(); ++i)
            result.append({QStringLiteral("P%1").arg(i + 1), QStringLiteral("B1"), QStringLiteral("C1"), values.at(i)});
        return result;
    }
    static QStringList panel(int size)
    {
        QStringList result;
        for (int i = 1; i <= size; ++i)
            result.append(QStringLiteral("P%1").arg(i));
        return result;
    }

private slots:
    void flags()
    {
        const QList<tp::Criterion> criteria{{QStringLiteral("C1"), QStringLiteral("Plan"), 2000}};
        // Others' mean 17.00; 30% of 20 = 6.00: 10.99 is 6.01 away (flagged), 11.00 exactly 6.00 (not).
        QList<tp::OutlierFlag> flags =
            tp::OutlierCheck::check(criteria, {QStringLiteral("B1")}, panel(5), scores({1700, 1600, 1800, 1700, 1099}));
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.at(0).panelist, QStringLiteral("P5"));
        QCOMPARE(flags.at(0).score, tp::Hundredths(1099));
        QCOMPARE(flags.at(0).othersMean, tp::Fraction(1700, 1));
        QVERIFY(!flags.at(0).high);

        flags =
            tp::OutlierCheck::check(criteria, {QStringLiteral("B1")}, panel(5), scores({1700, 1600, 1800, 1700, 1100}));
        QVERIFY(flags.isEmpty());

        flags = tp::OutlierCheck::check(criteria, {QStringLiteral("B1")}, panel(4), scores({500, 1200, 1100, 2000}));
        QCOMPARE(flags.size(), 2);
        QCOMPARE(flags.at(0).panelist, QStringLiteral("P1"));
        QCOMPARE(flags.at(1).panelist, QStringLiteral("P4"));
        QVERIFY(flags.at(1).high);
        QCOMPARE(flags.at(1).othersMean, tp::Fraction(2800, 3));
    }

    void needsThreeScores()
    {
        const QList<tp::Criterion> criteria{{QStringLiteral("C1"), QStringLiteral("Plan"), 2000}};
        QVERIFY(tp::OutlierCheck::check(criteria, {QStringLiteral("B1")}, panel(2), scores({0, 2000})).isEmpty());
    }

    void threshold()
    {
        const QList<tp::Criterion> criteria{{QStringLiteral("C1"), QStringLiteral("Plan"), 1000}};
        QCOMPARE(
            tp::OutlierCheck::check(criteria, {QStringLiteral("B1")}, panel(3), scores({800, 800, 690}), 10).size(), 1);
        QVERIFY(
            tp::OutlierCheck::check(criteria, {QStringLiteral("B1")}, panel(3), scores({800, 800, 700}), 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutlierCheck)
#include "tst_outliercheck.moc"
