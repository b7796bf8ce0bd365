#include "model/Decimal.h"

#include <QTest>

using tp::Decimal;
using tp::Hundredths;

class TestDecimal : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void parsePlain_data();
    void parsePlain();
    void format_data();
    void format();
};

void TestDecimal::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<int>("error");
    const int none = int(Decimal::ParseError::None);
    const int syntax = int(Decimal::ParseError::Syntax);
    const int decimals = int(Decimal::ParseError::TooManyDecimals);
    const int range = int(Decimal::ParseError::OutOfRange);
    QTest::newRow("integer") << "16" << true << qint64(1600) << none;
    QTest::newRow("one decimal") << "16.5" << true << qint64(1650) << none;
    QTest::newRow("two decimals") << "16.55" << true << qint64(1655) << none;
    QTest::newRow("trailing zeros") << "16.500" << true << qint64(1650) << none;
    QTest::newRow("zero") << "0" << true << qint64(0) << none;
    QTest::newRow("negative zero") << "-0.0" << true << qint64(0) << none;
    QTest::newRow("negative") << "-0.25" << true << qint64(-25) << none;
    QTest::newRow("leading zeros") << "0.05" << true << qint64(5) << none;
    QTest::newRow("exponent") << "1.65e1" << true << qint64(1650) << none;
    QTest::newRow("negative exponent") << "1650e-2" << true << qint64(1650) << none;
    QTest::newRow("exponent keeps two") << "1.655e1" << true << qint64(1655) << none;
    QTest::newRow("exponent hides decimals") << "1.6555e1" << false << qint64(0) << decimals;
    QTest::newRow("three decimals") << "16.005" << false << qint64(0) << decimals;
    QTest::newRow("tiny") << "1e-400" << false << qint64(0) << decimals;
    QTest::newRow("huge") << "1e400" << false << qint64(0) << range;
    QTest::newRow("just above limit") << "1000000000.01" << false << qint64(0) << range;
    QTest::newRow("limit") << "1000000000" << true << qint64(100000000000LL) << none;
    QTest::newRow("many digits") << "123456789012345678901234567890" << false << qint64(0) << range;
    QTest::newRow("empty") << "" << false << qint64(0) << syntax;
    QTest::newRow("point only") << "." << false << qint64(0) << syntax;
    QTest::newRow("letters") << "12a" << false << qint64(0) << syntax;
    QTest::newRow("comma") << "12,5" << false << qint64(0) << syntax;
    QTest::newRow("fullwidth digits") << QString::fromUtf8("１２") << false << qint64(0) << syntax;
    QTest::newRow("bad exponent") << "1e" << false << qint64(0) << syntax;
}

void TestDecimal::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, hundredths);
    QFETCH(int, error);
    Decimal::ParseError e = Decimal::ParseError::None;
    const auto value = Decimal::parseHundredths(text, &e);
    QCOMPARE(value.has_value(), ok);
    if (ok)
        QCOMPARE(*value, hundredths);
    QCOMPARE(int(e), error);
}

// A score as scenario files write it and people type it: digits and at most 2 decimals.
void TestDecimal::parsePlain_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<int>("error");
    const int none = int(Decimal::ParseError::None);
    const int syntax = int(Decimal::ParseError::Syntax);
    const int decimals = int(Decimal::ParseError::TooManyDecimals);
    const int range = int(Decimal::ParseError::OutOfRange);
    QTest::newRow("integer") << "18" << true << qint64(1800) << none;
    QTest::newRow("one decimal") << "18.5" << true << qint64(1850) << none;
    QTest::newRow("two decimals") << "18.25" << true << qint64(1825) << none;
    QTest::newRow("zero") << "0" << true << qint64(0) << none;
    QTest::newRow("below one") << "0.05" << true << qint64(5) << none;
    QTest::newRow("negative") << "-1.5" << true << qint64(-150) << none;
    QTest::newRow("limit") << "1000000000" << true << qint64(100000000000LL) << none;
    QTest::newRow("above limit") << "1000000000.01" << false << qint64(0) << range;
    QTest::newRow("exponent") << "1e1" << false << qint64(0) << syntax;
    QTest::newRow("exponent with point") << "1.65e1" << false << qint64(0) << syntax;
    QTest::newRow("capital exponent") << "18E0" << false << qint64(0) << syntax;
    QTest::newRow("hexadecimal") << "0x12" << false << qint64(0) << syntax;
    QTest::newRow("plus sign") << "+18" << false << qint64(0) << syntax;
    QTest::newRow("leading space") << " 18" << false << qint64(0) << syntax;
    QTest::newRow("trailing space") << "18 " << false << qint64(0) << syntax;
    QTest::newRow("inner space") << "1 8" << false << qint64(0) << syntax;
    QTest::newRow("leading zero") << "018" << false << qint64(0) << syntax;
    QTest::newRow("no integer part") << ".5" << false << qint64(0) << syntax;
    QTest::newRow("no decimals after point") << "18." << false << qint64(0) << syntax;
    QTest::newRow("two points") << "1.2.3" << false << qint64(0) << syntax;
    QTest::newRow("minus only") << "-" << false << qint64(0) << syntax;
    QTest::newRow("empty") << "" << false << qint64(0) << syntax;
    QTest::newRow("comma") << "18,5" << false << qint64(0) << syntax;
    QTest::newRow("fullwidth digits") << QString::fromUtf8("１８") << false << qint64(0) << syntax;
    QTest::newRow("three decimals") << "18.555" << false << qint64(0) << decimals;
    QTest::newRow("three decimals ending in zero") << "18.500" << false << qint64(0) << decimals;
}

void TestDecimal::parsePlain()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, hundredths);
    QFETCH(int, error);
    Decimal::ParseError e = Decimal::ParseError::None;
    const auto value = Decimal::parsePlain(text, &e);
    QCOMPARE(value.has_value(), ok);
    if (ok)
        QCOMPARE(*value, hundredths);
    QCOMPARE(int(e), error);
}

void TestDecimal::format_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("shortText");
    QTest::newRow("85.70") << qint64(8570) << "85.70"
                           << "85.7";
    QTest::newRow("100") << qint64(10000) << "100.00"
                         << "100";
    QTest::newRow("0.05") << qint64(5) << "0.05"
                          << "0.05";
    QTest::newRow("0") << qint64(0) << "0.00"
                       << "0";
    QTest::newRow("-0.05") << qint64(-5) << "-0.05"
                           << "-0.05";
    QTest::newRow("-12.30") << qint64(-1230) << "-12.30"
                            << "-12.3";
    QTest::newRow("1.00") << qint64(100) << "1.00"
                          << "1";
    QTest::newRow("-1.00") << qint64(-100) << "-1.00"
                           << "-1";
    QTest::newRow("the largest") << qint64(100000000000LL) << "1000000000.00"
                                 << "1000000000";
    QTest::newRow("digits of every kind") << qint64(-12345678901LL) << "-123456789.01"
                                          << "-123456789.01";
}

void TestDecimal::format()
{
    QFETCH(qint64, value);
    QFETCH(QString, full);
    QFETCH(QString, shortText);
    QCOMPARE(Decimal::format(value), full);
    QCOMPARE(Decimal::formatShort(value), shortText);
    // The same characters appended to bytes.
    std::string bytes = "x";
    Decimal::appendFormatted(bytes, value);
    QCOMPARE(QString::fromStdString(bytes), QLatin1Char('x') + full);
    // Every formatted value parses back to itself.
    QCOMPARE(Decimal::parseHundredths(full).value_or(-1), value);
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
