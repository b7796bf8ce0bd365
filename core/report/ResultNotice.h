#pragma once

#include "DocumentInput.h"
#include "PagedDocument.h"

#include <QString>

namespace tp::report {

// 结果公示: the result notice in the form of a Chinese government notice, as HTML for the web site
// and as an A4 PDF. Only a finished negotiation (status final or failed) is published.
class ResultNotice
{
public:
    static bool canPublish(const Evaluation& evaluation);
    static QString title(const DocumentInput& input);
    // The notice body, for QTextDocument and inside the web page.
    static QString bodyHtml(const DocumentInput& input);
    // A complete, self-contained UTF-8 web page.
    static QString webPage(const DocumentInput& input);
    static PagedDocument document(const DocumentInput& input);
};

} // namespace tp::report
