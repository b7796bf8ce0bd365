#include "ServiceAreaRows.h"

#include "WriteTransaction.h"

#include <algorithm>

namespace tp::store {

namespace {

const QString kWinnerCount = QStringLiteral("winner_count");
const QString kPosition = QStringLiteral("position");
const QString kOrdinal = QStringLiteral("ordinal");

qint64 number(const QVariantMap& row, const QString& column)
{
    return row.value(column).toLongLong();
}

} // namespace

ServiceAreaRows::Tables ServiceAreaRows::negotiation()
{
    return {QStringLiteral("service_areas"), QStringLiteral("service_area_places"), QStringLiteral("negotiation_id")};
}

ServiceAreaRows::Tables ServiceAreaRows::templateAward()
{
    return {QStringLiteral("template_areas"), QStringLiteral("template_area_places"), QStringLiteral("template_id")};
}

QList<ServiceAreaRows::Rows> ServiceAreaRows::rows(const QString& ownerColumn, qint64 owner,
                                                   const QMap<int, QList<ServiceArea>>& areas)
{
    QList<Rows> list;
    for (auto it = areas.cbegin(); it != areas.cend(); ++it)
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            const ServiceArea& a = it.value().at(i);
            const QVariantMap key{{ownerColumn, owner}, {kWinnerCount, qint64(it.key())}, {kPosition, qint64(i + 1)}};
            Rows r;
            r.area = key;
            r.area.insert(QStringLiteral("name"), a.name);
            for (qsizetype j = 0; j < a.places.size(); ++j) {
                QVariantMap place = key;
                place.insert(kOrdinal, qint64(j + 1));
                place.insert(QStringLiteral("place"), a.places.at(j));
                r.places.append(place);
            }
            list.append(r);
        }
    return list;
}

QMap<int, QList<ServiceArea>> ServiceAreaRows::areas(const QList<QVariantMap>& areaRows,
                                                     const QList<QVariantMap>& placeRows)
{
    using Key = std::pair<qint64, qint64>;
    QMap<Key, ServiceArea> byKey;
    for (const QVariantMap& r : areaRows)
        byKey[{number(r, kWinnerCount), number(r, kPosition)}].name = r.value(QStringLiteral("name")).toString();
    QList<QVariantMap> places = placeRows;
    std::stable_sort(places.begin(), places.end(), [](const QVariantMap& a, const QVariantMap& b) {
        return number(a, kOrdinal) < number(b, kOrdinal);
    });
    for (const QVariantMap& p : places) {
        const auto it = byKey.find({number(p, kWinnerCount), number(p, kPosition)});
        if (it != byKey.end())
            it->places.append(p.value(QStringLiteral("place")).toString());
    }
    // The map is ordered by (winner count, position): each count's areas come in rank order.
    QMap<int, QList<ServiceArea>> result;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        result[int(it.key().first)].append(it.value());
    return result;
}

bool ServiceAreaRows::replace(WriteTransaction& tx, const Tables& tables, qint64 owner,
                              const QMap<int, QList<ServiceArea>>& wanted)
{
    const QVariantMap match{{tables.owner, owner}};
    const QList<QVariantMap> storedAreas = tx.rows(tables.areas, match);
    const QList<QVariantMap> storedPlaces = tx.rows(tables.places, match);
    if (areas(storedAreas, storedPlaces) == wanted)
        return false;
    for (const QVariantMap& p : storedPlaces)
        tx.remove(tables.places, {{tables.owner, owner},
                                  {kWinnerCount, p.value(kWinnerCount)},
                                  {kPosition, p.value(kPosition)},
                                  {kOrdinal, p.value(kOrdinal)}});
    for (const QVariantMap& a : storedAreas)
        tx.remove(tables.areas,
                  {{tables.owner, owner}, {kWinnerCount, a.value(kWinnerCount)}, {kPosition, a.value(kPosition)}});
    write(tx, tables, owner, wanted);
    return true;
}

void ServiceAreaRows::write(WriteTransaction& tx, const Tables& tables, qint64 owner,
                            const QMap<int, QList<ServiceArea>>& areas)
{
    for (const Rows& r : rows(tables.owner, owner, areas)) {
        tx.upsert(tables.areas, r.area);
        for (const QVariantMap& place : r.places)
            tx.upsert(tables.places, place);
    }
}

} // namespace tp::store
