// Helper of bench/workspace.sh.
//   workspace_bench generate EXAMPLE.json WORKSPACE N   stores N negotiations made from one scenario
//   workspace_bench open WORKSPACE                      opens the workspace (all checks) and exits
#include "io/ScenarioReader.h"
#include "store/NegotiationStore.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>

using namespace tp;
using namespace tp::store;

namespace {

const char* const kCities[] = {"慈溪市", "余姚市", "宁海县", "象山县", "奉化区", "鄞州区", "海曙区", "江北区"};

int generate(const QString& example, const QString& path, int count)
{
    const auto read = ScenarioReader::readFile(example);
    if (!read.ok()) {
        std::fprintf(stderr, "error: %s: cannot read\n", qPrintable(example));
        return 2;
    }
    auto opened = Workspace::open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(opened.problem.toString()));
        return 2;
    }
    Workspace& ws = **opened.value;
    // Generating test data only: the program itself always writes with synchronous=FULL.
    QSqlQuery(ws.database()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    NegotiationStore store(ws);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        Scenario s = *read.scenario;
        const int year = 2014 + i % 12;
        const QString city = QString::fromUtf8(kCities[i % 8]);
        s.project.title = QStringLiteral("%1%2年城乡居民大病保险承办选择性谈判 第%3批").arg(city).arg(year).arg(i + 1);
        s.project.purchaser = city + QStringLiteral("医疗保障管理中心");
        const qint64 shift = QDate(2014, 1, 1).daysTo(QDate(year, 1, 1));
        if (s.project.registrationDeadline)
            s.project.registrationDeadline = s.project.registrationDeadline->addDays(shift);
        const auto imported = store.importScenario(s, QStringLiteral("bench"));
        if (!imported.ok()) {
            std::fprintf(stderr, "error: %s\n", qPrintable(imported.problem.toString()));
            return 2;
        }
    }
    std::printf("generated %d negotiations in %.1f s\n", count, double(timer.elapsed()) / 1000.0);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 5 && args[1] == QLatin1String("generate"))
        return generate(args[2], args[3], args[4].toInt());
    if (args.size() == 3 && args[1] == QLatin1String("open")) {
        const auto opened = Workspace::open(args[2]);
        if (!opened.ok()) {
            std::fprintf(stderr, "error: %s\n", qPrintable(opened.problem.toString()));
            return 2;
        }
        return 0;
    }
    std::fputs("usage: workspace_bench generate EXAMPLE.json WORKSPACE N | workspace_bench open WORKSPACE\n", stderr);
    return 2;
}
