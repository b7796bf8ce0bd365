#include "rules/PanelSizeCheck.h"

#include <QTest>

using Code = tp::PanelSizeFinding::Code;

class TestPanelSizeCheck : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("body");
        QTest::addColumn<int>("highest");
        QTest::addColumn<int>("lowest");
        QTest::addColumn<QList<int>>("codes");
        const int negotiation = int(tp::PanelBody::Negotiation);
        const int committee = int(tp::PanelBody::EvaluationCommittee);
        const int large = int(tp::PanelBody::LargeBudget);
        QTest::newRow("3 negotiation") << 3 << negotiation << 1 << 1 << QList<int>{};
        QTest::newRow("4 negotiation") << 4 << negotiation << 1 << 1 << QList<int>{int(Code::EvenSize)};
        QTest::newRow("2 negotiation") << 2 << negotiation << 1 << 1
                                       << QList<int>{int(Code::TooSmallToTrim), int(Code::BelowMinimum),
                                                     int(Code::EvenSize)};
        QTest::newRow("3 committee") << 3 << committee << 1 << 1 << QList<int>{int(Code::BelowMinimum)};
        QTest::newRow("5 committee") << 5 << committee << 1 << 1 << QList<int>{};
        QTest::newRow("5 large") << 5 << large << 1 << 1 << QList<int>{int(Code::BelowMinimum)};
        QTest::newRow("7 large") << 7 << large << 1 << 1 << QList<int>{};
        QTest::newRow("5 trim 2+2") << 5 << negotiation << 2 << 2 << QList<int>{};
        QTest::newRow("3 trim 2+1") << 3 << negotiation << 2 << 1 << QList<int>{int(Code::TooSmallToTrim)};
    }
    void check()
    {
        QFETCH(int, size);
        QFETCH(int, body);
        QFETCH(int, highest);
        QFETCH(int, lowest);
        QFETCH(QList<int>, codes);
        tp::TrimRule trim;
        trim.highest = highest;
        trim.lowest = lowest;
        const QList<tp::PanelSizeFinding> findings = tp::PanelSizeCheck::check(size, tp::PanelBody(body), trim);
        QList<int> got;
        for (const tp::PanelSizeFinding& f : findings)
            got.append(int(f.code));
        QCOMPARE(got, codes);
    }

    void details()
    {
        const QList<tp::PanelSizeFinding> findings =
            tp::PanelSizeCheck::check(2, tp::PanelBody::LargeBudget, tp::TrimRule());
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings.at(0), (tp::PanelSizeFinding{Code::TooSmallToTrim, 3, true}));
        QCOMPARE(findings.at(1), (tp::PanelSizeFinding{Code::BelowMinimum, 7, false}));
        QCOMPARE(findings.at(2), (tp::PanelSizeFinding{Code::EvenSize, 3, false}));
    }
};

QTEST_GUILESS_MAIN(TestPanelSizeCheck)
#include "tst_panelsizecheck.moc"
