#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tp::cli {

// A small strict parser for "--option value", "--option=value" and "--flag" after a sub-command.
// Unknown options, a missing value and a repeated option are errors naming the option, except for the
// options named as repeatable, whose values are all kept in order.
class CliArgs
{
public:
    // valueOptions: options that take a value ("--format"); flags: options without ("--count-start-day").
    CliArgs(const QStringList& args, const QSet<QString>& valueOptions, const QSet<QString>& flags,
            const QSet<QString>& repeatable = {});

    bool ok() const { return m_error.isEmpty(); }
    QString errorWhere() const { return m_errorWhere; }
    QString error() const { return m_error; }

    bool has(const QString& option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString& option, const QString& fallback = QString()) const
    {
        return m_values.value(option, fallback);
    }
    // Every value of a repeatable option, in the order given.
    QStringList values(const QString& option) const { return m_repeated.value(option); }
    const QStringList& positional() const { return m_positional; }

private:
    QMap<QString, QString> m_values;
    QMap<QString, QStringList> m_repeated;
    QSet<QString> m_flags;
    QStringList m_positional;
    QString m_errorWhere;
    QString m_error;
};

} // namespace tp::cli
