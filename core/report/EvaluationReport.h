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
    // A panel member's score sheet: as HTML (the web page and the OpenDocument export), and as the
    // page the PDF and the preview draw. Both show what scoreSheet() holds.
    static QString scoreSheetHtml(const DocumentInput& input, const Panelist& member);
    static std::shared_ptr<GridPage> scoreSheetPage(const DocumentInput& input, const Panelist& member);
    static QString resultsHtml(const DocumentInput& input); // after the score sheets
    // The whole report as one self-contained web page (same content, no page footers).
    static QString webPage(const DocumentInput& input);
    static PagedDocument document(const DocumentInput& input);

private:
    // What a score sheet shows, in plain text: the bidders in presentation order, in tables of at
    // most seven bidder columns each.
    struct ScoreSheet
    {
        struct Row
        {
            QString criterion;  // its code and title
            QString max;        // its points
            QStringList values; // the member's score for each bidder of the table, or ""
        };
        struct Table
        {
            QStringList header; // criterion, points, then the bidders
            QList<Row> rows;
            Row total; // the criteria's points, and the member's total for each bidder
        };
        QString title;
        QString project;
        QString member;
        QString role;
        QString totalLabel;
        QString signature;
        QList<Table> tables;
    };
    static ScoreSheet scoreSheet(const DocumentInput& input, const Panelist& member);
};

} // namespace tp::report
