#pragma once

#include "model/Scenario.h"
#include "rules/Evaluation.h"

#include <QDate>
#include <QString>

namespace tp {

// A readable Chinese summary of an evaluation for the terminal (`evaluate --format text`): status,
// exclusions, warnings, draw, ranking table with dropped scores, winners and publication period.
class EvaluationSummary
{
public:
    static QString text(const Evaluation& evaluation, const Scenario& scenario);
    // "B1 某保险公司", "P3 张三": the code and the name (the code alone when it names no one).
    static QString bidderLabel(const Scenario& scenario, const QString& code);
    static QString panelistLabel(const Scenario& scenario, const QString& code);
    // 2014-08-11 -> "2014年8月11日"
    static QString chineseDate(const QDate& date);
};

} // namespace tp
