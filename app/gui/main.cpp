// tenderpanel: the desktop application.
#include "../LargeAllocations.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "home/HomeView.h"
#include "main/ApplicationStyle.h"
#include "model/Translations.h"
#include "model/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTableView>

int main(int argc, char* argv[])
{
    tp::app::reserveHeapInLargePages();
    QApplication app(argc, argv);
    tp::ui::ApplicationStyle::install();
    QApplication::setApplicationName(QStringLiteral("tenderpanel"));
    QApplication::setApplicationDisplayName(QStringLiteral("TenderPanel"));
    QApplication::setOrganizationName(QStringLiteral("TenderPanel"));
    QApplication::setApplicationVersion(tp::programVersion());
    const QString language =
        tp::Translations::chooseLanguage(QSettings().value(QStringLiteral("ui/language")).toString());
    tp::Translations::install(app, language);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QApplication::translate("main", "The workspace file to open."),
                                       QStringLiteral("PATH"));
    parser.addOption(workspace);
    parser.process(app);
    tp::ui::MainWindow window(parser.value(workspace));
    // bench/run.sh: TENDERPANEL_EXIT_AT_FIRST_PAINT=1 prints the time to the first paint of the home list and quits.
    if (auto* home = window.findChild<tp::ui::HomeView*>())
        tp::app::FirstPaintProbe::watchIfRequested(home->view()->viewport());
    // A panel member's credential opens the member's terminal window in place of the main window.
    if (!window.memberWindow())
        window.show();
    return QApplication::exec();
}
