#pragma once

#include "DocumentInput.h"
#include "PagedDocument.h"
#include "rules/Robustness.h"

#include <QString>

namespace tp::report {

// 评审结果稳健性分析: how robust the result is (docs/analysis.md), for the centre's supervisors. It is
// not part of the published result: not in the result notice, not in the evaluation report. Its
// figures are RobustnessAnalysis's, as `tenderpanel-cli analyze` prints them: the margin of the last
// winning place, the result without each panel member, and each member's figures. Only a ranked
// result (status final or vote_required) is analysed.
class RobustnessDocument
{
public:
    static bool canAnalyse(const Evaluation& evaluation);
    // The analysis of the input's scenario and evaluation (with the standard working-day calendar, as
    // the documents' input is evaluated).
    static Robustness analyse(const DocumentInput& input);
    static QString title(const DocumentInput& input);
    // The body, for QTextDocument and inside the web page. A result that cannot be analysed gets a
    // line that says so.
    static QString bodyHtml(const DocumentInput& input, const Robustness& robustness);
    // A complete, self-contained UTF-8 web page.
    static QString webPage(const DocumentInput& input);
    static PagedDocument document(const DocumentInput& input);
};

} // namespace tp::report
