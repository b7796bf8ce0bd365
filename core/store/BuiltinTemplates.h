#pragma once

#include "model/Problem.h"
#include "model/Scenario.h"

#include <QList>
#include <QString>
#include <optional>

namespace tp::store {

class WriteTransaction;

// How a known project awards its business, carried by a template: the minimum number of valid
// bidders, the most winners, and the service areas by winner count (no shares: a template with an
// award awards by area).
struct TemplateAward
{
    int minBidders = 0;
    int maxWinners = 0;
    QMap<int, QList<ServiceArea>> areas;
    // The project awards as the template says: its bidders and winners, its areas and no shares.
    void applyTo(Project& project) const
    {
        project.minBidders = minBidders;
        project.maxWinners = maxWinners;
        project.areas = areas;
        project.allocation.clear();
    }
    bool operator==(const TemplateAward& o) const
    {
        return minBidders == o.minBidders && maxWinners == o.maxWinners && areas == o.areas;
    }
};

// A named list of criteria a negotiation can start from, with the award settings of its project
// when the template has them.
struct CriteriaTemplate
{
    qint64 id = 0;
    QString name;
    bool builtin = false;
    QList<Criterion> criteria;
    std::optional<TemplateAward> award;
};

// The templates every workspace has: "cixi-2014", the eight elements of the 2014 Cixi
// critical-illness negotiation, "reinsurance-2022", the five of the 2022 reinsurance project, and
// "zhaoqing-2025", the Zhaoqing medical-assistance project: three winners from at least three valid
// bidders, each serving one of three service areas of the city's districts and counties.
class BuiltinTemplates
{
public:
    static QList<CriteriaTemplate> all();
    // Writes the templates the migration to schema `version` brings (2: the criteria templates,
    // 7: the templates with an award).
    static std::optional<Problem> install(WriteTransaction& tx, int version);
    // Writes the award rows of template `id` (template_awards and its areas).
    static void writeAward(WriteTransaction& tx, qint64 id, const TemplateAward& award);
};

} // namespace tp::store
