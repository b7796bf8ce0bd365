#include "MessageBox.h"
#include "UiTestData.h"
#include "draw/DrawPage.h"
#include "rules/LotDraw.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace tp::ui;

class TestUiDraw : public QObject
{
    Q_OBJECT

private:
    static QString compact(QString text)
    {
        text.remove(QLatin1Char(' '));
        text.remove(QLatin1Char('\n'));
        return text;
    }

private slots:
    void commitThenReveal()
    {
        DrawPage page;
        page.setBidders(UiTestData::qualifiedBidders());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy committed(&page, &DrawPage::drawCommitted);
        QSignalSpy revealed(&page, &DrawPage::drawRevealed);
        auto* commitment = page.findChild<QLabel*>(QStringLiteral("commitment"));
        auto* seedLabel = page.findChild<QLabel*>(QStringLiteral("seed"));
        auto* reveal = page.findChild<QPushButton*>(QStringLiteral("revealButton"));
        QVERIFY(!commitment->isVisible());
        QVERIFY(!reveal->isEnabled());

        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("drawButton")), Qt::LeftButton);
        QCOMPARE(committed.count(), 1);
        const QString seed = committed.at(0).at(0).toString();
        QVERIFY(tp::LotDraw::isValidSeed(seed));
        // The commitment is on the screen; the seed and the order are not.
        QVERIFY(commitment->isVisible());
        QCOMPARE(compact(commitment->text()), tp::LotDraw::commitment(seed));
        QCOMPARE(commitment->text().count(QLatin1Char('\n')), 3);
        QVERIFY(!seedLabel->isVisible());
        for (const QString& text : UiTestData::visibleTexts(&page))
            QVERIFY2(!text.contains(seed), qPrintable(text));
        QVERIFY(page.commitmentSheetHtml().contains(commitment->text().left(19)));
        QVERIFY(!page.commitmentSheetHtml().contains(seed));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(revealed.count(), 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(revealed.count(), 1);
        const QStringList ids{QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B3")};
        const QStringList order = tp::LotDraw::order(seed, ids);
        QCOMPARE(revealed.at(0).at(1).toStringList(), order);
        QVERIFY(seedLabel->isVisible());
        QCOMPARE(seedLabel->text(), QStringLiteral("Seed: ") + seed);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("orderTable"));
        QCOMPARE(table->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(table->item(row, 0)->text(), QString::number(row + 1));
            QCOMPARE(table->item(row, 2)->text(), tp::LotDraw::checkCommand(seed, order.at(row)));
        }
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("checkHint"))->text().contains(QStringLiteral("| sha256sum")));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("drawButton"))->isEnabled());
    }

    void knownSeedOrder()
    {
        DrawPage page;
        page.setBidders(UiTestData::qualifiedBidders());
        const QString seed(64, QLatin1Char('a'));
        page.setCommitted(seed);
        QCOMPARE(page.state(), DrawPage::State::Committed);
        QCOMPARE(page.commitment(), tp::LotDraw::commitment(seed));
        page.setRevealed(seed);
        QCOMPARE(page.order(),
                 tp::LotDraw::order(seed, {QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B3")}));
    }

    void physicalDraw()
    {
        DrawPage page;
        page.setBidders(UiTestData::qualifiedBidders());
        page.show();
        QSignalSpy recorded(&page, &DrawPage::manualOrderRecorded);
        auto* list = page.findChild<QListWidget*>(QStringLiteral("manualOrder"));
        list->setCurrentRow(2);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("moveUp")), Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("moveUp")), Qt::LeftButton);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("recordOrder")), Qt::LeftButton);
        QCOMPARE(recorded.count(), 1);
        QCOMPARE(recorded.at(0).at(0).toStringList(),
                 (QStringList{QStringLiteral("B3"), QStringLiteral("B1"), QStringLiteral("B2")}));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("1. 丙健康保险股份有限公司浙江分公司")));
        QCOMPARE(page.state(), DrawPage::State::ManualRecorded);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("recordOrder"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("drawButton"))->isEnabled());
    }
};

QTEST_MAIN(TestUiDraw)
#include "tst_ui_draw.moc"
