#include "render/internal/pango_text.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "render/font_config.h"

namespace motcua::render::internal {
namespace {

constexpr double kPangoScale = PANGO_SCALE;

int ToPango(double points) { return static_cast<int>(points * kPangoScale + 0.5); }
double FromPango(int units) { return units / kPangoScale; }

void AddAttribute(PangoAttrList* list, PangoAttribute* attribute, size_t start, size_t end) {
  attribute->start_index = static_cast<guint>(start);
  attribute->end_index = static_cast<guint>(end);
  pango_attr_list_insert(list, attribute);  // takes ownership
}

std::unique_ptr<PangoLayout, GObjectUnref> NewLayout(PangoContext* context, const std::vector<Span>& spans,
                                                     double size_pt) {
  std::unique_ptr<PangoLayout, GObjectUnref> layout(pango_layout_new(context));
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(font, kSerifFamily);
  pango_font_description_set_size(font, ToPango(size_pt));
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);

  std::string text;
  PangoAttrList* attributes = pango_attr_list_new();
  for (const Span& span : spans) {
    size_t start = text.size();
    text += span.text;
    size_t end = text.size();
    if (start == end) continue;
    if (span.bold) AddAttribute(attributes, pango_attr_weight_new(PANGO_WEIGHT_BOLD), start, end);
    if (span.italic) AddAttribute(attributes, pango_attr_style_new(PANGO_STYLE_ITALIC), start, end);
    if (span.underline)
      AddAttribute(attributes, pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), start, end);
    if (span.size_pt > 0) AddAttribute(attributes, pango_attr_size_new(ToPango(span.size_pt)), start, end);
  }
  pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
  pango_layout_set_attributes(layout.get(), attributes);
  pango_attr_list_unref(attributes);
  return layout;
}

}  // namespace

void GObjectUnref::operator()(void* object) const {
  if (object != nullptr) g_object_unref(object);
}

double TextBlock::RangeHeight(size_t first, size_t last) const {
  if (first >= last || last > lines.size()) return 0;
  return lines[last - 1].bottom - lines[first].top;
}

Result<std::unique_ptr<TextShaper>> TextShaper::Create(cairo_t* cr) {
  MOTCUA_ASSIGN_OR_RETURN(PangoFontMap * map, ThreadFontMap());
  PangoContext* context = pango_font_map_create_context(map);
  // Points are the PDF's user units: lay out at 72 dpi so a 13 pt font is 13 units tall.
  pango_cairo_context_set_resolution(context, 72.0);
  // Unhinted metrics: glyph advances must not depend on a screen grid, or line breaks would.
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(context, options);
  cairo_font_options_destroy(options);
  pango_cairo_update_context(cr, context);
  return std::unique_ptr<TextShaper>(new TextShaper(context));
}

TextShaper::~TextShaper() { g_object_unref(context_); }

TextBlock TextShaper::Shape(const std::vector<Span>& spans, const TextStyle& style) const {
  TextBlock block;
  block.layout = NewLayout(context_, spans, style.size_pt);
  PangoLayout* layout = block.layout.get();
  if (style.width_pt > 0) {
    pango_layout_set_width(layout, ToPango(style.width_pt));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  } else {
    pango_layout_set_width(layout, -1);
  }
  switch (style.align) {
    case Align::kLeft:
      pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT);
      break;
    case Align::kCenter:
      pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
      break;
    case Align::kRight:
      pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT);
      break;
    case Align::kJustify:
      pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT);
      pango_layout_set_justify(layout, style.width_pt > 0);
      break;
  }
  if (style.first_line_indent_pt != 0) pango_layout_set_indent(layout, ToPango(style.first_line_indent_pt));
  if (style.line_spacing > 0 && style.line_spacing != 1.0) {
    pango_layout_set_line_spacing(layout, static_cast<float>(style.line_spacing));
  }

  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  do {
    PangoRectangle placed;
    pango_layout_iter_get_line_extents(iter, nullptr, &placed);
    PangoRectangle own;
    pango_layout_line_get_extents(pango_layout_iter_get_line_readonly(iter), nullptr, &own);
    int top = 0;
    int bottom = 0;
    pango_layout_iter_get_line_yrange(iter, &top, &bottom);
    block.lines.push_back(LineBox{.top = FromPango(top),
                                  .bottom = FromPango(bottom),
                                  .baseline = FromPango(pango_layout_iter_get_baseline(iter)),
                                  .x = FromPango(placed.x - own.x)});
    block.width = std::max(block.width, FromPango(placed.width));
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  return block;
}

double TextShaper::NaturalWidth(const std::vector<Span>& spans, double size_pt) const {
  return Shape(spans, TextStyle{.size_pt = size_pt}).width;
}

double FitSize(const TextShaper& shaper, const Span& span, double size_pt, double width_pt) {
  constexpr double kMinSizePt = 7;
  double width = shaper.NaturalWidth({span}, size_pt);
  if (width <= width_pt || width <= 0) return size_pt;
  double size = std::max(kMinSizePt, std::floor(size_pt * width_pt / width * 2) / 2);
  // Kerning does not scale exactly with size: step down until it really fits.
  while (size > kMinSizePt && shaper.NaturalWidth({span}, size) > width_pt) size -= 0.5;
  return size;
}

void DrawLines(cairo_t* cr, const TextBlock& block, double x, double y, size_t first, size_t last) {
  last = std::min(last, block.lines.size());
  if (first >= last) return;
  const double origin = block.lines[first].top;
  for (size_t i = first; i < last; ++i) {
    const LineBox& box = block.lines[i];
    PangoLayoutLine* line = pango_layout_get_line_readonly(block.layout.get(), static_cast<int>(i));
    cairo_move_to(cr, x + box.x, y + box.baseline - origin);
    pango_cairo_show_layout_line(cr, line);
  }
}

}  // namespace motcua::render::internal
