#pragma once

#include "DocumentInput.h"
#include "PagedDocument.h"

#include <QString>
#include <QStringList>

#include <memory>

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

    // The report made in two parts, for making it beside other documents (DocumentRenderer::Making).
    // The preparation touches no font, so any thread can do it: the text before and after the score
    // sheets made into text documents, the sheets' contents and the footer lines. The document itself
    // is made in the thread that will paint it: the score sheets first, then, with the preparation
    // (done meanwhile by another thread, or now), the rest.
    class Preparation;
    static std::shared_ptr<Preparation> preparation(const DocumentInput& input);
    // Does the preparation once: the first call does it, a call while it is being done waits for it,
    // a later one returns at once.
    static void prepare(Preparation& preparation);
    static PagedDocument document(Preparation& preparation);
};

} // namespace tp::report
