#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringView>

namespace tp::store {

// Compact JSON text written piece by piece, exactly as QJsonDocument::toJson(Compact) writes the same
// values: the audit log's events are canonical text (sorted keys, no spaces), and building them as
// QJsonObjects only to write them out cost a save more than the rows it records.
namespace JsonText {

// A string: '"', '\\' and the control characters escaped (\b \f \n \r \t, the others \u00XX), any
// other character as UTF-8. A string with a lone surrogate is written by Qt, as it writes one.
void appendString(QByteArray& out, QStringView text);
void appendInteger(QByteArray& out, qint64 value);
// An object of any content, written by Qt.
void appendObject(QByteArray& out, const QJsonObject& object);

} // namespace JsonText

} // namespace tp::store
