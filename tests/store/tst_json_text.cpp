// The audit log's JSON text, written piece by piece, against QJsonDocument's compact text of the same
// values: every character of the Basic Multilingual Plane, pairs and lone surrogates, and integers.
#include "store/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace tp::store;

namespace {

// Qt's text of one string value.
QByteArray qtString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray ours(const QString& text)
{
    QByteArray out = "x"; // appended after what is there
    JsonText::appendString(out, text);
    return out.mid(1);
}

} // namespace

class TstJsonText : public QObject
{
    Q_OBJECT

private slots:
    void everyCharacterAsQtWritesIt()
    {
        int different = 0;
        for (char32_t u = 0; u <= 0xffff; ++u) {
            const QString text = QStringLiteral("a") + QChar(char16_t(u)) + QStringLiteral("b");
            if (ours(text) != qtString(text) && ++different <= 5)
                qWarning("U+%04X: %s, Qt: %s", unsigned(u), ours(text).toHex(' ').constData(),
                         qtString(text).toHex(' ').constData());
        }
        QCOMPARE(different, 0);
    }

    void surrogatesAsQtWritesThem_data()
    {
        QTest::addColumn<QString>("text");
        const QChar high(char16_t(0xd83d)), low(char16_t(0xde00));
        QTest::newRow("pair") << (QString(high) + low);
        QTest::newRow("pair in text") << QStringLiteral("分数") + (QString(high) + low) + QStringLiteral("\"x\"");
        QTest::newRow("high alone") << QStringLiteral("a") + high + QStringLiteral("b");
        QTest::newRow("low alone") << QStringLiteral("a") + low + QStringLiteral("b");
        QTest::newRow("high at the end") << QStringLiteral("\\n") + high;
        QTest::newRow("low before high") << (QString(low) + high);
        QTest::newRow("empty") << QString();
    }

    void surrogatesAsQtWritesThem()
    {
        QFETCH(QString, text);
        QCOMPARE(ours(text), qtString(text));
    }

    void randomTextAsQtWritesIt()
    {
        QRandomGenerator random(20261205);
        for (int i = 0; i < 2000; ++i) {
            QString text;
            const int length = int(random.bounded(12));
            for (int k = 0; k < length; ++k) {
                // Mostly ASCII and CJK, with control characters and the odd surrogate.
                const quint32 kind = random.bounded(10);
                const char16_t u = kind < 4   ? char16_t(random.bounded(0x80))
                                   : kind < 8 ? char16_t(0x4e00 + random.bounded(0x5000))
                                   : kind < 9 ? char16_t(random.bounded(0x20))
                                              : char16_t(0xd800 + random.bounded(0x800));
                text.append(QChar(u));
            }
            QCOMPARE(ours(text), qtString(text));
        }
    }

    void integersAsQtWritesThem_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::newRow("0") << qint64(0);
        QTest::newRow("-1") << qint64(-1);
        QTest::newRow("2^53") << (qint64(1) << 53);
        QTest::newRow("min") << std::numeric_limits<qint64>::min();
        QTest::newRow("max") << std::numeric_limits<qint64>::max();
    }

    void integersAsQtWritesThem()
    {
        QFETCH(qint64, value);
        QByteArray out;
        JsonText::appendInteger(out, value);
        const QByteArray array = QJsonDocument(QJsonArray{QJsonValue(value)}).toJson(QJsonDocument::Compact);
        QCOMPARE(out, array.mid(1, array.size() - 2));
    }
};

QTEST_GUILESS_MAIN(TstJsonText)
#include "tst_json_text.moc"
