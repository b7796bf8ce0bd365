#include "UiTestData.h"
#include "projector/ProjectorWindow.h"
#include "rules/Evaluation.h"

#include <QGuiApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>

using namespace tp::ui;

class TestUiProjector : public QObject
{
    Q_OBJECT

private:
    static void verifyNoScores(const ProjectorWindow& window)
    {
        static const QRegularExpression score(QStringLiteral("\\d+\\.\\d\\d"));
        const tp::Evaluation evaluation = UiTestData::finalEvaluation();
        for (const QString& text : UiTestData::visibleTexts(&window)) {
            QVERIFY2(!score.match(text).hasMatch(), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
        }
    }

private slots:
    void audienceViewsWithoutScores()
    {
        ProjectorWindow window;
        window.setProjectTitle(UiTestData::scenario().project.title);
        window.openOnAudienceScreen();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // One screen here: a normal window, not full screen.
        QCOMPARE(QGuiApplication::screens().size(), 1);
        QVERIFY(ProjectorWindow::audienceScreen() == nullptr);
        QVERIFY(!window.isFullScreen());
        QCOMPARE(window.currentView(), ProjectorWindow::View::Title);
        verifyNoScores(window);

        window.showDrawOrder(
            {QStringLiteral("丙健康保险股份有限公司浙江分公司"), QStringLiteral("甲保险股份有限公司宁波分公司")});
        QCOMPARE(window.currentView(), ProjectorWindow::View::DrawOrder);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("drawOrder"))->text(),
                 QStringLiteral("1.  丙健康保险股份有限公司浙江分公司\n2.  甲保险股份有限公司宁波分公司"));
        verifyNoScores(window);

        window.showPresenter(QStringLiteral("丙健康保险股份有限公司浙江分公司"), 1, 2);
        tp::PresentationClock::Reading reading;
        reading.phase = tp::PresentationClock::Phase::Presentation;
        reading.remainingSeconds = 59;
        reading.alert = tp::PresentationClock::Alert::OneMinuteLeft;
        window.showClock(reading);
        QCOMPARE(window.currentView(), ProjectorWindow::View::Timer);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("projectorDigits"))->text(), QStringLiteral("00:59"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("presenterNumber"))->text(),
                 QStringLiteral("Presentation 1 of 2"));
        verifyNoScores(window);
        // The digits are large enough to read from the back of the room.
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("projectorDigits"))->font().pixelSize() >= 150);

        // A ranking that still needs a vote is refused.
        QVERIFY(!window.showApprovedRanking(UiTestData::tiedEvaluation(), UiTestData::scenario()));
        QCOMPARE(window.currentView(), ProjectorWindow::View::Timer);
        verifyNoScores(window);
    }

    void approvedRanking()
    {
        ProjectorWindow window;
        window.show();
        QVERIFY(window.showApprovedRanking(UiTestData::finalEvaluation(), UiTestData::scenario()));
        QCOMPARE(window.currentView(), ProjectorWindow::View::Ranking);
        const QStringList texts = UiTestData::visibleTexts(&window);
        QVERIFY(texts.contains(QStringLiteral("85.33")));
        QVERIFY(texts.contains(QStringLiteral("60 %")));
        QVERIFY(texts.contains(QStringLiteral("丙健康保险股份有限公司浙江分公司")));
        // Only the published scores: no panel member's total.
        QVERIFY(!texts.contains(QStringLiteral("88.00")));
        QVERIFY(!texts.contains(QStringLiteral("赵明")));
    }
};

QTEST_MAIN(TestUiProjector)
#include "tst_ui_projector.moc"
