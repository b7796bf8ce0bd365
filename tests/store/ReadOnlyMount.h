#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <unistd.h>

// A folder seen through a read-only bind mount, the way a burned disc or a read-only share is: as
// the superuser, `source` is bind-mounted at `target` and the mount made read-only; the destructor
// always unmounts it. Without the superuser (or where mounting is not allowed) ok() is false and
// error() says why, for a QSKIP.
class ReadOnlyMount
{
public:
    ReadOnlyMount(const QString& source, const QString& target) : m_target(target)
    {
        if (::geteuid() != 0) {
            m_error = QStringLiteral("a read-only bind mount needs the superuser");
            return;
        }
        QDir().mkpath(target);
        if (!run({QStringLiteral("--bind"), source, target}))
            return;
        m_mounted = true;
        if (!run({QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), target}))
            unmount();
    }
    ~ReadOnlyMount() { unmount(); }
    ReadOnlyMount(const ReadOnlyMount&) = delete;
    ReadOnlyMount& operator=(const ReadOnlyMount&) = delete;

    bool ok() const { return m_mounted; }
    QString error() const { return m_error; }

    void unmount()
    {
        if (!m_mounted)
            return;
        if (QProcess::execute(QStringLiteral("umount"), {m_target}) != 0)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_target});
        m_mounted = false;
    }

private:
    bool run(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral("mount"), args);
        if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error = QStringLiteral("mount %1 failed: %2")
                          .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
            return false;
        }
        return true;
    }

    QString m_target;
    QString m_error;
    bool m_mounted = false;
};
