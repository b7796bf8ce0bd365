#include "CliArgs.h"
#include "CliCommand.h"

#include "rules/WorkingDayCalendar.h"

#include <QDate>
#include <QRegularExpression>

namespace tp::cli {

class CmdWorkdays : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CmdWorkdays)
public:
    QString name() const override { return QStringLiteral("workdays"); }
    QString synopsis() const override
    {
        return QStringLiteral("workdays --from YYYY-MM-DD --days N [--count-start-day]");
    }
    QString summary() const override
    {
        return tr("Print the last day of a period of N working days (Chinese statutory holidays and adjusted "
                  "working days).");
    }
    QString help() const override
    {
        return summary() + QLatin1Char('\n') +
               tr("By default the start day is not counted (Civil Code art. 201); --count-start-day counts it when "
                  "it is a working day. Years the calendar does not cover count weekends only, with a warning on "
                  "stderr. Extend the calendar with a file named by TENDERPANEL_CALENDAR.");
    }

    int run(const QStringList& args, CliContext& context) override
    {
        CliArgs parsed(args, {QStringLiteral("--from"), QStringLiteral("--days")},
                       {QStringLiteral("--count-start-day")});
        if (!parsed.ok()) {
            context.error(parsed.errorWhere(), parsed.error());
            return ExitInvalid;
        }
        if (!parsed.positional().isEmpty()) {
            context.error(parsed.positional().first(), tr("unexpected argument (see --help)"));
            return ExitInvalid;
        }
        bool bad = false;
        const QString fromText = parsed.value(QStringLiteral("--from"));
        static const QRegularExpression dateShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate from = QDate::fromString(fromText, Qt::ISODate);
        if (!parsed.has(QStringLiteral("--from"))) {
            context.error(QStringLiteral("--from"), tr("is required"));
            bad = true;
        } else if (!dateShape.match(fromText).hasMatch() || !from.isValid()) {
            context.error(QStringLiteral("--from"), tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(fromText));
            bad = true;
        }
        const QString daysText = parsed.value(QStringLiteral("--days"));
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        const int days = digits.match(daysText).hasMatch() ? daysText.toInt() : -1;
        if (!parsed.has(QStringLiteral("--days"))) {
            context.error(QStringLiteral("--days"), tr("is required"));
            bad = true;
        } else if (days < 1 || days > 10000) {
            context.error(QStringLiteral("--days"), tr("\"%1\" is not a whole number from 1 to 10000").arg(daysText));
            bad = true;
        }
        if (bad)
            return ExitInvalid;
        const WorkingDayCalendar::Period period =
            WorkingDayCalendar::standard().period(from, days, parsed.has(QStringLiteral("--count-start-day")));
        for (int year : period.uncoveredYears)
            context.err << QStringLiteral("warning: calendar_not_covered:%1").arg(year) << Qt::endl;
        context.out << period.end.toString(Qt::ISODate) << '\n';
        context.out.flush();
        return ExitOk;
    }
};

} // namespace tp::cli

using tp::cli::CmdWorkdays;
TP_REGISTER_CLI_COMMAND(CmdWorkdays)
