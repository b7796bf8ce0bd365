#pragma once

#include "model/Scenario.h"

#include <QString>
#include <QStringList>

namespace tp::report {

// Every piece of wording of the published documents, in Chinese (the language these notices,
// reports and letters are published in), in this one place so that a translation step can wrap it.
// Codes of the rules engine (exclusion reasons, warnings) use the established terms of
// tp::Terms, which the evaluate summary uses as well.
class DocumentText
{
public:
    // Common
    static QString pageNumber(int page, int pages);   // 第 1 页 共 3 页
    static QString sectionNumber(int n);              // 一、 二、 ...
    static QString leaderMark();                      // (组长)
    static QString listSeparator();                   // 、
    static QString pointsUnit(const QString& points); // 85.70 分
    static QString position(int position);            // 第 1 名
    static QString exclusionReason(const QString& code);
    static QString warning(const QString& code, const QString& bidderName);
    static QString statusText(const QString& code);
    static QString selectiveNegotiation();                 // 选择性谈判
    static QString scoringMethod(const Project& project);  // the trimmed-mean rule in words
    static QString allocationRule(const Project& project); // 第1名承办60%、第2名承办30% ...
    static QString publicationPeriod(const QDate& first, const QDate& end, int workingDays);
    static QString failedReason(const QString& reason, int minBidders);
    static QString correctionCategory(const QString& code);
    static QString yes();
    static QString no();
    static QString none(); // 无

    // Result notice (结果公示)
    static QString noticeTitle(const QString& project);
    static QString noticeIntro(const QString& basis, const QString& purchaser, const QString& project);
    static QString defaultBasis();
    static QString projectName();
    static QString purchaser();
    static QString methodAndBasis();
    static QString method();
    static QString basis();
    static QString scoringRuleLabel();
    static QString winnersRuleLabel();
    static QString maxWinners(int count);
    static QString rankingSection();
    static QString rankColumn();
    static QString bidderColumn();
    static QString scoreColumn();
    static QString shareColumn();
    static QString reasonColumn();
    static QString decidedByVoteNote();
    static QString winnersSection();
    static QString winnerLine(const QString& name, int share);
    static QString noWinner();
    static QString resultSection();
    static QString excludedSection();
    static QString panelSection();
    static QString publicationSection();
    static QString publicationMedium();
    static QString challengeSection();
    static QString challengeText(const QString& purchaser);
    static QString challengeAddress();
    static QString contactSection();
    static QString contactPerson();
    static QString contactPhone();
    static QString contactAddress();

    // Letters (通知书)
    static QString awardLetterTitle();
    static QString resultLetterTitle();
    static QString letterSalutation(const QString& bidder);
    static QString letterIntro(const QString& purchaser, const QString& project);
    static QString finalScore();
    static QString rankLabel();
    static QString rankOf(int position, int qualified);
    static QString resultLabel();
    static QString resultAwarded(int share);
    static QString resultNotAwarded();
    static QString resultExcluded(const QString& reason);
    static QString resultFailed();
    static QString awardClosing();
    static QString thanksClosing();
    static QString letterChallenge(const QString& period);

    // Evaluation report (评审报告)
    static QString reportTitle(const QString& project);
    static QString reportHeader(const QString& project);
    static QString generalSection();
    static QString status();
    static QString registrationDeadline();
    static QString proposalDeadline();
    static QString requiredCopies();
    static QString presentationLimits(int presentation, int statement);
    static QString presentationLimitsLabel();
    static QString minBidders();
    static QString panelMembers();
    static QString warningsLabel();
    static QString registrationSection();
    static QString registeredAt();
    static QString eligibility();
    static QString eligible();
    static QString notEligible();
    static QString withdrawn();
    static QString outcome();
    static QString inTime();
    static QString lateEntry();
    static QString notRegistered();
    static QString qualified();
    static QString proposalSection();
    static QString noProposalRules();
    static QString receivedAt();
    static QString copies();
    static QString seal();
    static QString sealIntact();
    static QString sealBroken();
    static QString rejected();
    static QString opening();
    static QString openingWitnesses();
    static QString drawSection();
    static QString drawMethod();
    static QString drawSeeded();
    static QString drawManual();
    static QString noDraw();
    static QString commitment();
    static QString seedLabel();
    static QString drawnAt();
    static QString witnesses();
    static QString order();
    static QString key();
    static QString checkCommandIntro();
    static QString presentationSection();
    static QString startedAt();
    static QString endedAt();
    static QString note();
    static QString noPresentationLog();
    static QString scoreSheetTitle();
    static QString member();
    static QString role();
    static QString leader();
    static QString memberRole();
    static QString criterion();
    static QString maxPoints();
    static QString total();
    static QString signatureLine();
    static QString calculationSection();
    static QString calculationIntro(const Project& project);
    static QString panelist();
    static QString keptOrDropped();
    static QString droppedHighest();
    static QString droppedLowest();
    static QString kept();
    static QString keptSum();
    static QString keptCount();
    static QString exactMean();
    static QString publishedScore();
    static QString criterionMean();
    static QString correctionSection();
    static QString noCorrections();
    static QString category();
    static QString reason();
    static QString oldValue();
    static QString newValue();
    static QString recordedAt();
    static QString voteSection();
    static QString noVotes();
    static QString voteRound(int round);
    static QString tiedBidders();
    static QString ballots();
    static QString blankBallots();
    static QString allocationSection();
    static QString decidedByVote();
    static QString panelSignatures();
    static QString signature();
    static QString auditHead();
    static QString recordDigest();
    static QString archiveDigest();
    static QString tieOpen(const QString& bidders, int first, int last);
    static QString notScoredYet();

    // Sealed archive
    static QString archiveReadme(const QString& project);
};

} // namespace tp::report
