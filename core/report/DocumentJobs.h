#pragma once

#include <QByteArray>
#include <QList>
#include <functional>

namespace tp::report {

// Makes several documents at once, one on each processor core.
//
// A document is built, laid out and written to PDF by one thread from start to end: Qt keeps the
// fonts a thread has loaded for that thread, and a layout made in one thread is not painted in
// another. Documents share nothing else (their input is only read), so those of one command, or of
// one archive, can be made side by side; each one's bytes are those it has when made alone.
class DocumentJobs
{
public:
    using Job = std::function<QByteArray()>;

    // Runs every job and gives their results in the order of `jobs`. At most `threads` run at once,
    // the calling thread being one of them (1: one after the other, in the calling thread); 0 means
    // as many as the machine has cores. Returns when all are done.
    //
    // `weights`, one for each job when given, are how long the jobs take against each other: the
    // heaviest start first (equal ones in the order of `jobs`), so that no long job is left to run
    // alone at the end. Without them, the jobs start in their order.
    static QList<QByteArray> run(const QList<Job>& jobs, int threads = 0, const QList<int>& weights = {});
};

} // namespace tp::report
