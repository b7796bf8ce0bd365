#include "WorkspaceCli.h"

#include "store/NegotiationStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tp::cli {

class WorkspaceListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceListCommand)
public:
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override { return QStringLiteral("list [--search TEXT] [--format json|text]"); }
    QString summary() const override { return tr("List the negotiations of the workspace, newest first."); }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("--search keeps those whose title, purchaser or id contains TEXT (ASCII letters in any case).\n"
                  "Text (default): one line each: id, step, title, purchaser, separated by tabs. JSON: an array "
                  "of {\"id\", \"title\", \"purchaser\", \"stage\", \"created_at\", \"updated_at\"}.\n") +
               WorkspaceCli::idHelp();
    }

    int run(const QStringList& args, CliContext& context) override
    {
        int exit = ExitOk;
        const CliArgs parsed(args, {QStringLiteral("--search"), QStringLiteral("--format")}, {});
        if (!WorkspaceCli::parse(context, parsed, 0, synopsis(), &exit))
            return exit;
        const QString format = parsed.value(QStringLiteral("--format"), QStringLiteral("text"));
        if (format != QLatin1String("json") && format != QLatin1String("text")) {
            context.error(QStringLiteral("--format"), tr("must be json or text, not \"%1\"").arg(format));
            return ExitInvalid;
        }
        auto workspace = WorkspaceCli::open(context, &exit, WorkspaceCli::Access::Read);
        if (!workspace)
            return exit;
        const auto list = store::NegotiationStore(*workspace).list(parsed.value(QStringLiteral("--search")));
        if (!list.ok())
            return WorkspaceCli::fail(context, list);
        if (format == QLatin1String("json")) {
            QJsonArray array;
            for (const store::NegotiationSummary& n : *list.value)
                array.append(QJsonObject{{QStringLiteral("id"), n.code},
                                         {QStringLiteral("title"), n.title},
                                         {QStringLiteral("purchaser"), n.purchaser},
                                         {QStringLiteral("stage"), store::Procedure::name(n.stage)},
                                         {QStringLiteral("created_at"), n.createdAt},
                                         {QStringLiteral("updated_at"), n.updatedAt}});
            context.out.flush();
            context.out.device()->write(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return ExitOk;
        }
        for (const store::NegotiationSummary& n : *list.value)
            context.out << n.code << '\t' << store::Procedure::name(n.stage) << '\t' << n.title << '\t' << n.purchaser
                        << '\n';
        context.out.flush();
        return ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::WorkspaceListCommand;
TP_REGISTER_CLI_COMMAND(WorkspaceListCommand)
