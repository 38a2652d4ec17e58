#include "render/internal/pdf_flow.h"

#include <string>

namespace motcua::render::internal {

PdfFlow::PdfFlow(cairo_t* cr, const TextShaper& shaper, const PageSetup& page)
    : cr_(cr),
      shaper_(shaper),
      page_(page),
      left_(MmToPt(page.margins.left_mm)),
      width_(MmToPt(page.BodyWidthMm())),
      top_(MmToPt(page.margins.top_mm)),
      bottom_(MmToPt(page.HeightMm() - page.margins.bottom_mm)),
      y_(top_) {}

void PdfFlow::NewPage() {
  cairo_show_page(cr_);
  ++page_number_;
  y_ = top_;
  DrawPageNumber();
}

void PdfFlow::EnsureRoom(double height) {
  if (height > Remaining() && !AtPageTop()) NewPage();
}

void PdfFlow::DrawPageNumber() {
  if (page_.page_numbers != PageNumbers::kTopCenterFromSecondPage || page_number_ < 2) return;
  std::vector<Span> spans = {Span{.text = std::to_string(page_number_)}};
  TextBlock number = shaper_.Shape(spans, TextStyle{.size_pt = page_.page_number_size_pt});
  // Centred horizontally on the text area, vertically in the middle of the top margin.
  double x = left_ + (width_ - number.width) / 2;
  double y = (top_ - number.Height()) / 2;
  DrawLines(cr_, number, x, y, 0, number.lines.size());
}

}  // namespace motcua::render::internal
