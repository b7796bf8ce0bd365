#pragma once

#include "model/Problem.h"
#include "model/Scenario.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace tp {

// Strict reader of tenderpanel-scenario/1 files (docs/scenario-format.md, sections 1 and 2).
// Collects every problem it can find, each naming the JSON path ("scores[12].score") and the
// reason. Never throws, never crashes, bounded memory whatever the bytes.
class ScenarioReader
{
public:
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
    // The value of the "format" key.
    static constexpr char kFormatName[] = "tenderpanel-scenario/1";
    // At most this many problems are listed; a last one says how many more there are.
    static constexpr qsizetype kMaxProblems = 1000;

    struct Result
    {
        std::optional<Scenario> scenario;
        Problems problems;
        bool ok() const { return scenario.has_value() && problems.isEmpty(); }
    };

    static Result readFile(const QString& path);
    static Result readBytes(const QByteArray& bytes);

private:
    // JsonFastReader::ArrivedFunction: for a text still arriving.
    using Arrived = std::function<std::size_t(std::size_t)>;
    // JsonFastReader::Aside::run: runs a task on another thread.
    using RunAside = std::function<bool(std::function<void(std::size_t)>)>;
    // `room`, `arrived` and `runAside`: as JsonFastReader::read() takes them.
    static Result readText(const QByteArray& bytes, qsizetype room, const Arrived& arrived = {},
                           const RunAside& runAside = {});
};

} // namespace tp
