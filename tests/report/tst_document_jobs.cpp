// Documents made side by side (DocumentJobs): every job run once, results in the order of the jobs,
// jobs really running at the same time, and each document's PDF the same, byte for byte, as when it
// is made alone in the main thread.
#include "ReportTestSupport.h"
#include "report/DocumentJobs.h"
#include "report/DocumentRenderer.h"
#include "report/PdfRenderer.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace tp;
using namespace tp::report;
using namespace tp::report::test;

class DocumentJobsTest : public QObject
{
    Q_OBJECT
private slots:
    // First in this program, so that the fonts and the radicals' map are first read by several threads
    // at once.
    void documentsAsMadeAlone_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<DocumentLanguage>("language");
        for (const QString& name : exampleNames())
            for (const DocumentLanguage language : {DocumentLanguage::Chinese, DocumentLanguage::English})
                QTest::addRow("%s %s", qPrintable(name), language == DocumentLanguage::Chinese ? "zh" : "en")
                    << name << language;
    }
    void documentsAsMadeAlone()
    {
        QFETCH(QString, example);
        QFETCH(DocumentLanguage, language);
        const DocumentInput input = load(example);
        QList<DocumentKind> kinds;
        for (const DocumentKind kind : {DocumentKind::EvaluationReport, DocumentKind::ResultNotice,
                                        DocumentKind::Letters, DocumentKind::Robustness})
            if (DocumentRenderer::canRender(kind, input.evaluation))
                kinds.append(kind);
        QVERIFY(kinds.contains(DocumentKind::EvaluationReport));
        QList<DocumentJobs::Job> jobs;
        for (const DocumentKind kind : kinds)
            jobs.append([&input, kind, language] {
                return PdfRenderer::render(DocumentRenderer::document(kind, input, language));
            });
        const QList<QByteArray> together = DocumentJobs::run(jobs, int(jobs.size()));
        QCOMPARE(together.size(), kinds.size());
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const QByteArray alone = PdfRenderer::render(DocumentRenderer::document(kinds.at(i), input, language));
            QVERIFY2(alone.startsWith("%PDF-"), qPrintable(QString::number(i)));
            QVERIFY2(together.at(i) == alone,
                     qPrintable(QStringLiteral("document %1 of %2 differs").arg(i).arg(kinds.size())));
        }
    }

    // The PDFs made by DocumentRenderer::addPdfJobs(), the report's preparation a job of its own: the
    // same bytes as document() gives, whether the preparation is done by another thread first (its
    // job put before the report's), beside the report's job, or by the report's job itself (one thread,
    // the report's job first: the preparation's job then finds it done).
    void pdfJobsAsMadeAlone_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<bool>("preparationFirst");
        for (const int threads : {1, 2, 4})
            for (const bool first : {false, true})
                QTest::addRow("%d threads, preparation %s", threads, first ? "first" : "second") << threads << first;
    }
    void pdfJobsAsMadeAlone()
    {
        QFETCH(int, threads);
        QFETCH(bool, preparationFirst);
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const QList<DocumentKind> kinds{DocumentKind::ResultNotice, DocumentKind::EvaluationReport,
                                        DocumentKind::Letters};
        QList<DocumentJobs::Job> jobs;
        QList<int> weights;
        QList<qsizetype> jobOf;
        for (const DocumentKind kind : kinds)
            jobOf.append(DocumentRenderer::addPdfJobs(jobs, weights, kind, input, DocumentLanguage::Chinese));
        QCOMPARE(jobs.size(), kinds.size() + 1); // the report's preparation
        QCOMPARE(weights.size(), jobs.size());
        const qsizetype report = jobOf.at(1);
        QVERIFY(weights.at(report + 1) < weights.at(report));
        if (preparationFirst)
            weights[report + 1] = weights.at(report) + 1;
        const QList<QByteArray> results = DocumentJobs::run(jobs, threads, weights);
        QCOMPARE(results.at(report + 1), QByteArray());
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const QByteArray alone =
                PdfRenderer::render(DocumentRenderer::document(kinds.at(i), input, DocumentLanguage::Chinese));
            QVERIFY2(results.at(jobOf.at(i)) == alone, qPrintable(QStringLiteral("document %1 differs").arg(i)));
        }
    }

    void resultsInOrder_data()
    {
        QTest::addColumn<int>("jobs");
        QTest::addColumn<int>("threads");
        for (const int jobs : {0, 1, 2, 5, 17})
            for (const int threads : {0, 1, 2, 3, 8})
                QTest::addRow("%d jobs on %d threads", jobs, threads) << jobs << threads;
    }
    void resultsInOrder()
    {
        QFETCH(int, jobs);
        QFETCH(int, threads);
        auto runs = std::make_unique<std::atomic<int>[]>(std::size_t(qMax(1, jobs)));
        for (int i = 0; i < jobs; ++i)
            runs[std::size_t(i)] = 0;
        QList<DocumentJobs::Job> list;
        for (int i = 0; i < jobs; ++i)
            list.append([i, &runs] {
                ++runs[std::size_t(i)];
                // Unequal lengths, so that the jobs finish out of order.
                QThread::usleep(i % 3 == 0 ? 3000 : 200);
                return QByteArray::number(i * i);
            });
        const QList<QByteArray> results = DocumentJobs::run(list, threads);
        QCOMPARE(results.size(), jobs);
        for (int i = 0; i < jobs; ++i) {
            QCOMPARE(results.at(i), QByteArray::number(i * i));
            QCOMPARE(runs[std::size_t(i)].load(), 1);
        }
    }

    // Two jobs that each wait for the other: they finish only if they run at the same time.
    void jobsRunSideBySide()
    {
        QSemaphore first;
        QSemaphore second;
        const QList<DocumentJobs::Job> jobs{[&] {
                                                first.release();
                                                return QByteArray(second.tryAcquire(1, 20000) ? "1" : "alone");
                                            },
                                            [&] {
                                                second.release();
                                                return QByteArray(first.tryAcquire(1, 20000) ? "2" : "alone");
                                            }};
        QCOMPARE(DocumentJobs::run(jobs, 2), (QList<QByteArray>{"1", "2"}));
    }

    // One thread: the jobs run one after the other, in the calling thread.
    void oneThreadIsTheCaller()
    {
        QThread* const caller = QThread::currentThread();
        std::vector<int> order;
        QList<DocumentJobs::Job> jobs;
        for (int i = 0; i < 4; ++i)
            jobs.append([i, caller, &order] {
                order.push_back(i);
                return QByteArray(QThread::currentThread() == caller ? "caller" : "other");
            });
        QCOMPARE(DocumentJobs::run(jobs, 1), QList<QByteArray>(4, "caller"));
        QCOMPARE(order, (std::vector<int>{0, 1, 2, 3}));
    }

    // With weights, the heaviest jobs start first, equal ones in their order; the results still come
    // back in the order of the jobs.
    void heaviestStartFirst()
    {
        std::vector<int> started;
        QList<DocumentJobs::Job> jobs;
        for (int i = 0; i < 6; ++i)
            jobs.append([i, &started] {
                started.push_back(i);
                return QByteArray::number(i);
            });
        const QList<QByteArray> results = DocumentJobs::run(jobs, 1, {1, 3, 0, 2, 3, 1});
        QCOMPARE(results, (QList<QByteArray>{"0", "1", "2", "3", "4", "5"}));
        QCOMPARE(started, (std::vector<int>{1, 4, 3, 0, 5, 2}));
    }
};

QTEST_MAIN(DocumentJobsTest)
#include "tst_document_jobs.moc"
