// PDF output of a render::Document with cairo + Pango: text in Liberation Serif (embedded as a subset by
// cairo), paragraphs and tables that break across pages (table headers repeated), the national heading, QR
// codes as vector squares, page numbers per PageSetup. Pure: bytes out, no files.
// Thread-safe: concurrent calls are fine (each thread uses its own font map, see font_config.h).
#pragma once

#include <string>

#include "base/result.h"
#include "render/document.h"

namespace motcua::render {

// InvalidArgument for text that is not UTF-8, a table row that does not fit its columns, a row-span group or
// a line taller than a page, or a QR payload too long; NotFound when the fonts are missing.
Result<std::string> RenderPdf(const Document& document);

}  // namespace motcua::render
