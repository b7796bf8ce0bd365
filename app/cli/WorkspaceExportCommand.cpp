#include "OutputFile.h"
#include "WorkspaceCli.h"

#include "io/ScenarioWriter.h"
#include "store/NegotiationStore.h"

namespace tp::cli {

class WorkspaceExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override { return QStringLiteral("export ID [--out FILE]"); }
    QString summary() const override { return tr("Write a stored negotiation as a scenario file."); }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("Writes tenderpanel-scenario/1 JSON to FILE (replaced atomically) or to standard output. "
                  "\"evaluate\" gives the same result on the exported file as on the imported one.\n") +
               WorkspaceCli::idHelp();
    }

    int run(const QStringList& args, CliContext& context) override
    {
        int exit = ExitOk;
        const CliArgs parsed(args, {QStringLiteral("--out")}, {});
        if (!WorkspaceCli::parse(context, parsed, 1, synopsis(), &exit))
            return exit;
        auto workspace = WorkspaceCli::open(context, &exit, WorkspaceCli::Access::Read);
        if (!workspace)
            return exit;
        const store::NegotiationStore negotiations(*workspace);
        const auto id = negotiations.resolve(parsed.positional().first());
        if (!id.ok())
            return WorkspaceCli::fail(context, id);
        const auto scenario = negotiations.scenario(*id.value);
        if (!scenario.ok())
            return WorkspaceCli::fail(context, scenario);
        const QByteArray bytes = ScenarioWriter::write(*scenario.value);
        if (!parsed.has(QStringLiteral("--out"))) {
            context.out.flush();
            context.out.device()->write(bytes);
            return ExitOk;
        }
        return OutputFile::write(context, parsed.value(QStringLiteral("--out")), bytes);
    }
};

} // namespace tp::cli

using tp::cli::WorkspaceExportCommand;
TP_REGISTER_CLI_COMMAND(WorkspaceExportCommand)
