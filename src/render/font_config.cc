#include "render/font_config.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <cstdlib>
#include <filesystem>
#include <string_view>

namespace motcua::render {
namespace {

struct FontFile {
  std::string_view name;
  std::string_view package;  // the Debian package that ships it, for the error message
};

// Liberation Serif in four styles for the text; DejaVu Sans only for glyphs Liberation lacks (✓, ☐, arrows).
constexpr FontFile kFontFiles[] = {
    {"LiberationSerif-Regular.ttf", "fonts-liberation2"},
    {"LiberationSerif-Bold.ttf", "fonts-liberation2"},
    {"LiberationSerif-Italic.ttf", "fonts-liberation2"},
    {"LiberationSerif-BoldItalic.ttf", "fonts-liberation2"},
    {"DejaVuSans.ttf", "fonts-dejavu-core"},
};

std::vector<std::string> FontDirectories() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("MOTCUA_FONT_DIR"); env != nullptr && *env != '\0')
    dirs.emplace_back(env);
  // liberation2 first: version 2 is the one with complete Vietnamese coverage.
  dirs.emplace_back("/usr/share/fonts/truetype/liberation2");
  dirs.emplace_back("/usr/share/fonts/truetype/liberation");
  dirs.emplace_back("/usr/share/fonts/truetype/dejavu");
  return dirs;
}

struct ThreadFontMapHolder {
  PangoFontMap* map = nullptr;
  ~ThreadFontMapHolder() {
    if (map == nullptr) return;
    // Drop the fonts and fontsets the map caches (they hold references back to it), then the map itself,
    // which releases the private configuration.
    pango_fc_font_map_shutdown(PANGO_FC_FONT_MAP(map));
    g_object_unref(map);
  }
};

}  // namespace

Result<std::vector<std::string>> LocateFontFiles() {
  std::vector<std::string> dirs = FontDirectories();
  std::vector<std::string> found;
  for (const FontFile& font : kFontFiles) {
    bool located = false;
    for (const std::string& dir : dirs) {
      std::filesystem::path path = std::filesystem::path(dir) / font.name;
      std::error_code error;
      if (std::filesystem::is_regular_file(path, error)) {
        found.push_back(path.string());
        located = true;
        break;
      }
    }
    if (!located) {
      std::string log = "font file ";
      log.append(font.name).append(" not found (install the Debian package ").append(font.package);
      log.append(" or set MOTCUA_FONT_DIR)");
      std::string user = "Không tìm thấy phông chữ ";
      user.append(font.name).append(" để xuất PDF; cần cài gói ").append(font.package).append(".");
      return Status::NotFound(std::move(log), std::move(user));
    }
  }
  return found;
}

Result<PangoFontMap*> ThreadFontMap() {
  thread_local ThreadFontMapHolder holder;
  if (holder.map != nullptr) return holder.map;

  MOTCUA_ASSIGN_OR_RETURN(std::vector<std::string> files, LocateFontFiles());
  FcConfig* config = FcConfigCreate();
  if (config == nullptr) return Status::Internal("FcConfigCreate failed", "Không khởi tạo được phông chữ.");
  for (const std::string& file : files) {
    if (!FcConfigAppFontAddFile(config, reinterpret_cast<const FcChar8*>(file.c_str()))) {
      FcConfigDestroy(config);
      return Status::Internal("fontconfig could not load " + file, "Không nạp được phông chữ " + file + ".");
    }
  }
  PangoFontMap* map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
  if (map == nullptr) {
    FcConfigDestroy(config);
    return Status::Internal("pango has no FreeType font map", "Không khởi tạo được phông chữ.");
  }
  // The font map takes its own reference on the configuration.
  pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
  FcConfigDestroy(config);
  holder.map = map;
  return holder.map;
}

}  // namespace motcua::render
