#include "report/bieu06_render.h"

#include <utf8proc.h>

#include <cstdio>

#include "base/vn_format.h"
#include "forms/form_format.h"
#include "render/pdf_writer.h"
#include "render/xlsx_writer.h"

namespace motcua {

const char kBieu06Title[] =
    "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC";

namespace {

using render::Align;
using render::CellStyle;
using render::Paragraph;
using render::Span;
using render::TableCell;
using render::TableRow;
using render::VAlign;

constexpr char kFormCode[] = "Biểu số 06/VPCP/KSTT";
constexpr char kIssuedBy[] = "Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020";
constexpr char kFieldTitle[] = "Lĩnh vực, công việc giải quyết theo cấp";
constexpr char kUnitOfCount[] = "Đơn vị tính: Số hồ sơ TTHC.";
constexpr char kNoDossiers[] = "(Không có hồ sơ trong kỳ)";
constexpr int kColumns = 2 + kBieu06Columns;  // STT, field, the figures
constexpr double kTablePt = 10;
// STT, field, then the eleven figure columns; times 2.4 gives the XLSX widths in characters.
constexpr double kWeights[kColumns] = {1.3, 7.0, 2.1, 2.1, 2.6, 2.1, 2.1, 2.1, 2.1, 2.1, 2.1, 2.1, 2.1};

std::string Period(const Bieu06& form) {
  return "(Từ ngày " + FormatVnDate(form.period.from) + " đến ngày " + FormatVnDate(form.period.to) + ")";
}

std::string OrBlank(const std::string& value) { return value.empty() ? forms::Blank() : value; }

std::string UpperVi(std::string_view text) {
  std::string out;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t at = 0;
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  while (at < size) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(bytes + at, size - at, &code_point);
    if (length <= 0) return std::string(text);  // not UTF-8: leave it for the renderer to refuse
    utf8proc_uint8_t encoded[4];
    const utf8proc_ssize_t written = utf8proc_encode_char(utf8proc_toupper(code_point), encoded);
    out.append(reinterpret_cast<const char*>(encoded), static_cast<size_t>(written));
    at += length;
  }
  return out;
}

// The three header rows of the form (groups; totals and sub-groups; the two channels), as (text, column,
// row, column span, row span) with columns 0-12 and rows 0-2.
struct HeaderPiece {
  std::string text;
  int column;
  int row;
  int col_span;
  int row_span;
};

std::vector<HeaderPiece> HeaderPieces() {
  std::vector<HeaderPiece> pieces = {{"STT", 0, 0, 1, 3}, {kFieldTitle, 1, 0, 1, 3}};
  int first_of_group = 2;
  std::string_view group;
  for (const Bieu06ColumnDefinition& definition : Bieu06Columns()) {
    const int column = 2 + static_cast<int>(definition.column);
    if (definition.group_vi != group) {
      group = definition.group_vi;
      first_of_group = column;
      int span = 0;
      for (const Bieu06ColumnDefinition& other : Bieu06Columns()) span += other.group_vi == group ? 1 : 0;
      pieces.push_back({std::string(group), first_of_group, 0, span, 1});
    }
    if (definition.column == Bieu06Column::kReceivedOnline) {
      pieces.push_back({"Trong đó", column, 1, 2, 1});
      pieces.push_back({std::string(definition.title_vi), column, 2, 1, 1});
    } else if (definition.column == Bieu06Column::kReceivedDirectOrPostal) {
      pieces.push_back({std::string(definition.title_vi), column, 2, 1, 1});
    } else {
      pieces.push_back({std::string(definition.title_vi), column, 1, 1, 2});
    }
  }
  return pieces;
}

// ---- PDF ----

TableCell TextCell(const std::string& text, Align align, bool bold = false, bool italic = false) {
  return TableCell{.spans = {Span{.text = text, .bold = bold, .italic = italic}},
                   .align = align,
                   .valign = VAlign::kMiddle};
}

TableRow FigureRow(const std::string& number, const Bieu06Row& row, bool bold) {
  TableRow out;
  out.cells.push_back(TextCell(number, Align::kCenter, bold));
  out.cells.push_back(TextCell(row.field_name, Align::kLeft, bold));
  for (const Bieu06Cell& cell : row.cells)
    out.cells.push_back(TextCell(FormatVnInteger(cell.value), Align::kRight, bold));
  return out;
}

render::Table FigureTable(const Bieu06& form) {
  render::Table table{.size_pt = kTablePt, .padding_mm = 1.0};
  table.column_weights.assign(std::begin(kWeights), std::end(kWeights));
  table.header_rows.resize(3);
  for (const HeaderPiece& piece : HeaderPieces()) {
    table.header_rows[static_cast<size_t>(piece.row)].cells.push_back(TableCell{
        .spans = {Span{.text = piece.text, .bold = true}},
        .align = Align::kCenter,
        .valign = VAlign::kMiddle,
        .col_span = piece.col_span,
        .row_span = piece.row_span,
    });
  }
  TableRow numbers;
  for (int c = 0; c < kColumns; ++c) {
    numbers.cells.push_back(TextCell("(" + std::to_string(c + 1) + ")", Align::kCenter, false, true));
  }
  table.header_rows.push_back(std::move(numbers));
  for (size_t i = 0; i < form.rows.size(); ++i) {
    table.rows.push_back(FigureRow(std::to_string(i + 1), form.rows[i], false));
  }
  table.rows.push_back(FigureRow("", form.total, true));
  return table;
}

// Left: the form's code and the circular; centre: the title and the period; right: the two units.
render::Table IdentificationTable(const Bieu06& form, const Bieu06Heading& heading) {
  render::Table table{.column_weights = {1.0, 1.6, 1.0}, .size_pt = 11, .borders = false, .padding_mm = 0.5};
  TableRow row;
  row.cells.push_back(TableCell{.spans = {Span{.text = std::string(kFormCode) + "\n", .bold = true},
                                          Span{.text = kIssuedBy, .italic = true, .size_pt = 10}},
                                .align = Align::kLeft});
  row.cells.push_back(
      TableCell{.spans = {Span{.text = std::string(kBieu06Title) + "\n", .bold = true, .size_pt = 13},
                          Span{.text = Period(form), .italic = true}},
                .align = Align::kCenter});
  row.cells.push_back(TableCell{.spans = {Span{.text = "- Đơn vị báo cáo: ", .bold = true},
                                          Span{.text = OrBlank(heading.unit_name) + "\n"},
                                          Span{.text = "- Đơn vị nhận báo cáo: ", .bold = true},
                                          Span{.text = OrBlank(heading.recipient)}},
                                .align = Align::kLeft});
  table.rows.push_back(std::move(row));
  return table;
}

render::Table SignatureTable() {
  render::Table table{.column_weights = {1.0, 1.0}, .size_pt = 12, .borders = false, .space_after_pt = 0};
  TableRow row;
  for (const char* title : {"NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"}) {
    row.cells.push_back(TableCell{.spans = {Span{.text = std::string(title) + "\n", .bold = true},
                                            Span{.text = "(Ký, ghi rõ họ tên)", .italic = true}},
                                  .align = Align::kCenter});
  }
  table.rows.push_back(std::move(row));
  return table;
}

std::string CreatedIso(CivilDate date) {
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT00:00:00+07:00", date.year, date.month, date.day);
  return text;
}

render::DocumentInfo InfoOf(const Bieu06& form, const Bieu06Heading& heading) {
  return render::DocumentInfo{.title = std::string(kFormCode) + " " + Period(form),
                              .author = heading.unit_name,
                              .subject = std::string(kBieu06Title) + " (" + kIssuedBy + ")",
                              .created_iso = CreatedIso(heading.issued_on)};
}

// ---- XLSX ----

constexpr int kXlsxHeaderRow = 8;  // first of the three header rows

Status WriteXlsxTop(render::XlsxSheet& sheet, const Bieu06& form, const Bieu06Heading& heading) {
  const CellStyle plain{.align = Align::kCenter, .size_pt = 12};
  const CellStyle bold{.bold = true, .align = Align::kCenter, .size_pt = 12};
  const CellStyle italic{.italic = true, .align = Align::kCenter, .size_pt = 12};
  const CellStyle left{.size_pt = 12};
  const CellStyle left_italic{.italic = true, .size_pt = 11};
  const CellStyle right_italic{.italic = true, .align = Align::kRight, .size_pt = 12};
  const CellStyle title{.bold = true, .wrap = true, .align = Align::kCenter, .size_pt = 14};
  std::string parent;
  for (const std::string& line : heading.parent_lines) parent += (parent.empty() ? "" : " ") + line;
  std::string unit;
  for (const std::string& line : heading.unit_lines) unit += (unit.empty() ? "" : " ") + line;
  MOTCUA_RETURN_IF_ERROR(sheet.Merge(0, 0, 0, 4, parent, plain));
  MOTCUA_RETURN_IF_ERROR(sheet.Merge(1, 0, 1, 4, unit, bold));
  MOTCUA_RETURN_IF_ERROR(sheet.Merge(0, 6, 0, kColumns - 1, render::kNationalName, bold));
  MOTCUA_RETURN_IF_ERROR(sheet.Merge(1, 6, 1, kColumns - 1, render::kMotto, bold));
  MOTCUA_RETURN_IF_ERROR(sheet.Merge(
      2, 6, 2, kColumns - 1, forms::FormatPlaceAndDate(OrBlank(heading.place), heading.issued_on), italic));
  MOTCUA_RETURN_IF_ERROR(
      sheet.Merge(3, 0, 3, kColumns - 1, std::string(kFormCode) + " (" + kIssuedBy + ")", left_italic));
  MOTCUA_RETURN_IF_ERROR(sheet.Merge(4, 0, 4, kColumns - 1, kBieu06Title, title));
  MOTCUA_RETURN_IF_ERROR(sheet.SetRowHeight(4, 36));
  MOTCUA_RETURN_IF_ERROR(sheet.Merge(5, 0, 5, kColumns - 1, Period(form), italic));
  MOTCUA_RETURN_IF_ERROR(sheet.Merge(6, 0, 6, 6, "- Đơn vị báo cáo: " + OrBlank(heading.unit_name), left));
  MOTCUA_RETURN_IF_ERROR(
      sheet.Merge(6, 7, 6, kColumns - 1, "- Đơn vị nhận báo cáo: " + OrBlank(heading.recipient), left));
  return sheet.Merge(7, 0, 7, kColumns - 1, kUnitOfCount, right_italic);
}

Status WriteXlsxHeader(render::XlsxSheet& sheet) {
  const CellStyle header{.bold = true,
                         .border = true,
                         .wrap = true,
                         .align = Align::kCenter,
                         .valign = VAlign::kMiddle,
                         .size_pt = 11};
  const CellStyle number{.italic = true, .border = true, .align = Align::kCenter, .size_pt = 11};
  for (const HeaderPiece& piece : HeaderPieces()) {
    const int row = kXlsxHeaderRow + piece.row;
    if (piece.col_span == 1 && piece.row_span == 1) {
      MOTCUA_RETURN_IF_ERROR(sheet.WriteText(row, piece.column, piece.text, header));
    } else {
      MOTCUA_RETURN_IF_ERROR(sheet.Merge(row, piece.column, row + piece.row_span - 1,
                                         piece.column + piece.col_span - 1, piece.text, header));
    }
  }
  for (int c = 0; c < kColumns; ++c) {
    MOTCUA_RETURN_IF_ERROR(sheet.WriteText(kXlsxHeaderRow + 3, c, "(" + std::to_string(c + 1) + ")", number));
    MOTCUA_RETURN_IF_ERROR(sheet.SetColumnWidth(c, c, kWeights[c] * 2.4));
  }
  MOTCUA_RETURN_IF_ERROR(sheet.SetRowHeight(kXlsxHeaderRow + 1, 30));
  MOTCUA_RETURN_IF_ERROR(sheet.SetRowHeight(kXlsxHeaderRow + 2, 45));
  return sheet.RepeatRows(kXlsxHeaderRow, kXlsxHeaderRow + 3);
}

Status WriteXlsxRow(render::XlsxSheet& sheet, int r, int number, const Bieu06Row& row, bool bold) {
  const CellStyle text{.bold = bold, .border = true, .wrap = true, .valign = VAlign::kMiddle, .size_pt = 11};
  const CellStyle integer{.bold = bold,
                          .border = true,
                          .align = Align::kRight,
                          .valign = VAlign::kMiddle,
                          .size_pt = 11,
                          .number_format = render::kIntegerFormat};
  const CellStyle centred{
      .bold = bold, .border = true, .align = Align::kCenter, .valign = VAlign::kMiddle, .size_pt = 11};
  if (number > 0) {
    MOTCUA_RETURN_IF_ERROR(sheet.WriteNumber(r, 0, number, centred));
  } else {
    MOTCUA_RETURN_IF_ERROR(sheet.WriteBlank(r, 0, centred));
  }
  MOTCUA_RETURN_IF_ERROR(sheet.WriteText(r, 1, row.field_name, text));
  for (int c = 0; c < kBieu06Columns; ++c) {
    MOTCUA_RETURN_IF_ERROR(
        sheet.WriteNumber(r, 2 + c, static_cast<double>(row.cells[static_cast<size_t>(c)].value), integer));
  }
  return Status::Ok();
}

}  // namespace

