#include "model/Problem.h"

#include <QTest>

using tp::Problem;
using tp::Problems;

namespace {

// n problems as a reader reports them: scores[0].score: ... up to scores[n-1].score: ...
Problems scoreProblems(int n)
{
    Problems problems;
    for (int i = 0; i < n; ++i)
        problems.append({QStringLiteral("scores[%1].score").arg(i), QStringLiteral("75 is above the maximum 60")});
    return problems;
}

} // namespace

class TestProblem : public QObject
{
    Q_OBJECT
private slots:
    void text_data();
    void text();
};

void TestProblem::text_data()
{
    QTest::addColumn<Problems>("problems");
    QTest::addColumn<qsizetype>("limit");
    QTest::addColumn<QString>("text");
    const QString first = QStringLiteral("scores[0].score: 75 is above the maximum 60");
    QString ten;
    for (int i = 0; i < 10; ++i)
        ten += (i ? QStringLiteral("\n") : QString()) +
               QStringLiteral("scores[%1].score: 75 is above the maximum 60").arg(i);
    QTest::newRow("none") << Problems() << tp::kProblemsInMessage << QString();
    QTest::newRow("one") << scoreProblems(1) << tp::kProblemsInMessage << first;
    QTest::newRow("without a place: the reason alone")
        << Problems{{QString(), QStringLiteral("the audit log does not verify")},
                    {QStringLiteral("a.json"), QStringLiteral("cannot be read")}}
        << qsizetype(-1) << QStringLiteral("the audit log does not verify\na.json: cannot be read");
    QTest::newRow("ten of ten") << scoreProblems(10) << tp::kProblemsInMessage << ten;
    QTest::newRow("the first ten of twelve") << scoreProblems(12) << tp::kProblemsInMessage << ten;
    QTest::newRow("all twelve") << scoreProblems(12) << qsizetype(-1)
                                << ten + QStringLiteral("\nscores[10].score: 75 is above the maximum 60"
                                                        "\nscores[11].score: 75 is above the maximum 60");
    QTest::newRow("none of them") << scoreProblems(3) << qsizetype(0) << QString();
}

void TestProblem::text()
{
    QFETCH(Problems, problems);
    QFETCH(qsizetype, limit);
    QFETCH(QString, text);
    QCOMPARE(tp::problemsText(problems, limit), text);
    const QStringList lines = tp::problemLines(problems, limit);
    QCOMPARE(lines.join(QLatin1Char('\n')), text);
    QCOMPARE(lines.size(), text.isEmpty() ? 0 : text.count(QLatin1Char('\n')) + 1);
}

QTEST_GUILESS_MAIN(TestProblem)
#include "tst_problem.moc"
