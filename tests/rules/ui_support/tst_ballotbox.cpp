#include "rules/BallotBox.h"

#include <QTest>

class TestBallotBox : public QObject
{
    Q_OBJECT

private slots:
    void castAndTally()
    {
        tp::BallotBox box({QStringLiteral("B3"), QStringLiteral("B1")}, 5);
        QCOMPARE(box.tied(), (QStringList{QStringLiteral("B1"), QStringLiteral("B3")}));
        QCOMPARE(box.cast(QStringLiteral("B1")), tp::BallotBox::CastError::None);
        QCOMPARE(box.cast(QStringLiteral("B2")), tp::BallotBox::CastError::NotTied);
        QCOMPARE(box.cast(QStringLiteral("B3")), tp::BallotBox::CastError::None);
        QCOMPARE(box.cast(std::nullopt), tp::BallotBox::CastError::None);
        QCOMPARE(box.cast(QStringLiteral("B1")), tp::BallotBox::CastError::None);
        QCOMPARE(box.castCount(), 4);
        QVERIFY(box.ballots().isEmpty());
        QCOMPARE(box.tally().counts.at(0).second, 0);

        const QList<std::optional<QString>> ballots = box.close();
        QCOMPARE(ballots.size(), 4);
        QCOMPARE(box.cast(QStringLiteral("B1")), tp::BallotBox::CastError::Closed);
        const tp::VoteTally tally = box.tally();
        QCOMPARE(tally.counts.size(), 2);
        QCOMPARE(tally.counts.at(0), (QPair<QString, int>(QStringLiteral("B1"), 2)));
        QCOMPARE(tally.counts.at(1), (QPair<QString, int>(QStringLiteral("B3"), 1)));
        QCOMPARE(tally.blank, 1);
    }

    void capacity()
    {
        tp::BallotBox box({QStringLiteral("B1"), QStringLiteral("B2")}, 1);
        QCOMPARE(box.cast(std::nullopt), tp::BallotBox::CastError::None);
        QCOMPARE(box.cast(QStringLiteral("B1")), tp::BallotBox::CastError::Full);
    }

    void orderIsNotKept()
    {
        // Cast A then B many times: the closed box must not always list the ballots in cast order.
        bool sawReversed = false;
        for (int attempt = 0; attempt < 64 && !sawReversed; ++attempt) {
            tp::BallotBox box({QStringLiteral("A"), QStringLiteral("B")}, 2);
            box.cast(QStringLiteral("A"));
            box.cast(QStringLiteral("B"));
            sawReversed = box.close().first() == std::optional<QString>(QStringLiteral("B"));
        }
        QVERIFY(sawReversed);
    }
};

QTEST_GUILESS_MAIN(TestBallotBox)
#include "tst_ballotbox.moc"
