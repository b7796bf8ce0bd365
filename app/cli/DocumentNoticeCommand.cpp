#include "CliArgs.h"
#include "CliCommand.h"
#include "DocumentSource.h"
#include "OutputFile.h"

#include "report/DocumentJobs.h"
#include "report/DocumentLanguage.h"
#include "report/DocumentRenderer.h"
#include "report/OdtRenderer.h"
#include "report/PdfRenderer.h"

#include <algorithm>
#include <vector>

namespace tp::cli {

class DocumentNoticeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DocumentNoticeCommand)
public:
    QString name() const override { return QStringLiteral("notice"); }
    QString synopsis() const override
    {
        return QStringLiteral("notice (FILE | ID) --kind result|report|letters|robustness "
                              "--out PATH.pdf|PATH.html|PATH.odt [--kind K --out PATH ...] [--bidder B] "
                              "[--lang zh_CN|en]");
    }
    QString summary() const override
    {
        return tr("Render the result notice, the evaluation report or the letters to the bidders as PDF, HTML or "
                  "OpenDocument text.");
    }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("--kind result: 结果公示 (result notice); report: 评审报告 (procedure record with score sheets, "
                  "calculation sheet, draw and vote records); letters: one letter per bidder with its own score and "
                  "position (--bidder B: only that bidder's letter).\n"
                  "The format follows the extension of --out (.pdf, .html or .odt). The file is written whole or not "
                  "at "
                  "all; a device such as /dev/null is written in place.\n"
                  "--lang zh_CN (the default, the official language of the notice) or en: the language of the "
                  "document, whatever the language of the program's messages.\n"
                  "Exit 0: written; 2: invalid input or usage; 5: the negotiation is not finished (a notice or "
                  "letters need status final or failed); 6: the file cannot be written (disk full, no permission, "
                  "a folder) and a file already at the path is left as it was.") +
               QLatin1Char('\n') +
               tr(".odt: OpenDocument text with the same content, headings, tables and fonts, for adjusting the "
                  "wording in a word processor before posting. It is a draft: only the PDF is the issued document. "
                  "Each part starts on a new page; the page numbers are the word processor's.") +
               QLatin1Char('\n') +
               tr("--kind and --out can be repeated, in pairs: the document of the n-th --kind is written to the "
                  "n-th --out, all from one reading of the negotiation (faster than one command per document). "
                  "Nothing is written when one of them cannot be made; when a file cannot be written, the ones "
                  "after it are not written either.") +
               QLatin1Char('\n') +
               tr("--kind robustness: 评审结果稳健性分析 (robustness of the result), for the supervisors and not "
                  "part of the published result: the margin of the last winning place, the result without each "
                  "panel member, and each member's figures (docs/analysis.md). It needs a ranked result, status "
                  "final or vote_required (exit 5 otherwise).");
    }
    bool needsGui() const override { return true; }

    int run(const QStringList& args, CliContext& context) override
    {
        const QString kindOption = QStringLiteral("--kind");
        const QString outOption = QStringLiteral("--out");
        CliArgs parsed(args, {QStringLiteral("--bidder"), QStringLiteral("--lang")}, {}, {kindOption, outOption});
        if (!parsed.ok()) {
            context.error(parsed.errorWhere(), parsed.error());
            return ExitInvalid;
        }
        if (parsed.positional().size() != 1) {
            context.error(QString(), tr("notice takes exactly one FILE or ID (see --help)"));
            return ExitInvalid;
        }
        const QStringList kindNames = parsed.values(kindOption);
        const QStringList outs = parsed.values(outOption);
        QList<Output> outputs;
        for (const QString& kindName : kindNames.isEmpty() ? QStringList{QString()} : kindNames) {
            const std::optional<report::DocumentKind> kind = report::DocumentRenderer::kindFromName(kindName);
            if (!kind) {
                context.error(kindOption,
                              tr("must be result, report, letters or robustness, not \"%1\"").arg(kindName));
                return ExitInvalid;
            }
            outputs.append({*kind, QString(), Format::Pdf});
        }
        for (qsizetype i = 0; i < qMax<qsizetype>(1, outs.size()); ++i) {
            const QString out = outs.value(i);
            const std::optional<Format> format = formatOf(out);
            if (out.isEmpty() || !format) {
                context.error(outOption, tr("needs a path ending in .pdf, .html or .odt"));
                return ExitInvalid;
            }
            if (outs.indexOf(out) != i) {
                context.error(outOption, tr("\"%1\" is given more than once").arg(out));
                return ExitInvalid;
            }
            if (i < outputs.size()) {
                outputs[i].path = out;
                outputs[i].format = *format;
            }
        }
        if (kindNames.size() != outs.size()) {
            //: %1 and %2 are numbers of options
            context.error(outOption, tr("each --kind needs its --out: %1 --kind and %2 --out were given")
                                         .arg(kindNames.size())
                                         .arg(outs.size()));
            return ExitInvalid;
        }
        const bool anyLetters = std::any_of(outputs.cbegin(), outputs.cend(), [](const Output& output) {
            return output.kind == report::DocumentKind::Letters;
        });
        const QString bidder = parsed.value(QStringLiteral("--bidder"));
        if (parsed.has(QStringLiteral("--bidder")) && !anyLetters) {
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
        for (const Output& output : outputs) {
            if (report::DocumentRenderer::canRender(output.kind, input->evaluation))
                continue;
            const QString status = statusName(input->evaluation.status);
            if (output.kind == report::DocumentKind::Robustness)
                context.error(QString(), tr("the result has no ranking to analyse (status %1): the robustness "
                                            "analysis needs status final or vote_required")
                                             .arg(status));
            else
                context.error(
                    QString(),
                    tr("the negotiation is not finished (status %1): nothing can be published yet").arg(status));
            return ExitRefused;
        }

        // The documents are made side by side, the longest started first so that no long one is left to
        // run alone at the end (a web page is quick); then the files are written in the command's order.
        // The report's preparation, which touches no font, is a job of its own, taken by another thread
        // while the report's starts on its score sheets (DocumentRenderer::addPdfJobs()).
        const DocumentInput& in = *input;
        const DocumentLanguage lang = *language;
        std::vector<QString> errors(std::size_t(outputs.size()));
        QList<report::DocumentJobs::Job> jobs;
        QList<int> weights;
        QList<qsizetype> jobOf; // the job that makes each output
        for (qsizetype i = 0; i < outputs.size(); ++i) {
            const Output output = outputs.at(i);
            const QStringList only =
                bidder.isEmpty() || output.kind != report::DocumentKind::Letters ? QStringList() : QStringList{bidder};
            QString* error = &errors[std::size_t(i)];
            if (output.format == Format::Pdf) {
                jobOf.append(report::DocumentRenderer::addPdfJobs(jobs, weights, output.kind, in, lang, only));
                continue;
            }
            jobOf.append(jobs.size());
            if (output.format == Format::Html) {
                jobs.append([output, only, &in, lang]() -> QByteArray {
                    return report::DocumentRenderer::webPage(output.kind, in, lang, only).toUtf8();
                });
                weights.append(0);
            } else {
                jobs.append([output, only, &in, lang, error]() -> QByteArray {
                    return report::OdtRenderer::render(report::DocumentRenderer::document(output.kind, in, lang, only),
                                                       error);
                });
                weights.append(report::DocumentRenderer::expectedWork(output.kind));
            }
        }
        const QList<QByteArray> results = report::DocumentJobs::run(jobs, 0, weights);
        QList<QByteArray> documents;
        for (qsizetype job : jobOf)
            documents.append(results.at(job));
        for (qsizetype i = 0; i < outputs.size(); ++i) {
            if (outputs.at(i).format == Format::Odt && documents.at(i).isEmpty()) {
                context.error(outputs.at(i).path, errors[std::size_t(i)]);
                return ExitStorage;
            }
        }
        for (qsizetype i = 0; i < outputs.size(); ++i) {
            const int written = OutputFile::write(context, outputs.at(i).path, documents.at(i));
            if (written != ExitOk)
                return written;
        }
        return ExitOk;
    }

private:
    enum class Format
    {
        Pdf,
        Html,
        Odt
    };
    static std::optional<Format> formatOf(const QString& path)
    {
        if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return Format::Pdf;
        if (path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
            path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
            return Format::Html;
        if (path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive))
            return Format::Odt;
        return std::nullopt;
    }
    // A document to write: its kind, the path and its format.
    struct Output
    {
        report::DocumentKind kind;
        QString path;
        Format format = Format::Pdf;
    };
};

} // namespace tp::cli

using tp::cli::DocumentNoticeCommand;
TP_REGISTER_CLI_COMMAND(DocumentNoticeCommand)
