#pragma once

#include "CanonicalRecord.h"
#include "DocumentInput.h"
#include "model/Problem.h"

#include <QByteArray>
#include <optional>

namespace tp::report {

// Reads a canonical record (CanonicalRecord) back into the document input it was written from: the
// scenario, the evaluation exactly as stored (not re-evaluated) and the workspace context. A record
// made from a scenario file and one made from a workspace negotiation both read back, so that
// CanonicalRecord::json(read(bytes)) gives `bytes` again when this version wrote them. Problems name the JSON path
// ("scenario.bidders[2].id") and say why; the language of the result is Chinese, the archive's.
// A record with a generator gives CanonicalRecord::json(input, generator) again.
class CanonicalRecordReader
{
public:
    struct Result
    {
        std::optional<DocumentInput> input;
        // The program that wrote the record; empty when the record does not say (an older version).
        std::optional<CanonicalRecord::Generator> generator;
        Problems problems;
        bool ok() const { return input.has_value(); }
    };
    static Result read(const QByteArray& bytes);
};

} // namespace tp::report
