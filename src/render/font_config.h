// The fonts the PDF renderer may use, isolated from the user's fontconfig: a private fontconfig
// configuration holds only Liberation Serif (the metric twin of Times New Roman, with every Vietnamese
// glyph) and DejaVu Sans as the fallback for symbols Liberation lacks. So a PDF comes out the same whatever
// ~/.config/fontconfig or the system's aliases say, and a missing font is an error, not a silent substitute.
//
// Font files are looked up in $MOTCUA_FONT_DIR (if set), then the Debian locations of fonts-liberation2,
// fonts-liberation and fonts-dejavu-core.
//
// Thread-safety: Pango objects are not thread-safe, so each thread gets its own font map (created on first
// use, freed at thread exit). The returned pointer must not cross threads.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"

typedef struct _PangoFontMap PangoFontMap;

namespace motcua::render {

// The family name every document uses; the DOCX writer names "Times New Roman" instead (see docx_writer.h).
inline constexpr char kSerifFamily[] = "Liberation Serif";

// The font files the private configuration loads, found on this machine, or NotFound naming what to install.
Result<std::vector<std::string>> LocateFontFiles();

// This thread's Pango font map over the private configuration (owned by the thread; do not unref).
Result<PangoFontMap*> ThreadFontMap();

}  // namespace motcua::render
