#pragma once

#include "store/WorkspaceAddress.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

// Where a test keeps its workspace. By default a SQLite file in a temporary folder; with
// TP_TEST_ENGINE=postgres (the NAME_pg variants CTest runs) a new, empty database on the test
// server started by scripts/pg-test-server.sh, whose address is in $TP_TEST_PG_STATE/uri. The same
// test body then runs on both engines.
class TestEngine
{
public:
    static bool onServer()
    {
        return QProcessEnvironment::systemEnvironment().value(QStringLiteral("TP_TEST_ENGINE")) ==
               QLatin1String("postgres");
    }

    // The test server's maintenance database (postgresql://USER@127.0.0.1:PORT/postgres).
    static QString serverUri()
    {
        QFile file(QProcessEnvironment::systemEnvironment().value(QStringLiteral("TP_TEST_PG_STATE")) +
                   QStringLiteral("/uri"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("TP_TEST_ENGINE=postgres but the test server's address cannot be read from %s",
                   qPrintable(file.fileName()));
        return QString::fromUtf8(file.readAll()).trimmed();
    }

    // A new workspace address: `fileName` in `dir`, or a new empty database on the test server.
    static QString address(const QTemporaryDir& dir, const QString& fileName = QStringLiteral("ws.sqlite"))
    {
        if (!onServer())
            return dir.filePath(fileName);
        return newDatabase();
    }

    // A new empty database on the test server; its address.
    static QString newDatabase()
    {
        static QAtomicInt counter;
        const QString name = QStringLiteral("tp_%1_%2_%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1))
                                 .arg(QRandomGenerator::global()->generate() % 100000);
        const QString maintenance = serverUri();
        if (!exec(maintenance, {QStringLiteral("CREATE DATABASE ") + name}))
            qFatal("cannot create database %s on the test server", qPrintable(name));
        return maintenance.left(maintenance.lastIndexOf(QLatin1Char('/')) + 1) + name;
    }

    // Runs statements on a separate plain connection (QSQLITE or QPSQL) to `address`, as another
    // tool would behind the program's back, then closes it.
    static bool exec(const QString& address, const QStringList& statements)
    {
        bool ok = true;
        {
            QSqlDatabase db = connect(address);
            ok = db.isOpen();
            if (!ok)
                qWarning("%s: %s", qPrintable(address), qPrintable(db.lastError().text()));
            for (const QString& s : statements) {
                QSqlQuery q(db);
                if (ok && !q.exec(s)) {
                    qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }

    // The first value of `statement` on a separate plain connection.
    static QVariant value(const QString& address, const QString& statement)
    {
        QVariant v;
        {
            QSqlDatabase db = connect(address);
            if (db.isOpen()) {
                QSqlQuery q(db);
                if (q.exec(statement) && q.next())
                    v = q.value(0);
                else
                    qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return v;
    }

    // A plain connection (QSQLITE or QPSQL) named `connection` to `address`, opened; remove it with
    // QSqlDatabase::removeDatabase(connection) once closed.
    static QSqlDatabase connect(const QString& address, const QString& connection = QStringLiteral("raw"))
    {
        const auto parsed = tp::store::WorkspaceAddress::parse(address);
        if (parsed && parsed->isServer()) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(parsed->host());
            db.setPort(parsed->port());
            db.setDatabaseName(parsed->database());
            db.setUserName(parsed->user());
            db.open();
            return db;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(address);
        db.open();
        return db;
    }
};
