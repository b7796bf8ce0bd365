#include "CliArgs.h"
#include "CliCommand.h"
#include "DocumentSource.h"
#include "OutputFile.h"

#include "report/ResultNotice.h"
#include "report/SealedArchive.h"

#include <QFile>

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
                  "manifest.sha256). The archived documents are always the Chinese ones, the official record. Exit 5 "
                  "when the negotiation is not finished; exit 6 when the file cannot be written (disk full, no "
                  "permission, a folder), and a file already at PATH is then left as it was.\n"
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
        int exit = ExitOk;
        const auto input = DocumentSource::load(parsed.positional().at(1), context, &exit);
        if (!input)
            return exit;
        if (!report::ResultNotice::canPublish(input->evaluation)) {
            context.error(QString(), tr("the negotiation is not finished (status %1): it cannot be sealed yet")
                                         .arg(statusName(input->evaluation.status)));
            return ExitRefused;
        }
        const report::SealedArchive::Sealed sealed = report::SealedArchive::seal(*input);
        if (const int written = OutputFile::write(context, out, sealed.bytes); written != ExitOk)
            return written;
        context.out << sealed.digest << '\n';
        context.out.flush();
        return ExitOk;
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
