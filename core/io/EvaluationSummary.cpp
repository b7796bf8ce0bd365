#include "EvaluationSummary.h"

#include "TextTable.h"
#include "model/Terms.h"

namespace tp {

namespace {

QString droppedText(const Scenario& scenario, const RankEntry& entry, const QStringList& codes)
{
    QStringList parts;
    for (const QString& code : codes) {
        QString value;
        for (const PanelTotal& t : entry.totals)
            if (t.panelist == code)
                value = Decimal::format(t.total);
        parts << EvaluationSummary::panelistLabel(scenario, code) + QLatin1Char(' ') + value;
    }
    return parts.isEmpty() ? QStringLiteral(u"—") : parts.join(QStringLiteral(u"、"));
}

} // namespace

QString EvaluationSummary::bidderLabel(const Scenario& scenario, const QString& code)
{
    const Bidder* b = scenario.bidder(code);
    return b ? code + QLatin1Char(' ') + b->name : code;
}

QString EvaluationSummary::panelistLabel(const Scenario& scenario, const QString& code)
{
    const Panelist* p = scenario.panelist(code);
    return p ? code + QLatin1Char(' ') + p->name : code;
}

QString EvaluationSummary::chineseDate(const QDate& date)
{
    return QStringLiteral(u"%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString EvaluationSummary::text(const Evaluation& ev, const Scenario& scenario)
{
    QString out;
    const QString status = statusName(ev.status);
    out += QStringLiteral(u"项目:%1\n").arg(scenario.project.title);
    out += QStringLiteral(u"采购人:%1\n").arg(scenario.project.purchaser);
    out += QStringLiteral(u"状态:%1").arg(Terms::status(status));
    if (ev.status == EvaluationStatus::Failed)
        out += QStringLiteral(u"(有效供应商不足 %1 家)").arg(scenario.project.minBidders);
    out += QLatin1Char('\n');
    out += QStringLiteral(u"有效供应商:%1 家\n").arg(ev.qualified.size());

    if (!ev.excluded.isEmpty()) {
        out += QStringLiteral(u"\n被排除的供应商:\n");
        for (const Exclusion& x : ev.excluded)
            out += QStringLiteral(u"  %1:%2\n").arg(bidderLabel(scenario, x.bidder), Terms::exclusionReason(x.reason));
    }
    if (!ev.warnings.isEmpty()) {
        out += QStringLiteral(u"\n提示:\n");
        for (const QString& w : ev.warnings) {
            const QString subject = w.section(QLatin1Char(':'), 1);
            const Bidder* b = scenario.bidder(subject);
            out += QStringLiteral(u"  %1\n").arg(Terms::warning(w, b ? bidderLabel(scenario, subject) : QString()));
        }
    }
    if (ev.draw) {
        out += QStringLiteral(u"\n演示顺序(抽签):\n");
        if (ev.draw->commitment)
            out += QStringLiteral(u"  承诺值:%1\n").arg(*ev.draw->commitment);
        else
            out += QStringLiteral(u"  现场抽签记录\n");
        int i = 0;
        for (const QString& code : ev.draw->order)
            out += QStringLiteral(u"  %1. %2\n").arg(++i).arg(bidderLabel(scenario, code));
    }

    const bool ranked = ev.status == EvaluationStatus::Final || ev.status == EvaluationStatus::VoteRequired;
    if (ranked) {
        const bool total = scenario.project.trim.level == TrimLevel::Total;
        out += QStringLiteral(u"\n排名:\n");
        QStringList header{QStringLiteral(u"名次"), QStringLiteral(u"供应商"), QStringLiteral(u"得分"),
                           QStringLiteral(u"精确均值"), QStringLiteral(u"份额")};
        QList<TextTable::Align> align{TextTable::Align::Right, TextTable::Align::Left, TextTable::Align::Right,
                                      TextTable::Align::Right, TextTable::Align::Right};
        if (total) {
            header << QStringLiteral(u"去掉的最高分") << QStringLiteral(u"去掉的最低分");
            align << TextTable::Align::Left << TextTable::Align::Left;
        }
        TextTable table(header, align);
        for (const RankEntry& e : ev.ranking) {
            const QString exact = e.score.pointsText();
            const bool pending = ev.status == EvaluationStatus::VoteRequired;
            QString share = e.share   ? QString::number(*e.share) + QLatin1Char('%')
                            : pending ? QStringLiteral(u"待表决")
                                      : QStringLiteral(u"—");
            QString position = QString::number(e.position);
            if (e.decidedByVote)
                position += QStringLiteral(u"*");
            QStringList row{position, bidderLabel(scenario, e.bidder), Decimal::format(e.published), exact, share};
            if (total)
                row << droppedText(scenario, e, e.droppedHighest) << droppedText(scenario, e, e.droppedLowest);
            table.addRow(row);
        }
        out += table.render(QStringLiteral("  "));
        bool anyVote = false;
        for (const RankEntry& e : ev.ranking)
            anyVote = anyVote || e.decidedByVote;
        if (anyVote)
            out += QStringLiteral(u"  * 名次经谈判小组无记名表决确定\n");
        if (ev.status == EvaluationStatus::VoteRequired && ev.tie) {
            QStringList names;
            for (const QString& code : ev.tie->bidders)
                names << bidderLabel(scenario, code);
            out += QStringLiteral(u"\n需要表决:%1 得分相同,并列第 %2 至第 %3 名,请谈判小组进行无记名表决。\n")
                       .arg(names.join(QStringLiteral(u"、")))
                       .arg(ev.tie->first)
                       .arg(ev.tie->last);
        }
        if (!ev.winners.isEmpty()) {
            QStringList names;
            for (const RankEntry& e : ev.ranking)
                if (ev.winners.contains(e.bidder)) {
                    QStringList lot;
                    if (e.share)
                        lot << QStringLiteral(u"%1%").arg(*e.share);
                    if (e.area)
                        lot << QStringLiteral(u"%1:%2").arg(e.area->name, e.area->places.join(QStringLiteral(u"、")));
                    names << (lot.isEmpty() ? bidderLabel(scenario, e.bidder)
                                            : QStringLiteral(u"%1(%2)").arg(bidderLabel(scenario, e.bidder),
                                                                            lot.join(QStringLiteral(u";"))));
                }
            out += QStringLiteral(u"\n成交供应商:%1\n").arg(names.join(QStringLiteral(u"、")));
        }
    }
    if (ranked && ev.publication) {
        out += QStringLiteral(u"\n公示期:%1至%2(%3个工作日)\n")
                   .arg(chineseDate(ev.publication->firstCountedDay), chineseDate(ev.publication->end))
                   .arg(ev.publication->workingDays);
    }
    return out;
}

} // namespace tp
