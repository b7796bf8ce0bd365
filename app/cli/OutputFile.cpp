#include "OutputFile.h"

#include "io/FileWriter.h"

namespace tp::cli {

int OutputFile::write(CliContext& context, const QString& path, const QByteArray& bytes)
{
    QString error;
    if (FileWriter::write(path, bytes, &error))
        return ExitOk;
    return fail(context, path, error);
}

int OutputFile::fail(CliContext& context, const QString& path, const QString& error)
{
    context.error(path, QCoreApplication::translate("OutputFile", "cannot be written: %1").arg(error));
    return ExitStorage;
}

} // namespace tp::cli
