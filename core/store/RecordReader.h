#pragma once

#include "StoreResult.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace tp::store {

class Workspace;

// Reads rows of the record tables (StoreTables) by column values, ordered by the table's key.
// Values come back as WriteTransaction writes them: qint64, QString or an invalid QVariant (NULL).
class RecordReader
{
public:
    static StoreResult<QList<QVariantMap>> rows(const Workspace& workspace, const QString& table,
                                                const QVariantMap& match);
};

} // namespace tp::store
