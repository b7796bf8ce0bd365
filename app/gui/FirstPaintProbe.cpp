#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace tp::app {

namespace {

qint64 nowNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Milliseconds since the process started, or a negative value if that cannot be known.
double elapsedMs()
{
    bool ok = false;
    const qint64 launched = qEnvironmentVariable("TENDERPANEL_START_NS").toLongLong(&ok);
    if (ok && launched > 0)
        return double(nowNs(CLOCK_REALTIME) - launched) / 1e6;
    // Field 22 of /proc/self/stat: start time in clock ticks since boot (after the command name,
    // which is in parentheses and may hold spaces).
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startedS = double(fields.at(19).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    return (double(nowNs(CLOCK_BOOTTIME)) / 1e9 - startedS) * 1000.0;
}

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

FirstPaintProbe::FirstPaintProbe(QObject* parent) : QObject(parent) {}

bool FirstPaintProbe::watchIfRequested(QWidget* target)
{
    if (!target || qEnvironmentVariable("TENDERPANEL_EXIT_AT_FIRST_PAINT") != QLatin1String("1"))
        return false;
    auto* probe = new FirstPaintProbe(target);
    target->installEventFilter(probe);
    QTimer::singleShot(60000, probe, [probe] { probe->giveUp(); });
    return true;
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // Queued: runs once this paint and the flush of the window's backing store are done.
        QMetaObject::invokeMethod(this, &FirstPaintProbe::report, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report()
{
    std::printf("first-paint-ms %.1f\npeak-rss-kib %lld\n", elapsedMs(), static_cast<long long>(peakRssKib()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

void FirstPaintProbe::giveUp()
{
    if (m_seen)
        return;
    std::printf("first-paint-ms none\n");
    std::fflush(stdout);
    QCoreApplication::exit(3);
}

} // namespace tp::app
