#pragma once

#include <QByteArray>
#include <QString>

namespace tp::report {

class PagedDocument;

// Writes a PagedDocument as OpenDocument text (.odt), for staff who adjust the wording in a word
// processor before posting a notice. The text, headings, tables and fonts are those of the PDF; each
// part starts on a new page, with the running header as its first line and the footer lines after
// it. What only a fixed page has is left out: the page numbers (the word processor numbers its own
// pages) and the scaling of a score sheet to one page. Such a file is a draft: only the PDF the
// program makes is the issued document.
class OdtRenderer
{
public:
    // The .odt bytes, or empty with *error set.
    static QByteArray render(const PagedDocument& document, QString* error);
};

} // namespace tp::report
