// tenderpanel: the desktop application.
#include "MainWindow.h"
#include "model/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tenderpanel"));
    QApplication::setApplicationDisplayName(QStringLiteral("TenderPanel"));
    QApplication::setOrganizationName(QStringLiteral("TenderPanel"));
    QApplication::setApplicationVersion(QStringLiteral(TENDERPANEL_VERSION));
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
    // A panel member's credential opens the member's terminal window in place of the main window.
    if (!window.memberWindow())
        window.show();
    return QApplication::exec();
}
