#include "PdfTextRepair.h"

#include "QpdfModule.h"
#include "RadicalGlyphMap.h"
#include "ToUnicodeCMap.h"

#include <QCoreApplication>

namespace tp::report {

PdfTextRepair::Result PdfTextRepair::repair(const QByteArray& pdf, const RadicalGlyphMap& map)
{
    Result result;
    result.pdf = pdf;
    int changed = 0;
    const QpdfTextMapRewrite rewrite = [&map, &changed](const QByteArray& text) {
        ToUnicodeCMap cmap;
        if (!ToUnicodeCMap::parse(text, &cmap))
            return QByteArray();
        const int count = cmap.unifyRadicals(map);
        if (count == 0)
            return QByteArray();
        changed += count;
        return cmap.toBytes();
    };
    QByteArray rewritten;
    QString error;
    switch (QpdfModule::rewriteTextMaps(pdf, rewrite, &rewritten, &error)) {
    case QpdfModule::Outcome::Unchanged:
        break;
    case QpdfModule::Outcome::Rewritten:
        result.pdf = rewritten;
        result.changed = changed;
        break;
    case QpdfModule::Outcome::Failed:
        result.error =
            QCoreApplication::translate("PdfTextRepair", "cannot rewrite the text map of the PDF: %1").arg(error);
        break;
    }
    return result;
}

} // namespace tp::report
