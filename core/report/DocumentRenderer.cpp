#include "DocumentRenderer.h"

#include "BidderLetters.h"
#include "EvaluationReport.h"
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
        return 3;
    case DocumentKind::Letters:
    case DocumentKind::Robustness:
        return 2;
    case DocumentKind::ResultNotice:
        break;
    }
    return 1;
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
