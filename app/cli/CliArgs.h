#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tp::cli {

// A small strict parser for "--option value", "--option=value" and "--flag" after a sub-command.
// Unknown options, a missing value and a repeated option are errors naming the option.
class CliArgs
{
public:
    // valueOptions: options that take a value ("--format"); flags: options without ("--count-start-day").
    CliArgs(const QStringList& args, const QSet<QString>& valueOptions, const QSet<QString>& flags);

    bool ok() const { return m_error.isEmpty(); }
    QString errorWhere() const { return m_errorWhere; }
    QString error() const { return m_error; }

    bool has(const QString& option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString& option, const QString& fallback = QString()) const
    {
        return m_values.value(option, fallback);
    }
    const QStringList& positional() const { return m_positional; }

private:
    QMap<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
    QString m_errorWhere;
    QString m_error;
};

} // namespace tp::cli
