#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the real tenderpanel-cli executable and captures what a user would see.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

CliRun runCli(const QStringList& args, const QByteArray& stdinData = QByteArray(),
              const QProcessEnvironment& extraEnv = QProcessEnvironment());
