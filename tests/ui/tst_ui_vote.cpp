#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestData.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "projector/ProjectorWindow.h"
#include "steps/StepContext.h"
#include "steps/results/RankingModel.h"
#include "steps/results/ResultsPage.h"
#include "steps/results/ResultsStepPage.h"
#include "steps/vote/VoteStepPage.h"
#include "steps/vote/VoteWidget.h"
#include "store/AuditLog.h"
#include "store/NegotiationStore.h"
#include "store/ScoringService.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tuple>

using namespace tp::ui;

class TestUiVote : public QObject
{
    Q_OBJECT

private:
    // A workspace holding the tie-vote example without its vote, at the vote step.
    static qint64 importTie(tp::store::Workspace& ws)
    {
        tp::Scenario tie = UiTestData::example(QStringLiteral("tie-vote"));
        tie.votes.clear();
        const qint64 id = tp::store::NegotiationStore(ws).importScenario(tie, QStringLiteral("test")).value->id;
        if (!tp::store::ScoringService(ws).recordResult(id, QStringLiteral("test")).ok())
            qFatal("cannot record the result of the tie-vote example");
        return id;
    }

    // The vote step over a workspace, reloaded from the store after each action as the window does.
    struct Step
    {
        QTemporaryDir dir;
        std::shared_ptr<tp::store::Workspace> ws;
        qint64 id = 0;
        VoteStepPage page;
        Step()
        {
            ws = *tp::store::Workspace::open(dir.filePath(QStringLiteral("vote.sqlite"))).value;
            id = importTie(*ws);
            QObject::connect(&page, &StepPage::changed, &page, [this] { reload(); });
            reload();
            page.resize(1000, 700);
            page.show();
        }
        void reload() { page.reload(UiTestData::stepContext(*ws, id)); }
        VoteWidget& widget() { return *page.voteWidget(); }
        QList<tp::store::VoteRoundState> rounds() const { return *tp::store::ScoringService(*ws).voteRounds(id).value; }
    };

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
    static void verifyNothingRevealed(const VoteWidget& widget, int cast, int round = 1)
    {
        QVERIFY(!widget.isChoosing());
        QCOMPARE(widget.findChild<QLabel*>(QStringLiteral("ballotCount"))->text(),
                 QStringLiteral("%1 of 5 ballots cast").arg(cast));
        for (const QRadioButton* radio : widget.findChildren<QRadioButton*>()) {
            QVERIFY(!radio->isChecked());
            QVERIFY(!radio->isVisible());
        }
        QVERIFY(!widget.findChild<QTableWidget*>(QStringLiteral("tallyTable"))->isVisible());
        const QStringList texts = UiTestData::visibleTexts(&widget);
        for (const QString& text : texts) {
            QVERIFY2(!text.contains(QStringLiteral("Blank ballots")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("乙人寿保险股份有限公司宁波分公司")) ||
                         text.startsWith(QStringLiteral("Anonymous vote, round %1: ").arg(round)),
                     qPrintable(text));
        }
        QCOMPARE(widget.tally().counts.at(0).second, 0);
    }

