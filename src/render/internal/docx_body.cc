#include "render/internal/docx_body.h"

#include <algorithm>
#include <numeric>
#include <string>

#include "render/internal/docx_parts.h"

namespace motcua::render::internal {
namespace {

std::string Str(int value) { return std::to_string(value); }

void SetVal(pugi::xml_node node, const std::string& value) { node.append_attribute("w:val") = value.c_str(); }

const char* Justification(Align align) {
  switch (align) {
    case Align::kCenter:
      return "center";
    case Align::kRight:
      return "right";
    case Align::kJustify:
      return "both";
    case Align::kLeft:
      break;
  }
  return "left";
}

void AppendRun(pugi::xml_node paragraph, const Span& span, double size_pt) {
  pugi::xml_node run = paragraph.append_child("w:r");
  pugi::xml_node properties = run.append_child("w:rPr");
  if (span.bold) {
    properties.append_child("w:b");
    properties.append_child("w:bCs");
  }
  if (span.italic) {
    properties.append_child("w:i");
    properties.append_child("w:iCs");
  }
  // Schema order inside w:rPr: b, i, ..., sz, szCs, ..., u.
  double size = span.size_pt > 0 ? span.size_pt : size_pt;
  SetVal(properties.append_child("w:sz"), Str(static_cast<int>(size * 2 + 0.5)));
  SetVal(properties.append_child("w:szCs"), Str(static_cast<int>(size * 2 + 0.5)));
  if (span.underline) SetVal(properties.append_child("w:u"), "single");
  // A '\n' in the text is a line break inside the paragraph.
  size_t start = 0;
  while (true) {
    size_t end = span.text.find('\n', start);
    std::string piece = span.text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!piece.empty()) {
      pugi::xml_node text = run.append_child("w:t");
      text.append_attribute("xml:space") = "preserve";
      text.text() = piece.c_str();
    }
    if (end == std::string::npos) break;
    run.append_child("w:br");
    start = end + 1;
  }
}

struct ParagraphFormat {
  Align align = Align::kLeft;
  double space_before_pt = 0;
  double space_after_pt = 0;
  double line_spacing = 1.0;
  double left_indent_pt = 0;
  double right_indent_pt = 0;
  double first_line_indent_pt = 0;
  bool keep_with_next = false;
  bool bottom_border = false;
  double exact_line_pt = 0;  // > 0: exact line height (an empty paragraph that only carries a rule)
};

pugi::xml_node AppendFormattedParagraph(pugi::xml_node parent, const ParagraphFormat& format) {
  pugi::xml_node paragraph = parent.append_child("w:p");
  pugi::xml_node properties = paragraph.append_child("w:pPr");
  if (format.keep_with_next) properties.append_child("w:keepNext");
  if (format.bottom_border) {
    pugi::xml_node bottom = properties.append_child("w:pBdr").append_child("w:bottom");
    bottom.append_attribute("w:val") = "single";
    bottom.append_attribute("w:sz") = "6";  // eighths of a point
    bottom.append_attribute("w:space") = "1";
    bottom.append_attribute("w:color") = "000000";
  }
  pugi::xml_node spacing = properties.append_child("w:spacing");
  spacing.append_attribute("w:before") = Str(Twips(format.space_before_pt)).c_str();
  spacing.append_attribute("w:after") = Str(Twips(format.space_after_pt)).c_str();
  if (format.exact_line_pt > 0) {
    spacing.append_attribute("w:line") = Str(Twips(format.exact_line_pt)).c_str();
    spacing.append_attribute("w:lineRule") = "exact";
  } else {
    spacing.append_attribute("w:line") = Str(static_cast<int>(240 * format.line_spacing + 0.5)).c_str();
    spacing.append_attribute("w:lineRule") = "auto";
  }
  if (format.left_indent_pt != 0 || format.right_indent_pt != 0 || format.first_line_indent_pt != 0) {
    pugi::xml_node indent = properties.append_child("w:ind");
    indent.append_attribute("w:left") = Str(Twips(format.left_indent_pt)).c_str();
    indent.append_attribute("w:right") = Str(Twips(format.right_indent_pt)).c_str();
    if (format.first_line_indent_pt >= 0) {
      indent.append_attribute("w:firstLine") = Str(Twips(format.first_line_indent_pt)).c_str();
    } else {
      indent.append_attribute("w:hanging") = Str(Twips(-format.first_line_indent_pt)).c_str();
    }
  }
  SetVal(properties.append_child("w:jc"), Justification(format.align));
  if (format.exact_line_pt > 0) {
    // The paragraph mark's own size, or an empty paragraph keeps the default line height.
    pugi::xml_node mark = properties.append_child("w:rPr");
    SetVal(mark.append_child("w:sz"), Str(std::max(2, static_cast<int>(format.exact_line_pt * 2))));
  }
  return paragraph;
}

// One slot of a table row on the column grid: a cell, or the continuation of a cell spanning from above.
struct Slot {
  const TableCell* cell = nullptr;  // null for a continuation
  int column = 0;
  int col_span = 1;
  bool merge_start = false;
};

struct ActiveSpan {
  int rows_left = 0;
  int col_span = 1;
};

Status AppendRows(pugi::xml_node table_node, const Table& table, const std::vector<TableRow>& rows,
                  const std::vector<int>& widths, bool header) {
  const int columns = static_cast<int>(widths.size());
  std::vector<ActiveSpan> active(columns);
  for (size_t r = 0; r < rows.size(); ++r) {
    std::vector<Slot> slots;
    size_t next_cell = 0;
    int c = 0;
    while (c < columns) {
      if (active[c].rows_left > 0) {
        slots.push_back(Slot{nullptr, c, active[c].col_span, false});
        --active[c].rows_left;
        c += active[c].col_span;
        continue;
      }
      if (next_cell >= rows[r].cells.size()) break;
      const TableCell& cell = rows[r].cells[next_cell++];
      if (cell.qr) {
        return Status::InvalidArgument("QR codes are not supported in DOCX", "Tệp DOCX không hỗ trợ mã QR.");
      }
      if (cell.col_span < 1 || cell.row_span < 1 || c + cell.col_span > columns ||
          r + cell.row_span > rows.size()) {
        return Status::InvalidArgument("table row " + std::to_string(r + 1) + " does not fit the grid",
                                       "Bảng có hàng không khớp với số cột.");
      }
      slots.push_back(Slot{&cell, c, cell.col_span, cell.row_span > 1});
      if (cell.row_span > 1) active[c] = ActiveSpan{cell.row_span - 1, cell.col_span};
      c += cell.col_span;
    }
    if (next_cell < rows[r].cells.size()) {
      return Status::InvalidArgument("table row " + std::to_string(r + 1) + " has more cells than columns",
                                     "Bảng có hàng không khớp với số cột.");
    }
    pugi::xml_node row = table_node.append_child("w:tr");
    if (header) row.append_child("w:trPr").append_child("w:tblHeader");
    for (const Slot& slot : slots) {
      pugi::xml_node cell = row.append_child("w:tc");
      pugi::xml_node properties = cell.append_child("w:tcPr");
      int width =
          std::accumulate(widths.begin() + slot.column, widths.begin() + slot.column + slot.col_span, 0);
      pugi::xml_node w = properties.append_child("w:tcW");
      w.append_attribute("w:w") = Str(width).c_str();
      w.append_attribute("w:type") = "dxa";
      if (slot.col_span > 1) SetVal(properties.append_child("w:gridSpan"), Str(slot.col_span));
      if (slot.cell == nullptr) {
        properties.append_child("w:vMerge");
        cell.append_child("w:p");
        continue;
      }
      if (slot.merge_start) SetVal(properties.append_child("w:vMerge"), "restart");
      if (slot.cell->valign == VAlign::kMiddle) SetVal(properties.append_child("w:vAlign"), "center");
      pugi::xml_node paragraph = AppendFormattedParagraph(cell, ParagraphFormat{.align = slot.cell->align});
      for (const Span& span : slot.cell->spans) AppendRun(paragraph, span, table.size_pt);
    }
  }
  return Status::Ok();
}

void AppendTableProperties(pugi::xml_node table_node, int total_width, bool borders, double padding_pt) {
  pugi::xml_node properties = table_node.append_child("w:tblPr");
  pugi::xml_node width = properties.append_child("w:tblW");
  width.append_attribute("w:w") = Str(total_width).c_str();
  width.append_attribute("w:type") = "dxa";
  pugi::xml_node edges = properties.append_child("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    pugi::xml_node edge = edges.append_child(side);
    edge.append_attribute("w:val") = borders ? "single" : "nil";
    if (borders) {
      edge.append_attribute("w:sz") = "4";
      edge.append_attribute("w:space") = "0";
      edge.append_attribute("w:color") = "000000";
    }
  }
  properties.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
  pugi::xml_node margins = properties.append_child("w:tblCellMar");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
    pugi::xml_node margin = margins.append_child(side);
    bool vertical = side[2] == 't' || side[2] == 'b';
    margin.append_attribute("w:w") = Str(Twips(vertical ? padding_pt / 2 : padding_pt)).c_str();
    margin.append_attribute("w:type") = "dxa";
  }
}

