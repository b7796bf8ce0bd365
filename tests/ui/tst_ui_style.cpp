// The program's style (ApplicationStyle) gives the same icons as the style it wraps: the ones it reads
// only when they are first drawn (a line edit's clear button, the menu bar's overflow arrow) look and
// work as the wrapped style's own, in either direction of writing; the colours and the style's name are
// those of the style the application was given.
#include "main/ApplicationStyle.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace tp::ui;

class TestUiStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameIcons_data();
    void sameIcons();
    void clearButtonClears();
    void menuBarOverflowArrow();

private:
    std::unique_ptr<QStyle> m_reference; // the wrapped style on its own
};

namespace {

// What `icon` shows at `side` pixels: its pixmap, and what it paints into a square of that side.
QList<QImage> looks(const QIcon& icon, int side)
{
    QImage painted(side, side, QImage::Format_ARGB32_Premultiplied);
    painted.fill(Qt::transparent);
    {
        QPainter painter(&painted);
        icon.paint(&painter, QRect(0, 0, side, side));
    }
    return {
        icon.pixmap(QSize(side, side)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
        icon.pixmap(QSize(side, side), QIcon::Disabled).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
        painted};
}

} // namespace

void TestUiStyle::initTestCase()
{
    m_reference.reset(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(m_reference);
    // As main() does: over the style the application was given, with the same colours and metrics.
    QApplication::setStyle(QStringLiteral("Fusion"));
    const QPalette palette = QApplication::palette();
    const QString name = QApplication::style()->name();
    const int indicator = QApplication::style()->pixelMetric(QStyle::PM_IndicatorWidth);
    ApplicationStyle::install();
    const auto* installed = qobject_cast<ApplicationStyle*>(QApplication::style());
    QVERIFY(installed);
    QCOMPARE(installed->baseStyle()->name(), name);
    QVERIFY(QApplication::palette() == palette);
    QCOMPARE(QApplication::style()->pixelMetric(QStyle::PM_IndicatorWidth), indicator);
}

void TestUiStyle::cleanupTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestUiStyle::sameIcons_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<bool>("readWhenDrawn");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("clear button") << int(QStyle::SP_LineEditClearButton) << true << Qt::LeftToRight;
    QTest::newRow("clear button, right to left") << int(QStyle::SP_LineEditClearButton) << true << Qt::RightToLeft;
    QTest::newRow("overflow arrow") << int(QStyle::SP_ToolBarHorizontalExtensionButton) << true << Qt::LeftToRight;
    QTest::newRow("overflow arrow, right to left")
        << int(QStyle::SP_ToolBarHorizontalExtensionButton) << true << Qt::RightToLeft;
    QTest::newRow("vertical overflow arrow")
        << int(QStyle::SP_ToolBarVerticalExtensionButton) << true << Qt::LeftToRight;
    QTest::newRow("warning, read at once") << int(QStyle::SP_MessageBoxWarning) << false << Qt::LeftToRight;
    QTest::newRow("folder, read at once") << int(QStyle::SP_DirIcon) << false << Qt::LeftToRight;
}

void TestUiStyle::sameIcons()
{
    QFETCH(int, which);
    QFETCH(bool, readWhenDrawn);
    QFETCH(Qt::LayoutDirection, direction);
    const auto sp = QStyle::StandardPixmap(which);
    QCOMPARE(ApplicationStyle::isReadWhenDrawn(sp), readWhenDrawn);
    QStyleOption option;
    option.direction = direction;
    const QIcon ours = QApplication::style()->standardIcon(sp, &option);
    const QIcon theirs = m_reference->standardIcon(sp, &option);
    QVERIFY(!theirs.isNull());
    QVERIFY(!ours.isNull());
    for (const int side : {16, 24, 32}) {
        const QList<QImage> expected = looks(theirs, side);
        const QList<QImage> actual = looks(ours, side);
        QVERIFY(!expected.first().isNull());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(actual[i] == expected[i], qPrintable(QStringLiteral("%1 px, look %2").arg(side).arg(i)));
        QCOMPARE(ours.actualSize(QSize(side, side)), theirs.actualSize(QSize(side, side)));
    }
    QCOMPARE(ours.availableSizes(), theirs.availableSizes());
    // A copy of the icon made before its first drawing draws the same.
    const QIcon copy = QApplication::style()->standardIcon(sp, &option);
    const QIcon copyOfCopy = copy;
    QVERIFY(looks(copyOfCopy, 16) == looks(theirs, 16));
}

void TestUiStyle::clearButtonClears()
{
    QLineEdit edit;
    edit.setClearButtonEnabled(true);
    edit.resize(300, edit.sizeHint().height());
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    auto* action = edit.findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"));
    QVERIFY(action);
    QToolButton* button = nullptr;
    for (QToolButton* b : edit.findChildren<QToolButton*>())
        if (b->defaultAction() == action || b->icon().cacheKey() == action->icon().cacheKey())
            button = b;
    QVERIFY(button);
    QTest::keyClicks(&edit, QStringLiteral("pingan"));
    QCOMPARE(edit.text(), QStringLiteral("pingan"));
    QTRY_VERIFY(button->isVisible());
    QStyleOption option;
    option.direction = edit.layoutDirection();
    QVERIFY(looks(action->icon(), 16) == looks(m_reference->standardIcon(QStyle::SP_LineEditClearButton, &option), 16));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(edit.text(), QString());
}

void TestUiStyle::menuBarOverflowArrow()
{
    QMainWindow window;
    for (int i = 0; i < 12; ++i)
        window.menuBar()->addMenu(QStringLiteral("菜单 %1").arg(i + 1));
    window.resize(200, 120);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* arrow = window.menuBar()->findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button"));
    QVERIFY(arrow);
    QTRY_VERIFY(arrow->isVisible());
    QVERIFY(
        looks(arrow->icon(), 16) ==
        looks(m_reference->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, window.menuBar()), 16));
}

QTEST_MAIN(TestUiStyle)
#include "tst_ui_style.moc"
