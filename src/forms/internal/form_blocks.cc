#include "forms/internal/form_blocks.h"

#include "forms/form_format.h"

namespace motcua::forms {

std::string FormNumber(const Issuer& issuer, const std::string& number) {
  std::string out = "Số: " + (number.empty() ? std::string("…………") : number);
  if (!issuer.number_symbol.empty()) out += "/" + issuer.number_symbol;
  return out;
}

namespace internal {

std::string OrBlank(const std::string& value) { return value.empty() ? Blank() : value; }

render::NationalHeading Heading(const Issuer& issuer, const std::string& number, CivilDate date,
                                double size_pt) {
  return render::NationalHeading{.parent_agency_lines = issuer.parent_lines,
                                 .agency_lines = issuer.unit_lines,
                                 .number = FormNumber(issuer, number),
                                 .place_and_date = FormatPlaceAndDate(issuer.place, date),
                                 .size_pt = size_pt};
}

Paragraph Title(const std::string& text, double size_pt, double space_before_pt) {
  return Paragraph{.spans = {Span{.text = text, .bold = true}},
                   .align = Align::kCenter,
                   .size_pt = size_pt,
                   .space_before_pt = space_before_pt,
                   .space_after_pt = 2,
                   .keep_with_next = true};
}

Paragraph Centered(std::vector<Span> spans, double size_pt) {
  return Paragraph{
      .spans = std::move(spans), .align = Align::kCenter, .size_pt = size_pt, .space_after_pt = 2};
}

Paragraph Text(std::vector<Span> spans, double size_pt, Align align) {
  return Paragraph{.spans = std::move(spans), .align = align, .size_pt = size_pt, .space_after_pt = 1};
}

Paragraph Field(const std::string& label, const std::string& value, double size_pt, bool bold_value) {
  return Text(
      {Span{.text = label + ": "}, Span{.text = OrBlank(value), .bold = bold_value && !value.empty()}},
      size_pt);
}

render::Table Signatures(const std::vector<Signer>& signers, double size_pt, double first_column_weight,
                         TableCell first_cell) {
  render::Table table{.size_pt = size_pt, .borders = false, .padding_mm = 0.5, .space_after_pt = 4};
  render::TableRow row;
  if (first_column_weight > 0) {
    table.column_weights.push_back(first_column_weight);
    row.cells.push_back(std::move(first_cell));
  }
  for (const Signer& signer : signers) {
    table.column_weights.push_back(1);
    TableCell cell{.align = Align::kCenter};
    cell.spans.push_back(Span{.text = signer.title + "\n", .bold = true});
    cell.spans.push_back(Span{.text = signer.hint, .italic = true});
    // Room to sign, then the printed name.
    cell.spans.push_back(Span{.text = "\n\n\n\n" + signer.name, .bold = true});
    row.cells.push_back(std::move(cell));
  }
  table.rows.push_back(std::move(row));
  return table;
}

TableCell HeaderCell(const std::string& text, int col_span, int row_span) {
  return TableCell{.spans = {Span{.text = text, .bold = true}},
                   .align = Align::kCenter,
                   .valign = render::VAlign::kMiddle,
                   .col_span = col_span,
                   .row_span = row_span};
}

TableCell Cell(const std::string& text, Align align) {
  return TableCell{.spans = {Span{.text = text}}, .align = align};
}

Status Require(std::string_view value, std::string_view field, std::string_view field_vi) {
  if (!value.empty()) return Status::Ok();
  std::string log = "form field ";
  log.append(field).append(" is required");
  std::string user = "Thiếu thông tin bắt buộc trên biểu mẫu: ";
  user.append(field_vi).append(".");
  return Status::InvalidArgument(std::move(log), std::move(user));
}

}  // namespace internal
}  // namespace motcua::forms
