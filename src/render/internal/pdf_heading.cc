#include <algorithm>

#include "render/internal/pdf_blocks.h"

namespace motcua::render::internal {
namespace {

constexpr double kRuleWidthPt = 0.6;
constexpr double kRuleGapPt = 2.5;  // from the text's line box to the rule (clear of descenders)
constexpr double kAfterRulePt = 5;  // from the rule to the next line
constexpr double kAfterHeadingPt = 6;

struct Piece {
  TextBlock text;
  double x = 0;
  double y = 0;
};

struct Rule {
  double x = 0;
  double y = 0;
  double length = 0;
};

struct HeadingLayout {
  std::vector<Piece> pieces;
  std::vector<Rule> rules;
  double height = 0;
};

// One unwrapped line, shrunk (in half-point steps) until it fits `width`.
TextBlock FitLine(const TextShaper& shaper, const Span& span, double size_pt, double width) {
  return shaper.Shape({span}, TextStyle{.size_pt = FitSize(shaper, span, size_pt, width)});
}

// Stacks lines centred in a column starting at `y`; returns the y below the last one.
double StackCentered(HeadingLayout& out, std::vector<TextBlock> lines, double column_x, double column_width,
                     double y, double* widest) {
  for (TextBlock& line : lines) {
    double height = line.Height();
    *widest = std::max(*widest, line.width);
    out.pieces.push_back(Piece{.text = std::move(line), .x = 0, .y = y});
    Piece& piece = out.pieces.back();
    piece.x = column_x + (column_width - piece.text.width) / 2;
    y += height;
  }
  return y;
}

HeadingLayout LayOut(PdfFlow& flow, const NationalHeading& heading) {
  const TextShaper& shaper = flow.shaper();
  const double gutter = MmToPt(2);
  const double left_width = flow.width() * heading.left_fraction - gutter / 2;
  const double right_x = flow.left() + flow.width() * heading.left_fraction + gutter / 2;
  const double right_width = flow.width() - (right_x - flow.left());
  const double top = 0;
  HeadingLayout out;

  // Left column: parent body (regular), the body itself (bold) with its short rule.
  std::vector<TextBlock> parent;
  for (const std::string& line : heading.parent_agency_lines) {
    parent.push_back(FitLine(shaper, Span{.text = line}, heading.size_pt, left_width));
  }
  std::vector<TextBlock> agency;
  for (const std::string& line : heading.agency_lines) {
    agency.push_back(FitLine(shaper, Span{.text = line, .bold = true}, heading.size_pt, left_width));
  }
  double ignored = 0;
  double left_y = StackCentered(out, std::move(parent), flow.left(), left_width, top, &ignored);
  double agency_width = 0;
  left_y = StackCentered(out, std::move(agency), flow.left(), left_width, left_y, &agency_width);
  if (agency_width > 0) {
    double length = agency_width * kAgencyRuleShare;
    out.rules.push_back(Rule{flow.left() + (left_width - length) / 2, left_y + kRuleGapPt, length});
    left_y += kRuleGapPt + kAfterRulePt;
  }

  // Right column: the national name and the motto with a rule as long as the motto.
  std::vector<TextBlock> national;
  national.push_back(
      FitLine(shaper, Span{.text = kNationalName, .bold = true}, heading.size_pt, right_width));
  national.push_back(FitLine(shaper, Span{.text = kMotto, .bold = true}, heading.size_pt + 1, right_width));
  double motto_width = national.back().width;
  double right_y = StackCentered(out, std::move(national), right_x, right_width, top, &ignored);
  out.rules.push_back(Rule{right_x + (right_width - motto_width) / 2, right_y + kRuleGapPt, motto_width});
  right_y += kRuleGapPt + kAfterRulePt;

  // The number under the body and the place and date under the motto, on one line.
  double row_y = std::max(left_y, right_y);
  double bottom = row_y;
  if (!heading.number.empty()) {
    std::vector<TextBlock> number;
    number.push_back(FitLine(shaper, Span{.text = heading.number}, heading.size_pt, left_width));
    bottom =
        std::max(bottom, StackCentered(out, std::move(number), flow.left(), left_width, row_y, &ignored));
  }
  if (!heading.place_and_date.empty()) {
    std::vector<TextBlock> date;
    date.push_back(
        FitLine(shaper, Span{.text = heading.place_and_date, .italic = true}, heading.size_pt, right_width));
    bottom = std::max(bottom, StackCentered(out, std::move(date), right_x, right_width, row_y, &ignored));
  }
  out.height = bottom + kAfterHeadingPt;
  return out;
}

}  // namespace

double HeadingHeight(PdfFlow& flow, const NationalHeading& heading) { return LayOut(flow, heading).height; }

Status DrawHeading(PdfFlow& flow, const NationalHeading& heading) {
  HeadingLayout layout = LayOut(flow, heading);
  flow.EnsureRoom(layout.height);
  cairo_t* cr = flow.cr();
  const double y0 = flow.y();
  for (const Piece& piece : layout.pieces) {
    DrawLines(cr, piece.text, piece.x, y0 + piece.y, 0, piece.text.lines.size());
  }
  cairo_set_line_width(cr, kRuleWidthPt);
  for (const Rule& rule : layout.rules) {
    cairo_move_to(cr, rule.x, y0 + rule.y);
    cairo_line_to(cr, rule.x + rule.length, y0 + rule.y);
    cairo_stroke(cr);
  }
  flow.Advance(std::min(layout.height, std::max(0.0, flow.Remaining())));
  return Status::Ok();
}

}  // namespace motcua::render::internal
