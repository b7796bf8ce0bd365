#pragma once

#include "DocumentInput.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tp::report {

// The canonical record of a negotiation for the archive: the scenario, its evaluation and the
// workspace context as one JSON document with sorted keys, exact integers only (points as integer
// hundredths, exact scores as {"numerator", "denominator"} of hundredths), UTF-8, one-space
// indentation, trailing newline. The same input always gives the same bytes.
// The record names the program that wrote it ("generator": {"name", "version"}), so that a later
// version verifying the archive knows whether its own renderer is the one that made the documents.
// Records written before this field existed have no generator: their version is unknown.
class CanonicalRecord
{
public:
    static constexpr const char* kFormat = "tenderpanel-record/1";
    struct Generator
    {
        QString name;
        QString version;
        bool operator==(const Generator& other) const { return name == other.name && version == other.version; }
        bool operator!=(const Generator& other) const { return !(*this == other); }
    };
    // This program: TenderPanel and the version it was built as.
    static Generator currentGenerator();
    // The record as this program writes it (generator: currentGenerator()).
    static QByteArray json(const DocumentInput& input);
    // The record naming `generator`, or none when it is empty (as records of older versions).
    static QByteArray json(const DocumentInput& input, const std::optional<Generator>& generator);
    // True when `bytes` is a JSON document already in this canonical form.
    static bool isCanonical(const QByteArray& bytes);
};

} // namespace tp::report
