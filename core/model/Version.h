#pragma once

#include <QString>

namespace tp {

// The program's version, the project's in CMakeLists.txt. It lives in one source the build generates,
// so that a new version compiles that file again, not the whole program.
QString programVersion();

} // namespace tp
