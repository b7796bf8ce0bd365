#include "TemplateTitle.h"

#include <QCoreApplication>

QString templateTitle(const tp::store::CriteriaTemplate& t)
{
    if (!t.builtin)
        return t.name;
    if (t.name == QLatin1String("cixi-2014"))
        return QCoreApplication::translate("TemplateTitle", "Cixi 2014: eight elements");
    if (t.name == QLatin1String("reinsurance-2022"))
        return QCoreApplication::translate("TemplateTitle", "Reinsurance 2022: five criteria");
    if (t.name == QLatin1String("zhaoqing-2025"))
        return QCoreApplication::translate("TemplateTitle", "Zhaoqing 2025: three winners, three service areas");
    return t.name;
}

QString templateAwardText(const tp::store::CriteriaTemplate& t)
{
    if (!t.award)
        return QString();
    return QCoreApplication::translate("TemplateTitle",
                                       "It also sets at least %1 valid bidder(s), up to %2 winner(s) and their "
                                       "service areas, in place of any shares.")
        .arg(t.award->minBidders)
        .arg(t.award->maxWinners);
}
