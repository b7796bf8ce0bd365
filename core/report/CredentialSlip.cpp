#include "CredentialSlip.h"

#include "DocumentFormat.h"
#include "DocumentText.h"

#include <QColor>
#include <QDateTime>
#include <QTextDocument>
#include <QUrl>
#include <qrencode.h>

namespace tp::report {

namespace {

using F = DocumentFormat;

// Every text of the slip is disambiguated as "credential slip".
QString text(const DocumentText& t, DocumentText::Source source)
{
    return t.translated(source);
}

// The shown size of the QR code on the page, in layout units (about 36 mm).
constexpr int kQrSize = 136;

QString row(const QString& label, const QString& htmlValue)
{
    return QStringLiteral("<tr><td width=\"22%\" style=\"padding: 4px; font-size: 10.5pt;\">%1</td>"
                          "<td style=\"padding: 4px; font-size: 11pt;\">%2</td></tr>\n")
        .arg(F::esc(label), htmlValue);
}

// Login and password: DejaVu Sans Mono first, whose 0 is dotted and whose 1, l and I differ clearly.
QString mono(const QString& value, const QString& size, bool bold)
{
    return QStringLiteral("<span style=\"font-family: 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC'; font-size: %1;%2\">"
                          "%3</span>")
        .arg(size, bold ? QStringLiteral(" font-weight: bold;") : QString(), F::esc(value));
}

QString slipHtml(const store::MemberCredential& c, const DocumentText& t, int index)
{
    auto orDash = [](const QString& value) { return value.isEmpty() ? F::dash() : F::esc(value); };
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"1\" "
                       "style=\"border-style: solid; border-width: 1px; margin-top: 0px; margin-bottom: 0px;\">"
                       "<tr><td style=\"padding: 8px; border-width: 0px;\">\n");
    html +=
        QStringLiteral("<p style=\"font-size: 14pt; font-weight: bold; margin-top: 0px;\">%1</p>\n")
            .arg(F::esc(text(t, QT_TRANSLATE_NOOP3("DocumentText", "Scoring Terminal Credential", "credential slip"))));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
                           "style=\"border-style: none; margin-top: 2px; margin-bottom: 0px;\"><tr>"
                           "<td style=\"border-width: 0px; padding: 0px;\">\n"
                           "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
                           "style=\"border-style: none; margin: 0px;\">\n");
    html += row(text(t, QT_TRANSLATE_NOOP3("DocumentText", "Panel member", "credential slip")),
                QStringLiteral("<b style=\"font-size: 13pt;\">%1</b>").arg(orDash(c.name)));
    html += row(text(t, QT_TRANSLATE_NOOP3("DocumentText", "Negotiation", "credential slip")),
                orDash(c.negotiationCode) + QStringLiteral(" ") + F::esc(c.negotiationTitle));
    html += row(text(t, QT_TRANSLATE_NOOP3("DocumentText", "Server", "credential slip")),
                mono(c.server, QStringLiteral("11pt"), false));
    html += row(text(t, QT_TRANSLATE_NOOP3("DocumentText", "Database", "credential slip")),
                mono(c.database, QStringLiteral("11pt"), false));
    html += row(text(t, QT_TRANSLATE_NOOP3("DocumentText", "Login", "credential slip")),
                mono(c.login, QStringLiteral("14pt"), true));
    html += row(text(t, QT_TRANSLATE_NOOP3("DocumentText", "Password", "credential slip")),
                mono(c.password, QStringLiteral("16pt"), true));
    html +=
        QStringLiteral("</table></td>\n<td width=\"%1\" align=\"center\" style=\"border-width: 0px; padding: 0px;\">"
                       "<img src=\"qr:%2\" width=\"%1\" height=\"%1\"><br>"
                       "<span style=\"font-size: 8pt;\">%3</span></td></tr></table>\n")
            .arg(kQrSize)
            .arg(index)
            .arg(F::esc(text(t, QT_TRANSLATE_NOOP3("DocumentText", "Scan to connect", "credential slip"))));
    html += QStringLiteral("<p style=\"font-size: 9pt; margin-top: 6px; margin-bottom: 0px;\">%1</p>\n")
                .arg(F::esc(text(t, QT_TRANSLATE_NOOP3("DocumentText",
                                                       "This credential is personal: do not pass it on. It ends when "
                                                       "your score sheet is submitted and the votes are done, or when "
                                                       "the secretary revokes it.",
                                                       "credential slip"))));
    html += QStringLiteral("</td></tr></table>\n");
    return html;
}

QString cutLine(const DocumentText& t)
{
    const QString dashes = QStringLiteral("- - - - - - - - - - - - - - -");
    return QStringLiteral("<p align=\"center\" style=\"font-size: 8pt; color: #555555; margin-top: 14px; "
                          "margin-bottom: 14px;\">%1 %2 %1</p>\n")
        .arg(dashes, F::esc(text(t, QT_TRANSLATE_NOOP3("DocumentText", "cut here", "credential slip"))));
}

} // namespace

QImage CredentialSlip::qrCode(const QString& text, int moduleSize)
{
    const QByteArray bytes = text.toUtf8();
    QRcode* code = QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    constexpr int kQuiet = 4;
    const int modules = code->width + 2 * kQuiet;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QRgb black = qRgb(0, 0, 0);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                for (int dy = 0; dy < moduleSize; ++dy) {
                    QRgb* line = reinterpret_cast<QRgb*>(image.scanLine((y + kQuiet) * moduleSize + dy));
                    for (int dx = 0; dx < moduleSize; ++dx)
                        line[(x + kQuiet) * moduleSize + dx] = black;
                }
    QRcode_free(code);
    return image;
}

QString CredentialSlip::title(DocumentLanguage language)
{
    return text(DocumentText::of(language),
                QT_TRANSLATE_NOOP3("DocumentText", "Scoring Terminal Credentials", "credential slip"));
}

PagedDocument CredentialSlip::document(const QList<store::MemberCredential>& credentials, DocumentLanguage language)
{
    const DocumentText& t = DocumentText::of(language);
    PagedDocument doc;
    doc.setLanguage(language);
    QString code;
    QDate date;
    for (const store::MemberCredential& c : credentials) {
        if (code.isEmpty())
            code = c.negotiationCode;
        const QDateTime issued = QDateTime::fromString(c.issuedAt, Qt::ISODate);
        if (!date.isValid() && issued.isValid())
            date = issued.date();
    }
    doc.setTitle(title(language) + (code.isEmpty() ? QString() : QStringLiteral(" · ") + code));
    doc.setHeader(doc.title());
    doc.setDocumentDate(date.isValid() ? date : QDate::currentDate());
    for (int first = 0; first < credentials.size(); first += kSlipsPerPage) {
        QString html;
        const int last = qMin(int(credentials.size()), first + kSlipsPerPage);
        for (int i = first; i < last; ++i) {
            if (i > first)
                html += cutLine(t);
            html += slipHtml(credentials.at(i), t, i);
        }
        std::shared_ptr<QTextDocument> part = PagedDocument::createTextDocument(QString());
        for (int i = first; i < last; ++i)
            part->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr:%1").arg(i)),
                              qrCode(credentials.at(i).connectionUri));
        part->setHtml(html);
        part->setPageSize(PagedDocument::contentSize());
        doc.addPart(part, PagedDocument::Flow::FitOnePage);
    }
    if (credentials.isEmpty())
        doc.addPart(PagedDocument::createTextDocument(QString()));
    return doc;
}

} // namespace tp::report
