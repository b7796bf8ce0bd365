#include "CliCommand.h"
#include "DocumentSource.h"
#include "OutputFile.h"

#include "report/OcdsRelease.h"

namespace tp::cli {

class DocumentOcdsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOcdsCommand)
public:
    QString name() const override { return QStringLiteral("ocds"); }
    QString synopsis() const override { return QStringLiteral("ocds (FILE | ID) --out PATH.json"); }
    QString summary() const override
    {
        return tr("Export the award as an OCDS 1.1 release (one award per winner, shares noted).");
    }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("The release follows the OCDS 1.1.5 release schema without extensions: parties (buyer, "
                  "procuringEntity, tenderer, supplier), the tender (procurementMethod \"selective\") and one award "
                  "per winner. The file is written whole or not at all; a device such as /dev/null is written in "
                  "place.\n"
                  "Exit 0: written; 2: invalid input or usage; 6: the file cannot be written (disk full, no "
                  "permission, a folder) and a file already at PATH is left as it was.");
    }

    int run(const QStringList& args, CliContext& context) override
    {
        QString out;
        int exit = ExitOk;
        const auto input = DocumentSource::loadWithOut(
            args, {tr("ocds takes exactly one FILE or ID (see --help)"), tr("needs a path")}, context, &out, &exit);
        if (!input)
            return exit;
        return OutputFile::write(context, out, report::OcdsRelease::json(*input));
    }
};

} // namespace tp::cli

using tp::cli::DocumentOcdsCommand;
TP_REGISTER_CLI_COMMAND(DocumentOcdsCommand)
