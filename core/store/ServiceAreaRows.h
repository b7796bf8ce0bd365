#pragma once

#include "model/Scenario.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

namespace tp::store {

class WriteTransaction;

// Service areas as rows, for a negotiation (service_areas, service_area_places, owned by
// negotiation_id) and for a template's award (template_areas, template_area_places, owned by
// template_id): one row per area (winner_count, position from 1 in rank order, name) and one per
// place (the area's key and the place's ordinal from 1).
class ServiceAreaRows
{
public:
    struct Rows
    {
        QVariantMap area;
        QList<QVariantMap> places;
    };
    struct Tables
    {
        QString areas;
        QString places;
        QString owner; // the owning column
    };
    static Tables negotiation();
    static Tables templateAward();

    // Writes the rows of `areas` for `owner`, which has none stored yet.
    static void write(WriteTransaction& tx, const Tables& tables, qint64 owner,
                      const QMap<int, QList<ServiceArea>>& areas);
    // The areas the rows hold (rows of one owner, in any order).
    static QMap<int, QList<ServiceArea>> areas(const QList<QVariantMap>& areaRows, const QList<QVariantMap>& placeRows);
    // Makes the stored areas of `owner` those given; false when they already were (nothing written).
    static bool replace(WriteTransaction& tx, const Tables& tables, qint64 owner,
                        const QMap<int, QList<ServiceArea>>& areas);

private:
    static QList<Rows> rows(const QString& ownerColumn, qint64 owner, const QMap<int, QList<ServiceArea>>& areas);
};

} // namespace tp::store
