#include "CliArgs.h"
#include "CliCommand.h"

#include "rules/LotDraw.h"

#include <QSet>

namespace tp::cli {

class CmdDraw : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CmdDraw)
public:
    QString name() const override { return QStringLiteral("draw"); }
    QString synopsis() const override { return QStringLiteral("draw --seed HEX ID..."); }
    QString summary() const override
    {
        return tr("Verifiable lot draw: print the commitment, then the presentation order, one id a line.");
    }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("The commitment is sha256(SEED); each bidder's key is sha256(SEED:ID) and the order is ascending "
                  "by key. Anyone can check a key with:  printf '%s' \"$SEED:B1\" | sha256sum\n"
                  "Without --seed, a new seed is drawn from the system's secure random source and printed first.");
    }

    int run(const QStringList& args, CliContext& context) override
    {
        CliArgs parsed(args, {QStringLiteral("--seed")}, {});
        if (!parsed.ok()) {
            context.error(parsed.errorWhere(), parsed.error());
            return ExitInvalid;
        }
        const QStringList ids = parsed.positional();
        if (ids.isEmpty()) {
            context.error(QString(), tr("name at least one bidder ID (see --help)"));
            return ExitInvalid;
        }
        QSet<QString> seen;
        for (const QString& id : ids) {
            if (id.isEmpty()) {
                context.error(QString(), tr("a bidder ID must not be empty"));
                return ExitInvalid;
            }
            if (seen.contains(id)) {
                context.error(id, tr("bidder ID given more than once"));
                return ExitInvalid;
            }
            seen.insert(id);
        }
        QString seed = parsed.value(QStringLiteral("--seed"));
        const bool fresh = !parsed.has(QStringLiteral("--seed"));
        if (fresh)
            seed = LotDraw::newSeed();
        if (!LotDraw::isValidSeed(seed)) {
            context.error(QStringLiteral("--seed"), tr("must be 64 lowercase hexadecimal characters"));
            return ExitInvalid;
        }
        if (fresh)
            context.err << tr("seed (reveal after the draw): %1").arg(seed) << Qt::endl;
        context.out << LotDraw::commitment(seed) << '\n';
        for (const QString& id : LotDraw::order(seed, ids))
            context.out << id << '\n';
        context.out.flush();
        return ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::CmdDraw;
TP_REGISTER_CLI_COMMAND(CmdDraw)
