#pragma once

#include <QByteArray>
#include <QJsonObject>
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

// A shipped example scenario's path ("cixi-2014.json").
QString example(const QString& name);
// The file's bytes, or nothing when it cannot be read; its JSON object.
QByteArray readAll(const QString& path);
QJsonObject readJson(const QString& path);
