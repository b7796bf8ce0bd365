#pragma once

#include "DocumentLanguage.h"
#include "model/Scenario.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QTranslator;

namespace tp::report {

// Every piece of wording of the published documents, in this one place, in the document's language.
// The texts are English source strings in the "DocumentText" context of the translation files; the
// Chinese ones are today's official wording of these notices, reports and letters.
//
// The document language is independent of the user interface: DocumentText never uses the
// translators installed on the application but loads its own (:/i18n/tenderpanel_<code>.qm), so a
// notice made by a user whose interface is English is still the Chinese official document unless
// English is asked for. English falls back to the source texts.
class DocumentText
{
public:
    explicit DocumentText(DocumentLanguage language);
    ~DocumentText();
    DocumentText(const DocumentText&) = delete;
    DocumentText& operator=(const DocumentText&) = delete;

    // One shared instance per language, its translation loaded once.
    static const DocumentText& of(DocumentLanguage language);

    DocumentLanguage language() const { return m_language; }
    // Whether the translation of this language was found (always true for a correct build).
    bool translationLoaded() const { return m_loaded; }
    QString htmlLanguage() const; // "zh-CN", "en": the lang attribute of the web pages

    // A source text with its disambiguation, as QT_TRANSLATE_NOOP3 gives it.
    struct Source
    {
        const char* text;
        const char* disambiguation;
    };
    // The translation of a source text of the "DocumentText" context, marked where it is written
    // with QT_TRANSLATE_NOOP (or QT_TRANSLATE_NOOP3, with its disambiguation). The wording of the
    // workspace record (RecordText) and of the proposal receipt (ReceiptText) goes through here, so
    // that every document string is in the translation files.
    QString translated(const char* source) const;
    QString translated(Source source) const;

    // Common
    QString pageNumber(int page, int pages) const;    // 第 1 页 共 3 页 / Page 1 of 3
    QString sectionNumber(int n) const;               // 一、 二、 / 1. 2.
    QString colon() const;                            // between a label and its value
    QString withoutColon(const QString& label) const; // "谈判方式:" -> "谈判方式"
    QString leaderMark() const;                       // (组长)
    QString listSeparator() const;                    // 、
    QString clauseSeparator() const;                  // ;
    QString pointsUnit(const QString& points) const;  // 85.70 分 / 85.70 points
    QString position(int position) const;             // 第 1 名 / No. 1
    QString date(const QDate& date) const;            // 2014年8月11日 / 11 August 2014; "—" when invalid
    QString date(const std::optional<QDate>& date) const;
    QString dateTime(const QDateTime& dateTime) const; // 2014年7月29日 17:20 / 29 July 2014 17:20
    QString dateTime(const std::optional<QDateTime>& dateTime) const;
    QString exclusionReason(const QString& code) const;
    QString warning(const QString& code, const QString& bidderName) const;
    QString statusText(const QString& code) const;
    QString selectiveNegotiation() const;                 // 选择性谈判
    QString scoringMethod(const Project& project) const;  // the trimmed-mean rule in words
    QString allocationRule(const Project& project) const; // 成交 1 家时:第 1 名 100% ...
    QString publicationPeriod(const QDate& first, const QDate& end, int workingDays) const;
    QString failedReason(const QString& reason, int minBidders) const;
    QString correctionCategory(const QString& code) const;
    QString yes() const;
    QString no() const;
    QString none() const; // 无

    // Result notice (结果公示)
    QString noticeTitle(const QString& project) const;
    QString noticeIntro(const QString& basis, const QString& purchaser, const QString& project) const;
    QString defaultBasis() const;
    QString projectName() const;
    QString purchaser() const;
    QString methodAndBasis() const;
    QString method() const;
    QString basis() const;
    QString scoringRuleLabel() const;
    QString winnersRuleLabel() const;
    QString maxWinners(int count) const;
    QString rankingSection() const;
    QString rankColumn() const;
    QString bidderColumn() const;
    QString scoreColumn() const;
    QString shareColumn() const;
    QString reasonColumn() const;
    QString decidedByVoteNote() const;
    QString winnersSection() const;
    QString winnerLine(const QString& name, int share) const;
    QString noWinner() const;
    QString resultSection() const;
    QString excludedSection() const;
    QString panelSection() const;
    QString publicationSection() const;
    QString publicationMedium() const;
    QString challengeSection() const;
    QString challengeText(const QString& purchaser) const;
    QString challengeAddress() const;
    QString contactSection() const;
    QString contactPerson() const;
    QString contactPhone() const;
    QString contactAddress() const;

