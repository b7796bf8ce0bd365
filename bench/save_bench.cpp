// Helper of bench/run.sh: the durable save of one score in process.
//   save_bench EXAMPLE.json WORKSPACE ITERATIONS
// Creates WORKSPACE with the example negotiation at the presentations stage (no scores yet), then, in
// alternation, ITERATIONS times each:
//   ours:     ScoringService::recordScore (its transaction, its audit event, the commit);
//   baseline: one raw INSERT committed on its own, on a second connection to the same file set to
//             journal_mode=WAL and synchronous=FULL.
// Prints "save-us OURS BASELINE": the median microseconds of one operation of each.
#include "io/ScenarioReader.h"
#include "store/NegotiationStore.h"
#include "store/ScoringService.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tp;
using namespace tp::store;

namespace {

double median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? double(values[n / 2]) : double(values[n / 2 - 1] + values[n / 2]) / 2.0;
}

int fail(const QString& why)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(why));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4 || args[3].toInt() < 1) {
        std::fputs("usage: save_bench EXAMPLE.json WORKSPACE ITERATIONS\n", stderr);
        return 2;
    }
    const int iterations = args[3].toInt();
    auto read = ScenarioReader::readFile(args[1]);
    if (!read.ok())
        return fail(args[1] + QStringLiteral(": cannot read"));
    Scenario scenario = *read.scenario;
    scenario.scores.reset(); // presentations: scores may be entered
    auto opened = Workspace::open(args[2]);
    if (!opened.ok())
        return fail(opened.problem.toString());
    Workspace& ws = **opened.value;
    const auto imported = NegotiationStore(ws).importScenario(scenario, QStringLiteral("bench"));
    if (!imported.ok())
        return fail(imported.problem.toString());
    const qint64 id = imported.value->id;

    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(args[2]);
    if (!raw.open())
        return fail(raw.lastError().text());
    QSqlQuery setup(raw);
    for (const char* sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                            "CREATE TABLE bench_raw (id INTEGER PRIMARY KEY, panelist TEXT, bidder TEXT, "
                            "criterion TEXT, hundredths INTEGER)"})
        if (!setup.exec(QString::fromLatin1(sql)))
            return fail(setup.lastError().text());
    QSqlQuery insert(raw);
    insert.prepare(
        QStringLiteral("INSERT INTO bench_raw (panelist, bidder, criterion, hundredths) VALUES (?, ?, ?, ?)"));

    ScoringService scoring(ws);
    const auto& panel = scenario.panel;
    const auto& criteria = scenario.criteria;
    std::vector<qint64> ours;
    std::vector<qint64> baseline;
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        const Panelist& p = panel[i % int(panel.size())];
        const Criterion& c = criteria[(i / int(panel.size())) % int(criteria.size())];
        const Hundredths value = Hundredths((i * 25) % (c.max + 1));
        timer.start();
        const auto saved = scoring.recordScore(id, p.id, QStringLiteral("B1"), c.id, value, QStringLiteral("bench"));
        ours.push_back(timer.nsecsElapsed() / 1000);
        if (!saved.ok())
            return fail(saved.problem.toString());
        timer.start();
        insert.addBindValue(p.id);
        insert.addBindValue(QStringLiteral("B1"));
        insert.addBindValue(c.id);
        insert.addBindValue(qint64(value));
        const bool inserted = insert.exec();
        baseline.push_back(timer.nsecsElapsed() / 1000);
        if (!inserted)
            return fail(insert.lastError().text());
    }
    std::printf("save-us %.0f %.0f\n", median(ours), median(baseline));
    return 0;
}
