#include "rules/PanelRules.h"

#include <QTest>

using Code = tp::PanelSizeFinding::Code;

class TestPanelRules : public QObject
{
    Q_OBJECT

private slots:
    // The panel must be larger than the trim: trim.highest + trim.lowest + 1 members at least.
    void trimMinimum_data()
    {
        QTest::addColumn<int>("highest");
        QTest::addColumn<int>("lowest");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("tooSmall");
        QTest::newRow("1+1, 3 members") << 1 << 1 << 3 << false;
        QTest::newRow("1+1, 2 members") << 1 << 1 << 2 << true;
        QTest::newRow("0+0, 1 member") << 0 << 0 << 1 << false;
        QTest::newRow("0+0, no member") << 0 << 0 << 0 << true;
        QTest::newRow("2+1, 4 members") << 2 << 1 << 4 << false;
        QTest::newRow("2+1, 3 members") << 2 << 1 << 3 << true;
    }
    void trimMinimum()
    {
        QFETCH(int, highest);
        QFETCH(int, lowest);
        QFETCH(int, size);
        QFETCH(bool, tooSmall);
        tp::TrimRule trim;
        trim.highest = highest;
        trim.lowest = lowest;
        QCOMPARE(tp::PanelRules::trimMinimum(trim), qint64(highest) + lowest + 1);
        QCOMPARE(tp::PanelRules::tooSmallToTrim(size, trim), tooSmall);
    }

    // Exactly one leader; a member made leader while another leads is a second leader.
    void leaders()
    {
        QCOMPARE(tp::PanelRules::checkLeaders(0), std::optional<tp::LeaderFinding>(tp::LeaderFinding::NoLeader));
        QCOMPARE(tp::PanelRules::checkLeaders(1), std::optional<tp::LeaderFinding>());
        QCOMPARE(tp::PanelRules::checkLeaders(2), std::optional<tp::LeaderFinding>(tp::LeaderFinding::SeveralLeaders));
        const QList<tp::Panelist> panel{{QStringLiteral("P1"), QStringLiteral("a"), tp::PanelRole::Member},
                                        {QStringLiteral("P2"), QStringLiteral("b"), tp::PanelRole::Leader},
                                        {QStringLiteral("P3"), QStringLiteral("c"), tp::PanelRole::Member}};
        QCOMPARE(tp::PanelRules::leaderCount(panel), 1);
        QVERIFY(tp::PanelRules::secondLeader(tp::PanelRole::Leader, true));
        QVERIFY(!tp::PanelRules::secondLeader(tp::PanelRole::Leader, false));
        QVERIFY(!tp::PanelRules::secondLeader(tp::PanelRole::Member, true));
    }

    void evenSize()
    {
        QVERIFY(!tp::PanelRules::evenSize(0));
        QVERIFY(!tp::PanelRules::evenSize(3));
        QVERIFY(tp::PanelRules::evenSize(4));
    }

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
        const QList<tp::PanelSizeFinding> findings = tp::PanelRules::checkSize(size, tp::PanelBody(body), trim);
        QList<int> got;
        for (const tp::PanelSizeFinding& f : findings)
            got.append(int(f.code));
        QCOMPARE(got, codes);
    }

    void details()
    {
        const QList<tp::PanelSizeFinding> findings =
            tp::PanelRules::checkSize(2, tp::PanelBody::LargeBudget, tp::TrimRule());
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings.at(0), (tp::PanelSizeFinding{Code::TooSmallToTrim, 3, true}));
        QCOMPARE(findings.at(1), (tp::PanelSizeFinding{Code::BelowMinimum, 7, false}));
        QCOMPARE(findings.at(2), (tp::PanelSizeFinding{Code::EvenSize, 3, false}));
    }
};

QTEST_GUILESS_MAIN(TestPanelRules)
#include "tst_panelrules.moc"
