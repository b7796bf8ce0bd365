#include "ReportTestSupport.h"

#include "report/BidderLetters.h"
#include "report/CanonicalRecord.h"
#include "report/CanonicalRecordReader.h"
#include "report/EvaluationReport.h"
#include "report/PdfRenderer.h"
#include "report/ProposalReceipt.h"
#include "report/ResultNotice.h"
#include "report/WorkspaceContextReader.h"
#include "store/AuditLog.h"
#include "store/NegotiationStore.h"
#include "store/ProcedureService.h"
#include "store/RecordReader.h"
#include "store/ScoringService.h"
#include "store/SetupService.h"
#include "store/Workspace.h"

#include "TestEngine.h"

#include <QProcess>
#include <QTest>

using namespace tp;
using namespace tp::report;
using namespace tp::report::test;
using namespace tp::store;

namespace {

QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

const QString kActor = QStringLiteral("张秘书");

QString flat(QString text)
{
    return text.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
}

} // namespace

// Documents made from a workspace negotiation carry its whole record: the registration log with
// the late entry, the proposal receipts (copies, seal, receiver, opening and witness), the draw's
// witnesses, the presentation log, the corrections with their grounds, and where the notice is
// published and whom to contact about a challenge.
class TestWorkspaceDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_ws;
    qint64 m_id = 0;

    bool buildNegotiation()
    {
        NegotiationStore negotiations(*m_ws);
        ProcedureService procedure(*m_ws);
        ScoringService scoring(*m_ws);
        Project project;
        project.title = QStringLiteral(u"慈溪市城乡居民大病保险承办选择性谈判");
        project.purchaser = QStringLiteral(u"慈溪市医疗保障管理中心");
        project.registrationDeadline = at("2014-07-29T17:00:00+08:00");
        project.proposalDeadline = at("2014-08-04T15:00:00+08:00");
        project.requiredCopies = 10;
        const auto created = negotiations.create(project, 1, kActor);
        if (!created.ok())
            return false;
        m_id = created.value->id;
        const QStringList names = {QStringLiteral(u"赵明"), QStringLiteral(u"钱芳"), QStringLiteral(u"孙伟")};
        for (int i = 0; i < 3; ++i) {
            PanelistEntry m;
            m.id = QStringLiteral("P%1").arg(i + 1);
            m.name = names[i];
            m.role = i == 0 ? PanelRole::Leader : PanelRole::Member;
            m.conflictDeclared = false;
            if (!SetupService(*m_ws).addPanelMember(m_id, m, kActor).ok())
                return false;
        }
        if (!procedure.advance(m_id, Stage::Registration, kActor).ok())
            return false;
        const QList<BidderRegistration> registrations = {
            {QStringLiteral("B1"), QStringLiteral(u"甲保险股份有限公司"), at("2014-07-25T09:30:00+08:00"),
             QStringLiteral(u"王五"), QStringLiteral("330282198001011234"), true, true, true},
            {QStringLiteral("B2"), QStringLiteral(u"乙人寿保险股份有限公司"), at("2014-07-29T16:00:00+08:00"),
             QStringLiteral(u"李四"), QStringLiteral("330282198502025678"), true, false, true},
            {QStringLiteral("B3"), QStringLiteral(u"丙健康保险股份有限公司"), at("2014-07-29T17:20:00+08:00"),
             QStringLiteral(u"周六"), QStringLiteral("330282199003039012"), true, true, true}};
        for (const BidderRegistration& r : registrations)
            if (!procedure.registerBidder(m_id, r, kActor).ok())
                return false;
        if (!procedure
                 .recordProposal(m_id, {QStringLiteral("B1"), at("2014-08-04T10:00:00+08:00"), 10, true, {}},
                                 QStringLiteral(u"收件员小陈"))
                 .ok() ||
            !procedure
                 .recordProposal(m_id, {QStringLiteral("B2"), at("2014-08-04T14:58:00+08:00"), 9, true, {}},
                                 QStringLiteral(u"收件员小陈"))
                 .ok() ||
            !procedure
                 .recordProposal(m_id, {QStringLiteral("B3"), at("2014-08-04T11:00:00+08:00"), 10, true, {}}, kActor)
                 .ok())
            return false;
        for (const char* bidder : {"B1", "B2"})
            if (!procedure
                     .openProposal(m_id, QString::fromLatin1(bidder), at("2014-08-04T15:05:00+08:00"),
                                   QStringLiteral(u"公证员刘律师"), kActor)
                     .ok())
                return false;
        const QString seed = QStringLiteral("6b1f0c2a9d4e8f7a3c5b2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a");
        if (!procedure
                 .recordDraw(m_id, {seed, std::nullopt, {QStringLiteral(u"监督员甲"), QStringLiteral(u"纪检员乙")}},
                             kActor)
                 .ok())
            return false;
        if (!procedure
                 .logPresentation(m_id, QStringLiteral("B1"), at("2014-08-05T09:00:00+08:00"),
                                  at("2014-08-05T09:26:30+08:00"), kActor)
                 .ok() ||
            !procedure
                 .logPresentation(m_id, QStringLiteral("B2"), at("2014-08-05T09:40:00+08:00"),
                                  at("2014-08-05T10:02:00+08:00"), kActor)
                 .ok())
            return false;
        const auto criteria = negotiations.scenario(m_id).value->criteria;
        for (const QString& panelist : {QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")}) {
            for (const QString& bidder : {QStringLiteral("B1"), QStringLiteral("B2")})
                for (const Criterion& c : criteria) {
                    const Hundredths v =
                        c.max - (bidder == QLatin1String("B1") ? 100 : 300) - (panelist.back().unicode() - '1') * 50;
                    if (!scoring.recordScore(m_id, panelist, bidder, c.id, v, kActor).ok())
                        return false;
                }
            if (!scoring.submitSheet(m_id, panelist, kActor).ok())
                return false;
        }
        CorrectionRequest correction{QStringLiteral("P2"),
                                     QStringLiteral("B1"),
                                     QStringLiteral("C1"),
                                     1800,
                                     CorrectionCategory::SummationError,
                                     QStringLiteral(u"分项加总错误"),
                                     QString()};
        const auto corrected = scoring.correctScore(m_id, correction, kActor);
        if (!corrected.ok()) {
            qWarning("%s", qPrintable(corrected.problem.toString()));
            return false;
        }
        const auto result = scoring.recordResult(m_id, kActor);
        if (!result.ok()) {
            qWarning("%s", qPrintable(result.problem.toString()));
            return false;
        }
        DocumentDetails details;
        details.basis = QStringLiteral(u"《慈溪市大病保险承办选择性谈判文件》(慈医保〔2014〕12号)");
        details.issuer = QStringLiteral(u"慈溪市医疗保障管理中心(章)");
        details.contactPerson = QStringLiteral(u"孙敏");
        details.contactPhone = QStringLiteral("0574-63900002");
        details.contactAddress = QStringLiteral(u"慈溪市三北大街1号");
        if (!SetupService(*m_ws).setDocumentDetails(m_id, details, kActor).ok())
            return false;
        return procedure
            .publish(m_id, {QDate(2014, 8, 8), 7, false}, QStringLiteral("http://www.cixi.gov.cn/gs"),
                     QStringLiteral(u"医保中心基金科 0574-63000000"), kActor, QStringLiteral(u"慈溪市三北大街1号302室"))
            .ok();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Workspace::open(TestEngine::address(m_dir));
        QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
        m_ws = *opened.value;
        QVERIFY(buildNegotiation());
    }

    void contextCarriesTheRecord()
    {
        const auto loaded = DocumentInputLoader::fromWorkspace(*m_ws, m_id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
        const DocumentContext& c = loaded.input->context;
        QCOMPARE(c.negotiationId, std::optional<QString>(QStringLiteral("N-2014-0001")));
        QCOMPARE(c.drawWitnesses, (QStringList{QStringLiteral(u"监督员甲"), QStringLiteral(u"纪检员乙")}));
        QVERIFY(c.drawnAt.has_value());
        QCOMPARE(c.registrations->size(), 3);
        QCOMPARE(c.registrations->at(0).representative, QStringLiteral(u"王五"));
        QCOMPARE(c.registrations->at(0).idNumberMasked, QStringLiteral("**************1234"));
        QVERIFY(c.registrations->at(1).introLetterChecked);
        QVERIFY(!c.registrations->at(1).idCopyChecked);
        QCOMPARE(c.proposalReceipts->size(), 3);
        QCOMPARE(c.proposalReceipts->at(0).receiver, QStringLiteral(u"收件员小陈"));
        QCOMPARE(c.proposalReceipts->at(0).openingWitness, QStringLiteral(u"公证员刘律师"));
        QVERIFY(!c.proposalReceipts->at(2).openedAt.has_value());
        QCOMPARE(c.opening->openedAt, at("2014-08-04T15:05:00+08:00"));
        QCOMPARE(c.presentations->size(), 2);
        QCOMPARE(c.presentations->at(0).overrunSeconds, qint64(90));
        QCOMPARE(c.presentations->at(1).overrunSeconds, qint64(0));
        QCOMPARE(c.corrections->size(), 1);
        QCOMPARE(c.corrections->at(0).category, QStringLiteral("summation_error"));
        QCOMPARE(c.corrections->at(0).leader, QStringLiteral(u"赵明"));
        QCOMPARE(c.publicationWebsite, std::optional<QString>(QStringLiteral("http://www.cixi.gov.cn/gs")));
        QCOMPARE(c.challengeContact, std::optional<QString>(QStringLiteral(u"医保中心基金科 0574-63000000")));
        QCOMPARE(c.challengeAddress, std::optional<QString>(QStringLiteral(u"慈溪市三北大街1号302室")));
        QCOMPARE(c.basis,
                 std::optional<QString>(QStringLiteral(u"《慈溪市大病保险承办选择性谈判文件》(慈医保〔2014〕12号)")));
        QCOMPARE(c.issuer, std::optional<QString>(QStringLiteral(u"慈溪市医疗保障管理中心(章)")));
        QCOMPARE(c.contactPerson, std::optional<QString>(QStringLiteral(u"孙敏")));
        QCOMPARE(c.contactPhone, std::optional<QString>(QStringLiteral("0574-63900002")));
        QCOMPARE(c.contactAddress, std::optional<QString>(QStringLiteral(u"慈溪市三北大街1号")));
        const auto audit = AuditLog::verify(*m_ws);
        QCOMPARE(c.auditHead, std::optional<QString>(audit.value->head));
        // The canonical record keeps it all.
        const QByteArray record = CanonicalRecord::json(*loaded.input);
        for (const char* key : {"\"registrations\"", "\"proposal_receipts\"", "\"draw_witnesses\"", "\"presentations\"",
                                "\"corrections\"", "\"challenge_contact\"", "\"overrun_seconds\": 90"})
            QVERIFY2(record.contains(key), key);
    }

    void reportShowsTheRecord()
    {
        const auto loaded = DocumentInputLoader::fromWorkspace(*m_ws, m_id);
        QVERIFY(loaded.ok());
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(PdfRenderer::render(EvaluationReport::document(*loaded.input), pdf, &error), qPrintable(error));
        const QString text = flat(pdfText(pdf));
        const QStringList expected = {
            // registration log, with the late entry
            QStringLiteral(u"王五"), QStringLiteral(u"身份证号"), QStringLiteral("**************1234"),
            QStringLiteral(u"李四"), QStringLiteral(u"介绍信(身份证复印件未核验)"), QStringLiteral(u"17:20(逾期)"),
            // proposal receipts: copies, seal, receiver, opening and witness
            QStringLiteral(u"收件员小陈"), QStringLiteral(u"9/10"), QStringLiteral(u"完好"),
            QStringLiteral(u"公证员刘律师"), QStringLiteral(u"2014年8月4日15:05"),
            // draw witnesses
            QStringLiteral(u"监督员甲、纪检员乙"),
            // presentation log
            QStringLiteral(u"2014年8月5日09:00"), QStringLiteral(u"2014年8月5日09:26"), QStringLiteral(u"超时1分30秒"),
            // correction with its ground and reason
            QStringLiteral(u"分项加总错误"), QStringLiteral(u"赵明"),
            // publication and challenge contact
            QStringLiteral("http://www.cixi.gov.cn/gs"), QStringLiteral(u"医保中心基金科0574-63000000")};
        for (const QString& e : expected)
            QVERIFY2(text.contains(flat(e)), qPrintable(e));
        QVERIFY(!text.contains(QStringLiteral(u"未记录演示时间")));
        QVERIFY(!text.contains(QStringLiteral(u"无更正")));
    }

    void noticeShowsWhereItIsPublishedAndWhomToContact()
    {
        const auto loaded = DocumentInputLoader::fromWorkspace(*m_ws, m_id);
        QVERIFY(loaded.ok());
        const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
        QString error;
        QVERIFY2(PdfRenderer::render(ResultNotice::document(*loaded.input), pdf, &error), qPrintable(error));
        const QString text = flat(pdfText(pdf));
        QVERIFY2(text.contains(QStringLiteral("http://www.cixi.gov.cn/gs")), qPrintable(text));
        QVERIFY2(text.contains(flat(QStringLiteral(u"质疑联系方式:医保中心基金科 0574-63000000"))), qPrintable(text));
        for (const QString& expected :
             {QStringLiteral(u"谈判依据:《慈溪市大病保险承办选择性谈判文件》(慈医保〔2014〕12号)"),
              QStringLiteral(u"质疑受理地址:慈溪市三北大街1号302室"), QStringLiteral(u"联系人:孙敏"),
              QStringLiteral(u"联系电话:0574-63900002"), QStringLiteral(u"慈溪市医疗保障管理中心(章)")})
            QVERIFY2(text.contains(flat(expected)), qPrintable(expected));
    }

    // The document details are one recorded action: saved again unchanged, nothing is recorded; once
    // the notice is published with them, they no longer change.
    void documentDetailsAreOneActionUntilPublished()
    {
        NegotiationStore negotiations(*m_ws);
        Project project;
        project.title = QStringLiteral(u"文书信息");
        project.purchaser = QStringLiteral(u"慈溪市医疗保障管理中心");
        const auto created = negotiations.create(project, 1, kActor);
        QVERIFY(created.ok());
        const qint64 id = created.value->id;
        auto eventCount = [&] { return AuditLog::events(*m_ws, id).value->size(); };
        SetupService setup(*m_ws);
        DocumentDetails d;
        d.contactPerson = QStringLiteral(u"  孙敏 ");
        const qsizetype before = eventCount();
        QVERIFY(setup.setDocumentDetails(id, d, kActor).ok());
        QCOMPARE(eventCount(), before + 1);
        QVERIFY(setup.setDocumentDetails(id, d, kActor).ok());
        QCOMPARE(eventCount(), before + 1);
        const auto read = WorkspaceContextReader::read(*m_ws, id);
        QVERIFY(read.ok());
        QCOMPARE(read.value->contactPerson, std::optional<QString>(QStringLiteral(u"孙敏")));
        QVERIFY(!read.value->contactPhone.has_value());
        QCOMPARE(negotiations.scenario(id).value->project.documents.contactPerson, QStringLiteral(u"孙敏"));
        d.contactPhone = QString(501, QLatin1Char('1'));
        QCOMPARE(setup.setDocumentDetails(id, d, kActor).failure, Failure::Invalid);

        QCOMPARE(setup.setDocumentDetails(m_id, DocumentDetails(), kActor).failure, Failure::Refused);
    }

    // Every published or delivered document anchors the record: the notice and each letter carry the
    // audit chain head when they were made, short and in full.
    void noticeAndLettersCarryTheChainHead()
    {
        const auto loaded = DocumentInputLoader::fromWorkspace(*m_ws, m_id);
        QVERIFY(loaded.ok());
        const QString head = *loaded.input->context.auditHead;
        QCOMPARE(head.size(), 64);
        const QString shortForm = head.left(4) + QLatin1Char(' ') + head.mid(4, 4) + QLatin1Char(' ') + head.mid(8, 4) +
                                  QLatin1Char(' ') + head.mid(12, 4);
        QString error;
        const QString notice = m_dir.filePath(QStringLiteral("anchored-notice.pdf"));
        QVERIFY2(PdfRenderer::render(ResultNotice::document(*loaded.input), notice, &error), qPrintable(error));
        const QString noticeText = pdfText(notice);
        QVERIFY2(noticeText.contains(QStringLiteral(u"记录锚点")), qPrintable(noticeText));
        QVERIFY2(noticeText.contains(shortForm), qPrintable(noticeText));
        QVERIFY2(flat(noticeText).contains(head), qPrintable(noticeText));
        QVERIFY(flat(noticeText).contains(QStringLiteral("auditverify--head") + head.left(16)));

        const QString letters = m_dir.filePath(QStringLiteral("anchored-letters.pdf"));
        QVERIFY2(PdfRenderer::render(BidderLetters::document(*loaded.input), letters, &error), qPrintable(error));
        const QString lettersText = pdfText(letters);
        const qsizetype bidders = BidderLetters::recipients(*loaded.input).size();
        QVERIFY(bidders >= 3);
        QCOMPARE(lettersText.count(shortForm), bidders);
        QCOMPARE(flat(lettersText).count(head), bidders);

        // The web page of the notice carries it too; a notice made from a scenario file has no record to anchor.
        QVERIFY(ResultNotice::webPage(*loaded.input).contains(head));
        DocumentInput fromFile = *loaded.input;
        fromFile.context.auditHead.reset();
        QVERIFY(!ResultNotice::webPage(fromFile).contains(QStringLiteral(u"记录锚点")));
    }

    void proposalReceiptNamesBidderCopiesAndTime()
    {
        NegotiationStore negotiations(*m_ws);
        const Scenario scenario = *negotiations.scenario(m_id).value;
        const auto record = WorkspaceContextReader::read(*m_ws, m_id);
        QVERIFY(record.ok());
        QVERIFY(!report::ProposalReceipt::details(scenario, *record.value, QStringLiteral("B9")));
        const auto b2 =
            report::ProposalReceipt::details(scenario, *record.value, QStringLiteral("B2"), QStringLiteral("x"));
        QVERIFY(b2.has_value());
        QCOMPARE(b2->receiver, QStringLiteral(u"收件员小陈")); // the record wins over the stand-in
        QCOMPARE(b2->representative, QStringLiteral(u"李四"));
        QVERIFY(!b2->late);
        const PagedDocument document = report::ProposalReceipt::document(*b2);
        QCOMPARE(document.pageCount(), 1);
        const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
        QString error;
        QVERIFY2(PdfRenderer::render(document, pdf, &error), qPrintable(error));
        const QString text = flat(pdfText(pdf));
        for (const QString& e :
             {QStringLiteral(u"谈判方案接收回执"), QStringLiteral(u"乙人寿保险股份有限公司"), QStringLiteral(u"李四"),
              QStringLiteral(u"2014年8月4日 14:58"), QStringLiteral(u"9 份(要求 10 份)"), QStringLiteral(u"完好"),
              QStringLiteral(u"否(截止时间前送达)"), QStringLiteral(u"收件员小陈"), QStringLiteral(u"N-2014-0001"),
              QStringLiteral(u"递交人签字"), QStringLiteral(u"接收人签字")})
            QVERIFY2(text.contains(flat(e)), qPrintable(e));
        QVERIFY(PdfRenderer::render(document) == PdfRenderer::render(document));

        // A proposal received after the deadline says so.
        Scenario late = scenario;
        (*late.proposals)[1].receivedAt = at("2014-08-04T15:00:01+08:00");
        const auto lateReceipt = report::ProposalReceipt::details(late, *record.value, QStringLiteral("B2"));
        QVERIFY(lateReceipt->late);
        QVERIFY(report::ProposalReceipt::html(*lateReceipt, DocumentLanguage::Chinese)
                    .contains(QStringLiteral(u"截止时间后送达")));
        QVERIFY(report::ProposalReceipt::html(*lateReceipt, DocumentLanguage::English)
                    .contains(QStringLiteral("after the deadline")));
    }

    // The whole record goes into the sealed archive and reads back from it: the archive verifies,
    // documents re-rendered from its record included.
    void sealedArchiveVerifies()
    {
        const auto loaded = DocumentInputLoader::fromWorkspace(*m_ws, m_id);
        QVERIFY(loaded.ok());
        const SealedArchive::Sealed sealed = SealedArchive::seal(*loaded.input);
        QVERIFY(sealed.bytes == SealedArchive::seal(*loaded.input).bytes);
        const SealedArchive::Verification v = SealedArchive::verify(sealed.bytes);
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).toString()));
        QCOMPARE(v.digest, sealed.digest);

        const QByteArray record = archivedFile(sealed.bytes, SealedArchive::recordName());
        const CanonicalRecordReader::Result read = CanonicalRecordReader::read(record);
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).toString()));
        const DocumentContext& c = read.input->context;
        const DocumentContext& original = loaded.input->context;
        QCOMPARE(c.negotiationId, original.negotiationId);
        QCOMPARE(c.auditHead, original.auditHead);
        QCOMPARE(c.drawnAt, original.drawnAt);
        QCOMPARE(c.drawWitnesses, original.drawWitnesses);
        QCOMPARE(c.registrations->size(), 3);
        QCOMPARE(c.registrations->at(1).idCopyChecked, false);
        QCOMPARE(c.proposalReceipts->at(0).receiver, QStringLiteral(u"收件员小陈"));
        QCOMPARE(c.opening->openedAt, original.opening->openedAt);
        QCOMPARE(c.presentations->at(0).overrunSeconds, qint64(90));
        QCOMPARE(c.corrections->at(0).recordedAt, original.corrections->at(0).recordedAt);
        QCOMPARE(c.challengeContact, original.challengeContact);
        QCOMPARE(c.challengeAddress, original.challengeAddress);
        QCOMPARE(c.basis, original.basis);
        QCOMPARE(c.contactPerson, original.contactPerson);
        QCOMPARE(c.contactPhone, original.contactPhone);
        QCOMPARE(c.opening->witnesses, original.opening->witnesses);
        QCOMPARE(CanonicalRecord::json(*read.input), record);

        // A changed challenge contact, with the manifest and the seal recomputed: the evaluation is
        // the same, the documents that print the contact are not.
        QByteArray changedRecord = record;
        QVERIFY(changedRecord.contains("0574-63000000"));
        changedRecord.replace("0574-63000000", "0574-63000001");
        const SealedArchive::Verification changed =
            SealedArchive::verify(resealed(sealed.bytes, replacing(SealedArchive::recordName(), changedRecord)));
        QVERIFY(!changed.ok);
        QStringList named;
        for (const Problem& p : changed.problems)
            named << p.where;
        QVERIFY2(named.contains(QStringLiteral("notice.pdf")), qPrintable(named.join(QLatin1Char(' '))));
        QVERIFY2(!named.contains(SealedArchive::recordName()), qPrintable(named.join(QLatin1Char(' '))));
    }

    // Times stamped to the millisecond (a workspace's clock) keep their milliseconds in the record,
    // so the record reads back to exactly the times it was written from.
    void millisecondsSurviveTheRecord()
    {
        const auto loaded = DocumentInputLoader::fromWorkspace(*m_ws, m_id);
        QVERIFY(loaded.ok());
        DocumentInput input = *loaded.input;
        PresentationRecord& first = (*input.context.presentations)[0];
        first.startedAt = at("2014-08-05T09:00:00+08:00").addMSecs(900);
        first.endedAt = at("2014-08-05T09:26:30+08:00").addMSecs(100);
        const SealedArchive::Sealed sealed = SealedArchive::seal(input);
        const SealedArchive::Verification v = SealedArchive::verify(sealed.bytes);
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).toString()));
        const QByteArray record = archivedFile(sealed.bytes, SealedArchive::recordName());
        QVERIFY2(record.contains("2014-08-05T09:00:00.900+08:00"), record.constData());
        const CanonicalRecordReader::Result read = CanonicalRecordReader::read(record);
        QVERIFY(read.ok());
        QCOMPARE(read.input->context.presentations->at(0).startedAt, first.startedAt);
        QCOMPARE(read.input->context.presentations->at(0).endedAt, first.endedAt);
    }

    void unknownNegotiationIsAStoreFailure()
    {
        const auto loaded = DocumentInputLoader::fromWorkspace(*m_ws, 999);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.failure, Failure::NotFound);
        QVERIFY(!loaded.verificationFailed);
    }

