#include "CliArgs.h"

#include <QCoreApplication>

namespace tp::cli {

CliArgs::CliArgs(const QStringList& args, const QSet<QString>& valueOptions, const QSet<QString>& flags,
                 const QSet<QString>& repeatable)
{
    bool onlyPositional = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (onlyPositional || !a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            if (a == QLatin1String("--") && !onlyPositional) {
                onlyPositional = true;
                continue;
            }
            m_positional.append(a);
            continue;
        }
        QString name = a;
        QString value;
        bool inlineValue = false;
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq > 0) {
            name = a.left(eq);
            value = a.mid(eq + 1);
            inlineValue = true;
        }
        if (valueOptions.contains(name) || repeatable.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    m_errorWhere = name;
                    m_error = QCoreApplication::translate("CliArgs", "needs a value");
                    return;
                }
                value = args[++i];
            }
            if (repeatable.contains(name)) {
                m_repeated[name].append(value);
                m_values.insert(name, value);
                continue;
            }
            if (m_values.contains(name)) {
                m_errorWhere = name;
                m_error = QCoreApplication::translate("CliArgs", "given more than once");
                return;
            }
            m_values.insert(name, value);
        } else if (flags.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else {
            m_errorWhere = name;
            m_error = QCoreApplication::translate("CliArgs", "unknown option (see --help)");
            return;
        }
    }
}

} // namespace tp::cli
