#include "PdfTextRepair.h"

#include "RadicalGlyphMap.h"
#include "ToUnicodeCMap.h"

#include <QCoreApplication>
#include <QSet>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <string>

namespace tp::report {

PdfTextRepair::Result PdfTextRepair::repair(const QByteArray& pdf, const RadicalGlyphMap& map)
{
    Result result;
    result.pdf = pdf;
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("document.pdf", pdf.constData(), size_t(pdf.size()));
        QSet<QPair<int, int>> seen;
        for (QPDFObjectHandle object : document.getAllObjects()) {
            if (!object.isDictionary() || !object.hasKey("/ToUnicode"))
                continue;
            QPDFObjectHandle stream = object.getKey("/ToUnicode");
            if (!stream.isStream())
                continue;
            const QPDFObjGen id = stream.getObjGen();
            if (seen.contains({id.getObj(), id.getGen()}))
                continue;
            seen.insert({id.getObj(), id.getGen()});
            const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
            const QByteArray text(reinterpret_cast<const char*>(data->getBuffer()), qsizetype(data->getSize()));
            ToUnicodeCMap cmap;
            if (!ToUnicodeCMap::parse(text, &cmap))
                continue;
            const int changed = cmap.unifyRadicals(map);
            if (changed == 0)
                continue;
            result.changed += changed;
            const QByteArray rewritten = cmap.toBytes();
            stream.replaceStreamData(std::string(rewritten.constData(), size_t(rewritten.size())),
                                     QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
        }
        if (result.changed == 0)
            return result;
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.setCompressStreams(true);
        writer.setDecodeLevel(qpdf_dl_generalized);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        result.pdf = QByteArray(reinterpret_cast<const char*>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception& e) {
        result.pdf = pdf;
        result.changed = 0;
        result.error = QCoreApplication::translate("PdfTextRepair", "cannot rewrite the text map of the PDF: %1")
                           .arg(QString::fromLocal8Bit(e.what()));
    }
    return result;
}

} // namespace tp::report
