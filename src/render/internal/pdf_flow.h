// Internal to render/: the cursor of a PDF being laid out top to bottom: the current page, the vertical
// position on it, and the text area, with page breaks that draw the page number (NĐ 30/2020: centred in the
// top margin from the second page on). Single-threaded, one per RenderPdf call.
#pragma once

#include <cairo.h>

#include "render/internal/pango_text.h"
#include "render/page_setup.h"

namespace motcua::render::internal {

class PdfFlow {
 public:
  PdfFlow(cairo_t* cr, const TextShaper& shaper, const PageSetup& page);

  cairo_t* cr() const { return cr_; }
  const TextShaper& shaper() const { return shaper_; }
  const PageSetup& page() const { return page_; }

  double left() const { return left_; }    // x of the text area, points
  double width() const { return width_; }  // width of the text area, points
  double y() const { return y_; }
  double Remaining() const { return bottom_ - y_; }
  double BodyHeight() const { return bottom_ - top_; }
  bool AtPageTop() const { return y_ <= top_ + 0.01; }
  int page_number() const { return page_number_; }

  void Advance(double dy) { y_ += dy; }
  // Ends the page and starts the next one.
  void NewPage();
  // Starts a new page unless `height` fits below the cursor (or the cursor is already at a page top).
  void EnsureRoom(double height);

 private:
  void DrawPageNumber();

  cairo_t* cr_;
  const TextShaper& shaper_;
  PageSetup page_;
  double left_;
  double width_;
  double top_;
  double bottom_;
  double y_;
  int page_number_ = 1;
};

}  // namespace motcua::render::internal
