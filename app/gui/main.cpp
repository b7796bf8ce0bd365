// tenderpanel: the desktop application.
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tenderpanel"));
    QApplication::setApplicationDisplayName(QStringLiteral("TenderPanel"));
    QApplication::setOrganizationName(QStringLiteral("TenderPanel"));
    QApplication::setApplicationVersion(QStringLiteral(TENDERPANEL_VERSION));
    tp::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
