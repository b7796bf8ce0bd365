// tenderpanel-qpdf: qpdf behind one entry point (QpdfModule.h), in a module of its own so that
// only a program that rewrites a PDF loads qpdf and the TLS and crypto libraries it links.
#include "QpdfModuleEntry.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <QByteArray>

#include <exception>
#include <memory>
#include <set>
#include <string>
#include <utility>

extern "C" __attribute__((visibility("default"))) int
tp_qpdf_rewrite_text_maps(const QByteArray* pdf, const tp::report::QpdfTextMapRewrite* rewrite, QByteArray* out,
                          std::string* error)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("document.pdf", pdf->constData(), size_t(pdf->size()));
        std::set<std::pair<int, int>> seen;
        bool changed = false;
        for (QPDFObjectHandle object : document.getAllObjects()) {
            if (!object.isDictionary() || !object.hasKey("/ToUnicode"))
                continue;
            QPDFObjectHandle stream = object.getKey("/ToUnicode");
            if (!stream.isStream())
                continue;
            const QPDFObjGen id = stream.getObjGen();
            if (!seen.insert({id.getObj(), id.getGen()}).second)
                continue;
            const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
            const QByteArray text(reinterpret_cast<const char*>(data->getBuffer()), qsizetype(data->getSize()));
            const QByteArray rewritten = (*rewrite)(text);
            if (rewritten.isEmpty())
                continue;
            changed = true;
            stream.replaceStreamData(std::string(rewritten.constData(), size_t(rewritten.size())),
                                     QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
        }
        if (!changed)
            return TP_QPDF_UNCHANGED;
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.setCompressStreams(true);
        writer.setDecodeLevel(qpdf_dl_generalized);
        writer.write();
        const std::shared_ptr<Buffer> bytes = writer.getBufferSharedPointer();
        *out = QByteArray(reinterpret_cast<const char*>(bytes->getBuffer()), qsizetype(bytes->getSize()));
        return TP_QPDF_REWRITTEN;
    } catch (const std::exception& e) {
        *error = e.what();
        return TP_QPDF_FAILED;
    }
}
