#include "DocumentFormat.h"

#include "CanonicalRecord.h"
#include "DocumentFonts.h"
#include "RecordText.h"

#include <QCryptographicHash>

namespace tp::report {

QStringList DocumentFormat::serifFamilies()
{
    QStringList families = systemSerifFamilies();
    if (DocumentFonts::available())
        families.prepend(DocumentFonts::family());
    return families;
}

QStringList DocumentFormat::systemSerifFamilies()
{
    return {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"), QStringLiteral("SimSun"),
            QStringLiteral("DejaVu Serif")};
}

QStringList DocumentFormat::monoFamilies()
{
    return {QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("DejaVu Sans Mono"),
            QStringLiteral("Noto Serif CJK SC")};
}

QFont DocumentFormat::font(const QStringList& families)
{
    QFont font;
    font.setFamilies(families);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QString DocumentFormat::styleSheet()
{
    static_assert(kKeepWithNext == 1, "the style sheet's -qt-user-state of the headings");
    QStringList quoted;
    for (const QString& family : serifFamilies())
        quoted << QLatin1Char('\'') + family + QLatin1Char('\'');
    return QStringLiteral("body { font-family: %1; font-size: 12pt; }").arg(quoted.join(QLatin1String(", "))) +
           QStringLiteral(
               "p { margin-top: 3px; margin-bottom: 3px; line-height: 140%; }"
               "p.title { font-size: 18pt; font-weight: bold; text-align: center; margin-top: 0px; "
               "margin-bottom: 16px; line-height: 130%; }"
               "p.h2 { font-size: 12.5pt; font-weight: bold; margin-top: 10px; margin-bottom: 2px; line-height: 130%; "
               "-qt-user-state: 1; }"
               "p.h3 { font-size: 11pt; font-weight: bold; margin-top: 8px; margin-bottom: 2px; line-height: 130%; "
               "-qt-user-state: 1; }"
               "p.body { text-indent: 32px; }"
               "p.center { text-align: center; }"
               "p.right { text-align: right; }"
               "p.small { font-size: 9pt; line-height: 120%; }"
               "p.anchor { font-size: 11pt; font-weight: bold; margin-top: 18px; }"
               "table { border-collapse: collapse; border-style: solid; border-color: #000000; margin-top: 4px; "
               "margin-bottom: 8px; }"
               "th { font-size: 10pt; font-weight: bold; background-color: #eeeeee; padding: 3px; border-width: 1px; "
               "border-style: solid; border-color: #000000; }"
               "td { font-size: 10pt; padding: 3px; border-width: 1px; border-style: solid; border-color: #000000; }"
               "td.num { text-align: right; }"
               "td.mono, span.mono, p.mono { font-family: 'Noto Sans Mono CJK SC'; font-size: 8pt; }"
               "span.dropped { text-decoration: line-through; color: #555555; }"
               ".sign { margin-top: 28px; }");
}

QString DocumentFormat::webStyleSheet()
{
    return QStringLiteral(
        "body { font-family: 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', SimSun, serif; "
        "font-size: 16px; line-height: 1.8; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #000; }\n"
        "p.title { font-size: 1.6em; font-weight: bold; text-align: center; margin: 0.5em 0 1em; line-height: 1.4; }\n"
        "p.h2 { font-size: 1.1em; font-weight: bold; margin: 1em 0 0.3em; }\n"
        "p.h3 { font-size: 1em; font-weight: bold; margin: 0.8em 0 0.2em; }\n"
        "p { margin: 0.3em 0; }\n"
        "p.body { text-indent: 2em; }\n"
        "p.center { text-align: center; }\n"
        "p.right { text-align: right; }\n"
        "p.small { font-size: 0.8em; }\n"
        "p.anchor { font-weight: bold; margin-top: 1.5em; }\n"
        "table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.8em; }\n"
        "th, td { border: 1px solid #000; padding: 0.25em 0.5em; font-size: 0.95em; }\n"
        "th { background: #eee; }\n"
        "td.num { text-align: right; }\n"
        "span.mono, td.mono { font-family: 'Noto Sans Mono CJK SC', monospace; font-size: 0.85em; }\n");
}

QString DocumentFormat::escOrDash(const std::optional<QString>& text)
{
    return text && !text->isEmpty() ? esc(*text) : dash();
}

QString DocumentFormat::exactPoints(const Fraction& hundredths)
{
    const Fraction points(hundredths.numerator(), hundredths.denominator() * 100);
    const qint64 q = points.denominator();
    qint64 rest = q;
    while (rest % 2 == 0)
        rest /= 2;
    while (rest % 5 == 0)
        rest /= 5;
    if (rest != 1)
        return QStringLiteral("%1/%2").arg(points.numerator()).arg(q);
    // A finite decimal: long division, every digit exact.
    qint64 n = points.numerator();
    const bool negative = n < 0;
    if (negative)
        n = -n;
    QString text = QString::number(n / q);
    qint64 remainder = n % q;
    if (remainder != 0)
        text += QLatin1Char('.');
    while (remainder != 0) {
        remainder *= 10;
        text += QChar(QLatin1Char('0').unicode() + int(remainder / q));
        remainder %= q;
    }
    return negative ? QLatin1Char('-') + text : text;
}

QString DocumentFormat::percent(int share)
{
    return QString::number(share) + QLatin1Char('%');
}

QString DocumentFormat::bidderName(const Scenario& scenario, const QString& id)
{
    const Bidder* b = scenario.bidder(id);
    return b ? b->name : id;
}

QString DocumentFormat::panelistName(const Scenario& scenario, const QString& id)
{
    const Panelist* p = scenario.panelist(id);
    return p ? p->name : id;
}

QString DocumentFormat::criterionTitle(const Scenario& scenario, const QString& id)
{
    const Criterion* c = scenario.criterion(id);
    return c ? c->title : id;
}

const RankEntry* DocumentFormat::rankEntry(const Evaluation& evaluation, const QString& bidder)
{
    for (const RankEntry& e : evaluation.ranking)
        if (e.bidder == bidder)
            return &e;
    return nullptr;
}

const Exclusion* DocumentFormat::exclusion(const Evaluation& evaluation, const QString& bidder)
{
    for (const Exclusion& e : evaluation.excluded)
        if (e.bidder == bidder)
            return &e;
    return nullptr;
}

QStringList DocumentFormat::presentationOrder(const Evaluation& evaluation)
{
    if (evaluation.draw && !evaluation.draw->order.isEmpty())
        return evaluation.draw->order;
    return evaluation.qualified;
}

QDate DocumentFormat::documentDate(const DocumentInput& input)
{
    if (input.context.issuedOn && input.context.issuedOn->isValid())
        return *input.context.issuedOn;
    if (input.evaluation.publication && input.evaluation.publication->start.isValid())
        return input.evaluation.publication->start;
    if (input.scenario.project.publication && input.scenario.project.publication->start.isValid())
        return input.scenario.project.publication->start;
    QDate last;
    for (const auto& deadline : {input.scenario.project.registrationDeadline, input.scenario.project.proposalDeadline})
        if (deadline && deadline->isValid() && (!last.isValid() || deadline->date() > last))
            last = deadline->date();
    return last.isValid() ? last : QDate(1970, 1, 1);
}

QString DocumentFormat::issuer(const DocumentInput& input)
{
    if (input.context.issuer && !input.context.issuer->isEmpty())
        return *input.context.issuer;
    return input.scenario.project.purchaser;
}

QString DocumentFormat::processId(const DocumentInput& input)
{
    QString local;
    if (input.context.negotiationId && !input.context.negotiationId->isEmpty())
        local = *input.context.negotiationId;
    else
        local = sha256Hex(CanonicalRecord::json(input)).left(16);
    return QStringLiteral("ocds-tpanel-") + local;
}

QString DocumentFormat::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString DocumentFormat::shortHash(const QString& hash)
{
    QStringList groups;
    for (qsizetype i = 0; i < 16 && i < hash.size(); i += 4)
        groups << hash.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QString DocumentFormat::anchorHtml(const DocumentInput& input)
{
    const std::optional<QString>& head = input.context.auditHead;
    if (!head || head->isEmpty())
        return QString();
    const RecordText text(input.language);
    return QStringLiteral("<p class=\"anchor\">%1</p>\n<p class=\"small\">%2</p>\n")
        .arg(esc(text.recordAnchor(shortHash(*head))),
             esc(text.recordAnchorDetail(*head, QString(shortHash(*head)).remove(QLatin1Char(' ')))));
}

} // namespace tp::report
