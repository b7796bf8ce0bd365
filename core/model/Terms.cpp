#include "Terms.h"

namespace tp {

QString Terms::exclusionReason(const QString& code)
{
    if (code == QLatin1String("withdrawn"))
        return QStringLiteral(u"主动撤回");
    if (code == QLatin1String("not_eligible"))
        return QStringLiteral(u"不具备入围资格");
    if (code == QLatin1String("not_registered"))
        return QStringLiteral(u"未登记,视为主动放弃");
    if (code == QLatin1String("late_registration"))
        return QStringLiteral(u"逾期登记,视为主动放弃");
    if (code == QLatin1String("no_proposal"))
        return QStringLiteral(u"未提交谈判方案");
    if (code == QLatin1String("late_proposal"))
        return QStringLiteral(u"逾期提交谈判方案");
    if (code == QLatin1String("proposal_rejected"))
        return QStringLiteral(u"谈判方案被拒收");
    return code;
}

QString Terms::warning(const QString& code, const QString& bidderName)
{
    const qsizetype colon = code.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? code : code.left(colon);
    const QString subject = colon < 0 ? QString() : code.mid(colon + 1);
    const QString who = bidderName.isEmpty() ? subject : bidderName;
    if (kind == QLatin1String("missing_copies"))
        return QStringLiteral(u"%1 提交的方案份数不足").arg(who);
    if (kind == QLatin1String("seal_broken"))
        return QStringLiteral(u"%1 的方案密封不完好").arg(who);
    if (kind == QLatin1String("scores_ignored"))
        return QStringLiteral(u"%1 已被排除,其评分不予计算").arg(who);
    if (kind == QLatin1String("calendar_not_covered"))
        return QStringLiteral(u"工作日历未收录 %1 年的节假日安排,该年仅按周末计算").arg(subject);
    return code;
}

QString Terms::status(const QString& code)
{
    if (code == QLatin1String("final"))
        return QStringLiteral(u"评审完成");
    if (code == QLatin1String("failed"))
        return QStringLiteral(u"谈判失败");
    if (code == QLatin1String("vote_required"))
        return QStringLiteral(u"评分相同,需谈判小组无记名表决");
    if (code == QLatin1String("scoring"))
        return QStringLiteral(u"评分中");
    return code;
}

} // namespace tp
