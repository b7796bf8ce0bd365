#include "DocumentText.h"

#include <QLocale>
#include <QTranslator>

namespace tp::report {

DocumentText::DocumentText(DocumentLanguage language) : m_language(language), m_translator(new QTranslator)
{
    const QString file = QStringLiteral(":/i18n/tenderpanel_%1.qm").arg(documentLanguageCode(language));
    m_loaded = m_translator->load(file);
    if (!m_loaded)
        qCritical("DocumentText: %s cannot be loaded; documents fall back to the English source texts",
                  qPrintable(file));
}

DocumentText::~DocumentText() = default;

const DocumentText& DocumentText::of(DocumentLanguage language)
{
    static const DocumentText chinese(DocumentLanguage::Chinese);
    static const DocumentText english(DocumentLanguage::English);
    return language == DocumentLanguage::English ? english : chinese;
}

QString DocumentText::text(const char* source, int n) const
{
    return text(Source{source, nullptr}, n);
}

QString DocumentText::text(Source source, int n) const
{
    QString result = m_translator->translate("DocumentText", source.text, source.disambiguation, n);
    if (result.isEmpty())
        result = QString::fromUtf8(source.text);
    if (n >= 0)
        result.replace(QLatin1String("%n"), QString::number(n));
    return result;
}

QString DocumentText::translated(const char* source) const
{
    return text(source);
}

QString DocumentText::translated(Source source) const
{
    return text(source);
}

QString DocumentText::label(const char* source) const
{
    return text(source) + colon();
}

QString DocumentText::htmlLanguage() const
{
    return m_language == DocumentLanguage::English ? QStringLiteral("en") : QStringLiteral("zh-CN");
}

// Common
QString DocumentText::pageNumber(int page, int pages) const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Page %1 of %2")).arg(page).arg(pages);
}

QString DocumentText::sectionNumber(int n) const
{
    QString number = QString::number(n);
    if (m_language == DocumentLanguage::Chinese && n >= 0 && n < 100) {
        // Sections of a Chinese notice are numbered with Chinese numerals: 一、 … 十、 十一、 … 二十、
        static const QString digits = QStringLiteral(u"零一二三四五六七八九");
        number.clear();
        if (n >= 10) {
            if (n / 10 > 1)
                number += digits.at(n / 10);
            number += QStringLiteral(u"十");
            if (n % 10)
                number += digits.at(n % 10);
        } else {
            number = digits.at(n);
        }
    }
    //: %1 is the section number; Chinese writes it in Chinese numerals (一、二、)
    return text(QT_TRANSLATE_NOOP("DocumentText", "%1. ")).arg(number);
}

QString DocumentText::colon() const
{
    //: Between a label and its value
    return text(QT_TRANSLATE_NOOP("DocumentText", ": "));
}

QString DocumentText::withoutColon(const QString& label) const
{
    const QString separator = colon();
    return label.endsWith(separator) ? label.chopped(separator.size()) : label;
}

QString DocumentText::leaderMark() const
{
    //: After the name of the panel leader
    return text(QT_TRANSLATE_NOOP("DocumentText", " (leader)"));
}

QString DocumentText::listSeparator() const
{
    //: Between the names of a list
    return text(QT_TRANSLATE_NOOP3("DocumentText", ", ", "list of names"));
}

QString DocumentText::clauseSeparator() const
{
    //: Between clauses of a sentence
    return text(QT_TRANSLATE_NOOP("DocumentText", "; "));
}

QString DocumentText::pointsUnit(const QString& points) const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "%1 points")).arg(points);
}

QString DocumentText::position(int position) const
{
    //: A place in the ranking
    return text(QT_TRANSLATE_NOOP("DocumentText", "No. %1")).arg(position);
}

QString DocumentText::date(const QDate& date) const
{
    if (!date.isValid())
        return QStringLiteral(u"—");
    //: Date format of QLocale::toString (d day, M month, MMMM month name, yyyy year)
    return QLocale::c().toString(date, text(QT_TRANSLATE_NOOP("DocumentText", "d MMMM yyyy")));
}

QString DocumentText::date(const std::optional<QDate>& value) const
{
    return value ? date(*value) : QStringLiteral(u"—");
}

QString DocumentText::dateTime(const QDateTime& dateTime) const
{
    if (!dateTime.isValid())
        return QStringLiteral(u"—");
    return date(dateTime.date()) + QLatin1Char(' ') + dateTime.time().toString(QStringLiteral("HH:mm"));
}

