// Writes scores to a workspace as fast as it can and prints "saved P B C V" after each commit.
// tst_store_crash kills it with SIGKILL at random points.
// Usage: store_crash_writer WORKSPACE NEGOTIATION-ID RUN COUNT
#include "store/NegotiationStore.h"
#include "store/ScoringService.h"
#include "store/Workspace.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace tp;
using namespace tp::store;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fputs("usage: store_crash_writer WORKSPACE NEGOTIATION-ID RUN COUNT\n", stderr);
        return 2;
    }
    auto opened = Workspace::open(args[1]);
    if (!opened.ok()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(opened.problem.toString()));
        return 2;
    }
    Workspace& ws = **opened.value;
    const qint64 id = args[2].toLongLong();
    const int run = args[3].toInt();
    const int count = args[4].toInt();
    const auto scenario = NegotiationStore(ws).scenario(id);
    if (!scenario.ok())
        return 2;
    const QStringList bidders = {QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B3")};
    const auto& panel = scenario.value->panel;
    const auto& criteria = scenario.value->criteria;
    const int keys = int(panel.size() * bidders.size() * criteria.size());
    ScoringService scoring(ws);
    for (int i = 0; i < count; ++i) {
        const int k = (run * 37 + i) % keys;
        const Panelist& p = panel[k % panel.size()];
        const QString& b = bidders[(k / panel.size()) % bidders.size()];
        const Criterion& c = criteria[k / (panel.size() * bidders.size())];
        const Hundredths value = ((run * 13 + i * 7) * 25) % (c.max + 1);
        const auto saved = scoring.recordScore(id, p.id, b, c.id, value, QStringLiteral("crash-writer"));
        if (!saved.ok()) {
            std::fprintf(stderr, "error: %s\n", qPrintable(saved.problem.toString()));
            return 2;
        }
        const QByteArray line = QStringLiteral("saved %1 %2 %3 %4\n").arg(p.id, b, c.id).arg(value).toUtf8();
        if (::write(1, line.constData(), size_t(line.size())) != line.size())
            return 3;
    }
    return 0;
}
