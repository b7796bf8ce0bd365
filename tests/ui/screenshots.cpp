// Renders every step widget, and the report's preview, at laptop size into docs/screenshots/ (or the
// directory given as the first argument), to look at them as a user would. Run under xvfb-run -a with
// CJK fonts installed.
#include "MessageBox.h"
#include "UiTestData.h"
#include "dialogs/DocumentPageWidget.h"
#include "dialogs/DocumentPreviewDialog.h"
#include "projector/ProjectorWindow.h"
#include "steps/draw/DrawPage.h"
#include "steps/presentations/PresentationTimerWidget.h"
#include "steps/results/ResultsPage.h"
#include "steps/scoring/DoubleEntryWidget.h"
#include "steps/scoring/ScoreSheetModel.h"
#include "steps/scoring/ScoreSheetWidget.h"
#include "steps/vote/VoteWidget.h"

#include "report/DocumentInputLoader.h"
#include "report/EvaluationReport.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

#include <cstdio>

namespace {

QString g_directory;

void save(QWidget& widget, const QString& name, QSize size = QSize(1366, 768))
{
    widget.resize(size);
    widget.show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    QTest::qWait(50);
    const QString path = QDir(g_directory).filePath(name);
    if (!widget.grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    widget.hide();
}

void fill(tp::ui::ScoreSheetModel* model, const QList<int>& values)
{
    int i = 0;
    for (int c = 0; c < 3; ++c) {
        for (int b = 0; b < 3 && i < values.size(); ++b, ++i)
            model->setData(model->cellIndex(c, b), QString::number(values.at(i)));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    g_directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(TP_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(g_directory);
    using namespace tp::ui;
    const tp::Scenario scenario = UiTestData::scenario();
    const QList<tp::Bidder> bidders = UiTestData::qualifiedBidders();

    {
        ScoreSheetWidget sheet;
        sheet.setSheet(scenario.panel.at(0), scenario.criteria, bidders);
        sheet.setPanelProgress(2, 5);
        fill(sheet.model(), {36, 33, 31, 27, 25, 24});
        sheet.model()->setData(sheet.model()->cellIndex(2, 0), QStringLiteral("45"));
        save(sheet, QStringLiteral("scoring.png"));
    }
    {
        DoubleEntryWidget entry;
        entry.setSheet(scenario.panel.at(2), scenario.criteria, bidders);
        ScoreSheetModel first;
        first.setSheet(QStringLiteral("P3"), scenario.criteria, bidders);
        fill(&first, {36, 33, 31, 27, 25, 24, 26, 22, 23});
        QList<tp::ScoreEntry> second = first.entries();
        second[4].score = 2150;
        entry.setKeyings(first.entries(), second);
        save(entry, QStringLiteral("double-entry.png"));
    }
    {
        ResultsPage results;
        results.setEvaluation(UiTestData::finalEvaluation(), scenario);
        save(results, QStringLiteral("results.png"));
        results.setEvaluation(UiTestData::tiedEvaluation(), scenario);
        save(results, QStringLiteral("results-tie.png"));
    }
    {
        // The round as the store would hold it: two members have voted, then all five, closed.
        VoteWidget vote;
        tp::store::VoteRoundState round;
        round.round = 1;
        round.tied = {bidders.at(0).id, bidders.at(1).id};
        round.recorded = true;
        round.roll = {scenario.panel.at(0).id, scenario.panel.at(1).id};
        round.ballots = 2;
        vote.showRound(bidders.mid(0, 2), scenario.panel, round);
        save(vote, QStringLiteral("vote.png"));
        vote.chooseVoter(scenario.panel.at(2).id);
        vote.beginBallot();
        save(vote, QStringLiteral("vote-choice.png"));
        for (qsizetype i = 2; i < scenario.panel.size(); ++i)
            round.roll.append(scenario.panel.at(i).id);
        round.ballots = int(scenario.panel.size());
        round.closed = true;
        tp::VoteTally tally;
        tally.tied = round.tied;
        tally.counts = {{round.tied.at(0), 2}, {round.tied.at(1), int(scenario.panel.size()) - 3}};
        tally.blank = 1;
        round.tally = tally;
        vote.showRound(bidders.mid(0, 2), scenario.panel, round);
        save(vote, QStringLiteral("vote-tally.png"));
    }
    const QString seed = QStringLiteral("6b1f0c2a9d4e8f7a3c5b2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a");
    {
        DrawPage draw;
        draw.setBidders(bidders);
        draw.setCommitted(seed);
        save(draw, QStringLiteral("draw.png"));
        draw.setRevealed(seed);
        save(draw, QStringLiteral("draw-revealed.png"));
    }
    QDateTime now(QDate(2014, 8, 5), QTime(9, 0), Qt::UTC);
    {
        PresentationTimerWidget timer;
        timer.setTimeSource([&now] { return now; });
        timer.setSchedule(bidders, 20, 5);
        timer.startOrPause();
        now = now.addSecs(25 * 60 + 95);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        timer.nextBidder();
        timer.startOrPause();
        now = now.addSecs(15 * 60 + 48);
        timer.refresh();
        save(timer, QStringLiteral("timer.png"));
    }
    {
        ProjectorWindow projector;
        projector.setProjectTitle(scenario.project.title);
        projector.showPresenter(bidders.at(1).name, 2, 3);
        tp::PresentationClock::Reading reading;
        reading.phase = tp::PresentationClock::Phase::Presentation;
        reading.remainingSeconds = 252;
        reading.alert = tp::PresentationClock::Alert::FiveMinutesLeft;
        projector.showClock(reading);
        save(projector, QStringLiteral("projector.png"), QSize(1280, 720));
        projector.showDrawOrder({bidders.at(2).name, bidders.at(0).name, bidders.at(1).name});
        save(projector, QStringLiteral("projector-order.png"), QSize(1280, 720));
        projector.showApprovedRanking(UiTestData::finalEvaluation(), scenario);
        save(projector, QStringLiteral("projector-ranking.png"), QSize(1280, 720));
    }
    {
        // The evaluation report's preview, at the first panel member's score sheet.
        const tp::report::DocumentInputLoader::Result loaded =
            tp::report::DocumentInputLoader::fromFile(QStringLiteral(TP_EXAMPLES_DIR "/cixi-2014.json"));
        if (!loaded.ok()) {
            std::fprintf(stderr, "cannot load the Cixi example\n");
            return 1;
        }
        DocumentPreviewDialog preview(tp::report::EvaluationReport::document(*loaded.input),
                                      QStringLiteral("report.pdf"));
        preview.resize(1366, 768);
        preview.show();
        QApplication::processEvents();
        if (auto* scroll = preview.findChild<QScrollArea*>(); scroll && preview.pageCount() > 3)
            scroll->verticalScrollBar()->setValue(preview.pageWidget(3)->y());
        save(preview, QStringLiteral("report-preview.png"));
    }
    return 0;
}