QString DocumentText::dateTime(const std::optional<QDateTime>& value) const
{
    return value ? dateTime(*value) : QStringLiteral(u"—");
}

QString DocumentText::exclusionReason(const QString& code) const
{
    if (code == QLatin1String("withdrawn"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "Withdrawn"));
    if (code == QLatin1String("not_eligible"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "Not eligible to take part"));
    if (code == QLatin1String("not_registered"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "Not registered, deemed to have withdrawn"));
    if (code == QLatin1String("late_registration"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "Registered late, deemed to have withdrawn"));
    if (code == QLatin1String("no_proposal"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "No proposal submitted"));
    if (code == QLatin1String("late_proposal"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "Proposal submitted late"));
    if (code == QLatin1String("proposal_rejected"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "Proposal rejected"));
    return code;
}

QString DocumentText::warning(const QString& code, const QString& bidderName) const
{
    const qsizetype colonAt = code.indexOf(QLatin1Char(':'));
    const QString kind = colonAt < 0 ? code : code.left(colonAt);
    const QString subject = colonAt < 0 ? QString() : code.mid(colonAt + 1);
    const QString who = bidderName.isEmpty() ? subject : bidderName;
    if (kind == QLatin1String("missing_copies"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "%1 submitted fewer copies of the proposal than required"))
            .arg(who);
    if (kind == QLatin1String("seal_broken"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "The seal of the proposal of %1 is not intact")).arg(who);
    if (kind == QLatin1String("scores_ignored"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "%1 is excluded; its scores are not counted")).arg(who);
    if (kind == QLatin1String("calendar_not_covered"))
        //: %1 is a year
        return text(QT_TRANSLATE_NOOP("DocumentText", "The working-day calendar has no holiday arrangements for %1; "
                                                      "only weekends are counted in that year"))
            .arg(subject);
    return code;
}

QString DocumentText::statusText(const QString& code) const
{
    if (code == QLatin1String("final"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "Evaluation complete"));
    if (code == QLatin1String("failed"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "Negotiation failed"));
    if (code == QLatin1String("vote_required"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "Equal scores: the panel's anonymous vote is needed"));
    if (code == QLatin1String("scoring"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "Scoring in progress"));
    return code;
}

QString DocumentText::selectiveNegotiation() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Selective negotiation"));
}

QString DocumentText::scoringMethod(const Project& project) const
{
    const TrimRule& trim = project.trim;
    QString dropping;
    if (trim.highest == 0 && trim.lowest == 0)
        dropping = text(QT_TRANSLATE_NOOP("DocumentText", "without dropping the highest and lowest scores, "));
    else
        dropping = text(QT_TRANSLATE_NOOP("DocumentText", "after dropping the %1 highest and %2 lowest scores, "))
                       .arg(trim.highest)
                       .arg(trim.lowest);
    QString method =
        text(QT_TRANSLATE_NOOP("DocumentText", "The panel members score independently and once, against the scoring "
                                               "criteria. "));
    if (trim.level == TrimLevel::Total)
        //: %1 says which scores are dropped
        method += text(QT_TRANSLATE_NOOP("DocumentText", "For each bidder, %1the final score is the arithmetic mean of "
                                                         "the remaining totals of the panel members; "))
                      .arg(dropping);
    else
        //: %1 says which scores are dropped
        method += text(QT_TRANSLATE_NOOP("DocumentText", "For each criterion, %1the scores of the panel members are "
                                                         "averaged, and the final score is the sum of these means; "))
                      .arg(dropping);
    method += text(QT_TRANSLATE_NOOP("DocumentText", "the final score is published rounded half up to two decimals, "
                                                     "and the bidders are ranked from the highest score down; "));
    method += project.tiePrecision == TiePrecision::Exact
                  ? text(QT_TRANSLATE_NOOP("DocumentText", "where exact scores are equal and this affects the award, "
                                                           "the panel decides the order by anonymous vote."))
                  : text(QT_TRANSLATE_NOOP("DocumentText", "where published scores are equal and this affects the "
                                                           "award, the panel decides the order by anonymous vote."));
    return method;
}

