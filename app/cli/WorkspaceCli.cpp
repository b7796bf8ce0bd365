#include "WorkspaceCli.h"

#include "store/WorkspaceAddress.h"

#include <QProcessEnvironment>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace tp::cli {

namespace {

// One line from the terminal, not echoed.
QString readPassword(const QString& prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    QString text = read ? QString::fromLocal8Bit(line) : QString();
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

} // namespace

std::shared_ptr<store::Workspace> WorkspaceCli::open(CliContext& context, int* exitCode, Access access)
{
    const QString path = store::Workspace::resolvePath(context.workspace);
    store::Workspace::Options options;
    options.actor = actor();
    options.readOnly = access == Access::Read;
    options.upgradeFirst = access == Access::Read;
    options.create = access == Access::Create;
    auto opened = store::Workspace::open(path, options);
    // A server that wants a password libpq did not find (PGPASSWORD, ~/.pgpass): ask for it when
    // someone is at the terminal.
    if (!opened.ok() && opened.failure == store::Failure::Storage && store::WorkspaceAddress::isServer(path) &&
        opened.problem.why.contains(QLatin1String("no password supplied")) && ::isatty(STDIN_FILENO)) {
        options.password =
            readPassword(QCoreApplication::translate("WorkspaceCli", "Password for %1: ").arg(opened.problem.where));
        if (!options.password.isEmpty())
            opened = store::Workspace::open(path, options);
    }
    if (!opened.ok()) {
        *exitCode = fail(context, opened);
        return nullptr;
    }
    return *opened.value;
}

int WorkspaceCli::exitFor(store::Failure failure)
{
    switch (failure) {
    case store::Failure::None:
        return ExitOk;
    case store::Failure::Refused:
        return ExitRefused;
    case store::Failure::Storage:
        return ExitStorage;
    default:
        return ExitInvalid;
    }
}

int WorkspaceCli::fail(CliContext& context, store::Failure failure, const Problem& problem)
{
    context.error(problem);
    return exitFor(failure);
}

QString WorkspaceCli::actor()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"TENDERPANEL_ACTOR", "USER", "USERNAME"}) {
        const QString value = env.value(QString::fromLatin1(name));
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("cli");
}

std::optional<Hundredths> WorkspaceCli::scoreValue(CliContext& context, const QString& text)
{
    Decimal::ParseError error = Decimal::ParseError::None;
    const std::optional<Hundredths> value = Decimal::parsePlain(text, &error);
    if (value)
        return value;
    QString why;
    switch (error) {
    case Decimal::ParseError::TooManyDecimals:
        why = QCoreApplication::translate("WorkspaceCli", "\"%1\" has more than 2 decimals").arg(text);
        break;
    case Decimal::ParseError::OutOfRange:
        why = QCoreApplication::translate("WorkspaceCli", "\"%1\" is out of range").arg(text);
        break;
    case Decimal::ParseError::None:
    case Decimal::ParseError::Syntax:
        why = QCoreApplication::translate("WorkspaceCli",
                                          "\"%1\" is not a decimal number such as 18 or 18.5 (digits with at most 2 "
                                          "decimals; no exponent, sign \"+\" or spaces)")
                  .arg(text);
        break;
    }
    context.error(QStringLiteral("--value"), why);
    return std::nullopt;
}

bool WorkspaceCli::parse(CliContext& context, const CliArgs& args, qsizetype positional, const QString& usage,
                         int* exitCode)
{
    if (!args.ok()) {
        context.error(args.errorWhere(), args.error());
        *exitCode = ExitInvalid;
        return false;
    }
    if (args.positional().size() != positional) {
        context.error(QString(), QCoreApplication::translate("WorkspaceCli", "usage: tenderpanel-cli %1").arg(usage));
        *exitCode = ExitInvalid;
        return false;
    }
    return true;
}

QString WorkspaceCli::idHelp()
{
    return QCoreApplication::translate(
        "WorkspaceCli",
        "ID is the negotiation's code printed by import and list, N-YYYY-NNNN (the project's year and its number "
        "within that year, e.g. N-2014-0001), or its plain number.\n"
        "The workspace is --workspace PATH, else $TENDERPANEL_WORKSPACE, else workspace.sqlite in the user's data "
        "folder. The audit log records the user as $TENDERPANEL_ACTOR, else the login name.\n"
        "Exit 6: the workspace, the disk or an output file cannot be read or written (locked, read-only, full, not a "
        "TenderPanel workspace).");
}

} // namespace tp::cli
