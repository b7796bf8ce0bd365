#include "DocumentSource.h"

#include "CliArgs.h"
#include "WorkspaceCli.h"

#include "report/DocumentInputLoader.h"
#include "store/NegotiationStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tp::cli {

namespace {

std::optional<DocumentInput> fromInput(const report::DocumentInputLoader::Result& result, CliContext& context,
                                       int* exitCode)
{
    if (!result.ok()) {
        context.errors(result.problems);
        *exitCode = ExitInvalid;
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return result.input;
}

} // namespace

std::optional<DocumentInput> DocumentSource::load(const QString& fileOrId, CliContext& context, int* exitCode)
{
    *exitCode = ExitInvalid;
    if (QFileInfo(fileOrId).isFile())
        return fromInput(report::DocumentInputLoader::fromFile(fileOrId), context, exitCode);

    // Not a file: the id or code of a negotiation in the workspace.
    auto workspace = WorkspaceCli::open(context, exitCode, WorkspaceCli::Access::Read);
    if (!workspace)
        return std::nullopt;
    const store::NegotiationStore negotiations(*workspace);
    const auto id = negotiations.resolve(fileOrId);
    if (!id.ok()) {
        *exitCode = WorkspaceCli::fail(context, id);
        return std::nullopt;
    }
    // The whole record: scenario, registration and receipt logs, draw, presentations, corrections,
    // publication details and the head of the audit chain, which must verify.
    const report::DocumentInputLoader::WorkspaceResult loaded =
        report::DocumentInputLoader::fromWorkspace(*workspace, *id.value);
    if (loaded.failure != store::Failure::None) {
        *exitCode = WorkspaceCli::fail(context, loaded.failure, loaded.problems.value(0));
        return std::nullopt;
    }
    if (loaded.verificationFailed) {
        context.errors(loaded.problems);
        *exitCode = ExitVerificationFailed;
        return std::nullopt;
    }
    report::DocumentInputLoader::Result result;
    result.input = loaded.input;
    result.problems = loaded.problems;
    return fromInput(result, context, exitCode);
}

std::optional<DocumentInput> DocumentSource::loadWithOut(const QStringList& args, const OutUsage& usage,
                                                         CliContext& context, QString* out, int* exitCode)
{
    *exitCode = ExitInvalid;
    CliArgs parsed(args, {QStringLiteral("--out")}, {});
    if (!parsed.ok()) {
        context.error(parsed.errorWhere(), parsed.error());
        return std::nullopt;
    }
    if (parsed.positional().size() != 1) {
        context.error(QString(), usage.notOneSource);
        return std::nullopt;
    }
    *out = parsed.value(QStringLiteral("--out"));
    if (out->isEmpty()) {
        context.error(QStringLiteral("--out"), usage.noPath);
        return std::nullopt;
    }
    return load(parsed.positional().first(), context, exitCode);
}

} // namespace tp::cli
