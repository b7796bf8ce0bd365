#include "CliMain.h"
#include "CliCommand.h"
#include "model/Translations.h"
#include "model/Version.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

namespace tp::cli {

namespace {

void printUsage(QTextStream& out)
{
    out << QCoreApplication::translate("cli", "Usage: tenderpanel-cli [--workspace PATH] COMMAND [ARGS...]") << '\n'
        << QCoreApplication::translate("cli", "       tenderpanel-cli COMMAND --help") << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const auto& command : CliRegistry::instance().commands())
        out << QStringLiteral("  %1\n      %2\n").arg(command->synopsis(), command->summary());
    out << '\n'
        << QCoreApplication::translate("cli",
                                       "Exit status: 0 done, 2 invalid input or usage, 3 a tie needs the panel's "
                                       "vote, 4 verification failed, 5 refused by the procedure, 6 the disk, an "
                                       "output file or the workspace could not be read or written.")
        << '\n';
}

// The arguments without the global option --workspace, which may stand before or after the command.
struct GlobalOptions
{
    std::optional<QString> workspace;
    QStringList rest;
    bool missingValue = false; // --workspace came last, without its value
};

GlobalOptions takeGlobalOptions(const QStringList& args)
{
    GlobalOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--workspace")) {
            if (i + 1 >= args.size()) {
                options.missingValue = true;
                break;
            }
            options.workspace = args[++i];
        } else if (a.startsWith(QLatin1String("--workspace="))) {
            options.workspace = a.mid(12);
        } else {
            options.rest.append(a);
        }
    }
    return options;
}

// Commands that render documents need a QGuiApplication (fonts, text layout), which the caller
// that holds them can make; the others start faster with a QCoreApplication. A headless machine
// gets the offscreen platform.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[], const GuiApplicationFactory& makeGui)
{
    const QString word = commandWord(argc, argv);
    bool needsGui = false;
    for (const auto& command : CliRegistry::instance().commands())
        if (command->name() == word)
            needsGui = command->needsGui();
    if (needsGui && makeGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return makeGui(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

// Standard output sent to a file on a full disk (`export ID > backup.json`) must not pass for a complete
// result: what is still buffered is written now, and a failure is an error (exit 6).
int finish(CliContext& context, QFile& outFile, int exit)
{
    context.out.flush();
    if (outFile.flush() && outFile.error() == QFileDevice::NoError)
        return exit;
    context.error(
        QString(),
        QCoreApplication::translate("cli", "the standard output cannot be written: %1").arg(outFile.errorString()));
    return exit == ExitOk ? ExitStorage : exit;
}

} // namespace

QString commandWord(int argc, char* argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const GlobalOptions options = takeGlobalOptions(args);
    return options.missingValue ? QString() : options.rest.value(0);
}

bool holdsCommand(int argc, char* argv[])
{
    const QString word = commandWord(argc, argv);
    if (word == QLatin1String("--version") || word == QLatin1String("-V"))
        return true;
    for (const auto& command : CliRegistry::instance().commands())
        if (command->name() == word)
            return true;
    return false;
}

int runCommandLine(int& argc, char* argv[], const GuiApplicationFactory& makeGui)
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, makeGui);
    QCoreApplication::setApplicationName(QStringLiteral("tenderpanel"));
    QCoreApplication::setOrganizationName(QStringLiteral("TenderPanel"));
    QCoreApplication::setApplicationVersion(tp::programVersion());
    tp::Translations::install(*app, tp::Translations::chooseLanguage());

    QFile outFile;
    QFile errFile;
    outFile.open(stdout, QIODevice::WriteOnly);
    errFile.open(stderr, QIODevice::WriteOnly);
    QTextStream out(&outFile);
    QTextStream err(&errFile);

    QString workspace = QProcessEnvironment::systemEnvironment().value(QStringLiteral("TENDERPANEL_WORKSPACE"));
    CliContext context{out, err, workspace};
    const GlobalOptions options = takeGlobalOptions(QCoreApplication::arguments().mid(1));
    if (options.missingValue) {
        context.error(QStringLiteral("--workspace"), QCoreApplication::translate("cli", "needs a value"));
        return ExitInvalid;
    }
    if (options.workspace)
        context.workspace = *options.workspace;
    const QStringList& args = options.rest;

    if (args.isEmpty()) {
        printUsage(err);
        return ExitInvalid;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(out);
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-V")) {
        out << QStringLiteral("tenderpanel-cli %1\n").arg(QCoreApplication::applicationVersion());
        return ExitOk;
    }

    for (const auto& command : CliRegistry::instance().commands()) {
        if (command->name() != first)
            continue;
        const QStringList rest = args.mid(1);
        if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
            out << QCoreApplication::translate("cli", "Usage: tenderpanel-cli %1").arg(command->synopsis()) << "\n\n"
                << command->help() << '\n';
            return ExitOk;
        }
        return finish(context, outFile, command->run(rest, context));
    }
    context.error(first, QCoreApplication::translate("cli", "unknown command (see tenderpanel-cli --help)"));
    return ExitInvalid;
}

} // namespace tp::cli
