// A panel member's terminal, as a program of its own: opens the workspace with a member credential
// (the password in the environment variable TP_MEMBER_PASSWORD) and either enters the member's whole
// sheet from a scenario file cell by cell, then submits it ("sheet"), or casts the member's ballot in
// the open round ("vote", CHOICE "-" for a blank ballot). Prints what it did; exits 0 when every step
// was confirmed. tst_member_terminals runs several at once.
// Usage: member_terminal ADDRESS sheet SCENARIO.json
//        member_terminal ADDRESS vote CHOICE
#include "io/ScenarioReader.h"
#include "store/MemberSession.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>

using namespace tp;
using namespace tp::store;

namespace {

int fail(const QString& what, const Problem& problem)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(problem.toString()));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4 || (args[2] != QLatin1String("sheet") && args[2] != QLatin1String("vote"))) {
        std::fputs("usage: member_terminal ADDRESS sheet SCENARIO.json | member_terminal ADDRESS vote CHOICE\n",
                   stderr);
        return 2;
    }
    const QString password = QProcessEnvironment::systemEnvironment().value(QStringLiteral("TP_MEMBER_PASSWORD"));
    auto opened = MemberSession::open(args[1], password);
    if (!opened.ok())
        return fail(QStringLiteral("open"), opened.problem);
    MemberSession& session = **opened.value;
    const auto view = session.view();
    if (!view.ok())
        return fail(QStringLiteral("view"), view.problem);

    if (args[2] == QLatin1String("vote")) {
        if (!view.value->vote)
            return fail(QStringLiteral("vote"), {session.panelist(), QStringLiteral("no round is open")});
        const std::optional<QString> choice =
            args[3] == QLatin1String("-") ? std::nullopt : std::optional<QString>(args[3]);
        const auto cast = session.castBallot(view.value->vote->round, choice);
        if (!cast.ok())
            return fail(QStringLiteral("vote"), cast.problem);
        std::printf("voted %s\n", qPrintable(session.panelist()));
        return 0;
    }

    const auto read = ScenarioReader::readFile(args[3]);
    if (!read.ok() || !read.scenario->scores)
        return fail(QStringLiteral("scenario"), {args[3], QStringLiteral("cannot be read")});
    QHash<QString, Hundredths> mine;
    for (const ScoreEntry& e : *read.scenario->scores)
        if (e.panelist == session.panelist())
            mine.insert(e.bidder + QLatin1Char('\n') + e.criterion, e.score);
    // Cell by cell, in the order the terminal shows them.
    for (const MemberView::Bidder& b : view.value->bidders)
        for (const MemberView::Criterion& c : view.value->criteria) {
            const auto cell = mine.constFind(b.code + QLatin1Char('\n') + c.code);
            if (cell == mine.constEnd())
                return fail(QStringLiteral("sheet"), {b.code + QLatin1Char('/') + c.code, QStringLiteral("no score")});
            const auto recorded = session.recordScore(b.code, c.code, *cell);
            if (!recorded.ok())
                return fail(QStringLiteral("score"), recorded.problem);
        }
    const auto submitted = session.submitSheet();
    if (!submitted.ok())
        return fail(QStringLiteral("submit"), submitted.problem);
    std::printf("submitted %s\n", qPrintable(session.panelist()));
    return 0;
}
