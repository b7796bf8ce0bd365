#include "CliArgs.h"
#include "CliCommand.h"
#include "DocumentSource.h"
#include "OutputFile.h"

#include "report/DocumentLanguage.h"
#include "report/DocumentRenderer.h"
#include "report/PdfRenderer.h"

namespace tp::cli {

class DocumentNoticeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DocumentNoticeCommand)
public:
    QString name() const override { return QStringLiteral("notice"); }
    QString synopsis() const override
    {
        return QStringLiteral("notice (FILE | ID) --kind result|report|letters --out PATH.pdf|PATH.html [--bidder B] "
                              "[--lang zh_CN|en]");
    }
    QString summary() const override
    {
        return tr("Render the result notice, the evaluation report or the letters to the bidders as PDF or HTML.");
    }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("--kind result: 结果公示 (result notice); report: 评审报告 (procedure record with score sheets, "
                  "calculation sheet, draw and vote records); letters: one letter per bidder with its own score and "
                  "position (--bidder B: only that bidder's letter).\n"
                  "The format follows the extension of --out (.pdf or .html). The file is written whole or not at "
                  "all; a device such as /dev/null is written in place.\n"
                  "--lang zh_CN (the default, the official language of the notice) or en: the language of the "
                  "document, whatever the language of the program's messages.\n"
                  "Exit 0: written; 2: invalid input or usage; 5: the negotiation is not finished (a notice or "
                  "letters need status final or failed); 6: the file cannot be written (disk full, no permission, "
                  "a folder) and a file already at the path is left as it was.");
    }
    bool needsGui() const override { return true; }

    int run(const QStringList& args, CliContext& context) override
    {
        CliArgs parsed(
            args,
            {QStringLiteral("--kind"), QStringLiteral("--out"), QStringLiteral("--bidder"), QStringLiteral("--lang")},
            {});
        if (!parsed.ok()) {
            context.error(parsed.errorWhere(), parsed.error());
            return ExitInvalid;
        }
        if (parsed.positional().size() != 1) {
            context.error(QString(), tr("notice takes exactly one FILE or ID (see --help)"));
            return ExitInvalid;
        }
        const QString kindName = parsed.value(QStringLiteral("--kind"));
        const std::optional<report::DocumentKind> kind = report::DocumentRenderer::kindFromName(kindName);
        if (!kind) {
            context.error(QStringLiteral("--kind"), tr("must be result, report or letters, not \"%1\"").arg(kindName));
            return ExitInvalid;
        }
        const QString out = parsed.value(QStringLiteral("--out"));
        const bool pdf = out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
        const bool html = out.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
                          out.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
        if (out.isEmpty() || (!pdf && !html)) {
            context.error(QStringLiteral("--out"), tr("needs a path ending in .pdf or .html"));
            return ExitInvalid;
        }
        const QString bidder = parsed.value(QStringLiteral("--bidder"));
        if (parsed.has(QStringLiteral("--bidder")) && *kind != report::DocumentKind::Letters) {
            context.error(QStringLiteral("--bidder"), tr("only applies to --kind letters"));
            return ExitInvalid;
        }
        const QString languageCode = parsed.value(QStringLiteral("--lang"), QStringLiteral("zh_CN"));
        const std::optional<DocumentLanguage> language = documentLanguageFromCode(languageCode);
        if (!language) {
            context.error(QStringLiteral("--lang"), tr("must be zh_CN or en, not \"%1\"").arg(languageCode));
            return ExitInvalid;
        }

        int exit = ExitOk;
        auto input = DocumentSource::load(parsed.positional().first(), context, &exit);
        if (!input)
            return exit;
        if (!bidder.isEmpty() && !input->scenario.bidder(bidder)) {
            context.error(QStringLiteral("--bidder"), tr("no bidder \"%1\" in this negotiation").arg(bidder));
            return ExitInvalid;
        }
        if (!report::DocumentRenderer::canRender(*kind, input->evaluation)) {
            context.error(QString(), tr("the negotiation is not finished (status %1): nothing can be published yet")
                                         .arg(statusName(input->evaluation.status)));
            return ExitRefused;
        }

        const QStringList only = bidder.isEmpty() ? QStringList() : QStringList{bidder};
        const QByteArray bytes =
            html ? report::DocumentRenderer::webPage(*kind, *input, *language, only).toUtf8()
                 : report::PdfRenderer::render(report::DocumentRenderer::document(*kind, *input, *language, only));
        return OutputFile::write(context, out, bytes);
    }
};

} // namespace tp::cli

using tp::cli::DocumentNoticeCommand;
TP_REGISTER_CLI_COMMAND(DocumentNoticeCommand)
