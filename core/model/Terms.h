#pragma once

#include <QString>

namespace tp {

// The established Chinese terms of the procedure for the codes the rules engine uses
// (exclusion reasons, warnings, statuses), for summaries and documents.
class Terms
{
public:
    // "late_registration" -> "逾期登记,视为主动放弃"; unknown codes come back unchanged.
    static QString exclusionReason(const QString& code);
    // "missing_copies:B3" -> "B3 提交的方案份数不足"; uses bidderName for the subject when given.
    static QString warning(const QString& code, const QString& bidderName = QString());
    // "final" -> "评审完成"
    static QString status(const QString& code);
};

} // namespace tp
