#include "MessageBox.h"
#include "UiTestData.h"
#include "vote/VoteWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace tp::ui;

class TestUiVote : public QObject
{
    Q_OBJECT

private:
    static QList<tp::Bidder> tied() { return UiTestData::qualifiedBidders().mid(0, 2); }

    static void vote(VoteWidget& widget, const QString& choice)
    {
        QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("readyButton")), Qt::LeftButton);
        QVERIFY(widget.isChoosing());
        auto* radio = widget.findChild<QRadioButton*>(QStringLiteral("choice_") + choice);
        QVERIFY(radio && radio->isVisible());
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(12, radio->height() / 2));
        QVERIFY(radio->isChecked());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("castBallot")), Qt::LeftButton);
    }

    // While the round is open, the screen shows the count and nothing about any ballot.
    static void verifyNothingRevealed(const VoteWidget& widget, int cast)
    {
        QVERIFY(!widget.isChoosing());
        QCOMPARE(widget.findChild<QLabel*>(QStringLiteral("ballotCount"))->text(),
                 QStringLiteral("%1 of 3 ballots cast").arg(cast));
        for (const QRadioButton* radio : widget.findChildren<QRadioButton*>()) {
            QVERIFY(!radio->isChecked());
            QVERIFY(!radio->isVisible());
        }
        QVERIFY(!widget.findChild<QTableWidget*>(QStringLiteral("tallyTable"))->isVisible());
        const QStringList texts = UiTestData::visibleTexts(&widget);
        for (const QString& text : texts) {
            QVERIFY2(!text.contains(QStringLiteral("Blank ballots")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("乙人寿保险股份有限公司宁波分公司")) ||
                         text.startsWith(QStringLiteral("Anonymous vote, round 1: ")),
                     qPrintable(text));
        }
        QCOMPARE(widget.tally().counts.at(0).second, 0);
    }

private slots:
    void passTheLaptop()
    {
        VoteWidget widget;
        widget.resize(1000, 640);
        widget.startRound(tied(), 3);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy closed(&widget, &VoteWidget::roundClosed);
        QCOMPARE(
            widget.findChild<QLabel*>(QStringLiteral("voteRound"))->text(),
            QStringLiteral("Anonymous vote, round 1: 甲保险股份有限公司宁波分公司, 乙人寿保险股份有限公司宁波分公司"));
        verifyNothingRevealed(widget, 0);

        // A member changes their mind at the confirmation: nothing is cast.
        QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("readyButton")), Qt::LeftButton);
        auto* cast = widget.findChild<QPushButton*>(QStringLiteral("castBallot"));
        QVERIFY(!cast->isEnabled());
        auto* choice = widget.findChild<QRadioButton*>(QStringLiteral("choice_B2"));
        QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(12, choice->height() / 2));
        QVERIFY(cast->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(cast, Qt::LeftButton);
        QVERIFY(widget.isChoosing());
        QCOMPARE(widget.castCount(), 0);
        QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("backButton")), Qt::LeftButton);
        verifyNothingRevealed(widget, 0);

        vote(widget, QStringLiteral("B2"));
        verifyNothingRevealed(widget, 1);
        vote(widget, QStringLiteral("blank"));
        verifyNothingRevealed(widget, 2);
        QCOMPARE(closed.count(), 0);
        vote(widget, QStringLiteral("B2"));

        QVERIFY(widget.isClosed());
        QCOMPARE(closed.count(), 1);
        auto ballots = closed.at(0).at(0).value<QList<std::optional<QString>>>();
        QCOMPARE(ballots.size(), 3);
        QCOMPARE(ballots.count(std::optional<QString>(QStringLiteral("B2"))), 2);
        QCOMPARE(ballots.count(std::optional<QString>()), 1);

        QCOMPARE(widget.findChild<QLabel*>(QStringLiteral("voteResult"))->text(),
                 QStringLiteral("Round 1 closed: 3 of 3 ballots cast."));
        auto* table = widget.findChild<QTableWidget*>(QStringLiteral("tallyTable"));
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("甲保险股份有限公司宁波分公司"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("0"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Blank ballots"));
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("1"));
    }

    void closeEarly()
    {
        VoteWidget widget;
        widget.startRound(tied(), 3, 2);
        widget.show();
        QSignalSpy closed(&widget, &VoteWidget::roundClosed);
        vote(widget, QStringLiteral("B1"));
        auto* close = widget.findChild<QPushButton*>(QStringLiteral("closeRound"));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Only 1 of 3 members have voted")));
        QVERIFY(!widget.isClosed());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(widget.isClosed());
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(0).value<QList<std::optional<QString>>>(),
                 (QList<std::optional<QString>>{QStringLiteral("B1")}));
        QCOMPARE(widget.findChild<QLabel*>(QStringLiteral("voteRound"))->text().left(24),
                 QStringLiteral("Anonymous vote, round 2:"));
    }
};

QTEST_MAIN(TestUiVote)
#include "tst_ui_vote.moc"
