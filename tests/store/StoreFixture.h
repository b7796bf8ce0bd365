#pragma once

#include "io/ScenarioReader.h"
#include "store/AuditLog.h"
#include "store/NegotiationStore.h"
#include "store/Workspace.h"

#include "TestEngine.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
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
};
