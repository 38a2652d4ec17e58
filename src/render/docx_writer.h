// DOCX (WordprocessingML) output of a render::Document, over libzip + pugixml: a minimal valid package
// ([Content_Types].xml, _rels, word/document.xml, styles.xml, settings.xml, a header with the page number,
// docProps) in Times New Roman (NĐ 30/2020's font; the PDFs use its metric twin Liberation Serif), with the
// page size and margins of the document's PageSetup. Paragraphs keep alignment, bold/italic/underline, sizes,
// indents and spacing; tables keep column widths, spans, borders and repeated header rows; the national
// heading is a borderless 2 x 2 table with the rules drawn as paragraph borders.
// QR codes are not supported in DOCX (they are for printed receipts): a document with one is refused.
// Pure: bytes out. Thread-safe (text widths are measured with the thread's own font map).
#pragma once

#include <string>

#include "base/result.h"
#include "render/document.h"

namespace motcua::render {

inline constexpr char kDocxFontName[] = "Times New Roman";

// InvalidArgument for text that is not UTF-8, a table row that does not fit its columns, or a QR code.
Result<std::string> RenderDocx(const Document& document);

}  // namespace motcua::render
