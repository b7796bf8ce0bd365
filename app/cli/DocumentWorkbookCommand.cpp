#include "CliCommand.h"
#include "DocumentSource.h"
#include "OutputFile.h"

#include "report/ScoreWorkbook.h"

namespace tp::cli {

class DocumentWorkbookCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWorkbookCommand)
public:
    QString name() const override { return QStringLiteral("workbook"); }
    QString synopsis() const override { return QStringLiteral("workbook (FILE | ID) --out PATH.xlsx"); }
    QString summary() const override
    {
        return tr("Write the scores as an Excel workbook (.xlsx): the ranking, each panel member's sheet, the rules.");
    }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("Sheet 汇总: the bidders in rank order with each panel member's total (the dropped ones struck "
                  "through), the exact mean, the published score, the position, the share, the service area and the "
                  "votes; one sheet per panel member with the scores as signed; sheet 说明: the evaluation rules, the "
                  "project, the head of the audit chain and the date. The file is written whole or not at all; a "
                  "device such as /dev/null is written in place.\n"
                  "Exit 0: written; 2: invalid input or usage; 5: there is no ranking yet (status scoring) or none "
                  "at all (status failed); 6: the file cannot be written (disk full, no permission, a folder) and a "
                  "file already at PATH is left as it was.");
    }

    int run(const QStringList& args, CliContext& context) override
    {
        QString out;
        int exit = ExitOk;
        const auto input = DocumentSource::loadWithOut(
            args, {tr("workbook takes exactly one FILE or ID (see --help)"), tr("needs a path")}, context, &out, &exit);
        if (!input)
            return exit;
        if (!report::ScoreWorkbook::hasRanking(input->evaluation)) {
            context.error(QString(), tr("the negotiation has no ranking (status %1): there are no scores to write")
                                         .arg(statusName(input->evaluation.status)));
            return ExitRefused;
        }
        Problem problem;
        const QByteArray bytes = report::ScoreWorkbook::xlsx(*input, &problem);
        if (bytes.isEmpty()) {
            context.error(problem);
            return ExitStorage;
        }
        return OutputFile::write(context, out, bytes);
    }
};

} // namespace tp::cli

using tp::cli::DocumentWorkbookCommand;
TP_REGISTER_CLI_COMMAND(DocumentWorkbookCommand)
