#pragma once

#include "xlsxmodule/XlsxModuleEntry.h"

#include <QString>

namespace tp::report {

// libxlsxwriter, which writes the score workbook (ScoreWorkbook), is reached through a module of its
// own, tenderpanel-xlsx, loaded the first time a workbook is written: the library and OpenSSL's
// libcrypto, which it links, would otherwise be loaded by every start of the programs, which write a
// workbook only when asked. Found as ProgramModule says.
class XlsxModule
{
public:
    // The functions of libxlsxwriter, or null with *problem saying why the module cannot be loaded.
    static const TpXlsxFunctions* functions(QString* problem);
};

} // namespace tp::report
