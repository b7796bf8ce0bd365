#include "WorkspaceCli.h"

#include <QProcessEnvironment>

namespace tp::cli {

std::shared_ptr<store::Workspace> WorkspaceCli::open(CliContext& context, int* exitCode, Access access)
{
    const QString path = store::Workspace::resolvePath(context.workspace);
    if (path.startsWith(QLatin1String("postgresql://"))) {
        context.error(QStringLiteral("--workspace"),
                      QCoreApplication::translate("WorkspaceCli", "PostgreSQL workspaces are not supported yet"));
        *exitCode = ExitInvalid;
        return nullptr;
    }
    store::Workspace::Options options;
    options.actor = actor();
    options.readOnly = access == Access::Read;
    options.upgradeFirst = access == Access::Read;
    options.create = access == Access::Create;
    auto opened = store::Workspace::open(path, options);
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
