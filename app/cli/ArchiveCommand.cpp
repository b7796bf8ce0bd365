#include "CliArgs.h"
#include "CliCommand.h"
#include "DocumentSource.h"
#include "OutputFile.h"

#include "WorkspaceCli.h"

#include "report/ArchiveWorkflow.h"
#include "report/SealedArchive.h"
#include "store/NegotiationStore.h"

#include <QFile>
#include <QFileInfo>

namespace tp::cli {

class ArchiveCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCommand)
public:
    QString name() const override { return QStringLiteral("archive"); }
    QString synopsis() const override
    {
        return QStringLiteral("archive seal (FILE | ID) --out PATH | archive verify PATH");
    }
    QString summary() const override
    {
        return tr("Seal a finished negotiation into one archive file, or verify a sealed archive.");
    }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("seal: writes one uncompressed POSIX tar file (.tparchive) with the canonical record, the "
                  "rendered documents and a SHA-256 manifest, and prints the seal digest (the SHA-256 of "
                  "manifest.sha256). The archived documents are always the Chinese ones, the official record. A "
                  "negotiation of the workspace (ID) is sealed as the last step of its procedure, as the window "
                  "seals it: its notice must be published, and once the file is written the seal digest is "
                  "recorded as the issued archive and the negotiation is archived (it can no longer change); a "
                  "scenario FILE has no workspace, only the file is written. Exit 5 when the negotiation is not "
                  "finished or, for an ID, not published or already archived; exit 6 when the file cannot be "
                  "written (disk full, no permission, a folder), and a file already at PATH is then left as it "
                  "was.\n"
                  "verify: re-checks the container byte for byte, every file against the manifest and the manifest "
                  "against the seal; then reads the record back, evaluates its scenario again and compares the result "
                  "with the stored evaluation, renders every document again as seal does and compares the bytes. "
                  "Documents rendered by another or an unknown version of TenderPanel are checked against the "
                  "manifest and the seal only, with a note on standard error. "
                  "Prints \"ok <digest>\" (exit 0) or names each file that does not match (exit 4).\n"
                  "Without TenderPanel: tar -xf X.tparchive && sha256sum -c seal.sha256 && sha256sum -c "
                  "manifest.sha256");
    }
    bool needsGui() const override { return true; }

    int run(const QStringList& args, CliContext& context) override
    {
        CliArgs parsed(args, {QStringLiteral("--out")}, {});
        if (!parsed.ok()) {
            context.error(parsed.errorWhere(), parsed.error());
            return ExitInvalid;
        }
        const QStringList& positional = parsed.positional();
        const QString action = positional.value(0);
        if (action == QLatin1String("seal"))
            return seal(parsed, context);
        if (action == QLatin1String("verify"))
            return verify(parsed, context);
        context.error(action, tr("unknown action: use \"archive seal\" or \"archive verify\" (see --help)"));
        return ExitInvalid;
    }

private:
    int seal(const CliArgs& parsed, CliContext& context)
    {
        if (parsed.positional().size() != 2) {
            context.error(QString(), tr("archive seal takes exactly one FILE or ID (see --help)"));
            return ExitInvalid;
        }
        const QString out = parsed.value(QStringLiteral("--out"));
        if (out.isEmpty()) {
            context.error(QStringLiteral("--out"), tr("needs a path"));
            return ExitInvalid;
        }
        // A scenario file is sealed into the file only; a workspace negotiation is also recorded as
        // archived, as the window does.
        const QString source = parsed.positional().at(1);
        int exit = ExitOk;
        report::ArchiveWorkflow::Outcome sealed;
        if (QFileInfo(source).isFile()) {
            const auto input = DocumentSource::load(source, context, &exit);
            if (!input)
                return exit;
            sealed = report::ArchiveWorkflow::seal(*input, out);
        } else {
            auto workspace = WorkspaceCli::open(context, &exit, WorkspaceCli::Access::Change);
            if (!workspace)
                return exit;
            const auto id = store::NegotiationStore(*workspace).resolve(source);
            if (!id.ok())
                return WorkspaceCli::fail(context, id);
            sealed = report::ArchiveWorkflow::seal(*workspace, *id.value, out, WorkspaceCli::actor());
        }
        if (!sealed.ok())
            return failed(sealed, out, context);
        context.out << sealed.digest << '\n';
        context.out.flush();
        return ExitOk;
    }

    int failed(const report::ArchiveWorkflow::Outcome& sealed, const QString& out, CliContext& context)
    {
        using Stop = report::ArchiveWorkflow::Stop;
        switch (sealed.stop) {
        case Stop::NotFinished:
            context.error(QString(), tr("the negotiation is not finished (status %1): it cannot be sealed yet")
                                         .arg(statusName(sealed.status)));
            return ExitRefused;
        case Stop::NotWritten:
            return OutputFile::fail(context, out, sealed.writeError);
        case Stop::Unverified:
        case Stop::Invalid:
            for (const Problem& p : sealed.problems)
                context.error(p.where, p.why);
            return sealed.stop == Stop::Unverified ? ExitVerificationFailed : ExitInvalid;
        default:
            return WorkspaceCli::fail(context, sealed.failure, sealed.problems.value(0));
        }
    }

    int verify(const CliArgs& parsed, CliContext& context)
    {
        if (parsed.positional().size() != 2 || parsed.has(QStringLiteral("--out"))) {
            context.error(QString(), tr("archive verify takes exactly one PATH (see --help)"));
            return ExitInvalid;
        }
        const QString path = parsed.positional().at(1);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.error(path, tr("cannot read the file: %1").arg(file.errorString()));
            return ExitInvalid;
        }
        const QByteArray bytes = file.readAll();
        const report::SealedArchive::Verification result = report::SealedArchive::verify(bytes);
        if (!result.ok) {
            context.errors(result.problems);
            return ExitVerificationFailed;
        }
        context.out << QStringLiteral("ok ") << result.digest << '\n';
        context.out.flush();
        if (!result.note.isEmpty())
            context.err << QStringLiteral("note: ") << result.note << Qt::endl;
        return ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::ArchiveCommand;
TP_REGISTER_CLI_COMMAND(ArchiveCommand)
