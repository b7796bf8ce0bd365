#include "DocumentJobs.h"

#include <QThread>

#include <atomic>
#include <iterator>
#include <memory>
#include <vector>

namespace tp::report {

QList<QByteArray> DocumentJobs::run(const QList<Job>& jobs, int threads)
{
    std::vector<QByteArray> results(std::size_t(jobs.size()));
    if (threads <= 0)
        threads = QThread::idealThreadCount();
    const qsizetype helpers = qMax<qsizetype>(0, qMin<qsizetype>(threads, jobs.size()) - 1);
    // Each thread takes the next job not taken yet, in order, until none is left: a long job does not
    // hold back the short ones behind it.
    std::atomic<qsizetype> next{0};
    const auto work = [&jobs, &results, &next] {
        for (qsizetype i = next++; i < jobs.size(); i = next++)
            results[std::size_t(i)] = jobs.at(i)();
    };
    // QThread rather than std::thread: a text document's layout starts a timer, which needs a QThread.
    std::vector<std::unique_ptr<QThread>> started;
    for (qsizetype i = 0; i < helpers; ++i) {
        started.emplace_back(QThread::create(work));
        started.back()->start();
    }
    work();
    for (const auto& thread : started)
        thread->wait();
    return QList<QByteArray>(std::make_move_iterator(results.begin()), std::make_move_iterator(results.end()));
}

} // namespace tp::report
