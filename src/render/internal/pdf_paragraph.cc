#include <algorithm>

#include "render/internal/pdf_blocks.h"

namespace motcua::render::internal {
namespace {

TextBlock ShapeParagraph(PdfFlow& flow, const Paragraph& paragraph) {
  double indent = MmToPt(paragraph.left_indent_mm);
  return flow.shaper().Shape(paragraph.spans,
                             TextStyle{.size_pt = paragraph.size_pt,
                                       .align = paragraph.align,
                                       .width_pt = std::max(1.0, flow.width() - indent),
                                       .first_line_indent_pt = MmToPt(paragraph.first_line_indent_mm),
                                       .line_spacing = paragraph.line_spacing});
}

}  // namespace

double ParagraphHeight(PdfFlow& flow, const Paragraph& paragraph) {
  return paragraph.space_before_pt + ShapeParagraph(flow, paragraph).Height();
}

double ParagraphLeadHeight(PdfFlow& flow, const Paragraph& paragraph) {
  TextBlock text = ShapeParagraph(flow, paragraph);
  return paragraph.space_before_pt + text.RangeHeight(0, std::min<size_t>(2, text.lines.size()));
}

Status DrawParagraph(PdfFlow& flow, const Paragraph& paragraph) {
  TextBlock text = ShapeParagraph(flow, paragraph);
  // Space before a paragraph is dropped at the top of a page, as word processors do.
  if (!flow.AtPageTop()) {
    if (paragraph.space_before_pt + text.lines.front().bottom > flow.Remaining()) {
      flow.NewPage();
    } else {
      flow.Advance(paragraph.space_before_pt);
    }
  }
  const double x = flow.left() + MmToPt(paragraph.left_indent_mm);
  size_t first = 0;
  while (first < text.lines.size()) {
    // Take as many lines as fit on this page (at least one on a fresh page).
    size_t last = first;
    while (last < text.lines.size() && text.RangeHeight(first, last + 1) <= flow.Remaining()) ++last;
    if (last == first) {
      if (flow.AtPageTop()) {
        last = first + 1;  // a line taller than a page: draw it anyway rather than loop
      } else {
        flow.NewPage();
        continue;
      }
    }
    DrawLines(flow.cr(), text, x, flow.y(), first, last);
    flow.Advance(text.RangeHeight(first, last));
    first = last;
    if (first < text.lines.size()) flow.NewPage();
  }
  flow.Advance(std::min(paragraph.space_after_pt, std::max(0.0, flow.Remaining())));
  return Status::Ok();
}

}  // namespace motcua::render::internal
