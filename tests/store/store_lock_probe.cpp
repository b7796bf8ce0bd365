// Another program on a workspace file: plain SQLite, as any tool would open it (no lock guard).
//   store_lock_probe exclusive WORKSPACE  tries to take the database for itself (exclusive locking
//       mode, BEGIN EXCLUSIVE) and prints "exclusive" or "busy"
//   store_lock_probe count WORKSPACE      prints "events N", the audit events it sees
// Either way it then closes its connection, which checkpoints and deletes the -wal and -shm files
// when SQLite finds it is the last connection.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace {

bool isBusy(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") ||
           error.text().contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

int fail(const QSqlError& error)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(error.text()));
    return 2;
}

int run(QSqlDatabase& db, const QString& mode)
{
    QSqlQuery q(db);
    if (mode == QLatin1String("exclusive")) {
        if (!q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")))
            return fail(q.lastError());
        if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE")) ||
            !q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events"))) {
            if (!isBusy(q.lastError()))
                return fail(q.lastError());
            std::puts("busy");
            return 0;
        }
        q.finish();
        q.exec(QStringLiteral("COMMIT"));
        std::puts("exclusive");
        return 0;
    }
    if (mode == QLatin1String("count")) {
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events")) || !q.next())
            return fail(q.lastError());
        std::printf("events %lld\n", q.value(0).toLongLong());
        return 0;
    }
    std::fputs("usage: store_lock_probe exclusive|count WORKSPACE\n", stderr);
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: store_lock_probe exclusive|count WORKSPACE\n", stderr);
        return 2;
    }
    int exit = 2;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(args[2]);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=200"));
        exit = db.open() ? run(db, args[1]) : fail(db.lastError());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    std::fflush(stdout);
    return exit;
}
