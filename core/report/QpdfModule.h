#pragma once

#include "pdfmodule/QpdfModuleEntry.h"

#include <QByteArray>
#include <QString>

namespace tp::report {

// qpdf, which reads and writes the PDFs whose text maps PdfTextRepair corrects, lives in a module of
// its own, tenderpanel-qpdf, loaded the first time a PDF is rewritten: qpdf brings GnuTLS, OpenSSL's
// libcrypto and p11-kit, whose loading and start-up would otherwise be paid by every start of the
// desktop program, which renders no PDF until asked.
//
// The module is looked for in the installed layout (lib/tenderpanel beside the program's bin folder),
// then where the build tree put it.
class QpdfModule
{
public:
    enum class Outcome
    {
        Unchanged, // no stream changed
        Rewritten, // *out holds the file written again (deterministic /ID, classic cross-reference
                   // table, no object streams, as PDF/A-1 requires)
        Failed     // *error says why: the module cannot be loaded, or qpdf cannot read or write the file
    };
    // Passes each /ToUnicode stream of `pdf` through `rewrite`.
    static Outcome rewriteTextMaps(const QByteArray& pdf, const QpdfTextMapRewrite& rewrite, QByteArray* out,
                                   QString* error);
};

} // namespace tp::report
