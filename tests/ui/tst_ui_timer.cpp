#include "MessageBox.h"
#include "UiTestData.h"
#include "steps/presentations/PresentationTimerWidget.h"
#include "widgets/TimerStyle.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace tp::ui;
using Clock = tp::PresentationClock;

class TestUiTimer : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2014, 8, 5), QTime(9, 0), Qt::UTC);

    void advance(PresentationTimerWidget& widget, int seconds)
    {
        m_now = m_now.addSecs(seconds);
        widget.refresh();
    }
    static QString text(const QWidget& widget, const QString& name) { return widget.findChild<QLabel*>(name)->text(); }
    static QString digitColour(const QWidget& widget)
    {
        return widget.findChild<QLabel*>(QStringLiteral("digits"))->styleSheet();
    }
    static QString colourOf(Clock::Alert alert)
    {
        return QStringLiteral("color: %1;").arg(TimerStyle::colour(alert).name());
    }

private slots:
    void countdownColoursAndOverrun()
    {
        PresentationTimerWidget widget;
        widget.setTimeSource([this] { return m_now; });
        QList<tp::Bidder> order = UiTestData::qualifiedBidders();
        std::rotate(order.begin(), order.begin() + 2, order.end());
        widget.setSchedule(order, 20, 5);
        widget.show();
        QSignalSpy logged(&widget, &PresentationTimerWidget::presentationLogged);
        QSignalSpy clock(&widget, &PresentationTimerWidget::clockChanged);

        QCOMPARE(text(widget, QStringLiteral("presenter")), QStringLiteral("1 of 3: 丙健康保险股份有限公司浙江分公司"));
        QCOMPARE(text(widget, QStringLiteral("digits")), QStringLiteral("20:00"));
        QCOMPARE(text(widget, QStringLiteral("phase")), QStringLiteral("Not started"));
        auto* start = widget.findChild<QPushButton*>(QStringLiteral("startPause"));
        QCOMPARE(start->text(), QStringLiteral("Start"));
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(start->text(), QStringLiteral("Pause"));
        QCOMPARE(digitColour(widget), colourOf(Clock::Alert::Normal));

        advance(widget, 14 * 60 + 59);
        QCOMPARE(text(widget, QStringLiteral("digits")), QStringLiteral("05:01"));
        QCOMPARE(digitColour(widget), colourOf(Clock::Alert::Normal));
        advance(widget, 1);
        QCOMPARE(text(widget, QStringLiteral("digits")), QStringLiteral("05:00"));
        QCOMPARE(digitColour(widget), colourOf(Clock::Alert::FiveMinutesLeft));
        advance(widget, 4 * 60);
        QCOMPARE(text(widget, QStringLiteral("digits")), QStringLiteral("01:00"));
        QCOMPARE(digitColour(widget), colourOf(Clock::Alert::OneMinuteLeft));

        // Pausing stops the clock.
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(text(widget, QStringLiteral("phase")), QStringLiteral("Presentation (paused)"));
        advance(widget, 600);
        QCOMPARE(text(widget, QStringLiteral("digits")), QStringLiteral("01:00"));
        QTest::mouseClick(start, Qt::LeftButton);

        advance(widget, 60);
        QCOMPARE(text(widget, QStringLiteral("phase")), QStringLiteral("Supplementary statement"));
        QCOMPARE(text(widget, QStringLiteral("digits")), QStringLiteral("05:00"));
        advance(widget, 5 * 60 + 83);
        QCOMPARE(text(widget, QStringLiteral("phase")), QStringLiteral("Time is up: overrun"));
        QCOMPARE(text(widget, QStringLiteral("digits")), QStringLiteral("+01:23"));
        QCOMPARE(digitColour(widget), colourOf(Clock::Alert::Overrun));
        QVERIFY(clock.count() >= 6);

        QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("nextBidder")), Qt::LeftButton);
        QCOMPARE(logged.count(), 1);
        QCOMPARE(logged.at(0).at(0).toString(), QStringLiteral("B3"));
        QCOMPARE(logged.at(0).at(1).toDateTime(), QDateTime(QDate(2014, 8, 5), QTime(9, 0), Qt::UTC));
        QCOMPARE(logged.at(0).at(2).toDateTime(), m_now);
        QCOMPARE(logged.at(0).at(3).toLongLong(), qint64(83));
        auto* log = widget.findChild<QTableWidget*>(QStringLiteral("presentationLog"));
        QCOMPARE(log->rowCount(), 1);
        QCOMPARE(log->item(0, 3)->text(), QStringLiteral("+01:23"));
        QCOMPARE(text(widget, QStringLiteral("presenter")), QStringLiteral("2 of 3: 甲保险股份有限公司宁波分公司"));
        QCOMPARE(text(widget, QStringLiteral("digits")), QStringLiteral("20:00"));
    }

    void earlyStatementAndConfirmedEnd()
    {
        PresentationTimerWidget widget;
        widget.setTimeSource([this] { return m_now; });
        widget.setSchedule(UiTestData::qualifiedBidders().mid(0, 1), 20, 5);
        widget.show();
        QSignalSpy logged(&widget, &PresentationTimerWidget::presentationLogged);
        QSignalSpy finished(&widget, &PresentationTimerWidget::scheduleFinished);
        QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("startPause")), Qt::LeftButton);
        advance(widget, 17 * 60);
        QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("beginStatement")), Qt::LeftButton);
        QCOMPARE(text(widget, QStringLiteral("digits")), QStringLiteral("05:00"));
        advance(widget, 100);
        auto* next = widget.findChild<QPushButton*>(QStringLiteral("nextBidder"));
        QCOMPARE(next->text(), QStringLiteral("Finish presentations"));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(logged.count(), 0);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("03:20")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(logged.count(), 1);
        QCOMPARE(logged.at(0).at(3).toLongLong(), qint64(0));
        QCOMPARE(finished.count(), 1);
        QVERIFY(widget.isFinished());
        QCOMPARE(text(widget, QStringLiteral("presenter")), QStringLiteral("All 1 presentation(s) finished."));
    }
};

QTEST_MAIN(TestUiTimer)
#include "tst_ui_timer.moc"
