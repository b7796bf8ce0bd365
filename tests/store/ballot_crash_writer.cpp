// Casts ballots the way the vote step does, prints "confirmed VOTER" once each is stored, then waits
// to be killed: tst_store_crash kills it with SIGKILL while the round is still open.
// Usage: ballot_crash_writer WORKSPACE NEGOTIATION-ID ROUND VOTER=CHOICE... (an empty choice: blank)
#include "store/ScoringService.h"
#include "store/Workspace.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace tp::store;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        std::fputs("usage: ballot_crash_writer WORKSPACE NEGOTIATION-ID ROUND VOTER=CHOICE...\n", stderr);
        return 2;
    }
    auto opened = Workspace::open(args[1]);
    if (!opened.ok()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(opened.problem.toString()));
        return 2;
    }
    Workspace& ws = **opened.value;
    ScoringService scoring(ws);
    for (qsizetype i = 4; i < args.size(); ++i) {
        const QString voter = args[i].section(QLatin1Char('='), 0, 0);
        const QString choice = args[i].section(QLatin1Char('='), 1);
        const auto cast = scoring.castBallot(args[2].toLongLong(), args[3].toLongLong(), voter,
                                             choice.isEmpty() ? std::nullopt : std::optional<QString>(choice),
                                             QStringLiteral("crash-writer"));
        if (!cast.ok()) {
            std::fprintf(stderr, "error: %s\n", qPrintable(cast.problem.toString()));
            return 2;
        }
        const QByteArray line = QStringLiteral("confirmed %1\n").arg(voter).toUtf8();
        if (::write(1, line.constData(), size_t(line.size())) != line.size())
            return 3;
    }
    // The program is still running, the workspace open, the round open.
    for (;;)
        ::pause();
}