std::vector<int> ColumnWidths(const std::vector<double>& weights, double width_pt) {
  double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<int> widths;
  for (double weight : weights) widths.push_back(Twips(width_pt * weight / total));
  return widths;
}

void AppendGrid(pugi::xml_node table_node, const std::vector<int>& widths) {
  pugi::xml_node grid = table_node.append_child("w:tblGrid");
  for (int width : widths) grid.append_child("w:gridCol").append_attribute("w:w") = Str(width).c_str();
}

// A heading line that must not wrap: shrunk like the PDF's, centred, optionally ruled beneath.
void AppendHeadingLine(pugi::xml_node cell, const Span& span, double size_pt, double cell_width_pt,
                       const TextShaper& shaper, double rule_share) {
  double size = FitSize(shaper, span, size_pt, cell_width_pt - 2);
  ParagraphFormat format{.align = Align::kCenter};
  if (rule_share > 0) {
    // A bottom border as long as the text (or the given share of it): indent the paragraph down to that
    // width.
    double rule = shaper.NaturalWidth({span}, size) * rule_share;
    double indent = std::max(0.0, (cell_width_pt - std::max(rule, 1.0)) / 2 - 1);
    if (rule_share >= 1) {
      format.left_indent_pt = format.right_indent_pt = indent;
      format.bottom_border = true;
      AppendRun(AppendFormattedParagraph(cell, format), span, size);
      return;
    }
    AppendRun(AppendFormattedParagraph(cell, format), span, size);
    // A short rule under the body's name: an empty 1 pt paragraph carrying the border.
    ParagraphFormat rule_format{.align = Align::kCenter,
                                .left_indent_pt = indent,
                                .right_indent_pt = indent,
                                .bottom_border = true,
                                .exact_line_pt = 2};
    AppendFormattedParagraph(cell, rule_format);
    return;
  }
  AppendRun(AppendFormattedParagraph(cell, format), span, size);
}

