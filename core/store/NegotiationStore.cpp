#include "NegotiationStore.h"

#include "NegotiationAction.h"
#include "NegotiationRecord.h"
#include "RecordReader.h"
#include "ScenarioMapping.h"
#include "ServiceAreaRows.h"
#include "StoreTime.h"
#include "SummaryQuery.h"
#include "Workspace.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tp::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("NegotiationStore", text);
}

NegotiationSummary summaryFrom(const QSqlQuery& q)
{
    NegotiationSummary s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.title = q.value(2).toString();
    s.purchaser = q.value(3).toString();
    s.stage = Procedure::fromName(q.value(4).toString()).value_or(Stage::Setup);
    s.createdAt = q.value(5).toString();
    s.updatedAt = q.value(6).toString();
    return s;
}

} // namespace

const char* NegotiationStore::summaryColumns() const
{
    return m_workspace.schemaVersion() >= 9 ? summary::kColumns : summary::kColumnsBefore9;
}

StoreResult<QString> NegotiationStore::newCode(WriteTransaction& tx, const Project& project) const
{
    int year = StoreTime::now().date().year();
    if (project.registrationDeadline)
        year = project.registrationDeadline->date().year();
    else if (project.proposalDeadline)
        year = project.proposalDeadline->date().year();
    else if (project.publication)
        year = project.publication->start.year();
    const QString prefix = QStringLiteral("N-%1-").arg(year, 4, 10, QLatin1Char('0'));
    QSqlQuery q(tx.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM negotiations WHERE code LIKE ?"));
    q.addBindValue(QString(prefix + QStringLiteral("%")));
    if (!q.exec() || !q.next())
        return StoreResult<QString>::fail(Failure::Storage, m_workspace.storageProblem(q.lastError()));
    return StoreResult<QString>::success(
        prefix + QStringLiteral("%1").arg(q.value(0).toLongLong() + 1, 4, 10, QLatin1Char('0')));
}

StoreResult<NegotiationSummary> NegotiationStore::importScenario(const Scenario& scenario, const QString& actor)
{
    const auto created = NegotiationAction::runOnWorkspace<qint64>(
        m_workspace, actor, [&](WriteTransaction& tx, ActionEvent& event) -> StoreResult<qint64> {
            const qint64 id = tx.nextValue(QStringLiteral("negotiations"), QStringLiteral("id"), {});
            const auto code = newCode(tx, scenario.project);
            if (!code.ok())
                return StoreResult<qint64>::from(code);
            const QString now = tx.timestamp();
            const Stage stage = ScenarioMapping::impliedStage(scenario);
            ScenarioMapping::write(tx, id, *code.value, scenario, stage, now);
            event = {QStringLiteral("negotiation_imported"),
                     {{QStringLiteral("code"), *code.value}, {QStringLiteral("stage"), Procedure::name(stage)}},
                     id};
            return StoreResult<qint64>::success(id);
        });
    if (!created.ok())
        return StoreResult<NegotiationSummary>::from(created);
    return summary(*created.value);
}

StoreResult<Scenario> NegotiationStore::scenario(qint64 id) const
{
    return ScenarioMapping::read(m_workspace, id);
}

StoreResult<NegotiationSummary> NegotiationStore::create(const Project& project, std::optional<qint64> templateId,
                                                         const QString& actor)
{
    using Result = StoreResult<NegotiationSummary>;
    if (project.title.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("title"), tr("the project needs a title")});
    if (project.purchaser.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("purchaser"), tr("the project needs a purchaser")});
    Scenario s;
    s.project = project;
    if (templateId) {
        const auto all = templates();
        if (!all.ok())
            return Result::from(all);
        const CriteriaTemplate* found = nullptr;
        for (const CriteriaTemplate& t : *all.value)
            if (t.id == *templateId)
                found = &t;
        if (!found)
            return Result::fail(Failure::Invalid,
                                {QStringLiteral("template"), tr("no criteria template %1").arg(*templateId)});
        s.criteria = found->criteria;
        if (found->award)
            found->award->applyTo(s.project);
    }
    const auto created = NegotiationAction::runOnWorkspace<qint64>(
        m_workspace, actor, [&](WriteTransaction& tx, ActionEvent& event) -> StoreResult<qint64> {
            const qint64 id = tx.nextValue(QStringLiteral("negotiations"), QStringLiteral("id"), {});
            const auto code = newCode(tx, project);
            if (!code.ok())
                return StoreResult<qint64>::from(code);
            ScenarioMapping::write(tx, id, *code.value, s, Stage::Setup, tx.timestamp());
            event = {QStringLiteral("negotiation_created"), {{QStringLiteral("code"), *code.value}}, id};
            return StoreResult<qint64>::success(id);
        });
    if (!created.ok())
        return Result::from(created);
    return summary(*created.value);
}