Bieu06Heading Bieu06HeadingFor(const Unit& unit, const Unit* parent, CivilDate issued_on) {
  Bieu06Heading heading;
  if (parent != nullptr) heading.parent_lines = {UpperVi(parent->name)};
  heading.unit_lines = {UpperVi(unit.name)};
  heading.unit_name = unit.name;
  heading.issued_on = issued_on;
  return heading;
}

Result<std::string> RenderBieu06Pdf(const Bieu06& form, const Bieu06Heading& heading) {
  render::Document document{.page = render::OfficialA4Landscape(), .info = InfoOf(form, heading)};
  auto& blocks = document.blocks;
  blocks.push_back(render::NationalHeading{
      .parent_agency_lines = heading.parent_lines,
      .agency_lines = heading.unit_lines,
      .place_and_date = forms::FormatPlaceAndDate(OrBlank(heading.place), heading.issued_on),
      .left_fraction = 0.4,
      .size_pt = 12});
  blocks.push_back(render::Spacer{.height_mm = 3});
  blocks.push_back(IdentificationTable(form, heading));
  blocks.push_back(Paragraph{.spans = {Span{.text = kUnitOfCount, .italic = true}},
                             .align = Align::kRight,
                             .size_pt = 11,
                             .space_after_pt = 2,
                             .keep_with_next = true});
  blocks.push_back(FigureTable(form));
  if (form.rows.empty()) {
    blocks.push_back(Paragraph{
        .spans = {Span{.text = kNoDossiers, .italic = true}}, .align = Align::kCenter, .size_pt = 11});
  }
  blocks.push_back(SignatureTable());
  return render::RenderPdf(document);
}

Result<std::string> RenderBieu06Xlsx(const Bieu06& form, const Bieu06Heading& heading) {
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<render::XlsxWorkbook> workbook,
                          render::XlsxWorkbook::Create(InfoOf(form, heading)));
  MOTCUA_ASSIGN_OR_RETURN(render::XlsxSheet * sheet, workbook->AddSheet("Biểu 06"));
  sheet->SetPageA4(render::Orientation::kLandscape);
  MOTCUA_RETURN_IF_ERROR(WriteXlsxTop(*sheet, form, heading));
  MOTCUA_RETURN_IF_ERROR(WriteXlsxHeader(*sheet));
  int r = kXlsxHeaderRow + 4;
  for (size_t i = 0; i < form.rows.size(); ++i, ++r) {
    MOTCUA_RETURN_IF_ERROR(WriteXlsxRow(*sheet, r, static_cast<int>(i + 1), form.rows[i], false));
  }
  MOTCUA_RETURN_IF_ERROR(WriteXlsxRow(*sheet, r, 0, form.total, true));
  return workbook->Finish();
}

}  // namespace motcua
