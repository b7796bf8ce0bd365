#pragma once

#include "CliExit.h"
#include "model/Problem.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <vector>

namespace tp::cli {

struct CliContext
{
    QTextStream& out;
    QTextStream& err;
    QString workspace; // --workspace, else TENDERPANEL_WORKSPACE, else empty (the default location)

    // Prints "error: <where>: <why>" (or "error: <why>") on stderr.
    void error(const QString& where, const QString& why) const;
    void error(const Problem& problem) const;
    // One such line for each problem, all of them, in their order (tp::problemLines).
    void errors(const Problems& problems) const;
};

// One sub-command of tenderpanel-cli. Implementations register themselves with
// TP_REGISTER_CLI_COMMAND in their .cpp file.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0;              // e.g. "evaluate FILE [--format json|text]"
    virtual QString summary() const = 0;               // one line for --help
    virtual QString help() const { return summary(); } // the text of "tenderpanel-cli NAME --help"
    // A command that renders documents (fonts, QTextDocument, PDF) needs a QGuiApplication; main()
    // then creates one on the offscreen platform when no display is set.
    virtual bool needsGui() const { return false; }
    // args: everything after the command name; --workspace is already taken out.
    virtual int run(const QStringList& args, CliContext& context) = 0;
};

class CliRegistry
{
public:
    using Factory = std::function<std::unique_ptr<CliCommand>()>;
    static CliRegistry& instance();
    bool add(Factory factory);
    std::vector<std::unique_ptr<CliCommand>> commands() const; // sorted by name

private:
    std::vector<Factory> m_factories;
};

} // namespace tp::cli

#define TP_REGISTER_CLI_COMMAND(Class)                                                                                 \
    namespace {                                                                                                        \
    const bool registered_##Class =                                                                                    \
        ::tp::cli::CliRegistry::instance().add([] { return std::unique_ptr<::tp::cli::CliCommand>(new Class); });      \
    }
