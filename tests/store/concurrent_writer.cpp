// One of several programs writing to the same workspace at once: corrects a score COUNT times, each
// correction with the reason "writer W action I", and prints "confirmed W I" after each one the store
// confirmed, "failed W I: PROBLEM" after each one it refused. tst_concurrent_writers runs four.
// Usage: concurrent_writer WORKSPACE NEGOTIATION-ID WRITER COUNT
#include "store/ScoringService.h"
#include "store/Workspace.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace tp;
using namespace tp::store;

namespace {

bool say(const QString& text)
{
    const QByteArray line = text.toUtf8() + '\n';
    return ::write(1, line.constData(), size_t(line.size())) == line.size();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fputs("usage: concurrent_writer WORKSPACE NEGOTIATION-ID WRITER COUNT\n", stderr);
        return 2;
    }
    Workspace::Options options;
    options.create = false;
    options.actor = QStringLiteral("writer-%1").arg(args[3]);
    auto opened = Workspace::open(args[1], options);
    if (!opened.ok()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(opened.problem.toString()));
        return 2;
    }
    Workspace& ws = **opened.value;
    const qint64 id = args[2].toLongLong();
    const int writer = args[3].toInt();
    const int count = args[4].toInt();
    ScoringService scoring(ws);
    const QStringList bidders = {QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B3")};
    for (int i = 0; i < count; ++i) {
        CorrectionRequest request;
        request.panelist = QStringLiteral("P%1").arg(writer % 3 + 1);
        request.bidder = bidders[i % bidders.size()];
        request.criterion = QStringLiteral("C1");
        request.value = (writer * 31 + i * 7) % 21 * 100;
        request.category = CorrectionCategory::SummationError;
        request.reason = QStringLiteral("writer %1 action %2").arg(writer).arg(i);
        const auto corrected = scoring.correctScore(id, request, options.actor);
        const bool written =
            corrected.ok()
                ? say(QStringLiteral("confirmed %1 %2").arg(writer).arg(i))
                : say(QStringLiteral("failed %1 %2: %3").arg(writer).arg(i).arg(corrected.problem.toString()));
        if (!written)
            return 3;
    }
    return 0;
}
