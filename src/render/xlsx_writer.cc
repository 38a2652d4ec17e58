#include "render/xlsx_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "base/text.h"

namespace motcua::render {
namespace {

constexpr char kFontName[] = "Times New Roman";
constexpr double kMmPerInch = 25.4;

Status FromLxw(lxw_error error, std::string_view what) {
  if (error == LXW_NO_ERROR) return Status::Ok();
  std::string log = "xlsx ";
  log.append(what).append(": ").append(lxw_strerror(error));
  if (error == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE || error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED ||
      error == LXW_ERROR_PARAMETER_VALIDATION) {
    return Status::InvalidArgument(std::move(log),
                                   "Dữ liệu không ghi được vào bảng tính (vượt giới hạn của XLSX).");
  }
  return Status::Internal(std::move(log), "Không tạo được tệp XLSX.");
}

Status CheckCell(int row, int column) {
  if (row < 0 || column < 0 || row >= static_cast<int>(LXW_ROW_MAX) ||
      column >= static_cast<int>(LXW_COL_MAX)) {
    return Status::InvalidArgument("xlsx cell out of range", "Ô bảng tính nằm ngoài giới hạn.");
  }
  return Status::Ok();
}

Status CheckText(std::string_view text) {
  if (IsValidUtf8(text)) return Status::Ok();
  return Status::InvalidArgument("xlsx text is not valid UTF-8",
                                 "Văn bản có ký tự không hợp lệ (không phải UTF-8).");
}

uint8_t HorizontalAlign(Align align) {
  switch (align) {
    case Align::kCenter:
      return LXW_ALIGN_CENTER;
    case Align::kRight:
      return LXW_ALIGN_RIGHT;
    case Align::kJustify:
      return LXW_ALIGN_JUSTIFY;
    case Align::kLeft:
      break;
  }
  return LXW_ALIGN_LEFT;
}

}  // namespace

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::Create(const DocumentInfo& info) {
  MOTCUA_RETURN_IF_ERROR(CheckText(info.title));
  MOTCUA_RETURN_IF_ERROR(CheckText(info.author));
  MOTCUA_RETURN_IF_ERROR(CheckText(info.subject));
  const char* base = std::getenv("TMPDIR");
  std::string dir = base != nullptr && *base != '\0' ? base : "/tmp";
  std::string path = dir + "/motcua-xlsx-XXXXXX";
  int fd = mkstemp(path.data());
  if (fd < 0) return Status::Internal("cannot create a temporary file in " + dir, "Không tạo được tệp tạm.");
  close(fd);
  lxw_workbook_options options = {};
  options.tmpdir = dir.data();
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (workbook == nullptr) {
    std::filesystem::remove(path);
    return Status::Internal("workbook_new failed", "Không tạo được tệp XLSX.");
  }
  std::unique_ptr<XlsxWorkbook> out(new XlsxWorkbook(workbook, path));
  out->property_strings_ = {info.title, info.author, info.subject, "MotCua"};
  lxw_doc_properties properties = {};
  properties.title = out->property_strings_[0].data();
  properties.author = out->property_strings_[1].data();
  properties.subject = out->property_strings_[2].data();
  properties.company = out->property_strings_[3].data();
  MOTCUA_RETURN_IF_ERROR(FromLxw(workbook_set_properties(workbook, &properties), "properties"));
  return out;
}

XlsxWorkbook::~XlsxWorkbook() {
  if (workbook_ != nullptr) lxw_workbook_free(workbook_);  // abandoned before Finish: write nothing
  std::error_code ignored;
  std::filesystem::remove(path_, ignored);
}

Result<XlsxSheet*> XlsxWorkbook::AddSheet(std::string_view name) {
  if (workbook_ == nullptr) return Status::FailedPrecondition("workbook already finished");
  MOTCUA_RETURN_IF_ERROR(CheckText(name));
  std::string copy(name);
  lxw_error valid = workbook_validate_sheet_name(workbook_, copy.c_str());
  if (valid != LXW_NO_ERROR) {
    return Status::InvalidArgument("bad sheet name '" + copy + "': " + lxw_strerror(valid),
                                   "Tên trang tính không hợp lệ: " + copy);
  }
  lxw_worksheet* sheet = workbook_add_worksheet(workbook_, copy.c_str());
  if (sheet == nullptr)
    return Status::Internal("workbook_add_worksheet failed", "Không tạo được trang tính.");
  sheets_.push_back(std::unique_ptr<XlsxSheet>(new XlsxSheet(this, sheet)));
  XlsxSheet* out = sheets_.back().get();
  out->SetMargins(OfficialMargins());
  worksheet_set_paper(sheet, 9);  // A4
  return out;
}

Result<lxw_format*> XlsxWorkbook::Format(const CellStyle& style) {
  for (const auto& [known, format] : formats_) {
    if (known == style) return format;
  }
  MOTCUA_RETURN_IF_ERROR(CheckText(style.number_format));
  lxw_format* format = workbook_add_format(workbook_);
  if (format == nullptr) return Status::Internal("workbook_add_format failed", "Không tạo được tệp XLSX.");
  format_set_font_name(format, kFontName);
  format_set_font_size(format, style.size_pt);
  if (style.bold) format_set_bold(format);
  if (style.italic) format_set_italic(format);
  if (style.border) format_set_border(format, LXW_BORDER_THIN);
  if (style.wrap) format_set_text_wrap(format);
  format_set_align(format, HorizontalAlign(style.align));
  format_set_align(format,
                   style.valign == VAlign::kMiddle ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP);
  if (!style.number_format.empty()) format_set_num_format(format, style.number_format.c_str());
  formats_.emplace_back(style, format);
  return format;
}

Result<std::string> XlsxWorkbook::Finish() {
  if (workbook_ == nullptr) return Status::FailedPrecondition("workbook already finished");
  if (sheets_.empty()) MOTCUA_RETURN_IF_ERROR(AddSheet("Sheet1").status());
  lxw_error error = workbook_close(workbook_);  // frees the workbook whatever the outcome
  workbook_ = nullptr;
  MOTCUA_RETURN_IF_ERROR(FromLxw(error, "close"));
  std::ifstream in(path_, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return Status::Internal("cannot read back " + path_, "Không đọc lại được tệp XLSX.");
  return bytes.str();
}

Status XlsxSheet::SetColumnWidth(int first_column, int last_column, double width) {
  MOTCUA_RETURN_IF_ERROR(CheckCell(0, first_column));
  MOTCUA_RETURN_IF_ERROR(CheckCell(0, last_column));
  return FromLxw(worksheet_set_column(sheet_, static_cast<lxw_col_t>(first_column),
                                      static_cast<lxw_col_t>(last_column), width, nullptr),
                 "column width");
}

Status XlsxSheet::SetRowHeight(int row, double height_pt) {
  MOTCUA_RETURN_IF_ERROR(CheckCell(row, 0));
  return FromLxw(worksheet_set_row(sheet_, static_cast<lxw_row_t>(row), height_pt, nullptr), "row height");
}

Status XlsxSheet::WriteText(int row, int column, std::string_view text, const CellStyle& style) {
  MOTCUA_RETURN_IF_ERROR(CheckCell(row, column));
  MOTCUA_RETURN_IF_ERROR(CheckText(text));
  MOTCUA_ASSIGN_OR_RETURN(lxw_format * format, workbook_->Format(style));
  std::string copy(text);
  return FromLxw(worksheet_write_string(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                        copy.c_str(), format),
                 "text");
}

Status XlsxSheet::WriteNumber(int row, int column, double value, const CellStyle& style) {
  MOTCUA_RETURN_IF_ERROR(CheckCell(row, column));
  MOTCUA_ASSIGN_OR_RETURN(lxw_format * format, workbook_->Format(style));
  return FromLxw(worksheet_write_number(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                        value, format),
                 "number");
}

Status XlsxSheet::WriteBlank(int row, int column, const CellStyle& style) {
  MOTCUA_RETURN_IF_ERROR(CheckCell(row, column));
  MOTCUA_ASSIGN_OR_RETURN(lxw_format * format, workbook_->Format(style));
  return FromLxw(
      worksheet_write_blank(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), format),
      "blank");
}

Status XlsxSheet::Merge(int first_row, int first_column, int last_row, int last_column, std::string_view text,
                        const CellStyle& style) {
  MOTCUA_RETURN_IF_ERROR(CheckCell(first_row, first_column));
  MOTCUA_RETURN_IF_ERROR(CheckCell(last_row, last_column));
  MOTCUA_RETURN_IF_ERROR(CheckText(text));
  if (last_row < first_row || last_column < first_column) {
    return Status::InvalidArgument("xlsx merge range is inverted", "Vùng gộp ô không hợp lệ.");
  }
  MOTCUA_ASSIGN_OR_RETURN(lxw_format * format, workbook_->Format(style));
  std::string copy(text);
  return FromLxw(worksheet_merge_range(sheet_, static_cast<lxw_row_t>(first_row),
                                       static_cast<lxw_col_t>(first_column), static_cast<lxw_row_t>(last_row),
                                       static_cast<lxw_col_t>(last_column), copy.c_str(), format),
                 "merge");
}

void XlsxSheet::SetPageA4(Orientation orientation) {
  worksheet_set_paper(sheet_, 9);  // 9 = A4 in the OOXML paper table
  if (orientation == Orientation::kLandscape) worksheet_set_landscape(sheet_);
  worksheet_fit_to_pages(sheet_, 1, 0);  // one page wide, any number tall
}

Status XlsxSheet::RepeatRows(int first_row, int last_row) {
  MOTCUA_RETURN_IF_ERROR(CheckCell(first_row, 0));
  MOTCUA_RETURN_IF_ERROR(CheckCell(last_row, 0));
  return FromLxw(
      worksheet_repeat_rows(sheet_, static_cast<lxw_row_t>(first_row), static_cast<lxw_row_t>(last_row)),
      "repeat rows");
}

void XlsxSheet::SetMargins(const Margins& margins) {
  worksheet_set_margins(sheet_, margins.left_mm / kMmPerInch, margins.right_mm / kMmPerInch,
                        margins.top_mm / kMmPerInch, margins.bottom_mm / kMmPerInch);
}

}  // namespace motcua::render