QString DocumentText::allocationRule(const Project& project) const
{
    QStringList parts;
    for (auto it = project.allocation.cbegin(); it != project.allocation.cend(); ++it) {
        QStringList shares;
        for (int i = 0; i < it.value().size(); ++i)
            //: %1 is a place in the ranking, %2 the share in percent
            shares << text(QT_TRANSLATE_NOOP("DocumentText", "No. %1: %2%")).arg(i + 1).arg(it.value().at(i));
        //: Between the shares of the winners
        const QString separator = text(QT_TRANSLATE_NOOP3("DocumentText", ", ", "shares"));
        //: %n is the number of winners, %1 their shares
        parts << text(QT_TRANSLATE_N_NOOP("DocumentText", "with %n winner(s): %1"), int(it.key()))
                     .arg(shares.join(separator));
    }
    //: The end of a sentence
    return text(QT_TRANSLATE_NOOP("DocumentText", "%1.")).arg(parts.join(clauseSeparator()));
}

QString DocumentText::publicationPeriod(const QDate& first, const QDate& end, int workingDays) const
{
    //: %1 and %2 are dates
    return text(QT_TRANSLATE_N_NOOP("DocumentText", "%1 to %2 (%n working day(s))"), workingDays)
        .arg(date(first), date(end));
}

QString DocumentText::failedReason(const QString& reason, int minBidders) const
{
    if (reason == QLatin1String("insufficient_bidders"))
        return text(
            QT_TRANSLATE_N_NOOP("DocumentText", "Fewer than %n bidder(s) qualified: the negotiation has failed."),
            minBidders);
    return text(QT_TRANSLATE_NOOP("DocumentText", "The negotiation has failed (%1).")).arg(reason);
}

QString DocumentText::correctionCategory(const QString& code) const
{
    if (code == QLatin1String("summation_error"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "Error in adding up the scores"));
    if (code == QLatin1String("out_of_range"))
        return text(
            QT_TRANSLATE_NOOP("DocumentText", "A score outside the range of points the scoring criteria allow"));
    if (code == QLatin1String("objective_disagreement"))
        return text(QT_TRANSLATE_NOOP("DocumentText", "Differing scores for an objective criterion"));
    if (code == QLatin1String("abnormal_score"))
        return text(
            QT_TRANSLATE_NOOP("DocumentText", "A score the whole panel found abnormally high or abnormally low"));
    return code;
}

QString DocumentText::yes() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Yes"));
}
QString DocumentText::no() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "No"));
}
QString DocumentText::none() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "None"));
}

// Result notice
QString DocumentText::noticeTitle(const QString& project) const
{
    //: %1 is the project's title
    return text(QT_TRANSLATE_NOOP("DocumentText", "Result notice: %1")).arg(project);
}
QString DocumentText::noticeIntro(const QString& basis, const QString& purchaser, const QString& project) const
{
    //: %1 is the basis (the negotiation documents), %2 the purchaser, %3 the project's title
    return text(QT_TRANSLATE_NOOP("DocumentText",
                                  "In accordance with %1, %2 conducted the %3. The negotiation panel has completed the "
                                  "evaluation following the prescribed procedure and evaluation method, and the result "
                                  "is published as follows:"))
        .arg(basis, purchaser, project);
}
QString DocumentText::defaultBasis() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "the negotiation documents of this project"));
}
QString DocumentText::projectName() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Project"));
}
QString DocumentText::purchaser() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Purchaser (medical security agency)"));
}
QString DocumentText::methodAndBasis() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Method, basis and evaluation rules"));
}
QString DocumentText::method() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Method"));
}
QString DocumentText::basis() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Basis"));
}
QString DocumentText::scoringRuleLabel() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Evaluation rules"));
}
QString DocumentText::winnersRuleLabel() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Number of winners and shares"));
}
QString DocumentText::maxWinners(int count) const
{
    return text(QT_TRANSLATE_N_NOOP("DocumentText", "at most %n winner(s); "), count);
}
QString DocumentText::rankingSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Scores and ranking of the qualified bidders"));
}
QString DocumentText::rankColumn() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Rank"));
}
QString DocumentText::bidderColumn() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Bidder"));
}
QString DocumentText::scoreColumn() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Final score"));
}
QString DocumentText::shareColumn() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Share"));
}
QString DocumentText::reasonColumn() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Reason"));
}
QString DocumentText::decidedByVoteNote() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Note: the bidders marked * had equal scores; their order was "
                                                  "decided by the panel's anonymous vote."));
}
QString DocumentText::winnersSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Winners and their shares"));
}
QString DocumentText::winnerLine(const QString& name, int share) const
{
    //: %1 is the winner's name, %2 its share in percent
    return text(QT_TRANSLATE_NOOP("DocumentText", "%1, share %2%.")).arg(name, QString::number(share));
}
QString DocumentText::noWinner() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "This negotiation has no winner."));
}
QString DocumentText::resultSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Result"));
}
QString DocumentText::excludedSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Bidders not qualified, and why"));
}
QString DocumentText::panelSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Members of the negotiation panel"));
}
QString DocumentText::publicationSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Publication period"));
}
QString DocumentText::publicationMedium() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Published at"));
}
QString DocumentText::challengeSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Challenges"));
}
QString DocumentText::challengeText(const QString& purchaser) const
{
    //: %1 is the purchaser
    return text(QT_TRANSLATE_NOOP("DocumentText",
                                  "A bidder who considers that the evaluation procedure or its result has harmed its "
                                  "rights may challenge it in writing to %1 within the publication period. The "
                                  "challenge must be signed by the legal representative or an authorised "
                                  "representative and bear the company seal, state the specific matters challenged "
                                  "and the facts they rest on, and enclose the supporting evidence. Challenges made "
                                  "late or anonymously are not accepted."))
        .arg(purchaser);
}
QString DocumentText::challengeAddress() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Challenges are received at"));
}
QString DocumentText::contactSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Contact"));
}
QString DocumentText::contactPerson() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Contact person"));
}
QString DocumentText::contactPhone() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Telephone"));
}
QString DocumentText::contactAddress() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Address"));
}

