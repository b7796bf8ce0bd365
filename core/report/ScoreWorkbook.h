#pragma once

#include "DocumentInput.h"
#include "model/Problem.h"

#include <QByteArray>

namespace tp::report {

// The scores of a ranked negotiation as an Excel workbook (.xlsx, written with libxlsxwriter), in
// Chinese, for staff who check the figures or file them with the procurement records:
// - 汇总: the bidders in rank order, each panel member's total with the dropped values struck through
//   on grey (and listed by member), the exact mean as a number and in full, the published score,
//   the position, the share and the service area when the project has them, and the vote tallies;
// - one sheet per panel member: the criteria against the bidders, the scores as signed, the totals;
// - 说明: the evaluation rules, the project, the head of the audit chain and the date of the file.
// Scores are exact integer hundredths until the cell, which holds hundredths / 100 with a "0.00"
// format. The same input gives the same bytes: the file's creation date is the document date.
class ScoreWorkbook
{
public:
    // Whether the evaluation has a ranking to write (status final or vote required).
    static bool hasRanking(const Evaluation& evaluation);
    // The .xlsx bytes, or empty with *problem set when libxlsxwriter fails.
    static QByteArray xlsx(const DocumentInput& input, Problem* problem);
    // The name of a sheet as Excel allows it: the characters []:*?/\ replaced, at most 31 characters,
    // never empty, and different (ignoring case) from each of `taken`.
    static QString sheetName(const QString& wanted, const QStringList& taken);
};

} // namespace tp::report
