// The credential slips the secretary hands to the panel members: the PDF holds, for each member, the
// name, the login and the password as text, and a QR code that a camera decodes to the connection
// address with the password.

#include "ReportTestSupport.h"
#include "report/CredentialSlip.h"
#include "report/PdfRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;
using namespace tp::report;
using namespace tp::report::test;

namespace {

store::MemberCredential credential(int n)
{
    store::MemberCredential c;
    c.panelist = QStringLiteral("P%1").arg(n);
    c.name = QStringList{QStringLiteral(u"王建国"), QStringLiteral(u"李秀英"), QStringLiteral(u"张伟"),
                         QStringLiteral(u"刘芳")}
                 .at((n - 1) % 4);
    c.negotiationCode = QStringLiteral("YB-2026-014");
    c.negotiationTitle = QStringLiteral(u"医用耗材集中带量采购谈判");
    c.server = QStringLiteral("db.example.org:5432");
    c.database = QStringLiteral("tenderpanel");
    c.login = QStringLiteral("tp_m_yb2026014_p%1").arg(n);
    c.password = QStringLiteral("K7pW-x3Rq-%1nZ4").arg(n);
    c.address = QStringLiteral("postgresql://%1@db.example.org:5432/tenderpanel").arg(c.login);
    c.connectionUri = QStringLiteral("postgresql://%1:%2@db.example.org:5432/tenderpanel").arg(c.login, c.password);
    c.issuedAt = QStringLiteral("2026-12-03T09:30:00Z");
    return c;
}

// The QR codes zbarimg finds on the pages of a PDF rendered at 150 dpi, one decoded text per code.
QStringList decodedQrCodes(const QString& pdf, const QString& dir)
{
    const QString prefix = dir + QStringLiteral("/page");
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), pdf, prefix});
    QStringList codes;
    const QStringList pages = QDir(dir).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    for (const QString& page : pages) {
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), dir + u'/' + page});
        zbar.waitForFinished(60000);
        for (const QString& line : QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts))
            codes << line;
    }
    return codes;
}

} // namespace

class TstCredentialSlip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed: the QR codes cannot be decoded");
    }

    // The QR image alone decodes to its text.
    void qrCodeDecodes()
    {
        QTemporaryDir dir;
        const QString uri = credential(1).connectionUri;
        const QImage image = CredentialSlip::qrCode(uri, 4);
        QVERIFY(!image.isNull());
        QVERIFY(image.save(dir.filePath(QStringLiteral("qr.png"))));
        const QByteArray out = run(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                                                               dir.filePath(QStringLiteral("qr.png"))});
        QCOMPARE(QString::fromUtf8(out).trimmed(), uri);
    }

    // Seven members: three slips a page, so three pages; each slip's text and QR code are there.
    void slipsInThePdf()
    {
        QTemporaryDir dir;
        QList<store::MemberCredential> credentials;
        for (int n = 1; n <= 7; ++n)
            credentials << credential(n);
        const PagedDocument doc = CredentialSlip::document(credentials);
        QCOMPARE(doc.pageCount(), 3);
        const QString pdf = dir.filePath(QStringLiteral("slips.pdf"));
        QString error;
        QVERIFY2(PdfRenderer::render(doc, pdf, &error), qPrintable(error));
        if (!qEnvironmentVariableIsEmpty("TP_KEEP_SLIPS")) // to look at
            QFile::copy(pdf, qEnvironmentVariable("TP_KEEP_SLIPS"));

        const QString text = pdfText(pdf);
        for (const store::MemberCredential& c : credentials) {
            QVERIFY2(text.contains(c.name), qPrintable(c.name));
            QVERIFY2(text.contains(c.login), qPrintable(c.login));
            QVERIFY2(text.contains(c.password), qPrintable(c.password));
            QVERIFY(text.contains(QStringLiteral("db.example.org:5432")));
        }
        QVERIFY(text.contains(QStringLiteral("YB-2026-014")));
        QStringList codes = decodedQrCodes(pdf, dir.path());
        QStringList expected;
        for (const store::MemberCredential& c : credentials)
            expected << c.connectionUri;
        codes.sort();
        expected.sort();
        QCOMPARE(codes, expected);

        // The slip says, in Chinese, that the credential is personal and when it ends.
        QVERIFY2(text.contains(QStringLiteral(u"仅限本人使用")), qPrintable(text.left(600)));
    }

    // A slip written where the file cannot be made: an error, no file.
    void unwritablePath()
    {
        QString error;
        QVERIFY(!PdfRenderer::render(CredentialSlip::document({credential(1)}),
                                     QStringLiteral("/nonexistent-dir/slips.pdf"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TstCredentialSlip)
#include "tst_credential_slip.moc"
