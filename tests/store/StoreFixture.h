#pragma once

#include "io/ScenarioReader.h"
#include "store/AuditLog.h"
#include "store/NegotiationStore.h"
#include "store/Workspace.h"

#include "TestEngine.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <functional>
#include <memory>

// Shared by the store tests: example scenarios and a second, plain connection to a workspace (the
// way another tool would open it behind the program's back). Where the workspace is: TestEngine.
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

    // Statements that add a trigger "t" on table scores that zeroes every score written, as another
    // tool could, in the words of the test's engine.
    static QStringList foreignScoreTrigger()
    {
        if (TestEngine::onServer())
            return {QStringLiteral("CREATE FUNCTION zero() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                   "NEW.hundredths := 0; RETURN NEW; END $$"),
                    QStringLiteral("CREATE TRIGGER t BEFORE INSERT ON scores FOR EACH ROW EXECUTE FUNCTION zero()")};
        return {QStringLiteral("CREATE TRIGGER t AFTER INSERT ON scores BEGIN UPDATE scores SET hundredths = 0 WHERE "
                               "negotiation_id = NEW.negotiation_id AND panelist_code = NEW.panelist_code AND "
                               "bidder_code = NEW.bidder_code AND criterion_code = NEW.criterion_code; END")};
    }

    // Runs statements on a separate plain connection, then closes it.
    static bool rawExec(const QString& path, const QStringList& statements)
    {
        return TestEngine::exec(path, statements);
    }

    static QVariant rawValue(const QString& path, const QString& statement)
    {
        return TestEngine::value(path, statement);
    }

    // Rewrites the audit chain consistently, as someone who knows its form could behind the
    // program's back: edit(seq, changes) may change the rows listed by each event; every event's
    // hash is computed again from the first. Then runs `statements` on the same connection.
    // False, with a warning, when a statement fails.
    static bool rewriteChain(const QString& path, const std::function<void(qint64 seq, QJsonArray& changes)>& edit,
                             const QStringList& statements = {})
    {
        const QString connection = QStringLiteral("rewrite");
        bool ok = true;
        {
            QSqlDatabase db = TestEngine::connect(path, connection);
            QSqlQuery q(db);
            ok = db.isOpen() && q.exec(QStringLiteral("SELECT seq, body FROM audit_events ORDER BY seq"));
            QList<QPair<qint64, QByteArray>> events;
            while (ok && q.next())
                events.append({q.value(0).toLongLong(), q.value(1).toString().toUtf8()});
            QString previous = tp::store::AuditLog::genesis();
            for (auto& [seq, body] : events) {
                QJsonObject event = QJsonDocument::fromJson(body).object();
                QJsonArray changes = event.value(QStringLiteral("changes")).toArray();
                edit(seq, changes);
                event.insert(QStringLiteral("changes"), changes);
                body = QJsonDocument(event).toJson(QJsonDocument::Compact);
                const QString hash = tp::store::AuditLog::hashOf(previous, body);
                QSqlQuery u(db);
                u.prepare(QStringLiteral("UPDATE audit_events SET body = ?, prev_hash = ?, hash = ? WHERE seq = ?"));
                u.addBindValue(QString::fromUtf8(body));
                u.addBindValue(previous);
                u.addBindValue(hash);
                u.addBindValue(seq);
                if (ok && !u.exec()) {
                    qWarning("cannot rewrite event %lld: %s", seq, qPrintable(u.lastError().text()));
                    ok = false;
                }
                previous = hash;
            }
            for (const QString& statement : statements)
                if (ok && !q.exec(statement)) {
                    qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                    ok = false;
                }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }
};
