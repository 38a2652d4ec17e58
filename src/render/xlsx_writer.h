// XLSX output over libxlsxwriter: sheets, column widths, merged header cells, bold and borders, number
// formats, Times New Roman throughout, A4 page setup (landscape, fit to width, header rows repeated).
// Numbers are stored as numbers; how "3531" displays ("3.531" or "3,531") is the viewer's locale, chosen by
// the format string: use kIntegerFormat and kPercentFormat.
// libxlsxwriter 1.1.4 (Debian 12) writes only to a file, so the workbook is built in a private temporary file
// and read back by Finish(). Not thread-safe; use one workbook per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"
#include "render/document.h"

typedef struct lxw_workbook lxw_workbook;
typedef struct lxw_worksheet lxw_worksheet;
typedef struct lxw_format lxw_format;

namespace motcua::render {

inline constexpr char kIntegerFormat[] = "#,##0";
inline constexpr char kPercentFormat[] = "0.00%";
inline constexpr char kDateFormat[] = "dd/mm/yyyy";

struct CellStyle {
  bool bold = false;
  bool italic = false;
  bool border = false;
  bool wrap = false;
  Align align = Align::kLeft;
  VAlign valign = VAlign::kTop;
  double size_pt = 12;
  std::string number_format{};  // empty = General

  bool operator==(const CellStyle&) const = default;
};

class XlsxSheet {
 public:
  // Widths in characters of the default font, as spreadsheet programs count them.
  Status SetColumnWidth(int first_column, int last_column, double width);
  Status SetRowHeight(int row, double height_pt);
  Status WriteText(int row, int column, std::string_view text, const CellStyle& style);
  Status WriteNumber(int row, int column, double value, const CellStyle& style);
  Status WriteBlank(int row, int column, const CellStyle& style);
  // Merges the inclusive range and writes `text` into it.
  Status Merge(int first_row, int first_column, int last_row, int last_column, std::string_view text,
               const CellStyle& style);

  // A4, with the orientation given, scaled to one page wide (as many pages tall as needed).
  void SetPageA4(Orientation orientation);
  // Repeats rows [first_row, last_row] at the top of every printed page.
  Status RepeatRows(int first_row, int last_row);
  // Margins in millimetres (defaults: NĐ 30/2020's).
  void SetMargins(const Margins& margins);

 private:
  friend class XlsxWorkbook;
  XlsxSheet(class XlsxWorkbook* workbook, lxw_worksheet* sheet) : workbook_(workbook), sheet_(sheet) {}

  class XlsxWorkbook* workbook_;
  lxw_worksheet* sheet_;
};

class XlsxWorkbook {
 public:
  static Result<std::unique_ptr<XlsxWorkbook>> Create(const DocumentInfo& info = {});
  ~XlsxWorkbook();
  XlsxWorkbook(const XlsxWorkbook&) = delete;
  XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

  // Sheet names: at most 31 characters, none of []:*?/\ , unique. The sheet lives as long as the workbook.
  Result<XlsxSheet*> AddSheet(std::string_view name);
  // Writes the workbook and returns the .xlsx bytes; the workbook cannot be used afterwards.
  Result<std::string> Finish();

 private:
  friend class XlsxSheet;
  XlsxWorkbook(lxw_workbook* workbook, std::string path) : workbook_(workbook), path_(std::move(path)) {}
  Result<lxw_format*> Format(const CellStyle& style);

  lxw_workbook* workbook_;
  std::string path_;
  std::vector<std::unique_ptr<XlsxSheet>> sheets_;
  std::vector<std::pair<CellStyle, lxw_format*>> formats_;
  std::vector<std::string> property_strings_;  // kept alive until the workbook is written
};

}  // namespace motcua::render
