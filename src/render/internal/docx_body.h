// Internal to render/: WordprocessingML for each kind of block, appended to <w:body> with pugixml (which
// escapes the text). Lengths are converted to twips (1/20 pt). Single-threaded per call.
#pragma once

#include <pugixml.hpp>

#include "base/status.h"
#include "render/document.h"
#include "render/internal/pango_text.h"

namespace motcua::render::internal {

inline int Twips(double points) { return static_cast<int>(points * 20 + (points >= 0 ? 0.5 : -0.5)); }

void AppendDocxParagraph(pugi::xml_node body, const Paragraph& paragraph);
// Refuses rows that do not fit the columns and cells with a QR code.
Status AppendDocxTable(pugi::xml_node body, const Table& table, double body_width_pt);
// `shaper` measures the national name, the motto and the body's name, to size the rules under them.
void AppendDocxHeading(pugi::xml_node body, const NationalHeading& heading, double body_width_pt,
                       const TextShaper& shaper);
void AppendDocxSpacer(pugi::xml_node body, const Spacer& spacer);
void AppendDocxPageBreak(pugi::xml_node body);
void AppendDocxSection(pugi::xml_node body, const PageSetup& page);

}  // namespace motcua::render::internal