StoreResult<Done> NegotiationStore::setPublicationContact(qint64 id, const QString& website, const QString& contact,
                                                          const QString& actor)
{
    using Result = StoreResult<Done>;
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) -> Result {
            if (NegotiationRecord::stage(neg) == Stage::Archived)
                return Result::fail(Failure::Refused,
                                    {QStringLiteral("stage archived"), tr("the negotiation is archived")});
            QVariantMap row = neg;
            row.insert(QStringLiteral("publication_website"), website.isEmpty() ? QVariant() : QVariant(website));
            row.insert(QStringLiteral("challenge_contact"), contact.isEmpty() ? QVariant() : QVariant(contact));
            NegotiationRecord::touch(tx, row);
            event.action = QStringLiteral("publication_contact_set");
            return Result::success(Done());
        });
}

StoreResult<qint64> NegotiationStore::resolve(const QString& idOrCode) const
{
    using Result = StoreResult<qint64>;
    const QString text = idOrCode.trimmed().toUpper();
    QSqlQuery q(m_workspace.database());
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (isNumber) {
        q.prepare(QStringLiteral("SELECT id FROM negotiations WHERE id = ?"));
        q.addBindValue(number);
    } else {
        static const QRegularExpression pattern(QStringLiteral("^N-\\d{4}-\\d{4,}$"));
        if (!pattern.match(text).hasMatch())
            return Result::fail(
                Failure::Invalid,
                {idOrCode, tr("not a negotiation id (expected a code such as N-2014-0001 or a number)")});
        q.prepare(QStringLiteral("SELECT id FROM negotiations WHERE code = ?"));
        q.addBindValue(text);
    }
    if (!q.exec())
        return Result::fail(Failure::Storage, m_workspace.storageProblem(q.lastError()));
    if (!q.next())
        return Result::fail(Failure::NotFound, {idOrCode, tr("no such negotiation in this workspace")});
    return Result::success(q.value(0).toLongLong());
}

StoreResult<NegotiationSummary> NegotiationStore::summary(qint64 id) const
{
    using Result = StoreResult<NegotiationSummary>;
    QSqlQuery q(m_workspace.database());
    q.prepare(QString::fromLatin1(summaryColumns()) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Result::fail(Failure::Storage, m_workspace.storageProblem(q.lastError()));
    if (!q.next())
        return Result::fail(Failure::NotFound, {QString::number(id), tr("no such negotiation in this workspace")});
    return Result::success(summaryFrom(q));
}

namespace {

// The condition of a search of the list (empty: none) and the values it binds, in order.
QString searchCondition(const QString& search, QVariantList& values)
{
    if (search.isEmpty())
        return QString();
    QString escaped = search.toLower();
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    const QString pattern = QStringLiteral("%") + escaped + QStringLiteral("%");
    values = {pattern, pattern, pattern, search.trimmed(), pattern};
    return QString::fromLatin1(summary::kSearchCondition);
}

} // namespace

StoreResult<QList<NegotiationSummary>> NegotiationStore::list(const QString& search) const
{
    return listPage(search, 0, 0);
}

StoreResult<QList<NegotiationSummary>> NegotiationStore::listPage(const QString& search, qint64 beforeId,
                                                                  int limit) const
{
    using Result = StoreResult<QList<NegotiationSummary>>;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    QVariantList values;
    QStringList conditions;
    if (const QString condition = searchCondition(search, values); !condition.isEmpty())
        conditions.append(condition);
    if (beforeId > 0) {
        conditions.append(QStringLiteral("id < ?"));
        values.append(beforeId);
    }
    QString sql = QString::fromLatin1(summaryColumns());
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    sql += QLatin1String(summary::kOrder);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec())
        return Result::fail(Failure::Storage, m_workspace.storageProblem(q.lastError()));
    QList<NegotiationSummary> list;
    while (q.next())
        list.append(summaryFrom(q));
    if (q.lastError().isValid())
        return Result::fail(Failure::Storage, m_workspace.storageProblem(q.lastError()));
    return Result::success(list);
}

StoreResult<qint64> NegotiationStore::count(const QString& search) const
{
    using Result = StoreResult<qint64>;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    QVariantList values;
    const QString condition = searchCondition(search, values);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM negotiations") +
              (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition));
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return Result::fail(Failure::Storage, m_workspace.storageProblem(q.lastError()));
    return Result::success(q.value(0).toLongLong());
}

