#pragma once

// The entry point of the module tenderpanel-qpdf and what it returns; see QpdfModule.h.
#include <QByteArray>

#include <functional>
#include <string>

namespace tp::report {
// Gets the decoded content of a /ToUnicode stream; returns the new content, or empty to keep it.
using QpdfTextMapRewrite = std::function<QByteArray(const QByteArray&)>;
} // namespace tp::report

#define TP_QPDF_ENTRY "tp_qpdf_rewrite_text_maps"
enum
{
    TP_QPDF_UNCHANGED = 0, // no stream changed: *out is left as it was
    TP_QPDF_REWRITTEN = 1, // *out holds the file written again
    TP_QPDF_FAILED = 2     // qpdf could not read or write the file: *error says why
};

using TpQpdfRewriteTextMaps = int (*)(const QByteArray* pdf, const tp::report::QpdfTextMapRewrite* rewrite,
                                      QByteArray* out, std::string* error);
