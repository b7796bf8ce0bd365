#include "CliCommand.h"

#include <algorithm>

namespace tp::cli {

void CliContext::error(const QString& where, const QString& why) const
{
    errors({Problem{where, why}});
}

void CliContext::error(const Problem& problem) const
{
    errors({problem});
}

void CliContext::errors(const Problems& problems) const
{
    for (const QString& line : problemLines(problems))
        err << QStringLiteral("error: ") << line << Qt::endl;
}

CliRegistry& CliRegistry::instance()
{
    static CliRegistry registry;
    return registry;
}

bool CliRegistry::add(Factory factory)
{
    m_factories.push_back(std::move(factory));
    return true;
}

std::vector<std::unique_ptr<CliCommand>> CliRegistry::commands() const
{
    std::vector<std::unique_ptr<CliCommand>> result;
    for (const Factory& f : m_factories)
        result.push_back(f());
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return a->name() < b->name(); });
    return result;
}

} // namespace tp::cli
