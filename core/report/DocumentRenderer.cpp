#include "DocumentRenderer.h"

#include "BidderLetters.h"
#include "DocumentFonts.h"
#include "EvaluationReport.h"
#include "PdfRenderer.h"
#include "ResultNotice.h"
#include "RobustnessDocument.h"

namespace tp::report {

namespace {

DocumentInput inLanguage(const DocumentInput& input, DocumentLanguage language)
{
    DocumentInput in = input;
    in.language = language;
    return in;
}

// A PDF made in two parts: prepare(), which another thread may do first, and document().
class Making
{
public:
    Making(DocumentKind kind, const DocumentInput& input, DocumentLanguage language, const QStringList& bidders)
        : m_kind(kind), m_input(inLanguage(input, language)), m_bidders(bidders)
    {
        if (kind == DocumentKind::EvaluationReport)
            m_report = EvaluationReport::preparation(m_input);
    }
    Making(const Making&) = delete; // the preparation refers to the input held here
    Making& operator=(const Making&) = delete;

    bool hasPreparation() const { return m_report != nullptr; }
    void prepare()
    {
        if (m_report)
            EvaluationReport::prepare(*m_report);
    }
    PagedDocument document()
    {
        if (m_report)
            return EvaluationReport::document(*m_report);
        return DocumentRenderer::document(m_kind, m_input, m_input.language, m_bidders);
    }

private:
    DocumentKind m_kind;
    DocumentInput m_input;
    QStringList m_bidders;
    std::shared_ptr<EvaluationReport::Preparation> m_report;
};

} // namespace

QString DocumentRenderer::kindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::ResultNotice:
        return QStringLiteral("result");
    case DocumentKind::EvaluationReport:
        return QStringLiteral("report");
    case DocumentKind::Letters:
        return QStringLiteral("letters");
    case DocumentKind::Robustness:
        return QStringLiteral("robustness");
    }
    return QString();
}

std::optional<DocumentKind> DocumentRenderer::kindFromName(const QString& name)
{
    for (const DocumentKind kind :
         {DocumentKind::ResultNotice, DocumentKind::EvaluationReport, DocumentKind::Letters, DocumentKind::Robustness})
        if (name == kindName(kind))
            return kind;
    return std::nullopt;
}

int DocumentRenderer::expectedWork(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::EvaluationReport:
        return 30;
    case DocumentKind::Letters:
    case DocumentKind::Robustness:
        return 20;
    case DocumentKind::ResultNotice:
        break;
    }
    return 10;
}

bool DocumentRenderer::canRender(DocumentKind kind, const Evaluation& evaluation)
{
    if (kind == DocumentKind::Robustness)
        return RobustnessDocument::canAnalyse(evaluation);
    return kind == DocumentKind::EvaluationReport || ResultNotice::canPublish(evaluation);
}

PagedDocument DocumentRenderer::document(DocumentKind kind, const DocumentInput& input, DocumentLanguage language,
                                         const QStringList& bidders)
{
    const DocumentInput in = inLanguage(input, language);
    switch (kind) {
    case DocumentKind::ResultNotice:
        return ResultNotice::document(in);
    case DocumentKind::EvaluationReport:
        return EvaluationReport::document(in);
    case DocumentKind::Letters:
        return BidderLetters::document(in, bidders);
    case DocumentKind::Robustness:
        return RobustnessDocument::document(in);
    }
    return PagedDocument();
}

qsizetype DocumentRenderer::addPdfJobs(QList<DocumentJobs::Job>& jobs, QList<int>& weights, DocumentKind kind,
                                       const DocumentInput& input, DocumentLanguage language,
                                       const QStringList& bidders)
{
    // The documents' typeface is added to Qt's font database here, on the thread that makes the jobs,
    // before DocumentJobs runs them on several threads.
    DocumentFonts::available();
    auto making = std::make_shared<Making>(kind, input, language, bidders);
    const qsizetype index = jobs.size();
    jobs.append([making] { return PdfRenderer::render(making->document()); });
    weights.append(expectedWork(kind));
    if (making->hasPreparation()) {
        jobs.append([making] {
            making->prepare();
            return QByteArray();
        });
        weights.append(expectedWork(kind) - 5);
    }
    return index;
}

QString DocumentRenderer::webPage(DocumentKind kind, const DocumentInput& input, DocumentLanguage language,
                                  const QStringList& bidders)
{
    const DocumentInput in = inLanguage(input, language);
    switch (kind) {
    case DocumentKind::ResultNotice:
        return ResultNotice::webPage(in);
    case DocumentKind::EvaluationReport:
        return EvaluationReport::webPage(in);
    case DocumentKind::Letters:
        return BidderLetters::webPage(in, bidders);
    case DocumentKind::Robustness:
        return RobustnessDocument::webPage(in);
    }
    return QString();
}

} // namespace tp::report
