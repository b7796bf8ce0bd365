#pragma once

#include "DocumentInput.h"
#include "PagedDocument.h"

#include <QString>
#include <QStringList>

namespace tp::report {

// 评审报告: the procedure record. Registration and proposal logs, the draw record with the check
// commands, the presentation log, one page per panel member's score sheet with a signature line,
// the calculation sheet (dropped values struck through, exact mean, published score), corrections,
// vote tallies, ranking and allocation. Every page's footer carries the audit chain head, the
// record digest and the archive digest (or "—" when not known).
class EvaluationReport
{
public:
    static QString title(const DocumentInput& input);
    static QStringList footerLines(const DocumentInput& input);
    static QString procedureHtml(const DocumentInput& input); // before the score sheets
    // A panel member's score sheet as HTML (the web page; the PDF draws the same content itself).
    static QString scoreSheetHtml(const DocumentInput& input, const Panelist& member);
    static QString resultsHtml(const DocumentInput& input); // after the score sheets
    // The whole report as one self-contained web page (same content, no page footers).
    static QString webPage(const DocumentInput& input);
    static PagedDocument document(const DocumentInput& input);
};

} // namespace tp::report