// Letters
QString DocumentText::awardLetterTitle() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Notice of award"));
}
QString DocumentText::resultLetterTitle() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Notice of the negotiation result"));
}
QString DocumentText::letterSalutation(const QString& bidder) const
{
    //: %1 is the bidder's name
    return text(QT_TRANSLATE_NOOP("DocumentText", "To %1:")).arg(bidder);
}
QString DocumentText::letterIntro(const QString& purchaser, const QString& project) const
{
    //: %1 is the purchaser, %2 the project's title
    return text(QT_TRANSLATE_NOOP("DocumentText", "Your company took part in the %2 conducted by %1. Following the "
                                                  "evaluation by the negotiation panel, we notify you of your result "
                                                  "as follows:"))
        .arg(purchaser, project);
}
QString DocumentText::finalScore() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Final score"));
}
QString DocumentText::rankLabel() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Rank"));
}
QString DocumentText::rankOf(int position, int qualified) const
{
    //: %1 is the bidder's place, %n the number of qualified bidders
    return text(QT_TRANSLATE_N_NOOP("DocumentText", "No. %1 of %n qualified bidder(s)"), qualified).arg(position);
}
QString DocumentText::resultLabel() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Result"));
}
QString DocumentText::resultAwarded(int share) const
{
    //: %1 is the share in percent
    return text(QT_TRANSLATE_NOOP("DocumentText", "Awarded, with a share of %1%")).arg(share);
}
QString DocumentText::resultNotAwarded() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Not awarded"));
}
QString DocumentText::resultExcluded(const QString& reason) const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Not qualified: %1")).arg(reason);
}
QString DocumentText::resultFailed() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "The negotiation has failed; no winner was chosen"));
}
QString DocumentText::awardClosing() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "When the publication period has ended, please sign the service "
                                                  "agreement with the purchaser as the negotiation documents "
                                                  "provide."));
}
QString DocumentText::thanksClosing() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Thank you for your support of and participation in this project."));
}
QString DocumentText::letterChallenge(const QString& period) const
{
    //: %1 is the publication period
    return text(QT_TRANSLATE_NOOP("DocumentText", "If you disagree with the result, you may challenge it in writing to "
                                                  "the purchaser within the publication period: %1."))
        .arg(period);
}

QString DocumentText::awardDescription(const QString& winnerLine, const QString& points, const QString& position) const
{
    //: %1 is "name, share 60%.", %2 the final score in points, %3 the place in the ranking
    return text(QT_TRANSLATE_NOOP("DocumentText", "%1 Final score %2, %3.")).arg(winnerLine, points, position);
}

