#pragma once

#include "DocumentLanguage.h"

#include <QString>

namespace tp::report {

class DocumentText;

// Wording of the parts of the evaluation report and the result notice that come from a workspace's
// record (registration checks, proposal receipts, presentation overruns, the challenge contact), in
// the document's language. The texts are English source strings of the "DocumentText" context,
// translated by DocumentText's translator like the rest of the documents' wording.
class RecordText
{
public:
    explicit RecordText(DocumentLanguage language);

    QString representative() const;                                // 代表人
    QString documentsChecked() const;                              // 核验材料
    QString checkedDocuments(bool introLetter, bool idCopy) const; // 介绍信、身份证复印件 / 未核验
    QString idNumber(const QString& masked) const;                 // 身份证号 ************1234
    QString receiver() const;                                      // 接收人
    QString openedAtAndWitness() const;                            // 开启时间 / 见证人
    // A registration or proposal receipt corrected with a reason: who changed what, and why.
    QString entryCorrection(const QString& bidder, const QString& before, const QString& after, const QString& reason,
                            const QString& actor) const;
    QString entryWithdrawn(const QString& bidder, const QString& reason, const QString& actor) const;
    QString overrun(qint64 seconds) const; // 超时 1 分 20 秒
    QString publicationWebsite() const;    // 公示网站
    QString challengeContact() const;      // 质疑联系方式:
    QString challengeContactLabel() const; // 质疑联系方式 (a table's row head)
    // The audit chain head printed on the notice and each letter, so that every published or delivered
    // document anchors the record: the short form (grouped hex digits) and the full hash in small print.
    QString recordAnchor(const QString& shortForm) const;
    QString recordAnchorDetail(const QString& fullHash, const QString& shortHash) const;

private:
    const DocumentText& m_text;
};

} // namespace tp::report
