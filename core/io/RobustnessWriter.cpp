#include "RobustnessWriter.h"

#include "EvaluationSummary.h"
#include "JsonValue.h"
#include "TextTable.h"
#include "model/Terms.h"

namespace tp {

namespace {

QString figure(const Fraction& f)
{
    return Decimal::format(f.roundedHundredths());
}

QString bidderList(const Scenario& scenario, const QStringList& codes)
{
    QStringList labels;
    for (const QString& code : codes)
        labels << EvaluationSummary::bidderLabel(scenario, code);
    return labels.isEmpty() ? QStringLiteral(u"—") : labels.join(QStringLiteral(u"、"));
}

} // namespace

QByteArray RobustnessWriter::json(const Robustness& r)
{
    JsonValue root = JsonValue::object();
    root.insert("status", JsonValue::string(statusName(r.status)));
    if (!r.analysed)
        return root.toIndentedJson();
    root.insert("winners", JsonValue::strings(r.winners));
    if (r.margin) {
        JsonValue margin = JsonValue::object();
        margin.insert("last_winner", JsonValue::string(r.margin->lastWinner));
        margin.insert("first_other", JsonValue::string(r.margin->firstOther));
        margin.insert("difference", JsonValue::string(figure(r.margin->difference)));
        root.insert("margin", std::move(margin));
    } else {
        root.insert("margin", JsonValue::null());
    }
    JsonValue leaveOneOut = JsonValue::array();
    for (const LeaveOneOut& l : r.leaveOneOut) {
        JsonValue e = JsonValue::object();
        e.insert("panelist", JsonValue::string(l.panelist));
        e.insert("winners", l.winners ? JsonValue::strings(*l.winners) : JsonValue::null());
        if (l.tooSmall)
            e.insert("too_small", JsonValue::boolean(true));
        else
            e.insert("ranking", JsonValue::strings(l.ranking));
        if (!l.tie.isEmpty())
            e.insert("tie", JsonValue::strings(l.tie));
        e.insert("changed", JsonValue::boolean(l.changed));
        leaveOneOut.append(std::move(e));
    }
    root.insert("leave_one_out", std::move(leaveOneOut));
    JsonValue panelists = JsonValue::array();
    for (const PanelistFigures& f : r.panelists) {
        JsonValue e = JsonValue::object();
        e.insert("panelist", JsonValue::string(f.panelist));
        e.insert("dropped_highest", JsonValue::integer(f.droppedHighest));
        e.insert("dropped_lowest", JsonValue::integer(f.droppedLowest));
        e.insert("mean_deviation", JsonValue::string(figure(f.meanDeviation)));
        e.insert("concordant", JsonValue::integer(f.concordant));
        e.insert("discordant", JsonValue::integer(f.discordant));
        panelists.append(std::move(e));
    }
    root.insert("panelists", std::move(panelists));
    return root.toIndentedJson();
}

QString RobustnessWriter::text(const Robustness& r, const Scenario& scenario)
{
    QString out;
    out += QStringLiteral(u"项目:%1\n").arg(scenario.project.title);
    out += QStringLiteral(u"状态:%1\n").arg(Terms::status(statusName(r.status)));
    if (!r.analysed) {
        out += QStringLiteral(u"尚无排名,不作稳健性分析。\n");
        return out;
    }
    out += QStringLiteral(u"成交供应商:%1\n").arg(bidderList(scenario, r.winners));

    out += QStringLiteral(u"\n领先幅度:\n");
    if (r.margin)
        out += QStringLiteral(u"  最后一名成交供应商 %1 比排名最前的未成交供应商 %2 高 %3 分(未计表决)\n")
                   .arg(EvaluationSummary::bidderLabel(scenario, r.margin->lastWinner),
                        EvaluationSummary::bidderLabel(scenario, r.margin->firstOther), figure(r.margin->difference));
    else
        out += QStringLiteral(u"  所有有效供应商均成交,无领先幅度\n");

    out += QStringLiteral(u"\n逐一去掉一名评审成员后重新计算(不计表决):\n");
    TextTable leave({QStringLiteral(u"去掉的成员"), QStringLiteral(u"成交供应商"), QStringLiteral(u"排名"),
                     QStringLiteral(u"成交结果")});
    int changed = 0;
    for (const LeaveOneOut& l : r.leaveOneOut) {
        QString winners;
        if (l.tooSmall)
            winners = QStringLiteral(u"人数不足以去掉最高分和最低分");
        else if (l.winners)
            winners = l.winners->join(QStringLiteral(u"、"));
        else
            winners = QStringLiteral(u"并列需表决:%1").arg(l.tie.join(QStringLiteral(u"、")));
        changed += l.changed ? 1 : 0;
        leave.addRow({EvaluationSummary::panelistLabel(scenario, l.panelist), winners,
                      l.ranking.isEmpty() ? QStringLiteral(u"—") : l.ranking.join(QStringLiteral(" > ")),
                      l.changed ? QStringLiteral(u"改变") : QStringLiteral(u"不变")});
    }
    out += leave.render(QStringLiteral("  "));
    out += changed == 0 ? QStringLiteral(u"  去掉任何一名成员,成交结果均不变。\n")
                        : QStringLiteral(u"  去掉其中 %1 名成员之一,成交结果会改变。\n").arg(changed);

    out += QStringLiteral(u"\n评审成员评分情况:\n");
    const QList<TextTable::Align> right{TextTable::Align::Left,  TextTable::Align::Right, TextTable::Align::Right,
                                        TextTable::Align::Right, TextTable::Align::Right, TextTable::Align::Right};
    TextTable members({QStringLiteral(u"成员"), QStringLiteral(u"被去掉的最高分"), QStringLiteral(u"被去掉的最低分"),
                       QStringLiteral(u"平均偏差"), QStringLiteral(u"顺序一致"), QStringLiteral(u"顺序相反")},
                      right);
    for (const PanelistFigures& f : r.panelists)
        members.addRow({EvaluationSummary::panelistLabel(scenario, f.panelist), QString::number(f.droppedHighest),
                        QString::number(f.droppedLowest), figure(f.meanDeviation), QString::number(f.concordant),
                        QString::number(f.discordant)});
    out += members.render(QStringLiteral("  "));
    out += QStringLiteral(u"  平均偏差:该成员给各供应商的总分与最终精确得分之差的绝对值的平均;顺序一致/相反:"
                          u"按该成员总分与按最终得分比较每两家供应商,先后相同或相反的对数。\n");
    return out;
}

} // namespace tp