// Evaluation report
QString DocumentText::reportTitle(const QString& project) const
{
    //: %1 is the project's title
    return text(QT_TRANSLATE_NOOP("DocumentText", "Evaluation report: %1")).arg(project);
}
QString DocumentText::reportHeader(const QString& project) const
{
    //: The running header of the report's pages; %1 is the project's title
    return text(QT_TRANSLATE_NOOP("DocumentText", "%1 · evaluation report")).arg(project);
}
QString DocumentText::generalSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "The project"));
}
QString DocumentText::status() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Status of the evaluation"));
}
QString DocumentText::registrationDeadline() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Registration deadline"));
}
QString DocumentText::proposalDeadline() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Proposal deadline"));
}
QString DocumentText::requiredCopies() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Copies of the proposal required"));
}
QString DocumentText::presentationLimits(int presentation, int statement) const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "presentation %1 minutes, supplementary statement %2 minutes"))
        .arg(presentation)
        .arg(statement);
}
QString DocumentText::presentationLimitsLabel() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Time limits"));
}
QString DocumentText::minBidders() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Minimum number of qualified bidders"));
}
QString DocumentText::panelMembers() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Negotiation panel"));
}
QString DocumentText::warningsLabel() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Procedure notes"));
}
QString DocumentText::registrationSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Registration record"));
}
QString DocumentText::registeredAt() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Registered at"));
}
QString DocumentText::eligibility() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Eligibility"));
}
QString DocumentText::eligible() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Eligible"));
}
QString DocumentText::notEligible() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Not eligible"));
}
QString DocumentText::withdrawn() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Withdrawn"));
}
QString DocumentText::outcome() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Outcome"));
}
QString DocumentText::inTime() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "In time"));
}
QString DocumentText::lateMark() const
{
    //: After a registration or receipt time that was after the deadline
    return text(QT_TRANSLATE_NOOP("DocumentText", " (late)"));
}
QString DocumentText::notRegistered() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Not registered"));
}
QString DocumentText::qualified() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Qualified"));
}
QString DocumentText::proposalSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Proposals received"));
}
QString DocumentText::noProposalRules() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "No receipt of proposals was recorded for this project."));
}
QString DocumentText::receivedAt() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Received at"));
}
QString DocumentText::copies() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Copies"));
}
QString DocumentText::seal() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Seal"));
}
QString DocumentText::sealIntact() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Intact"));
}
QString DocumentText::sealBroken() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Not intact"));
}
QString DocumentText::rejected() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Rejected"));
}
QString DocumentText::opening() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Opened at"));
}
QString DocumentText::openingWitnesses() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Opening witnessed by"));
}
QString DocumentText::drawSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Lot draw for the order of presentation"));
}
QString DocumentText::drawMethod() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Draw method"));
}
QString DocumentText::drawSeeded() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "verifiable random draw (the commitment is published before the "
                                                  "draw; the key of each bidder is SHA-256(seed + \":\" + bidder id), "
                                                  "and the bidders present in ascending order of their keys)"));
}
QString DocumentText::drawManual() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "manual draw on site (the result is recorded)"));
}
QString DocumentText::noDraw() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "No draw was held; the bidders present in the order of "
                                                  "registration."));
}
QString DocumentText::commitment() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Commitment SHA-256(seed)"));
}
QString DocumentText::seedLabel() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Seed"));
}
QString DocumentText::drawnAt() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Drawn at"));
}
QString DocumentText::witnesses() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Witnesses"));
}
QString DocumentText::order() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Order"));
}
QString DocumentText::key() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Key"));
}
QString DocumentText::checkCommandIntro() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Anyone can check the key of each bidder with the commands below "
                                                  "(the first 64 characters of the output must match the table):"));
}
QString DocumentText::presentationSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Presentations and statements"));
}
QString DocumentText::startedAt() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Started"));
}
QString DocumentText::endedAt() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Ended"));
}
QString DocumentText::note() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Note"));
}
QString DocumentText::noPresentationLog() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "— (the presentation times were not recorded)"));
}
QString DocumentText::scoreSheetTitle() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Score sheet of a panel member"));
}
QString DocumentText::member() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Panel member"));
}
QString DocumentText::role() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Role"));
}
QString DocumentText::leader() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Leader"));
}
QString DocumentText::memberRole() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Member"));
}
QString DocumentText::criterion() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Criterion"));
}
QString DocumentText::maxPoints() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Points"));
}
QString DocumentText::total() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Total"));
}
QString DocumentText::signatureLine() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Signature of the panel member: ____________________        "
                                                  "Date: ____________________"));
}
QString DocumentText::calculationSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Calculation of the scores"));
}
QString DocumentText::calculationIntro(const Project& project) const
{
    //: %1 is the evaluation rule in words
    return text(QT_TRANSLATE_NOOP("DocumentText", "Calculation: %1 Struck-through values are the dropped highest and "
                                                  "lowest scores; where the exact mean is a fraction, the published "
                                                  "score is that fraction rounded half up."))
        .arg(scoringMethod(project));
}
QString DocumentText::panelist() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Panel member"));
}
QString DocumentText::keptOrDropped() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Treatment"));
}
QString DocumentText::droppedHighest() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "dropped (highest)"));
}
QString DocumentText::droppedLowest() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "dropped (lowest)"));
}
QString DocumentText::kept() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "kept"));
}
QString DocumentText::keptSum() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Sum of the kept scores"));
}
QString DocumentText::keptCount() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Scores kept"));
}
QString DocumentText::exactMean() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Exact mean"));
}
QString DocumentText::publishedScore() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Published score"));
}
QString DocumentText::criterionMean() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Mean of the criterion"));
}
QString DocumentText::correctionSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Corrections of scores"));
}
QString DocumentText::noCorrections() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "— (no corrections recorded)"));
}
QString DocumentText::category() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Ground"));
}
QString DocumentText::reason() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Explanation"));
}
QString DocumentText::oldValue() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Old score"));
}
QString DocumentText::newValue() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Corrected score"));
}
QString DocumentText::recordedAt() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Recorded at"));
}
QString DocumentText::voteSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Anonymous votes"));
}
QString DocumentText::noVotes() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "None (no equal scores needed a vote)."));
}
QString DocumentText::voteRound(int round) const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Vote, round %1")).arg(round);
}
QString DocumentText::tiedBidders() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Bidders with equal scores"));
}
QString DocumentText::ballots() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Votes"));
}
QString DocumentText::blankBallots() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Blank ballots"));
}
QString DocumentText::allocationSection() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Ranking and allocation of shares"));
}
QString DocumentText::decidedByVote() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Decided by vote"));
}
QString DocumentText::panelSignatures() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Signatures of the negotiation panel"));
}
QString DocumentText::signature() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "Signature"));
}
QString DocumentText::auditHead() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Head of the audit chain"));
}
QString DocumentText::recordDigest() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Record digest"));
}
QString DocumentText::archiveDigest() const
{
    return label(QT_TRANSLATE_NOOP("DocumentText", "Archive digest"));
}
QString DocumentText::tieOpen(const QString& bidders, int first, int last) const
{
    //: %1 lists the bidders, %2 and %3 are places in the ranking
    return text(QT_TRANSLATE_NOOP("DocumentText", "%1 have equal scores (places %2 to %3); the anonymous vote of the "
                                                  "panel is pending."))
        .arg(bidders, QString::number(first), QString::number(last));
}
QString DocumentText::notScoredYet() const
{
    return text(QT_TRANSLATE_NOOP("DocumentText", "The scoring is not finished yet."));
}

