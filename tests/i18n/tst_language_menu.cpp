// The main window in Chinese, and its Settings > Language menu storing the choice for the next start.
#include "MainWindow.h"
#include "MessageBox.h"
#include "model/Translations.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tp::ui;

namespace {

QMenu* menuTitled(const QList<QAction*>& actions, const QString& title)
{
    for (QAction* action : actions)
        if (action->menu() && action->text() == title)
            return action->menu();
    return nullptr;
}

} // namespace

class TestLanguageMenu : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chineseMenus();
    void chooseChinese();

private:
    QTemporaryDir m_dir;
};

void TestLanguageMenu::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    QVERIFY(tp::Translations::install(*QApplication::instance(), QStringLiteral("zh_CN")));
}

void TestLanguageMenu::chineseMenus()
{
    MainWindow window(m_dir.filePath(QStringLiteral("menus.sqlite")));
    QVERIFY(window.hasWorkspace());
    QCOMPARE(window.windowTitle(), QStringLiteral("TenderPanel 谈判评审系统"));
    const QList<QAction*> menus = window.menuBar()->actions();
    QVERIFY(menuTitled(menus, QStringLiteral("文件(&F)")));
    QVERIFY(menuTitled(menus, QStringLiteral("帮助(&H)")));
    QMenu* settings = menuTitled(menus, QStringLiteral("设置(&S)"));
    QVERIFY(settings);
    QMenu* language = menuTitled(settings->actions(), QStringLiteral("语言(&L)"));
    QVERIFY(language);
    QStringList names;
    for (QAction* action : language->actions()) {
        QVERIFY(action->isCheckable());
        names.append(action->text());
        // TENDERPANEL_LANG=en is the test environment: English is the language in effect.
        QCOMPARE(action->isChecked(), action->data().toString() == QLatin1String("en"));
    }
    QCOMPARE(names, QStringList({QStringLiteral("中文"), QStringLiteral("English")}));
}

void TestLanguageMenu::chooseChinese()
{
    MainWindow window(m_dir.filePath(QStringLiteral("choose.sqlite")));
    QMenu* settings = menuTitled(window.menuBar()->actions(), QStringLiteral("设置(&S)"));
    QVERIFY(settings);
    QMenu* language = menuTitled(settings->actions(), QStringLiteral("语言(&L)"));
    QVERIFY(language);
    QAction* chinese = language->actions().value(0);
    QVERIFY(chinese);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    chinese->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(MessageBox::lastText(), QStringLiteral("语言将在下次启动 TenderPanel 时更改。"));
    QVERIFY(chinese->isChecked());
    QCOMPARE(tp::Translations::chooseLanguage(QSettings().value(QStringLiteral("ui/language")).toString()),
             QStringLiteral("zh_CN"));
}

QTEST_MAIN(TestLanguageMenu)
#include "tst_language_menu.moc"
