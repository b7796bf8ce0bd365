#pragma once

#include "DocumentInput.h"

#include <QByteArray>

namespace tp::report {

// The award as an OCDS 1.1 release (JSON, release-schema 1.1.5, no extensions): parties with roles
// buyer/procuringEntity/tenderer/supplier, the tender (procurementMethod "selective", details
// "选择性谈判", tenderers) and one award per winner whose title and description state its share.
// A failed negotiation gives a release with tender status "unsuccessful" and no award.
class OcdsRelease
{
public:
    static QByteArray json(const DocumentInput& input);
};

} // namespace tp::report
