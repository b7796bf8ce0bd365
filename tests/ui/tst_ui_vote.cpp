#include "MessageBox.h"
#include "UiTestData.h"
#include "steps/StepContext.h"
#include "steps/VoteStepPage.h"
#include "store/AuditLog.h"
#include "store/NegotiationStore.h"
#include "store/ScoringService.h"
#include "store/Workspace.h"
#include "vote/VoteWidget.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tp::ui;

class TestUiVote : public QObject
{
    Q_OBJECT

private:
    static QList<tp::Bidder> tied() { return UiTestData::qualifiedBidders().mid(0, 2); }
    static QList<tp::Panelist> panel() { return UiTestData::scenario().panel.mid(0, 3); }

    // The member picks their own name on the roll, then votes in private.
    static void vote(VoteWidget& widget, const QString& voter, const QString& choice)
    {
        auto* ready = widget.findChild<QPushButton*>(QStringLiteral("readyButton"));
        QVERIFY(!ready->isEnabled());
        auto* chooser = widget.findChild<QComboBox*>(QStringLiteral("voterChooser"));
        const int index = chooser->findData(voter);
        QVERIFY2(index > 0, qPrintable(voter));
        chooser->setCurrentIndex(index);
        QVERIFY(ready->isEnabled());
        QTest::mouseClick(ready, Qt::LeftButton);
        QVERIFY(widget.isChoosing());
        // The private screen does not show who is voting.
        for (const QString& text : UiTestData::visibleTexts(&widget))
            for (const tp::Panelist& member : UiTestData::scenario().panel)
                QVERIFY2(!text.contains(member.name), qPrintable(text));
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
        widget.startRound(tied(), panel());
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy closed(&widget, &VoteWidget::roundClosed);
        QCOMPARE(
            widget.findChild<QLabel*>(QStringLiteral("voteRound"))->text(),
            QStringLiteral("Anonymous vote, round 1: 甲保险股份有限公司宁波分公司, 乙人寿保险股份有限公司宁波分公司"));
        verifyNothingRevealed(widget, 0);

        // A member changes their mind at the confirmation: nothing is cast, nobody is on the roll.
        auto* chooser = widget.findChild<QComboBox*>(QStringLiteral("voterChooser"));
        QCOMPARE(chooser->count(), 4); // "choose your name" and the three members
        chooser->setCurrentIndex(chooser->findData(QStringLiteral("P2")));
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
        QVERIFY(widget.voters().isEmpty());

        // The roll fills in as members vote, in panel order whatever the order of voting.
        vote(widget, QStringLiteral("P3"), QStringLiteral("B2"));
        verifyNothingRevealed(widget, 1);
        QCOMPARE(widget.voters(), QStringList{QStringLiteral("P3")});
        QCOMPARE(chooser->findData(QStringLiteral("P3")), -1); // cannot vote twice
        auto* roll = widget.findChild<QListWidget*>(QStringLiteral("voteRoll"));
        QCOMPARE(roll->count(), 3);
        QVERIFY(roll->item(2)->text().contains(QStringLiteral("has voted")));
        QVERIFY(!roll->item(0)->text().contains(QStringLiteral("has voted")));
        vote(widget, QStringLiteral("P1"), QStringLiteral("blank"));
        verifyNothingRevealed(widget, 2);
        QCOMPARE(closed.count(), 0);
        vote(widget, QStringLiteral("P2"), QStringLiteral("B2"));

        QVERIFY(widget.isClosed());
        QCOMPARE(closed.count(), 1);
        auto ballots = closed.at(0).at(0).value<QList<std::optional<QString>>>();
        QCOMPARE(ballots.size(), 3);
        QCOMPARE(ballots.count(std::optional<QString>(QStringLiteral("B2"))), 2);
        QCOMPARE(ballots.count(std::optional<QString>()), 1);
        QCOMPARE(closed.at(0).at(1).toStringList(),
                 (QStringList{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")}));

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
        widget.startRound(tied(), panel(), 2);
        widget.show();
        QSignalSpy closed(&widget, &VoteWidget::roundClosed);
        vote(widget, QStringLiteral("P2"), QStringLiteral("B1"));
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
        QCOMPARE(closed.at(0).at(1).toStringList(), QStringList{QStringLiteral("P2")});
        QCOMPARE(widget.findChild<QLabel*>(QStringLiteral("voteRound"))->text().left(24),
                 QStringLiteral("Anonymous vote, round 2:"));
    }

    // The vote step stores as the roll exactly the members who voted, and nothing that pairs a ballot
    // with one of them.
    void storedRollIsWhoVoted()
    {
        QTemporaryDir dir;
        auto opened = tp::store::Workspace::open(dir.filePath(QStringLiteral("vote.sqlite")));
        QVERIFY(opened.ok());
        tp::store::Workspace& ws = **opened.value;
        tp::Scenario tie = UiTestData::example(QStringLiteral("tie-vote"));
        tie.votes.clear();
        const qint64 id = tp::store::NegotiationStore(ws).importScenario(tie, QStringLiteral("test")).value->id;
        QVERIFY(tp::store::ScoringService(ws).recordResult(id, QStringLiteral("test")).ok());
        QCOMPARE(tp::store::NegotiationStore(ws).summary(id).value->stage, tp::store::Stage::Vote);

        VoteStepPage page;
        QObject::connect(&page, &StepPage::changed, &page,
                         [&page, &ws, id] { page.reload(UiTestData::stepContext(ws, id)); });
        page.reload(UiTestData::stepContext(ws, id));
        page.resize(1000, 700);
        page.show();
        VoteWidget* widget = page.voteWidget();
        QVERIFY(widget->isVisible());
        QCOMPARE(widget->panelSize(), int(tie.panel.size()));
        QVERIFY(tie.panel.size() >= 4);
        // Three members vote, the last of the panel first; the round is closed without the others.
        const QStringList voting{tie.panel.last().id, tie.panel.at(0).id, tie.panel.at(2).id};
        vote(*widget, voting.at(0), QStringLiteral("B2"));
        vote(*widget, voting.at(1), QStringLiteral("B1"));
        vote(*widget, voting.at(2), QStringLiteral("B2"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(widget->findChild<QPushButton*>(QStringLiteral("closeRound")), Qt::LeftButton);

        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("SELECT panelist_code FROM vote_roll ORDER BY panelist_code")));
        QStringList roll;
        while (q.next())
            roll.append(q.value(0).toString());
        QStringList expected = voting;
        expected.sort();
        QCOMPARE(roll, expected);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM ballots")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        // The ballot box has no column that could name or order a voter.
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('ballots') ORDER BY cid")));
        QStringList columns;
        while (q.next())
            columns.append(q.value(0).toString());
        QCOMPARE(columns,
                 (QStringList{QStringLiteral("negotiation_id"), QStringLiteral("round_no"), QStringLiteral("choice")}));
        // In the audit log the roll and the ballots are separate changes; the ballots only as a tally.
        const auto events = tp::store::AuditLog::events(ws, id);
        QJsonObject closing;
        for (const auto& e : *events.value)
            if (e.action == QLatin1String("vote_closed"))
                closing = QJsonDocument::fromJson(e.body).object();
        QVERIFY(!closing.isEmpty());
        int rollRows = 0;
        for (const QJsonValue& c : closing.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = c.toObject();
            const QString table = change.value(QStringLiteral("table")).toString();
            if (table == QLatin1String("ballots")) {
                QVERIFY(!change.contains(QStringLiteral("after")));
                QVERIFY(!QJsonDocument(change).toJson().contains("panelist"));
                QCOMPARE(change.value(QStringLiteral("tally")).toObject().value(QStringLiteral("B2")).toInt(), 2);
            } else if (table == QLatin1String("vote_roll")) {
                ++rollRows;
                QCOMPARE(change.value(QStringLiteral("after")).toObject().keys(),
                         (QStringList{QStringLiteral("negotiation_id"), QStringLiteral("panelist_code"),
                                      QStringLiteral("round_no")}));
            }
        }
        QCOMPARE(rollRows, 3);
        QVERIFY(tp::store::AuditLog::verify(ws).value->ok);
    }
};

QTEST_MAIN(TestUiVote)
#include "tst_ui_vote.moc"
