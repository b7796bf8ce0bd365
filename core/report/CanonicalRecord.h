#pragma once

#include "DocumentInput.h"

#include <QByteArray>

namespace tp::report {

// The canonical record of a negotiation for the archive: the scenario, its evaluation and the
// workspace context as one JSON document with sorted keys, exact integers only (points as integer
// hundredths, exact scores as {"numerator", "denominator"} of hundredths), UTF-8, one-space
// indentation, trailing newline. The same input always gives the same bytes.
class CanonicalRecord
{
public:
    static constexpr const char* kFormat = "tenderpanel-record/1";
    static QByteArray json(const DocumentInput& input);
    // True when `bytes` is a JSON document already in this canonical form.
    static bool isCanonical(const QByteArray& bytes);
};

} // namespace tp::report