pugi::xml_node AppendCell(pugi::xml_node row, int width) {
  pugi::xml_node cell = row.append_child("w:tc");
  pugi::xml_node w = cell.append_child("w:tcPr").append_child("w:tcW");
  w.append_attribute("w:w") = Str(width).c_str();
  w.append_attribute("w:type") = "dxa";
  return cell;
}

}  // namespace

void AppendDocxParagraph(pugi::xml_node body, const Paragraph& paragraph) {
  pugi::xml_node node = AppendFormattedParagraph(
      body, ParagraphFormat{.align = paragraph.align,
                            .space_before_pt = paragraph.space_before_pt,
                            .space_after_pt = paragraph.space_after_pt,
                            .line_spacing = paragraph.line_spacing,
                            .left_indent_pt = MmToPt(paragraph.left_indent_mm),
                            .first_line_indent_pt = MmToPt(paragraph.first_line_indent_mm),
                            .keep_with_next = paragraph.keep_with_next});
  for (const Span& span : paragraph.spans) AppendRun(node, span, paragraph.size_pt);
}

Status AppendDocxTable(pugi::xml_node body, const Table& table, double body_width_pt) {
  if (table.column_weights.empty())
    return Status::InvalidArgument("table without columns", "Bảng không có cột nào.");
  for (double weight : table.column_weights) {
    if (!(weight > 0))
      return Status::InvalidArgument("table column weight must be positive", "Độ rộng cột không hợp lệ.");
  }
  std::vector<int> widths = ColumnWidths(table.column_weights, body_width_pt);
  pugi::xml_node node = body.append_child("w:tbl");
  AppendTableProperties(node, std::accumulate(widths.begin(), widths.end(), 0), table.borders,
                        MmToPt(table.padding_mm));
  AppendGrid(node, widths);
  MOTCUA_RETURN_IF_ERROR(AppendRows(node, table, table.header_rows, widths, true));
  MOTCUA_RETURN_IF_ERROR(AppendRows(node, table, table.rows, widths, false));
  // Word needs a paragraph between a table and what follows; it also carries the space after.
  AppendFormattedParagraph(body, ParagraphFormat{.space_after_pt = table.space_after_pt});
  return Status::Ok();
}

