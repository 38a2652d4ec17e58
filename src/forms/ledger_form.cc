#include "forms/ledger_form.h"

#include "base/vn_format.h"
#include "forms/form_format.h"
#include "forms/internal/form_blocks.h"
#include "render/pdf_writer.h"
#include "render/xlsx_writer.h"

namespace motcua::forms {
namespace {

using namespace internal;  // NOLINT: the form's building blocks
using render::CellStyle;

constexpr double kTablePt = 8.5;
constexpr int kColumns = 14;
constexpr int kFirstDateColumn = 7;  // 0-based: "Nhận hồ sơ"
constexpr int kDateColumns = 5;
constexpr char kDateGroup[] = "Ngày, tháng, năm";
// Excel's day 0 is 1899-12-30; the Unix epoch is its day 25569.
constexpr int64_t kExcelEpochOffsetDays = 25569;

// Relative widths on A4 landscape (and, times 2.6, characters in the XLSX).
constexpr double kWeights[kColumns] = {1.2, 4.8, 3.6, 1.3, 2.6, 2.8, 2.3, 1.9, 1.9, 1.9, 1.9, 1.9, 1.8, 2.1};

std::string When(const std::optional<Instant>& instant) {
  return instant ? FormatVnDateTime(*instant) : std::string();
}

std::string Period(const LedgerForm& form) {
  return "(Từ ngày " + FormatVnDate(form.from) + " đến ngày " + FormatVnDate(form.to) + ")";
}

std::vector<std::string> RowTexts(const LedgerRow& row, size_t index) {
  return {std::to_string(index),
          row.dossier_code,
          row.procedure_name,
          FormatVnInteger(row.sets),
          row.applicant_name,
          row.address_and_phone,
          row.lead_unit,
          FormatVnDateTime(row.received_at),
          FormatVnDateTime(row.appointment_at),
          When(row.forwarded_at),
          When(row.result_received_at),
          When(row.returned_at),
          row.recipient,
          row.note};
}

render::Table LedgerTable(const LedgerForm& form) {
  render::Table table{.size_pt = kTablePt, .padding_mm = 0.8};
  table.column_weights.assign(std::begin(kWeights), std::end(kWeights));
  std::vector<std::string> titles = LedgerColumnTitles();
  render::TableRow top;
  render::TableRow dates;
  for (int c = 0; c < kColumns; ++c) {
    if (c == kFirstDateColumn) top.cells.push_back(HeaderCell(kDateGroup, kDateColumns));
    if (c >= kFirstDateColumn && c < kFirstDateColumn + kDateColumns) {
      dates.cells.push_back(HeaderCell(titles[c]));
    } else {
      top.cells.push_back(HeaderCell(titles[c], 1, 2));
    }
  }
  render::TableRow numbers;
  for (int c = 0; c < kColumns; ++c) {
    TableCell cell = Cell("(" + std::to_string(c + 1) + ")", Align::kCenter);
    cell.spans[0].italic = true;
    numbers.cells.push_back(cell);
  }
  table.header_rows = {top, dates, numbers};
  for (size_t i = 0; i < form.rows.size(); ++i) {
    std::vector<std::string> texts = RowTexts(form.rows[i], i + 1);
    render::TableRow row;
    for (int c = 0; c < kColumns; ++c) {
      bool centred = c == 0 || c == 3 || (c >= kFirstDateColumn && c < kFirstDateColumn + kDateColumns);
      row.cells.push_back(Cell(texts[c], centred ? Align::kCenter : Align::kLeft));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

Status CheckPeriod(const LedgerForm& form) {
  if (form.to < form.from) {
    return Status::InvalidArgument(
        "ledger period ends before it starts",
        "Khoảng thời gian của sổ không hợp lệ (ngày kết thúc trước ngày bắt đầu).");
  }
  return Status::Ok();
}

double ExcelSerial(Instant instant) {
  LocalDateTime local = ToLocal(instant);
  return static_cast<double>(DaysFromCivil(local.date) + kExcelEpochOffsetDays) +
         local.seconds_of_day / static_cast<double>(kSecondsPerDay);
}

Status WriteXlsxHeader(render::XlsxSheet& sheet, const LedgerForm& form) {
  const CellStyle title{.bold = true, .align = Align::kCenter, .size_pt = 14};
  const CellStyle centred{.align = Align::kCenter, .size_pt = 12};
  const CellStyle header{.bold = true,
                         .border = true,
                         .wrap = true,
                         .align = Align::kCenter,
                         .valign = render::VAlign::kMiddle,
                         .size_pt = 11};
  const CellStyle number{.italic = true, .border = true, .align = Align::kCenter, .size_pt = 11};
  MOTCUA_RETURN_IF_ERROR(sheet.Merge(0, 0, 0, kColumns - 1, OrBlank(form.issuer.unit_name), centred));
  MOTCUA_RETURN_IF_ERROR(sheet.Merge(1, 0, 1, kColumns - 1, "SỔ THEO DÕI HỒ SƠ", title));
  MOTCUA_RETURN_IF_ERROR(sheet.Merge(2, 0, 2, kColumns - 1, Period(form), centred));
  std::vector<std::string> titles = LedgerColumnTitles();
  for (int c = 0; c < kColumns; ++c) {
    if (c >= kFirstDateColumn && c < kFirstDateColumn + kDateColumns) {
      MOTCUA_RETURN_IF_ERROR(sheet.WriteText(5, c, titles[c], header));
    } else {
      MOTCUA_RETURN_IF_ERROR(sheet.Merge(4, c, 5, c, titles[c], header));
    }
    MOTCUA_RETURN_IF_ERROR(sheet.WriteText(6, c, "(" + std::to_string(c + 1) + ")", number));
    MOTCUA_RETURN_IF_ERROR(sheet.SetColumnWidth(c, c, kWeights[c] * 2.6));
  }
  MOTCUA_RETURN_IF_ERROR(
      sheet.Merge(4, kFirstDateColumn, 4, kFirstDateColumn + kDateColumns - 1, kDateGroup, header));
  MOTCUA_RETURN_IF_ERROR(sheet.SetRowHeight(5, 45));
  return sheet.RepeatRows(4, 6);
}

}  // namespace

std::vector<std::string> LedgerColumnTitles() {
  return {"STT",
          "Mã hồ sơ",
          "Tên TTHC",
          "Số lượng hồ sơ (bộ)",
          "Tên cá nhân, tổ chức",
          "Địa chỉ, số điện thoại",
          "Cơ quan chủ trì giải quyết",
          "Nhận hồ sơ",
          "Hẹn trả kết quả",
          "Chuyển hồ sơ đến cơ quan giải quyết",
          "Nhận kết quả từ cơ quan giải quyết",
          "Trả kết quả cho cá nhân, tổ chức",
          "Ký nhận",
          "Ghi chú"};
}

Result<std::string> RenderLedgerPdf(const LedgerForm& form) {
  MOTCUA_RETURN_IF_ERROR(CheckPeriod(form));
  render::Document document{.page = render::OfficialA4Landscape(),
                            .info = {.title = "Sổ theo dõi hồ sơ " + Period(form),
                                     .author = form.issuer.unit_name,
                                     .subject = "Mẫu số 06 - Thông tư 01/2018/TT-VPCP"}};
  auto& blocks = document.blocks;
  render::NationalHeading heading = Heading(form.issuer, "", form.issued_on, 12);
  heading.number.clear();
  heading.left_fraction = 0.4;
  blocks.push_back(heading);
  blocks.push_back(Title("SỔ THEO DÕI HỒ SƠ", 14, 0));
  Paragraph period = Centered({Span{.text = Period(form), .italic = true}}, 12);
  period.space_after_pt = 6;
  period.keep_with_next = true;
  blocks.push_back(period);
  blocks.push_back(LedgerTable(form));
  if (form.rows.empty())
    blocks.push_back(Centered({Span{.text = "(Không có hồ sơ trong kỳ)", .italic = true}}, 11));
  return render::RenderPdf(document);
}

Result<std::string> RenderLedgerXlsx(const LedgerForm& form) {
  MOTCUA_RETURN_IF_ERROR(CheckPeriod(form));
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<render::XlsxWorkbook> workbook,
                          render::XlsxWorkbook::Create({.title = "Sổ theo dõi hồ sơ " + Period(form),
                                                        .author = form.issuer.unit_name,
                                                        .subject = "Mẫu số 06 - Thông tư 01/2018/TT-VPCP"}));
  MOTCUA_ASSIGN_OR_RETURN(render::XlsxSheet * sheet, workbook->AddSheet("Sổ theo dõi hồ sơ"));
  sheet->SetPageA4(render::Orientation::kLandscape);
  MOTCUA_RETURN_IF_ERROR(WriteXlsxHeader(*sheet, form));

  const CellStyle text{.border = true, .wrap = true, .size_pt = 11};
  const CellStyle centred{.border = true, .wrap = true, .align = Align::kCenter, .size_pt = 11};
  const CellStyle integer{
      .border = true, .align = Align::kCenter, .size_pt = 11, .number_format = render::kIntegerFormat};
  const CellStyle when{
      .border = true, .align = Align::kCenter, .size_pt = 11, .number_format = "dd/mm/yyyy hh:mm"};
  int r = 7;
  for (size_t i = 0; i < form.rows.size(); ++i, ++r) {
    const LedgerRow& row = form.rows[i];
    MOTCUA_RETURN_IF_ERROR(sheet->WriteNumber(r, 0, static_cast<double>(i + 1), integer));
    MOTCUA_RETURN_IF_ERROR(sheet->WriteText(r, 1, row.dossier_code, text));
    MOTCUA_RETURN_IF_ERROR(sheet->WriteText(r, 2, row.procedure_name, text));
    MOTCUA_RETURN_IF_ERROR(sheet->WriteNumber(r, 3, row.sets, integer));
    MOTCUA_RETURN_IF_ERROR(sheet->WriteText(r, 4, row.applicant_name, text));
    MOTCUA_RETURN_IF_ERROR(sheet->WriteText(r, 5, row.address_and_phone, text));
    MOTCUA_RETURN_IF_ERROR(sheet->WriteText(r, 6, row.lead_unit, text));
    const std::optional<Instant> dates[kDateColumns] = {row.received_at, row.appointment_at, row.forwarded_at,
                                                        row.result_received_at, row.returned_at};
    for (int d = 0; d < kDateColumns; ++d) {
      if (dates[d]) {
        MOTCUA_RETURN_IF_ERROR(sheet->WriteNumber(r, kFirstDateColumn + d, ExcelSerial(*dates[d]), when));
      } else {
        MOTCUA_RETURN_IF_ERROR(sheet->WriteBlank(r, kFirstDateColumn + d, centred));
      }
    }
    MOTCUA_RETURN_IF_ERROR(sheet->WriteText(r, 12, row.recipient, text));
    MOTCUA_RETURN_IF_ERROR(sheet->WriteText(r, 13, row.note, text));
  }
  return workbook->Finish();
}

}  // namespace motcua::forms
