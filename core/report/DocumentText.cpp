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

QString DocumentText::translated(const char* source, int n) const
{
    return translated(Source{source, nullptr}, n);
}

QString DocumentText::translated(Source source, int n) const
{
    QString result = m_translator->translate("DocumentText", source.text, source.disambiguation, n);
    if (result.isEmpty())
        result = QString::fromUtf8(source.text);
    if (n >= 0)
        result.replace(QLatin1String("%n"), QString::number(n));
    return result;
}

QString DocumentText::label(const char* source) const
{
    return translated(source) + colon();
}

QString DocumentText::htmlLanguage() const
{
    return m_language == DocumentLanguage::English ? QStringLiteral("en") : QStringLiteral("zh-CN");
}

QString DocumentText::pageNumber(int page, int pages) const
{
    return translated(QT_TRANSLATE_NOOP("DocumentText", "Page %1 of %2")).arg(page).arg(pages);
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
    return translated(QT_TRANSLATE_NOOP("DocumentText", "%1. ")).arg(number);
}

QString DocumentText::colon() const
{
    //: Between a label and its value
    return translated(QT_TRANSLATE_NOOP("DocumentText", ": "));
}

QString DocumentText::withoutColon(const QString& label) const
{
    const QString separator = colon();
    return label.endsWith(separator) ? label.chopped(separator.size()) : label;
}

QString DocumentText::listSeparator() const
{
    //: Between the names of a list
    return translated(QT_TRANSLATE_NOOP3("DocumentText", ", ", "list of names"));
}

QString DocumentText::clauseSeparator() const
{
    //: Between clauses of a sentence
    return translated(QT_TRANSLATE_NOOP("DocumentText", "; "));
}

QString DocumentText::pointsUnit(const QString& points) const
{
    return translated(QT_TRANSLATE_NOOP("DocumentText", "%1 points")).arg(points);
}

QString DocumentText::position(int position) const
{
    //: A place in the ranking
    return translated(QT_TRANSLATE_NOOP("DocumentText", "No. %1")).arg(position);
}

QString DocumentText::date(const QDate& date) const
{
    if (!date.isValid())
        return QStringLiteral(u"—");
    //: Date format of QLocale::toString (d day, M month, MMMM month name, yyyy year)
    return QLocale::c().toString(date, translated(QT_TRANSLATE_NOOP("DocumentText", "d MMMM yyyy")));
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
        return translated(QT_TRANSLATE_NOOP("DocumentText", "Withdrawn"));
    if (code == QLatin1String("not_eligible"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "Not eligible to take part"));
    if (code == QLatin1String("not_registered"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "Not registered, deemed to have withdrawn"));
    if (code == QLatin1String("late_registration"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "Registered late, deemed to have withdrawn"));
    if (code == QLatin1String("no_proposal"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "No proposal submitted"));
    if (code == QLatin1String("late_proposal"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "Proposal submitted late"));
    if (code == QLatin1String("proposal_rejected"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "Proposal rejected"));
    return code;
}

QString DocumentText::warning(const QString& code, const QString& bidderName) const
{
    const qsizetype colonAt = code.indexOf(QLatin1Char(':'));
    const QString kind = colonAt < 0 ? code : code.left(colonAt);
    const QString subject = colonAt < 0 ? QString() : code.mid(colonAt + 1);
    const QString who = bidderName.isEmpty() ? subject : bidderName;
    if (kind == QLatin1String("missing_copies"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "%1 submitted fewer copies of the proposal than required"))
            .arg(who);
    if (kind == QLatin1String("seal_broken"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "The seal of the proposal of %1 is not intact")).arg(who);
    if (kind == QLatin1String("scores_ignored"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "%1 is excluded; its scores are not counted")).arg(who);
    if (kind == QLatin1String("calendar_not_covered"))
        //: %1 is a year
        return translated(QT_TRANSLATE_NOOP("DocumentText",
                                            "The working-day calendar has no holiday arrangements for %1; "
                                            "only weekends are counted in that year"))
            .arg(subject);
    return code;
}

QString DocumentText::statusText(const QString& code) const
{
    if (code == QLatin1String("final"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "Evaluation complete"));
    if (code == QLatin1String("failed"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "Negotiation failed"));
    if (code == QLatin1String("vote_required"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "Equal scores: the panel's anonymous vote is needed"));
    if (code == QLatin1String("scoring"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "Scoring in progress"));
    return code;
}