    static QString countText(const VoteWidget& widget)
    {
        return widget.findChild<QLabel*>(QStringLiteral("ballotCount"))->text();
    }

    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void passTheLaptop()
    {
        Step step;
        VoteWidget& widget = step.widget();
        QVERIFY(widget.isVisible());
        QCOMPARE(
            widget.findChild<QLabel*>(QStringLiteral("voteRound"))->text(),
            QStringLiteral("Anonymous vote, round 1: 甲保险股份有限公司宁波分公司, 乙人寿保险股份有限公司宁波分公司"));
        verifyNothingRevealed(widget, 0);

        // A member changes their mind at the confirmation: nothing is cast, nobody is on the roll.
        auto* chooser = widget.findChild<QComboBox*>(QStringLiteral("voterChooser"));
        QCOMPARE(chooser->count(), 6); // "choose your name" and the five members
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
        QVERIFY(step.rounds().isEmpty());

        // The roll fills in as members vote, in panel order whatever the order of voting; each
        // ballot is in the store once the screen has cleared.
        vote(widget, QStringLiteral("P3"), QStringLiteral("B2"));
        verifyNothingRevealed(widget, 1);
        QCOMPARE(widget.voters(), QStringList{QStringLiteral("P3")});
        QCOMPARE(step.rounds().first().ballots, 1);
        QCOMPARE(chooser->findData(QStringLiteral("P3")), -1); // cannot vote twice
        auto* roll = widget.findChild<QListWidget*>(QStringLiteral("voteRoll"));
        QCOMPARE(roll->count(), 5);
        QVERIFY(roll->item(2)->text().contains(QStringLiteral("has voted")));
        QVERIFY(!roll->item(0)->text().contains(QStringLiteral("has voted")));
        vote(widget, QStringLiteral("P1"), QStringLiteral("blank"));
        verifyNothingRevealed(widget, 2);
        vote(widget, QStringLiteral("P5"), QStringLiteral("B2"));
        vote(widget, QStringLiteral("P4"), QStringLiteral("B1"));
        verifyNothingRevealed(widget, 4);
        QCOMPARE(widget.voters(),
                 (QStringList{QStringLiteral("P1"), QStringLiteral("P3"), QStringLiteral("P4"), QStringLiteral("P5")}));
        QVERIFY(!step.rounds().first().closed);

        // The last member's ballot closes the round: B2 3, B1 1, one blank. The result is fixed.
        vote(widget, QStringLiteral("P2"), QStringLiteral("B2"));
        QVERIFY(widget.isClosed());
        const tp::store::VoteRoundState stored = step.rounds().first();
        QVERIFY(stored.closed);
        QCOMPARE(stored.roll.size(), 5);
        QCOMPARE(stored.tally->counts,
                 (QList<QPair<QString, int>>{{QStringLiteral("B1"), 1}, {QStringLiteral("B2"), 3}}));
        QCOMPARE(stored.tally->blank, 1);
        QCOMPARE(step.page.findChild<QLabel*>(QStringLiteral("voteState"))->text(),
                 QStringLiteral("No vote is pending: the result is fixed."));
        QCOMPARE(widget.findChild<QLabel*>(QStringLiteral("voteResult"))->text(),
                 QStringLiteral("Round 1 closed: 5 of 5 ballots cast."));
        auto* table = widget.findChild<QTableWidget*>(QStringLiteral("tallyTable"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("甲保险股份有限公司宁波分公司"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Blank ballots"));
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("1"));
    }

    void closeEarly()
    {
        Step step;
        VoteWidget& widget = step.widget();
        vote(widget, QStringLiteral("P2"), QStringLiteral("B1"));
        vote(widget, QStringLiteral("P4"), QStringLiteral("B2"));
        auto* close = widget.findChild<QPushButton*>(QStringLiteral("closeRound"));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Only 2 of 5 members have voted")));
        QVERIFY(!widget.isClosed());
        QVERIFY(!step.rounds().first().closed);
        // Closed with the tie standing (1 to 1): the second round starts with the whole panel.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(step.rounds().size(), 1);
        QVERIFY(step.rounds().first().closed);
        QVERIFY(!widget.isClosed());
        QCOMPARE(widget.round(), qint64(2));
        QCOMPARE(widget.findChild<QLabel*>(QStringLiteral("voteRound"))->text().left(24),
                 QStringLiteral("Anonymous vote, round 2:"));
        verifyNothingRevealed(widget, 0, 2);
        QCOMPARE(widget.findChild<QComboBox*>(QStringLiteral("voterChooser"))->count(), 6);
        vote(widget, QStringLiteral("P2"), QStringLiteral("B1"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(step.rounds().size(), 2);
        QCOMPARE(step.rounds().at(1).tally->counts.first(), (QPair<QString, int>(QStringLiteral("B1"), 1)));
        QCOMPARE(step.page.findChild<QLabel*>(QStringLiteral("voteState"))->text(),
                 QStringLiteral("No vote is pending: the result is fixed."));
    }

    // The vote step stores as the roll exactly the members who voted, and nothing that pairs a ballot
    // with one of them.
    void storedRollIsWhoVoted()
    {
        Step step;
        tp::store::Workspace& ws = *step.ws;
        const tp::Scenario tie = UiTestData::example(QStringLiteral("tie-vote"));
        VoteWidget* widget = step.page.voteWidget();
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
        QCOMPARE(columns, (QStringList{QStringLiteral("negotiation_id"), QStringLiteral("round_no"),
                                       QStringLiteral("slot"), QStringLiteral("choice")}));
        // In the audit log each ballot cast is one event with the voter's roll entry and only
        // "one ballot cast" for the box; the closing event has the tally.
        const auto events = tp::store::AuditLog::events(ws, step.id);
        QJsonObject closing;
        int rollRows = 0;
        for (const auto& e : *events.value) {
            const QJsonObject body = QJsonDocument::fromJson(e.body).object();
            if (e.action == QLatin1String("vote_closed"))
                closing = body;
            if (e.action != QLatin1String("ballot_cast"))
                continue;
            for (const QJsonValue& c : body.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject change = c.toObject();
                const QString table = change.value(QStringLiteral("table")).toString();
                if (table == QLatin1String("ballots")) {
                    QCOMPARE(change.value(QStringLiteral("op")).toString(), QStringLiteral("ballot_cast"));
                    QVERIFY(!change.contains(QStringLiteral("after")));
                    QVERIFY(!change.contains(QStringLiteral("tally")));
                } else if (table == QLatin1String("vote_roll")) {
                    ++rollRows;
                    QCOMPARE(change.value(QStringLiteral("after")).toObject().keys(),
                             (QStringList{QStringLiteral("negotiation_id"), QStringLiteral("panelist_code"),
                                          QStringLiteral("round_no")}));
                }
            }
        }
        QCOMPARE(rollRows, 3);
        QVERIFY(!closing.isEmpty());
        bool tallied = false;
        for (const QJsonValue& c : closing.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = c.toObject();
            if (change.value(QStringLiteral("table")).toString() != QLatin1String("ballots"))
                continue;
            tallied = true;
            QVERIFY(!QJsonDocument(change).toJson().contains("panelist"));
            QCOMPARE(change.value(QStringLiteral("tally")).toObject().value(QStringLiteral("B2")).toInt(), 2);
        }
        QVERIFY(tallied);
        QVERIFY(tp::store::AuditLog::verify(ws).value->ok);
    }

    // A forced tie in a panel of seven, decided 4:3. While the round is open the projector shows only
    // how many ballots are in; once it closes, the tally (round, bidders, ballots each) is on the
    // projector and in the results, where the panel looks after the vote.
    void tallyWhereThePanelLooks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile source(QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/tie-vote.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(source.readAll()).object();
        json.remove(QStringLiteral("votes"));
        // Two more members who give both tied bidders the same totals: the tie stands.
        QJsonArray panel = json.value(QStringLiteral("panel")).toArray();
        QJsonArray scores = json.value(QStringLiteral("scores")).toArray();
        const QList<QPair<QString, QString>> members{{QStringLiteral("P6"), QStringLiteral("吴敏")},
                                                     {QStringLiteral("P7"), QStringLiteral("郑涛")}};
        for (const auto& [code, name] : members) {
            panel.append(QJsonObject{{QStringLiteral("id"), code},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("role"), QStringLiteral("member")}});
            for (const auto& [bidder, c1, c2] :
                 {std::tuple{QStringLiteral("B1"), 50, 32}, std::tuple{QStringLiteral("B2"), 50, 32},
                  std::tuple{QStringLiteral("B3"), 42, 28}}) {
                scores.append(QJsonObject{{QStringLiteral("panelist"), code},
                                          {QStringLiteral("bidder"), bidder},
                                          {QStringLiteral("criterion"), QStringLiteral("C1")},
                                          {QStringLiteral("score"), c1}});
                scores.append(QJsonObject{{QStringLiteral("panelist"), code},
                                          {QStringLiteral("bidder"), bidder},
                                          {QStringLiteral("criterion"), QStringLiteral("C2")},
                                          {QStringLiteral("score"), c2}});
            }
        }
        json.insert(QStringLiteral("panel"), panel);
        json.insert(QStringLiteral("scores"), scores);
        const QString path = dir.filePath(QStringLiteral("tie-seven.json"));
        QFile target(path);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(QJsonDocument(json).toJson());
        target.close();

        MainWindow window(dir.filePath(QStringLiteral("tally.sqlite")));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FileDialog::setNextAnswer(path);
        window.importScenario();
        QCOMPARE(window.homeView()->model()->rowCount(), 1);
        window.openNegotiation(window.homeView()->model()->idAt(0));
        NegotiationView* view = window.negotiationView();
        QCOMPARE(view->context().scenario.panel.size(), 7);
        view->showStep(tp::store::Stage::Scoring);
        QTest::mouseClick(view->nextButton(), Qt::LeftButton);
        QTRY_COMPARE(view->currentStep(), tp::store::Stage::Vote);
        auto* page = view->page<VoteStepPage>();
        VoteWidget& widget = *page->voteWidget();
        QVERIFY(widget.isVisible());

        // The panel puts the vote on the projector.
        ProjectorWindow* projector = window.projector();
        auto* projectVote = page->findChild<QPushButton*>(QStringLiteral("projectVote"));
        QVERIFY(projectVote && projectVote->isVisible() && projectVote->isEnabled());
        QTest::mouseClick(projectVote, Qt::LeftButton);
        QVERIFY(projector->isVisible());
        QCOMPARE(projector->currentView(), ProjectorWindow::View::Vote);
        auto projected = [projector](const char* name) {
            return projector->findChild<QLabel*>(QLatin1String(name))->text();
        };
        QCOMPARE(projected("voteFigure"), QStringLiteral("0 / 7"));

        // While the round is open: the count, never a figure per bidder.
        static const QRegularExpression ratio(QStringLiteral("\\d+\\s*:\\s*\\d+"));
        static const QRegularExpression perBidder(QStringLiteral("\\d+ ballots"));
        const QStringList ballots{QStringLiteral("B2"), QStringLiteral("B1"), QStringLiteral("B2"),
                                  QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B1"),
                                  QStringLiteral("B2")};
        for (int i = 0; i < 6; ++i) {
            vote(widget, QStringLiteral("P%1").arg(i + 1), ballots.at(i));
            QVERIFY(!widget.isClosed());
            QCOMPARE(projector->currentView(), ProjectorWindow::View::Vote);
            QCOMPARE(projected("voteFigure"), QStringLiteral("%1 / 7").arg(i + 1));
            for (const QString& text : UiTestData::visibleTexts(projector)) {
                QVERIFY2(!ratio.match(text).hasMatch(), qPrintable(text));
                QVERIFY2(!perBidder.match(text).hasMatch(), qPrintable(text));
            }
        }

        // The seventh ballot closes the round 4:3 for B2.
        vote(widget, QStringLiteral("P7"), ballots.at(6));
        QTRY_COMPARE(view->context().stage, tp::store::Stage::Result);
        QCOMPARE(projector->currentView(), ProjectorWindow::View::Vote);
        QCOMPARE(projected("voteFigure"), QStringLiteral("4:3"));
        QCOMPARE(
            projected("voteBidders"),
            QStringLiteral("乙人寿保险股份有限公司宁波分公司: 4 ballots\n甲保险股份有限公司宁波分公司: 3 ballots"));
        QVERIFY2(projected("voteNote").startsWith(QStringLiteral("Blank ballots: 0.")),
                 qPrintable(projected("voteNote")));

        // The results: each bidder's round in the ranking table, the round's whole tally above it.
        view->showStep(tp::store::Stage::Result);
        auto* results = view->page<ResultsStepPage>();
        RankingModel* model = results->resultsPage()->rankingModel();
        QCOMPARE(model->index(0, RankingModel::kBidderColumn).data(RankingModel::BidderIdRole).toString(),
                 QStringLiteral("B2"));
        QCOMPARE(model->index(0, model->voteColumn()).data().toString(), QStringLiteral("Round 1: 4 ballots (4:3)"));
        QCOMPARE(model->index(1, model->voteColumn()).data().toString(), QStringLiteral("Round 1: 3 ballots (4:3)"));
        QCOMPARE(model->index(2, model->voteColumn()).data().toString(), QString());
        auto* tallies = results->findChild<QLabel*>(QStringLiteral("voteTallies"));
        QVERIFY(tallies && tallies->isVisible());
        QCOMPARE(tallies->text(), QStringLiteral("Anonymous vote — Round 1 4:3: 乙人寿保险股份有限公司宁波分公司 4 "
                                                 "ballots, 甲保险股份有限公司宁波分公司 3 ballots, blank ballots 0"));
        // The vote column is in view in the window at 1366 px.
        QTableView* table = results->resultsPage()->rankingView();
        const QRect cell = table->visualRect(model->index(0, model->voteColumn()));
        QVERIFY(table->viewport()->rect().contains(cell));
        QVERIFY(window.rect().contains(QRect(table->viewport()->mapTo(&window, cell.topLeft()), cell.size())));
        projector->close();
    }

    // Two members vote, then the program goes away without the round being closed. A new window on
    // the same file shows the round as it is: 2 of 5 cast, those two on the roll and unable to vote
    // again; the others vote and the round closes with every ballot.
    void restartShowsStoredRound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vote.sqlite"));
        qint64 id = 0;
        {
            auto ws = *tp::store::Workspace::open(path).value;
            id = importTie(*ws);
        }
        auto voteStep = [](MainWindow& window, qint64 negotiation) {
            window.openNegotiation(negotiation);
            NegotiationView* view = window.negotiationView();
            view->showStep(tp::store::Stage::Vote);
            window.resize(1200, 800);
            window.show();
            return view->page<VoteStepPage>()->voteWidget();
        };
        {
            auto window = std::make_unique<MainWindow>(path);
            VoteWidget* widget = voteStep(*window, id);
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            QVERIFY(widget->isVisible());
            vote(*widget, QStringLiteral("P4"), QStringLiteral("B2"));
            vote(*widget, QStringLiteral("P2"), QStringLiteral("blank"));
            QCOMPARE(countText(*widget), QStringLiteral("2 of 5 ballots cast"));
        }

        MainWindow window(path);
        VoteWidget* widget = voteStep(window, id);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(widget->isVisible());
        QCOMPARE(widget->round(), qint64(1));
        QCOMPARE(countText(*widget), QStringLiteral("2 of 5 ballots cast"));
        verifyNothingRevealed(*widget, 2);
        QCOMPARE(widget->voters(), (QStringList{QStringLiteral("P2"), QStringLiteral("P4")}));
        auto* roll = widget->findChild<QListWidget*>(QStringLiteral("voteRoll"));
        for (int i = 0; i < roll->count(); ++i) {
            const QString member = roll->item(i)->data(Qt::UserRole).toString();
            const bool voted = member == QLatin1String("P2") || member == QLatin1String("P4");
            QCOMPARE(roll->item(i)->text().contains(QStringLiteral("has voted")), voted);
        }
        auto* chooser = widget->findChild<QComboBox*>(QStringLiteral("voterChooser"));
        QCOMPARE(chooser->count(), 4);
        QCOMPARE(chooser->findData(QStringLiteral("P2")), -1);
        QCOMPARE(chooser->findData(QStringLiteral("P4")), -1);
        QVERIFY(!widget->chooseVoter(QStringLiteral("P4")));

        vote(*widget, QStringLiteral("P1"), QStringLiteral("B2"));
        vote(*widget, QStringLiteral("P3"), QStringLiteral("B1"));
        vote(*widget, QStringLiteral("P5"), QStringLiteral("B2"));
        NegotiationView* view = window.negotiationView();
        QCOMPARE(view->stepState(tp::store::Stage::Result), NegotiationView::StepState::Current);
        const auto rounds = tp::store::ScoringService(*view->context().workspace).voteRounds(id);
        QCOMPARE(rounds.value->size(), 1);
        QCOMPARE(rounds.value->first().tally->counts,
                 (QList<QPair<QString, int>>{{QStringLiteral("B1"), 1}, {QStringLiteral("B2"), 3}}));
        QCOMPARE(rounds.value->first().tally->blank, 1);
        QCOMPARE(rounds.value->first().roll.size(), 5);
        QVERIFY(tp::store::AuditLog::verify(*view->context().workspace).value->ok);
    }
};

QTEST_MAIN(TestUiVote)
#include "tst_ui_vote.moc"
