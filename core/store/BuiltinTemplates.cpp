#include "BuiltinTemplates.h"

#include "ServiceAreaRows.h"
#include "WriteTransaction.h"

namespace tp::store {

QList<CriteriaTemplate> BuiltinTemplates::all()
{
    return {
        {1,
         QStringLiteral("cixi-2014"),
         true,
         {
             {QStringLiteral("C1"),
              QStringLiteral(
                  "承办方案设计符合本地实际,具有科学性和可行性,体现全面落实城乡居民合作医疗保障有关文件精神"),
              2000},
             {QStringLiteral("C2"),
              QStringLiteral("人均筹资标准控制在25元以内,遵循收支平衡、保本微利原则,科学合理测算承办综合费率"), 2000},
             {QStringLiteral("C3"), QStringLiteral("派驻人员专业知识与人事管理制度;内部审核管理部门和专业稽核人员"),
              1000},
             {QStringLiteral("C4"), QStringLiteral("一站式服务:异地医疗费用审核结算、医疗机构大病费用支付便捷"), 1000},
             {QStringLiteral("C5"), QStringLiteral("信息系统方案科学可行,与合作医疗系统对接安全、合理、可实现"), 1000},
             {QStringLiteral("C6"), QStringLiteral("配合经办机构工作,政策宣传、咨询、投诉(信访)受理渠道畅通"), 1000},
             {QStringLiteral("C7"),
              QStringLiteral("完整的医保业务经办方案:目录管理、政策调整、异地结算核查、突发事件、医疗机构监管措施"),
              1500},
             {QStringLiteral("C8"), QStringLiteral("其他特殊性承诺"), 500},
         },
         std::nullopt},
        {2,
         QStringLiteral("reinsurance-2022"),
         true,
         {
             {QStringLiteral("T1"), QStringLiteral("协同监管方案与专职人员配备(不少于12名,其中医药相关专业6名)"), 3000},
             {QStringLiteral("T2"), QStringLiteral("理赔服务:周转金300万元、七个工作日内完成赔付"), 2500},
             {QStringLiteral("T3"), QStringLiteral("医保违规嫌疑分析系统共建与硬件投入"), 1500},
             {QStringLiteral("T4"), QStringLiteral("定点零售药店远程监控系统运维"), 1000},
             {QStringLiteral("T5"), QStringLiteral("报价:单价不高于10.63元/月/人"), 2000},
         },
         std::nullopt},
        {3,
         QStringLiteral("zhaoqing-2025"),
         true,
         {
             {QStringLiteral("C1"), QStringLiteral("医疗救助经办服务方案的完整性、可行性"), 3000},
             {QStringLiteral("C2"), QStringLiteral("服务网点、人员配备及驻点服务安排"), 2500},
             {QStringLiteral("C3"), QStringLiteral("信息系统对接与数据安全保障"), 2000},
             {QStringLiteral("C4"), QStringLiteral("一站式结算及便民服务措施"), 1500},
             {QStringLiteral("C5"), QStringLiteral("服务承诺及违约责任"), 1000},
         },
         TemplateAward{3,
                       3,
                       {{3,
                         {{QStringLiteral("第一服务区域"),
                           {QStringLiteral("端州区(含市直)"), QStringLiteral("鼎湖区"), QStringLiteral("高要区")}},
                          {QStringLiteral("第二服务区域"),
                           {QStringLiteral("四会市"), QStringLiteral("广宁县"), QStringLiteral("肇庆高新区")}},
                          {QStringLiteral("第三服务区域"),
                           {QStringLiteral("怀集县"), QStringLiteral("封开县"), QStringLiteral("德庆县")}}}}}}},
    };
}

namespace {

// The schema version whose migration writes built-in template `id`.
int versionOf(const CriteriaTemplate& t)
{
    return t.award ? 7 : 2;
}

} // namespace

void BuiltinTemplates::writeAward(WriteTransaction& tx, qint64 id, const TemplateAward& award)
{
    const QString templateId = QStringLiteral("template_id");
    tx.upsert(QStringLiteral("template_awards"), {{templateId, id},
                                                  {QStringLiteral("min_bidders"), qint64(award.minBidders)},
                                                  {QStringLiteral("max_winners"), qint64(award.maxWinners)}});
    ServiceAreaRows::write(tx, ServiceAreaRows::templateAward(), id, award.areas);
}

std::optional<Problem> BuiltinTemplates::install(WriteTransaction& tx, int version)
{
    const QString now = tx.timestamp();
    for (const CriteriaTemplate& t : all()) {
        if (versionOf(t) != version)
            continue;
        tx.upsert(QStringLiteral("criteria_templates"), {{QStringLiteral("id"), t.id},
                                                         {QStringLiteral("name"), t.name},
                                                         {QStringLiteral("builtin"), 1},
                                                         {QStringLiteral("created_at"), now}});
        for (qsizetype i = 0; i < t.criteria.size(); ++i)
            tx.upsert(QStringLiteral("template_criteria"), {{QStringLiteral("template_id"), t.id},
                                                            {QStringLiteral("position"), qint64(i + 1)},
                                                            {QStringLiteral("code"), t.criteria[i].id},
                                                            {QStringLiteral("title"), t.criteria[i].title},
                                                            {QStringLiteral("max_hundredths"), t.criteria[i].max}});
        if (t.award)
            writeAward(tx, t.id, *t.award);
    }
    if (tx.failed())
        return tx.problem();
    return std::nullopt;
}

} // namespace tp::store