QString DocumentText::archiveReadme(const QString& project)
{
    return QStringLiteral(
               u"TenderPanel 密封归档 / TenderPanel sealed archive (tenderpanel-archive/1)\n"
               u"项目 / Project: %1\n"
               u"\n"
               u"本文件是未压缩的 POSIX ustar 归档,任何 tar 程序均可打开。\n"
               u"This file is an uncompressed POSIX ustar archive; any tar program opens it.\n"
               u"\n"
               u"  README.txt         本说明 / this text\n"
               u"  record.json        规范记录:谈判情景与评审结果(JSON,键名排序,分值以百分之一分为单位的整数,"
               u"精确得分为分子/分母)/ canonical record: scenario and evaluation (sorted keys, "
               u"points as integer hundredths, exact scores as numerator/denominator of hundredths)\n"
               u"  notice.html        结果公示(网页)/ result notice (web page)\n"
               u"  notice.pdf         结果公示 / result notice\n"
               u"  report.pdf         评审报告 / evaluation report\n"
               u"  letters.pdf        结果通知书 / letters to the bidders\n"
               u"  ocds-release.json  OCDS 1.1 发布 / OCDS 1.1 release\n"
               u"  manifest.sha256    以上各文件的 SHA-256 / SHA-256 of every file above\n"
               u"  seal.sha256        manifest.sha256 的 SHA-256,即封存摘要 / SHA-256 of the manifest: "
               u"the seal digest\n"
               u"\n"
               u"核验 / To verify:\n"
               u"  tar -xf ARCHIVE.tparchive\n"
               u"  sha256sum -c seal.sha256\n"
               u"  sha256sum -c manifest.sha256\n"
               u"封存摘要应与登记的摘要一致 / The seal digest must equal the one on record.\n")
        .arg(project);
}

} // namespace tp::report
