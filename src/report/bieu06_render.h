// Biểu số 06/VPCP/KSTT (report/bieu06.h) as a PDF (A4 landscape, render/pdf_writer.h) or an XLSX workbook
// (render/xlsx_writer.h): the national heading (NĐ 30/2020), the form's identification ("Biểu số
// 06/VPCP/KSTT, ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020"), its title and period, the
// reporting unit, "Đơn vị tính: Số hồ sơ TTHC", the header rows of the form with the column numbers (1)-(13),
// a row per field, the total row, and the signatures. Figures print in the Vietnamese format ("3.531"); in
// the XLSX they are numbers with the format "#,##0". Pure functions (values in, bytes out); thread-safe.
#pragma once

#include <string>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"
#include "report/bieu06.h"
#include "store/records.h"

namespace motcua {

struct Bieu06Heading {
  std::vector<std::string> parent_lines;  // upper case: {"UBND TỈNH HƯNG YÊN"}; may be empty
  std::vector<std::string> unit_lines;    // upper case: {"UBND XÃ ĐỒNG TIẾN"}
  std::string unit_name;                  // "Đơn vị báo cáo": "UBND xã Đồng Tiến"
  std::string recipient;                  // "Đơn vị nhận báo cáo"; a blank to fill in when empty
  std::string place;                      // before the date; a blank to fill in when empty
  CivilDate issued_on;                    // the date under the motto (and the PDF's creation date)
};

// The heading for `unit` (its parent above it, names in upper case) dated `issued_on`.
Bieu06Heading Bieu06HeadingFor(const Unit& unit, const Unit* parent, CivilDate issued_on);

// "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC".
extern const char kBieu06Title[];

Result<std::string> RenderBieu06Pdf(const Bieu06& form, const Bieu06Heading& heading);
Result<std::string> RenderBieu06Xlsx(const Bieu06& form, const Bieu06Heading& heading);

}  // namespace motcua