void AppendDocxHeading(pugi::xml_node body, const NationalHeading& heading, double body_width_pt,
                       const TextShaper& shaper) {
  const double left_pt = body_width_pt * heading.left_fraction;
  const double right_pt = body_width_pt - left_pt;
  std::vector<int> widths = {Twips(left_pt), Twips(right_pt)};
  pugi::xml_node table = body.append_child("w:tbl");
  AppendTableProperties(table, widths[0] + widths[1], false, 0);
  AppendGrid(table, widths);

  pugi::xml_node top = table.append_child("w:tr");
  pugi::xml_node left = AppendCell(top, widths[0]);
  for (const std::string& line : heading.parent_agency_lines) {
    AppendHeadingLine(left, Span{.text = line}, heading.size_pt, left_pt, shaper, 0);
  }
  // The body's name in bold; the short rule goes under its widest line, after the last one.
  double widest = 0;
  for (const std::string& line : heading.agency_lines) {
    Span span{.text = line, .bold = true};
    widest =
        std::max(widest, shaper.NaturalWidth({span}, FitSize(shaper, span, heading.size_pt, left_pt - 2)));
  }
  for (size_t i = 0; i < heading.agency_lines.size(); ++i) {
    Span span{.text = heading.agency_lines[i], .bold = true};
    bool last = i + 1 == heading.agency_lines.size();
    double width = shaper.NaturalWidth({span}, FitSize(shaper, span, heading.size_pt, left_pt - 2));
    double share = last && width > 0 ? kAgencyRuleShare * widest / width : 0;
    AppendHeadingLine(left, span, heading.size_pt, left_pt, shaper, share);
  }
  if (heading.parent_agency_lines.empty() && heading.agency_lines.empty()) left.append_child("w:p");

  pugi::xml_node right = AppendCell(top, widths[1]);
  AppendHeadingLine(right, Span{.text = kNationalName, .bold = true}, heading.size_pt, right_pt, shaper, 0);
  AppendHeadingLine(right, Span{.text = kMotto, .bold = true}, heading.size_pt + 1, right_pt, shaper, 1);

  pugi::xml_node bottom = table.append_child("w:tr");
  pugi::xml_node number = AppendCell(bottom, widths[0]);
  ParagraphFormat spaced{.align = Align::kCenter, .space_before_pt = 6};
  AppendRun(AppendFormattedParagraph(number, spaced), Span{.text = heading.number}, heading.size_pt);
  pugi::xml_node date = AppendCell(bottom, widths[1]);
  Span date_span{.text = heading.place_and_date, .italic = true};
  AppendRun(AppendFormattedParagraph(date, spaced), date_span,
            FitSize(shaper, date_span, heading.size_pt, right_pt - 2));
  AppendFormattedParagraph(body, ParagraphFormat{.space_after_pt = 10});
}

void AppendDocxSpacer(pugi::xml_node body, const Spacer& spacer) {
  pugi::xml_node paragraph = body.append_child("w:p");
  pugi::xml_node spacing = paragraph.append_child("w:pPr").append_child("w:spacing");
  spacing.append_attribute("w:before") = "0";
  spacing.append_attribute("w:after") = "0";
  spacing.append_attribute("w:line") = Str(std::max(20, Twips(MmToPt(spacer.height_mm)))).c_str();
  spacing.append_attribute("w:lineRule") = "exact";
}

void AppendDocxPageBreak(pugi::xml_node body) {
  body.append_child("w:p").append_child("w:r").append_child("w:br").append_attribute("w:type") = "page";
}

void AppendDocxSection(pugi::xml_node body, const PageSetup& page) {
  pugi::xml_node section = body.append_child("w:sectPr");
  if (page.page_numbers == PageNumbers::kTopCenterFromSecondPage) {
    pugi::xml_node header = section.append_child("w:headerReference");
    header.append_attribute("w:type") = "default";
    header.append_attribute("r:id") = kDocxHeaderRelId;
  }
  pugi::xml_node size = section.append_child("w:pgSz");
  size.append_attribute("w:w") = Str(Twips(MmToPt(page.WidthMm()))).c_str();
  size.append_attribute("w:h") = Str(Twips(MmToPt(page.HeightMm()))).c_str();
  if (page.orientation == Orientation::kLandscape) size.append_attribute("w:orient") = "landscape";
  pugi::xml_node margins = section.append_child("w:pgMar");
  margins.append_attribute("w:top") = Str(Twips(MmToPt(page.margins.top_mm))).c_str();
  margins.append_attribute("w:right") = Str(Twips(MmToPt(page.margins.right_mm))).c_str();
  margins.append_attribute("w:bottom") = Str(Twips(MmToPt(page.margins.bottom_mm))).c_str();
  margins.append_attribute("w:left") = Str(Twips(MmToPt(page.margins.left_mm))).c_str();
  // The page number sits in the middle of the top margin.
  margins.append_attribute("w:header") = Str(Twips(MmToPt(page.margins.top_mm / 2 - 2))).c_str();
  margins.append_attribute("w:footer") = Str(Twips(MmToPt(page.margins.bottom_mm / 2))).c_str();
  margins.append_attribute("w:gutter") = "0";
  // The first page carries no number.
  if (page.page_numbers == PageNumbers::kTopCenterFromSecondPage) section.append_child("w:titlePg");
}

}  // namespace motcua::render::internal
