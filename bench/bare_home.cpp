// Baseline of the GUI start figures in bench/run.sh: the least a Qt Widgets program must do to show the
// home list. It opens the same SQLite file with Qt's own driver, runs the same query as the home list
// (NegotiationStore::list without a search) into a QSqlQueryModel, shows it in a QTableView in a main
// window and, with TENDERPANEL_EXIT_AT_FIRST_PAINT=1, reports its first paint by the same probe as
// the application.
//   bare_home WORKSPACE
#include "FirstPaintProbe.h"
#include "store/SummaryQuery.h"

#include <QApplication>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: bare_home WORKSPACE\n", stderr);
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(args[1]);
    if (!db.open()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(db.lastError().text()));
        return 2;
    }
    QSqlQueryModel model;
    model.setQuery(QString::fromLatin1(tp::store::summary::kColumns) + QLatin1String(tp::store::summary::kOrder), db);
    if (model.lastError().isValid()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(model.lastError().text()));
        return 2;
    }
    QMainWindow window;
    auto* view = new QTableView(&window);
    view->setModel(&model);
    window.setCentralWidget(view);
    window.resize(1366, 768); // the size of the main window on a first start
    tp::app::FirstPaintProbe::watchIfRequested(view->viewport());
    window.show();
    return QApplication::exec();
}
