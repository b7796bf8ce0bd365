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
