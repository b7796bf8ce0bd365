#pragma once

#include "DocumentLanguage.h"

#include <QString>

namespace tp::report {

class DocumentText;

// Wording of the proposal receipt (方案接收回执) that the desk prints for a bidder's representative,
// in the document's language. The texts are English source strings of the "DocumentText" context
// (disambiguated as "proposal receipt"), translated by DocumentText's translator like the rest of
// the documents' wording.
class ReceiptText
{
public:
    explicit ReceiptText(DocumentLanguage language);

    QString title() const;                               // 谈判方案接收回执
    QString negotiationCode() const;                     // 项目编号
    QString bidder() const;                              // 递交单位
    QString representative() const;                      // 递交人
    QString receivedAt() const;                          // 接收时间
    QString deadline() const;                            // 递交截止时间
    QString copies() const;                              // 份数
    QString copiesValue(int copies, int required) const; // 10 份(要求 10 份)
    QString copiesValue(int copies) const;               // 10 份
    QString seal() const;                                // 密封情况
    QString lateness() const;                            // 是否逾期
    QString inTime() const;                              // 否(截止时间前送达)
    QString late() const;                                // 是(截止时间后送达,已如实记录)
    QString receiver() const;                            // 接收人
    QString representativeSignature() const;             // 递交人签字:____  日期:____
    QString receiverSignature() const;                   // 接收人签字:____  日期:____
    QString copiesNote() const;                          // 本回执一式两份……

private:
    const DocumentText& m_text;
};

} // namespace tp::report
