#pragma once

#include <QString>
#include <QtGlobal>

namespace tp::report {

// A module of the program (a library of its own, loaded the first time it is needed, so that its
// dependencies do not slow every start): looked for in the installed layout, lib/tenderpanel beside
// the program's bin folder, then where the build tree put it. It stays loaded for the life of the
// process.
class ProgramModule
{
public:
    // The function `entry` of the module `fileName` (built at `buildPath`), or null with *problem
    // saying why, in the words "`what` %1 cannot be loaded (%2)" given translated by the caller.
    static QFunctionPointer resolve(const QString& fileName, const QString& buildPath, const char* entry,
                                    const QString& cannotLoad, QString* problem);
};

} // namespace tp::report
