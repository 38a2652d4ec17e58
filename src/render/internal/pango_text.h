// Internal to render/: shaping styled text with Pango into laid-out lines, and drawing a range of those
// lines with cairo, so paragraphs and table cells can break between lines across pages.
// One TextShaper per document and thread (Pango objects are not thread-safe).
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <vector>

#include "base/result.h"
#include "render/document.h"

namespace motcua::render::internal {

struct GObjectUnref {
  void operator()(void* object) const;
};

// One laid-out line, in points relative to the layout's origin.
struct LineBox {
  double top = 0;
  double bottom = 0;
  double baseline = 0;
  double x = 0;  // where the line's origin goes (alignment and indent)
};

struct TextBlock {
  std::unique_ptr<PangoLayout, GObjectUnref> layout;
  std::vector<LineBox> lines;
  double width = 0;  // the widest line's logical width

  double Height() const { return lines.empty() ? 0 : lines.back().bottom; }
  // Height of lines [first, last).
  double RangeHeight(size_t first, size_t last) const;
};

struct TextStyle {
  double size_pt = 13;
  Align align = Align::kLeft;
  double width_pt = 0;  // wrap width; 0 = no wrapping
  double first_line_indent_pt = 0;
  double line_spacing = 1.0;
};

class TextShaper {
 public:
  // A shaper drawing into `cr` (a PDF surface) with the private fonts of font_config.h.
  static Result<std::unique_ptr<TextShaper>> Create(cairo_t* cr);
  ~TextShaper();
  TextShaper(const TextShaper&) = delete;
  TextShaper& operator=(const TextShaper&) = delete;

  TextBlock Shape(const std::vector<Span>& spans, const TextStyle& style) const;
  // The natural width of `spans` on one line.
  double NaturalWidth(const std::vector<Span>& spans, double size_pt) const;

 private:
  explicit TextShaper(PangoContext* context) : context_(context) {}
  PangoContext* context_;
};

// The largest size (half-point steps, at most `size_pt`, at least 7 pt) at which `span` fits `width_pt` on
// one line: headings shrink rather than wrap.
double FitSize(const TextShaper& shaper, const Span& span, double size_pt, double width_pt);

// Draws lines [first, last) of `block` with the top of line `first` at (x, y).
void DrawLines(cairo_t* cr, const TextBlock& block, double x, double y, size_t first, size_t last);

}  // namespace motcua::render::internal
