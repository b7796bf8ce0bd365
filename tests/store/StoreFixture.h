#pragma once

#include "io/ScenarioReader.h"
#include "store/AuditLog.h"
#include "store/NegotiationStore.h"
#include "store/Workspace.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <memory>

// Shared by the store tests: example scenarios and a second, plain connection to a workspace file
// (the way another tool would open it behind the program's back).
class StoreFixture
{
public:
    static tp::Scenario example(const QString& name)
    {
        const auto read =
            tp::ScenarioReader::readFile(QStringLiteral(TP_EXAMPLES_DIR "/") + name + QStringLiteral(".json"));
        if (!read.ok())
            qFatal("cannot read example %s", qPrintable(name));
        return *read.scenario;
    }

    static std::shared_ptr<tp::store::Workspace> open(const QString& path)
    {
        auto opened = tp::store::Workspace::open(path);
        if (!opened.ok())
            qFatal("cannot open workspace %s: %s", qPrintable(path), qPrintable(opened.problem.toString()));
        return *opened.value;
    }

    // Runs statements on a separate plain QSQLITE connection, then closes it.
    static bool rawExec(const QString& path, const QStringList& statements)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            ok = db.open();
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

    static QVariant rawValue(const QString& path, const QString& statement)
    {
        QVariant v;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(statement) && q.next())
                    v = q.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return v;
    }
};