#ifdef TP_CLI_PATH
    // `archive seal ID` seals a workspace negotiation as the window does: the file, then the seal
    // digest recorded as the issued archive and the negotiation archived; sealing it again is
    // refused and writes nothing. (Last: the negotiation cannot change afterwards.)
    void sealByIdRecordsAndArchives()
    {
        const QString workspacePath = m_ws->path();
        m_ws.reset();
        const auto seal = [&](const QString& out) {
            QProcess cli;
            cli.start(QStringLiteral(TP_CLI_PATH),
                      {QStringLiteral("--workspace"), workspacePath, QStringLiteral("archive"), QStringLiteral("seal"),
                       QString::number(m_id), QStringLiteral("--out"), out});
            cli.waitForFinished(120000);
            return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()).trimmed());
        };
        const QString path = m_dir.filePath(QStringLiteral("sealed.tparchive"));
        const auto [exit, digest] = seal(path);
        QCOMPARE(exit, 0);
        QCOMPARE(digest.size(), 64);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const SealedArchive::Verification v = SealedArchive::verify(file.readAll());
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).toString()));
        QCOMPARE(v.digest, digest);

        auto opened = Workspace::open(workspacePath);
        QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
        m_ws = *opened.value;
        QCOMPARE(*ProcedureService(*m_ws).stage(m_id).value, Stage::Archived);
        const auto issued = RecordReader::rows(
            *m_ws, QStringLiteral("documents"),
            {{QStringLiteral("negotiation_id"), m_id}, {QStringLiteral("kind"), QStringLiteral("archive")}});
        QVERIFY(issued.ok());
        QCOMPARE(issued.value->size(), 1);
        QCOMPARE(issued.value->first().value(QStringLiteral("sha256")).toString(), digest);
        m_ws.reset();

        const QString again = m_dir.filePath(QStringLiteral("again.tparchive"));
        QCOMPARE(seal(again).first, 5);
        QVERIFY(!QFile::exists(again));
    }
#endif
};

QTEST_MAIN(TestWorkspaceDocuments)
#include "tst_workspace_documents.moc"
