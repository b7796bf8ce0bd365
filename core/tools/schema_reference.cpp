// Writes the schema the migrations create for the current version (SchemaCheck::toJson) to the file
// given, for the programs' resource :/schema/reference.json. Run by the build.
//   tp_schema_reference_tool OUTPUT.json
#include "io/FileWriter.h"
#include "store/SchemaCheck.h"
#include "store/SchemaMigrations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: tp_schema_reference_tool OUTPUT.json\n", stderr);
        return 2;
    }
    const int version = tp::store::SchemaMigrations::kCurrentVersion;
    const auto reference = tp::store::SchemaCheck::buildReference(version);
    if (!reference.ok()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(reference.problem.toString()));
        return 1;
    }
    QString error;
    if (!tp::FileWriter::write(args[1], tp::store::SchemaCheck::toJson(*reference.value, version), &error)) {
        std::fprintf(stderr, "error: %s: %s\n", qPrintable(args[1]), qPrintable(error));
        return 1;
    }
    return 0;
}