StoreResult<QList<CriteriaTemplate>> NegotiationStore::templates() const
{
    using Result = StoreResult<QList<CriteriaTemplate>>;
    const auto heads = RecordReader::rows(m_workspace, QStringLiteral("criteria_templates"), {});
    const auto items = RecordReader::rows(m_workspace, QStringLiteral("template_criteria"), {});
    if (!heads.ok())
        return Result::from(heads);
    if (!items.ok())
        return Result::from(items);
    // Template awards came with schema version 7; an older workspace opened read-only has none.
    const bool withAwards = m_workspace.schemaVersion() >= 7;
    const auto awardRows = [&](const char* table) {
        return withAwards ? RecordReader::rows(m_workspace, QString::fromLatin1(table), {})
                          : StoreResult<QList<QVariantMap>>::success({});
    };
    const auto awards = awardRows("template_awards");
    const auto areas = awardRows("template_areas");
    const auto places = awardRows("template_area_places");
    for (const auto* r : {&awards, &areas, &places})
        if (!r->ok())
            return Result::from(*r);
    const QString templateId = QStringLiteral("template_id");
    const auto ownedBy = [&templateId](const QList<QVariantMap>& rows, qint64 id) {
        QList<QVariantMap> owned;
        for (const QVariantMap& r : rows)
            if (r.value(templateId).toLongLong() == id)
                owned.append(r);
        return owned;
    };
    QList<CriteriaTemplate> list;
    for (const QVariantMap& h : *heads.value) {
        CriteriaTemplate t;
        t.id = h.value(QStringLiteral("id")).toLongLong();
        t.name = h.value(QStringLiteral("name")).toString();
        t.builtin = h.value(QStringLiteral("builtin")).toLongLong() != 0;
        for (const QVariantMap& c : *items.value)
            if (c.value(QStringLiteral("template_id")).toLongLong() == t.id)
                t.criteria.append({c.value(QStringLiteral("code")).toString(),
                                   c.value(QStringLiteral("title")).toString(),
                                   c.value(QStringLiteral("max_hundredths")).toLongLong()});
        for (const QVariantMap& a : *awards.value)
            if (a.value(templateId).toLongLong() == t.id) {
                TemplateAward award;
                award.minBidders = int(a.value(QStringLiteral("min_bidders")).toLongLong());
                award.maxWinners = int(a.value(QStringLiteral("max_winners")).toLongLong());
                award.areas = ServiceAreaRows::areas(ownedBy(*areas.value, t.id), ownedBy(*places.value, t.id));
                t.award = award;
            }
        list.append(t);
    }
    return Result::success(list);
}

StoreResult<CriteriaTemplate> NegotiationStore::saveTemplate(const QString& name, const QList<Criterion>& criteria,
                                                             const QString& actor)
{
    using Result = StoreResult<CriteriaTemplate>;
    if (name.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("name"), tr("a template needs a name")});
    if (criteria.isEmpty())
        return Result::fail(Failure::Invalid,
                            {QStringLiteral("criteria"), tr("a template needs at least one criterion")});
    QSet<QString> ids;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const QString where = QStringLiteral("criteria[%1]").arg(i);
        if (criteria[i].id.isEmpty() || ids.contains(criteria[i].id))
            return Result::fail(Failure::Invalid, {where, tr("each criterion needs its own non-empty id")});
        if (criteria[i].max <= 0)
            return Result::fail(Failure::Invalid, {where, tr("the maximum must be above 0")});
        ids.insert(criteria[i].id);
    }
    return NegotiationAction::runOnWorkspace<CriteriaTemplate>(
        m_workspace, actor, [&](WriteTransaction& tx, ActionEvent& event) -> Result {
            QSqlQuery q(tx.database());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM criteria_templates WHERE name = ?"));
            q.addBindValue(name);
            if (!q.exec() || !q.next())
                return Result::fail(Failure::Storage, m_workspace.storageProblem(q.lastError()));
            if (q.value(0).toLongLong() > 0)
                return Result::fail(Failure::Invalid,
                                    {QStringLiteral("name"), tr("a template named \"%1\" exists").arg(name)});
            CriteriaTemplate t;
            t.id = tx.nextValue(QStringLiteral("criteria_templates"), QStringLiteral("id"), {});
            t.name = name;
            t.criteria = criteria;
            tx.upsert(QStringLiteral("criteria_templates"), {{QStringLiteral("id"), t.id},
                                                             {QStringLiteral("name"), name},
                                                             {QStringLiteral("builtin"), 0},
                                                             {QStringLiteral("created_at"), tx.timestamp()}});
            for (qsizetype i = 0; i < criteria.size(); ++i)
                tx.upsert(QStringLiteral("template_criteria"), {{QStringLiteral("template_id"), t.id},
                                                                {QStringLiteral("position"), qint64(i + 1)},
                                                                {QStringLiteral("code"), criteria[i].id},
                                                                {QStringLiteral("title"), criteria[i].title},
                                                                {QStringLiteral("max_hundredths"), criteria[i].max}});
            event = {QStringLiteral("template_saved"), {{QStringLiteral("name"), name}}};
            return Result::success(t);
        });
}

} // namespace tp::store
