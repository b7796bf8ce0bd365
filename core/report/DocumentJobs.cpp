#include "DocumentJobs.h"

#include "io/ThreadHeap.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <memory>
#include <numeric>
#include <vector>

namespace tp::report {

QList<QByteArray> DocumentJobs::run(const QList<Job>& jobs, int threads, const QList<int>& weights)
{
    std::vector<QByteArray> results(std::size_t(jobs.size()));
    if (threads <= 0)
        threads = QThread::idealThreadCount();
    const qsizetype helpers = qMax<qsizetype>(0, qMin<qsizetype>(threads, jobs.size()) - 1);
    std::vector<qsizetype> order(std::size_t(jobs.size()));
    std::iota(order.begin(), order.end(), 0);
    if (weights.size() == jobs.size())
        std::stable_sort(order.begin(), order.end(),
                         [&weights](qsizetype a, qsizetype b) { return weights.at(a) > weights.at(b); });
    // Each thread takes the next job not taken yet, in that order, until none is left: a long job does
    // not hold back the short ones behind it.
    std::atomic<std::size_t> next{0};
    const auto work = [&jobs, &results, &order, &next] {
        for (std::size_t k = next++; k < order.size(); k = next++)
            results[std::size_t(order[k])] = jobs.at(order[k])();
    };
    // QThread rather than std::thread: a text document's layout starts a timer, which needs a QThread.
    // A helper's blocks (the document's text, the fonts as the thread loads them, the pages) come from a
    // heap of its own: in large pages, as the calling thread's come from the programs' main heap.
    std::vector<std::unique_ptr<QThread>> started;
    for (qsizetype i = 0; i < helpers; ++i) {
        started.emplace_back(QThread::create([&work] {
            adviseThreadHeap();
            work();
        }));
        started.back()->start();
    }
    work();
    for (const auto& thread : started)
        thread->wait();
    return QList<QByteArray>(std::make_move_iterator(results.begin()), std::make_move_iterator(results.end()));
}

} // namespace tp::report