QString DocumentText::scoringMethod(const Project& project) const
{
    const TrimRule& trim = project.trim;
    QString dropping;
    if (trim.highest == 0 && trim.lowest == 0)
        dropping = translated(QT_TRANSLATE_NOOP("DocumentText", "without dropping the highest and lowest scores, "));
    else
        dropping = translated(QT_TRANSLATE_NOOP("DocumentText", "after dropping the %1 highest and %2 lowest scores, "))
                       .arg(trim.highest)
                       .arg(trim.lowest);
    QString method = translated(QT_TRANSLATE_NOOP("DocumentText",
                                                  "The panel members score independently and once, against the scoring "
                                                  "criteria. "));
    if (trim.level == TrimLevel::Total)
        //: %1 says which scores are dropped
        method +=
            translated(QT_TRANSLATE_NOOP("DocumentText", "For each bidder, %1the final score is the arithmetic mean of "
                                                         "the remaining totals of the panel members; "))
                .arg(dropping);
    else
        //: %1 says which scores are dropped
        method +=
            translated(QT_TRANSLATE_NOOP("DocumentText", "For each criterion, %1the scores of the panel members are "
                                                         "averaged, and the final score is the sum of these means; "))
                .arg(dropping);
    method +=
        translated(QT_TRANSLATE_NOOP("DocumentText", "the final score is published rounded half up to two decimals, "
                                                     "and the bidders are ranked from the highest score down; "));
    method +=
        project.tiePrecision == TiePrecision::Exact
            ? translated(QT_TRANSLATE_NOOP("DocumentText", "where exact scores are equal and this affects the award, "
                                                           "the panel decides the order by anonymous vote."))
            : translated(QT_TRANSLATE_NOOP("DocumentText", "where published scores are equal and this affects the "
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
            shares << translated(QT_TRANSLATE_NOOP("DocumentText", "No. %1: %2%")).arg(i + 1).arg(it.value().at(i));
        //: Between the shares of the winners
        const QString separator = translated(QT_TRANSLATE_NOOP3("DocumentText", ", ", "shares"));
        //: %n is the number of winners, %1 their shares
        parts << translated(QT_TRANSLATE_N_NOOP("DocumentText", "with %n winner(s): %1"), int(it.key()))
                     .arg(shares.join(separator));
    }
    for (auto it = project.areas.cbegin(); it != project.areas.cend(); ++it) {
        QStringList areas;
        for (int i = 0; i < it.value().size(); ++i)
            //: %1 is a place in the ranking, %2 a service area with its places
            areas << translated(QT_TRANSLATE_NOOP("DocumentText", "No. %1 serves %2"))
                         .arg(QString::number(i + 1), serviceArea(it.value().at(i)));
        //: %n is the number of winners, %1 their shares
        parts << translated(QT_TRANSLATE_N_NOOP("DocumentText", "with %n winner(s): %1"), int(it.key()))
                     .arg(areas.join(clauseSeparator()));
    }
    //: The end of a sentence
    return translated(QT_TRANSLATE_NOOP("DocumentText", "%1.")).arg(parts.join(clauseSeparator()));
}

QString DocumentText::allocationLabel(const Project& project) const
{
    if (project.areas.isEmpty())
        return label(QT_TRANSLATE_NOOP("DocumentText", "Number of winners and shares"));
    if (project.allocation.isEmpty())
        return label(QT_TRANSLATE_NOOP("DocumentText", "Number of winners and service areas"));
    return label(QT_TRANSLATE_NOOP("DocumentText", "Number of winners, shares and service areas"));
}

QString DocumentText::serviceArea(const ServiceArea& area) const
{
    return area.name + colon() + area.places.join(listSeparator());
}

QString DocumentText::winnerLine(const QString& name, std::optional<int> share,
                                 const std::optional<ServiceArea>& area) const
{
    if (!area)
        //: %1 is the winner's name, %2 its share in percent
        return translated(QT_TRANSLATE_NOOP("DocumentText", "%1, share %2%."))
            .arg(name, QString::number(share.value_or(0)));
    if (!share)
        //: %1 is the winner's name, %2 its service area with the places it covers
        return translated(QT_TRANSLATE_NOOP("DocumentText", "%1, service area %2.")).arg(name, serviceArea(*area));
    //: %1 is the winner's name, %2 its share in percent, %3 its service area with the places it covers
    return translated(QT_TRANSLATE_NOOP("DocumentText", "%1, share %2%, service area %3."))
        .arg(name, QString::number(*share), serviceArea(*area));
}

QString DocumentText::publicationPeriod(const QDate& first, const QDate& end, int workingDays) const
{
    //: %1 and %2 are dates
    return translated(QT_TRANSLATE_N_NOOP("DocumentText", "%1 to %2 (%n working day(s))"), workingDays)
        .arg(date(first), date(end));
}

QString DocumentText::failedReason(const QString& reason, int minBidders) const
{
    if (reason == QLatin1String("insufficient_bidders"))
        return translated(
            QT_TRANSLATE_N_NOOP("DocumentText", "Fewer than %n bidder(s) qualified: the negotiation has failed."),
            minBidders);
    return translated(QT_TRANSLATE_NOOP("DocumentText", "The negotiation has failed (%1).")).arg(reason);
}

QString DocumentText::correctionCategory(const QString& code) const
{
    if (code == QLatin1String("summation_error"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "Error in adding up the scores"));
    if (code == QLatin1String("out_of_range"))
        return translated(
            QT_TRANSLATE_NOOP("DocumentText", "A score outside the range of points the scoring criteria allow"));
    if (code == QLatin1String("objective_disagreement"))
        return translated(QT_TRANSLATE_NOOP("DocumentText", "Differing scores for an objective criterion"));
    if (code == QLatin1String("abnormal_score"))
        return translated(
            QT_TRANSLATE_NOOP("DocumentText", "A score the whole panel found abnormally high or abnormally low"));
    return code;
}

QString DocumentText::rankOf(int position, int qualified) const
{
    //: %1 is the bidder's place, %n the number of qualified bidders
    return translated(QT_TRANSLATE_N_NOOP("DocumentText", "No. %1 of %n qualified bidder(s)"), qualified).arg(position);
}

} // namespace tp::report