    // Letters (通知书)
    QString awardLetterTitle() const;
    QString resultLetterTitle() const;
    QString letterSalutation(const QString& bidder) const;
    QString letterIntro(const QString& purchaser, const QString& project) const;
    QString finalScore() const;
    QString rankLabel() const;
    QString rankOf(int position, int qualified) const;
    QString resultLabel() const;
    QString resultAwarded(int share) const;
    QString resultNotAwarded() const;
    QString resultExcluded(const QString& reason) const;
    QString resultFailed() const;
    QString awardClosing() const;
    QString thanksClosing() const;
    QString letterChallenge(const QString& period) const;

    // OCDS release: an award's description, from winnerLine(), pointsUnit() and position().
    QString awardDescription(const QString& winnerLine, const QString& points, const QString& position) const;

    // Evaluation report (评审报告)
    QString reportTitle(const QString& project) const;
    QString reportHeader(const QString& project) const;
    QString generalSection() const;
    QString status() const;
    QString registrationDeadline() const;
    QString proposalDeadline() const;
    QString requiredCopies() const;
    QString presentationLimits(int presentation, int statement) const;
    QString presentationLimitsLabel() const;
    QString minBidders() const;
    QString panelMembers() const;
    QString warningsLabel() const;
    QString registrationSection() const;
    QString registeredAt() const;
    QString eligibility() const;
    QString eligible() const;
    QString notEligible() const;
    QString withdrawn() const;
    QString outcome() const;
    QString inTime() const;
    QString lateMark() const; // (逾期), after a time
    QString notRegistered() const;
    QString qualified() const;
    QString proposalSection() const;
    QString noProposalRules() const;
    QString receivedAt() const;
    QString copies() const;
    QString seal() const;
    QString sealIntact() const;
    QString sealBroken() const;
    QString rejected() const;
    QString opening() const;
    QString openingWitnesses() const;
    QString drawSection() const;
    QString drawMethod() const;
    QString drawSeeded() const;
    QString drawManual() const;
    QString noDraw() const;
    QString commitment() const;
    QString seedLabel() const;
    QString drawnAt() const;
    QString witnesses() const;
    QString order() const;
    QString key() const;
    QString checkCommandIntro() const;
    QString presentationSection() const;
    QString startedAt() const;
    QString endedAt() const;
    QString note() const;
    QString noPresentationLog() const;
    QString scoreSheetTitle() const;
    QString member() const;
    QString role() const;
    QString leader() const;
    QString memberRole() const;
    QString criterion() const;
    QString maxPoints() const;
    QString total() const;
    QString signatureLine() const;
    QString calculationSection() const;
    QString calculationIntro(const Project& project) const;
    QString panelist() const;
    QString keptOrDropped() const;
    QString droppedHighest() const;
    QString droppedLowest() const;
    QString kept() const;
    QString keptSum() const;
    QString keptCount() const;
    QString exactMean() const;
    QString publishedScore() const;
    QString criterionMean() const;
    QString correctionSection() const;
    QString noCorrections() const;
    QString category() const;
    QString reason() const;
    QString oldValue() const;
    QString newValue() const;
    QString recordedAt() const;
    QString voteSection() const;
    QString noVotes() const;
    QString voteRound(int round) const;
    QString tiedBidders() const;
    QString ballots() const;
    QString blankBallots() const;
    QString allocationSection() const;
    QString decidedByVote() const;
    QString panelSignatures() const;
    QString signature() const;
    QString auditHead() const;
    QString recordDigest() const;
    QString archiveDigest() const;
    QString tieOpen(const QString& bidders, int first, int last) const;
    QString notScoredYet() const;

    // Sealed archive: the README is bilingual by design (part of the tenderpanel-archive/1 format),
    // the same in every archive, so it is not translated.
    static QString archiveReadme(const QString& project);

private:
    // The translation of a source text of the "DocumentText" context; %n replaced by n when n >= 0.
    QString text(const char* source, int n = -1) const;
    QString text(Source source, int n = -1) const;
    QString label(const char* source) const; // text(source) + colon()

    DocumentLanguage m_language;
    std::unique_ptr<QTranslator> m_translator;
    bool m_loaded = false;
};

} // namespace tp::report
