#pragma once

#include "DocumentInput.h"
#include "DocumentJobs.h"
#include "DocumentLanguage.h"
#include "PagedDocument.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace tp::report {

// The documents of a negotiation: the published ones, and the analysis for the supervisors.
enum class DocumentKind
{
    ResultNotice,     // 结果公示
    EvaluationReport, // 评审报告
    Letters,          // 结果通知书, one letter per bidder
    Robustness        // 评审结果稳健性分析, for the supervisors; not part of the published result
};

// Makes a document of a given kind, in a given language: the one place that chooses the renderer
// for a kind, used by the window's previews, the command line's `notice` and the sealed archive.
class DocumentRenderer
{
public:
    // The name of a kind on the command line (--kind) and in the workspace's issued documents:
    // "result", "report", "letters" or "robustness".
    static QString kindName(DocumentKind kind);
    static std::optional<DocumentKind> kindFromName(const QString& name);
    // Whether the document can be made from this evaluation: the result notice and the letters
    // announce a result, so they need a final or failed one; the report records any state; the
    // robustness analysis needs a ranking, a final result or one that waits for a vote.
    static bool canRender(DocumentKind kind, const Evaluation& evaluation);
    // How long a kind's PDF takes to make against the others, roughly, for making several at once
    // (DocumentJobs): the report (a page for each panel member, the calculation for each bidder) the
    // longest, then the letters (one for each bidder) and the robustness analysis, then the notice:
    // 30, 20 and 10, leaving room for a job weighted between two kinds (addPdfJobs()).
    static int expectedWork(DocumentKind kind);

    // `bidders` limits the letters to these bidders (all when empty); the other kinds ignore it.
    static PagedDocument document(DocumentKind kind, const DocumentInput& input, DocumentLanguage language,
                                  const QStringList& bidders = {});
    static QString webPage(DocumentKind kind, const DocumentInput& input, DocumentLanguage language,
                           const QStringList& bidders = {});

    // The jobs that make the PDF of a kind, for making several side by side (DocumentJobs::run()),
    // added to `jobs` and `weights`: the document's, whose index is returned, and, for the report, its
    // preparation's. The preparation touches no font, so that another thread can do it while the
    // document's job starts on the rest (EvaluationReport::Preparation); it gives nothing and is
    // weighted to be taken right after the document's. The document's job does the preparation itself
    // when no thread has started it, and waits for it otherwise: the PDF is the one document() gives.
    // The document's weight is expectedWork(), the preparation's 5 less. The documents' typeface is
    // added to Qt's font database first, on this thread (DocumentFonts::available()).
    static qsizetype addPdfJobs(QList<DocumentJobs::Job>& jobs, QList<int>& weights, DocumentKind kind,
                                const DocumentInput& input, DocumentLanguage language, const QStringList& bidders = {});
};

} // namespace tp::report
