// Internal to render/: the fixed parts of a DOCX package (content types, relationships, styles, settings, the
// page-number header, document properties). Pure functions returning XML text.
#pragma once

#include <string>

#include "render/document.h"

namespace motcua::render::internal {

std::string DocxContentTypes();
std::string DocxPackageRels();
std::string DocxDocumentRels();
// Times New Roman at `size_pt` for every run unless a run says otherwise; Vietnamese as the language.
std::string DocxStyles(double size_pt);
std::string DocxSettings();
// The header that carries the page number, centred (NĐ 30/2020); the first page has none (w:titlePg).
std::string DocxPageNumberHeader(double size_pt);
std::string DocxCoreProperties(const DocumentInfo& info);
std::string DocxAppProperties();

// Relationship id of the page-number header in word/_rels/document.xml.rels.
inline constexpr char kDocxHeaderRelId[] = "rIdHeader1";

}  // namespace motcua::render::internal
