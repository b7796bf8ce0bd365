#include "WorkspaceCli.h"

#include "store/ImportWorkflow.h"

namespace tp::cli {

class WorkspaceImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override { return QStringLiteral("import FILE"); }
    QString summary() const override { return tr("Store a scenario file in the workspace as a new negotiation."); }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("Prints the new negotiation's id (N-YYYY-NNNN). The file must read and evaluate without "
                  "problems; otherwise nothing is stored (exit 2).\n"
                  "The negotiation lands in the step its data implies: with votes, \"vote\"; with scores, "
                  "\"scoring\" with every panel member's sheet submitted (locked: changes are corrections); with a "
                  "draw, \"presentations\"; with proposals, \"draw\"; otherwise \"proposals\".\n") +
               WorkspaceCli::idHelp();
    }

    int run(const QStringList& args, CliContext& context) override
    {
        int exit = ExitOk;
        const CliArgs parsed(args, {}, {});
        if (!WorkspaceCli::parse(context, parsed, 1, synopsis(), &exit))
            return exit;
        const store::ImportWorkflow::Checked checked = store::ImportWorkflow::check(parsed.positional().first());
        if (!checked.ok()) {
            context.errors(checked.problems);
            return ExitInvalid;
        }
        auto workspace = WorkspaceCli::open(context, &exit, WorkspaceCli::Access::Create);
        if (!workspace)
            return exit;
        const auto imported = store::ImportWorkflow::store(*workspace, checked, WorkspaceCli::actor());
        if (!imported.ok())
            return WorkspaceCli::fail(context, imported);
        context.out << imported.value->code << '\n';
        context.out.flush();
        return ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::WorkspaceImportCommand;
TP_REGISTER_CLI_COMMAND(WorkspaceImportCommand)
